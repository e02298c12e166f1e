import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/** A bundle's size on disk and gzipped (what a zip or layer roughly costs). */
export interface BundleSize {
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Measures `file`'s size, raw and gzipped at the default level. */
export async function measureBundleSize(file: string): Promise<BundleSize> {
  const contents = await readFile(file);

  return { bytes: contents.length, gzipBytes: gzipSync(contents).length };
}
