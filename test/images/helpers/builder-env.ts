import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Environment that makes buildah, podman and skopeo keep everything in
 * `dir`: vfs storage (works as root without fuse-overlayfs), chroot
 * isolation, and a private auth file.
 */
export function isolatedBuilderEnv(dir: string): Record<string, string> {
  const storageConf = join(dir, 'storage.conf');
  const authFile = join(dir, 'auth.json');
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  writeFileSync(
    storageConf,
    [
      '[storage]',
      'driver = "vfs"',
      `graphroot = "${join(dir, 'storage')}"`,
      `runroot = "${join(dir, 'run')}"`,
      '',
    ].join('\n'),
  );
  writeFileSync(authFile, '{"auths":{}}\n');

  return {
    CONTAINERS_STORAGE_CONF: storageConf,
    BUILDAH_ISOLATION: 'chroot',
    REGISTRY_AUTH_FILE: authFile,
    TMPDIR: join(dir, 'tmp'),
    HOME: dir,
  };
}
