import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in `bench/`). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of `relativePath` below the repository root. */
export function repoPath(relativePath: string): string {
  return resolve(REPO_ROOT, relativePath);
}
