import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root. */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * A throw-away copy of parts of the repository, laid out as in the repo, so
 * that Terraform's working files never land in the tree and relative module
 * sources (`../../generated-modules/…`) still resolve.
 */
export interface TerraformWorkspace {
  readonly root: string;
  /** Absolute path of `relativePath` inside the copy. */
  path(relativePath: string): string;
  remove(): void;
}

/** Copies `relativePaths` (files or folders) of the repo into a new workspace. */
export function createTerraformWorkspace(
  relativePaths: readonly string[],
): TerraformWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'lambdacron-tf-'));
  for (const relativePath of relativePaths) {
    cpSync(join(REPO_ROOT, relativePath), join(root, relativePath), {
      recursive: true,
      filter: (source) =>
        !source.includes('.terraform') && !source.endsWith('.tfstate'),
    });
  }

  return {
    root,
    path: (relativePath) => join(root, relativePath),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
