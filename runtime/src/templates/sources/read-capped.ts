import { TemplateSourceError } from '../../errors.js';

/** Largest template accepted from a file, URL or S3 object: 256 KiB. */
export const DEFAULT_TEMPLATE_MAX_BYTES = 256 * 1024;

/**
 * Reads a byte stream into UTF-8 text, failing as soon as it passes
 * `maxBytes` so an oversized object is never held in memory whole.
 */
export async function readCapped(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
  describedSource: string,
): Promise<string> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      throw new TemplateSourceError(
        `Template source exceeds the size cap of ${maxBytes} bytes.`,
        { context: { template_source: describedSource, max_bytes: maxBytes } },
      );
    }
    parts.push(chunk);
  }

  return Buffer.concat(parts).toString('utf8');
}
