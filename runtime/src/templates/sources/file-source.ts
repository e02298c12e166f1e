import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';

import { TemplateSourceError } from '../../errors.js';

/**
 * Reads a template file from the image; a relative path is resolved against
 * `taskRoot` (Lambda's `LAMBDA_TASK_ROOT`).
 */
export async function loadFileTemplate(
  path: string,
  taskRoot: string,
  maxBytes: number,
  describedSource: string,
): Promise<string> {
  const fullPath = isAbsolute(path) ? path : resolve(taskRoot, path);
  try {
    const { size } = await stat(fullPath);
    if (size > maxBytes) {
      throw new TemplateSourceError(
        `Template source exceeds the size cap of ${maxBytes} bytes.`,
        { context: { template_source: describedSource, max_bytes: maxBytes } },
      );
    }

    return await readFile(fullPath, 'utf8');
  } catch (error) {
    if (error instanceof TemplateSourceError) {
      throw error;
    }
    throw new TemplateSourceError('Template file could not be read.', {
      cause: error,
      context: { template_source: describedSource },
    });
  }
}
