import { fileURLToPath } from 'node:url';

/**
 * Folder of the POSIX `sh` programs that Terraform's `local-exec` runs. A
 * generated module ships a copy of the whole folder: the two entry points
 * source `common.sh` from next to themselves.
 *
 * @example
 * cpSync(IMAGE_SCRIPTS_DIR, join(moduleDir, 'scripts'), { recursive: true });
 */
export const IMAGE_SCRIPTS_DIR = fileURLToPath(
  new URL('./scripts/', import.meta.url),
);

/** File names inside {@link IMAGE_SCRIPTS_DIR}. */
export const IMAGE_SCRIPT_FILES = {
  buildAndPush: 'build-and-push.sh',
  copyImage: 'copy-image.sh',
  common: 'common.sh',
} as const;
