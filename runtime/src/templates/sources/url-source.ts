import { TemplateSourceError } from '../../errors.js';
import { readCapped } from './read-capped.js';

/** How long a template URL may take to answer: 3 seconds. */
export const DEFAULT_URL_TIMEOUT_MS = 3000;

/**
 * Fetches a template over HTTPS with a timeout and a size cap. Network
 * failures, timeouts and 5xx/429 answers are transient; other statuses are
 * permanent.
 */
export async function loadUrlTemplate(
  url: string,
  timeoutMs: number,
  maxBytes: number,
  describedSource: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
    });
  } catch (error) {
    throw new TemplateSourceError('Template URL could not be fetched.', {
      cause: error,
      permanent: false,
      context: { template_source: describedSource, timeout_ms: timeoutMs },
    });
  }

  if (!response.ok) {
    await response.body?.cancel();
    throw new TemplateSourceError(
      'Template URL answered with an error status.',
      {
        permanent: response.status !== 429 && response.status < 500,
        context: { template_source: describedSource, status: response.status },
      },
    );
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new TemplateSourceError(
      `Template source exceeds the size cap of ${maxBytes} bytes.`,
      { context: { template_source: describedSource, max_bytes: maxBytes } },
    );
  }

  try {
    return await readCapped(
      response.body ?? (async function* () {})(),
      maxBytes,
      describedSource,
    );
  } catch (error) {
    if (error instanceof TemplateSourceError) {
      throw error;
    }
    throw new TemplateSourceError('Template URL body could not be read.', {
      cause: error,
      permanent: false,
      context: { template_source: describedSource },
    });
  }
}
