import { TemplateSourceError } from '../errors.js';
import { loadFileTemplate } from './sources/file-source.js';
import { DEFAULT_TEMPLATE_MAX_BYTES } from './sources/read-capped.js';
import {
  loadS3Template,
  type S3Getter,
  type S3Template,
} from './sources/s3-source.js';
import {
  DEFAULT_URL_TIMEOUT_MS,
  loadUrlTemplate,
} from './sources/url-source.js';
import {
  describeTemplateSource,
  parseTemplateSource,
} from './template-source.js';

/** How often a cached S3 template is revalidated by ETag: 60 seconds. */
export const DEFAULT_S3_REVALIDATE_MS = 60_000;

/** Options of {@link TemplateLoader}. */
export interface TemplateLoaderOptions {
  /** Environment for `env:` sources. Default: `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /** Base of relative `file:` paths. Default: `LAMBDA_TASK_ROOT`, else the working directory. */
  readonly taskRoot?: string;
  /** Timeout of a URL fetch. Default: 3000 ms. */
  readonly urlTimeoutMs?: number;
  /** Size cap of file, URL and S3 templates. Default: 256 KiB. */
  readonly maxBytes?: number;
  /** `fetch` implementation. Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** S3 client for `s3://` sources. Default: created on first use. */
  readonly s3?: S3Getter;
  /** Endpoint of the default S3 client (path-style). Default: SDK default. */
  readonly s3Endpoint?: string;
  /** Age after which a cached S3 template is revalidated. Default: 60 000 ms. */
  readonly s3RevalidateMs?: number;
  /** Clock in ms. Default: `Date.now`. */
  readonly now?: () => number;
}

/** Template text and a version that changes when the text may have. */
export interface LoadedTemplate {
  readonly text: string;
  /** `static` for sources fixed per container; the ETag for S3. */
  readonly version: string;
}

const STATIC_VERSION = 'static';

/**
 * Loads template text from a source string (contract §3), caching per
 * container: inline, env, file and URL sources are read once; S3 objects are
 * revalidated with `If-None-Match` at most every `s3RevalidateMs`.
 */
export class TemplateLoader {
  private readonly staticCache = new Map<string, Promise<string>>();
  private readonly s3Cache = new Map<
    string,
    { template: S3Template; checkedAt: number }
  >();
  private s3Client: S3Getter | undefined;

  constructor(private readonly options: TemplateLoaderOptions = {}) {
    this.s3Client = options.s3;
  }

  /**
   * Loads the template text of `source`.
   *
   * @throws TemplateSourceError naming the source (never its text).
   */
  async load(source: string): Promise<LoadedTemplate> {
    const parsed = parseTemplateSource(source);
    if (parsed.kind === 's3') {
      const template = await this.loadS3(source, parsed.bucket, parsed.key);

      return { text: template.text, version: `etag:${template.etag}` };
    }

    let pending = this.staticCache.get(source);
    if (pending === undefined) {
      pending = this.loadStatic(source).catch((error: unknown) => {
        this.staticCache.delete(source);
        throw error;
      });
      this.staticCache.set(source, pending);
    }

    return { text: await pending, version: STATIC_VERSION };
  }

  private async loadStatic(source: string): Promise<string> {
    const parsed = parseTemplateSource(source);
    const described = describeTemplateSource(source);
    const maxBytes = this.options.maxBytes ?? DEFAULT_TEMPLATE_MAX_BYTES;
    const env = this.options.env ?? process.env;
    switch (parsed.kind) {
      case 'inline':
        return parsed.text;
      case 'env': {
        const text = env[parsed.name];
        if (text === undefined) {
          throw new TemplateSourceError(
            'Template environment variable is not set.',
            { context: { template_source: described } },
          );
        }

        return text;
      }
      case 'file':
        return loadFileTemplate(
          parsed.path,
          this.options.taskRoot ?? env.LAMBDA_TASK_ROOT ?? process.cwd(),
          maxBytes,
          described,
        );
      case 'url':
        return loadUrlTemplate(
          parsed.url,
          this.options.urlTimeoutMs ?? DEFAULT_URL_TIMEOUT_MS,
          maxBytes,
          described,
          this.options.fetch,
        );
      default:
        throw new TemplateSourceError('Template source kind is not static.', {
          context: { template_source: described },
        });
    }
  }

  private async loadS3(
    source: string,
    bucket: string,
    key: string,
  ): Promise<S3Template> {
    const now = (this.options.now ?? Date.now)();
    const cached = this.s3Cache.get(source);
    const revalidateMs =
      this.options.s3RevalidateMs ?? DEFAULT_S3_REVALIDATE_MS;
    if (cached && now - cached.checkedAt < revalidateMs) {
      return cached.template;
    }

    const template = await loadS3Template(
      await this.s3(),
      bucket,
      key,
      this.options.maxBytes ?? DEFAULT_TEMPLATE_MAX_BYTES,
      describeTemplateSource(source),
      cached?.template,
    );
    this.s3Cache.set(source, { template, checkedAt: now });

    return template;
  }

  private async s3(): Promise<S3Getter> {
    if (this.s3Client === undefined) {
      const { S3Client } = await import('@aws-sdk/client-s3');
      const endpoint = this.options.s3Endpoint;
      this.s3Client = new S3Client(
        endpoint === undefined ? {} : { endpoint, forcePathStyle: true },
      );
    }

    return this.s3Client;
  }
}
