import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { isIgnored, parseDockerignore } from './dockerignore.js';
import type { DockerignoreRule } from './dockerignore.js';
import { ContextDirectoryError } from './errors.js';

/** The files of a build context and their combined hash. */
export interface ContextHash {
  /** Lower-case hex SHA-256; see {@link computeContextHash} for the input. */
  readonly sha256: string;
  /** Slash-separated paths relative to the context, sorted bytewise. */
  readonly files: readonly string[];
}

const DOCKERIGNORE = '.dockerignore';

/**
 * Lists the files Docker sends as the build context of `contextDir`: every
 * regular file (or symlink to one) below it that `.dockerignore` keeps.
 * Symlinked folders are not followed; empty folders are not listed.
 *
 * @example
 * listContextFiles('./app'); // ['Dockerfile', 'src/index.mjs']
 */
export function listContextFiles(contextDir: string): string[] {
  assertDirectory(contextDir);
  const rules = readRules(contextDir);
  const canPrune = rules.every((rule) => !rule.negated);
  const files: string[] = [];

  const walk = (relative: string): void => {
    const absolute = relative === '' ? contextDir : join(contextDir, relative);
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        // Without "!" rules nothing below an ignored folder can come back.
        if (!(canPrune && isIgnored(path, rules))) walk(path);
      } else if (isRegularFile(entry.isFile(), join(absolute, entry.name))) {
        if (!isIgnored(path, rules)) files.push(path);
      }
    }
  };
  walk('');

  return files.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/**
 * Hashes a build context so that a rebuild is due exactly when the content
 * Docker would send changes. The hash is the SHA-256 (hex) of, for each file
 * of {@link listContextFiles} in order, `<path>\t<sha256 hex of content>\n`:
 * the same bytes the Terraform expression of `contextHashLocals` hashes.
 * File modes, owners and timestamps are not part of it.
 *
 * @example
 * const { sha256 } = computeContextHash('./app');
 */
export function computeContextHash(contextDir: string): ContextHash {
  const files = listContextFiles(contextDir);
  const hash = createHash('sha256');

  for (const file of files) {
    const content = readFileSync(join(contextDir, file));
    const fileSha256 = createHash('sha256').update(content).digest('hex');
    hash.update(`${file}\t${fileSha256}\n`);
  }

  return { sha256: hash.digest('hex'), files };
}

function assertDirectory(contextDir: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(contextDir).isDirectory();
  } catch (cause) {
    throw new ContextDirectoryError(
      `build context ${contextDir} does not exist`,
      contextDir,
      { cause },
    );
  }
  if (!isDirectory) {
    throw new ContextDirectoryError(
      `build context ${contextDir} is not a folder`,
      contextDir,
    );
  }
}

function readRules(contextDir: string): DockerignoreRule[] {
  try {
    return parseDockerignore(
      readFileSync(join(contextDir, DOCKERIGNORE), 'utf8'),
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

// Terraform's fileset() stats through symlinks, so a link to a file counts.
function isRegularFile(isFile: boolean, absolute: string): boolean {
  if (isFile) return true;
  try {
    return statSync(absolute).isFile();
  } catch {
    return false;
  }
}
