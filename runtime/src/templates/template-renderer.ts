import nunjucks from 'nunjucks';

import { TemplateRenderError } from '../errors.js';
import { createEnvironments, type TemplateKind } from './environments.js';
import { undefinedFilterName } from './filters.js';
import { TemplateLoader } from './template-loader.js';
import { describeTemplateSource } from './template-source.js';
import { resolvePath, VariableLocator } from './variable-locator.js';

interface CompiledTemplate {
  readonly version: string;
  readonly template: nunjucks.Template;
  readonly locator: VariableLocator;
}

const OUTPUT_OF_NULL = /attempted to output null or undefined value/;
const LINE_COLUMN = /\[Line (\d+), Column (\d+)\]/;

function reasonOf(message: string): string {
  return message
    .replace(/^\(unknown path\)\s*(\[Line \d+, Column \d+\])?\s*/, '')
    .trim()
    .slice(0, 200);
}

/**
 * Compiles each template source once per container (again only when an S3
 * object's ETag changes) and renders it with payload variables. Payload
 * values are data: they are output, never compiled.
 */
export class TemplateRenderer {
  private readonly environments = createEnvironments();
  private readonly compiled = new Map<string, Promise<CompiledTemplate>>();

  constructor(private readonly loader: TemplateLoader = new TemplateLoader()) {}

  /**
   * Loads and compiles `source` ahead of the first render, so a broken
   * template fails at setup rather than per record.
   *
   * @throws TemplateSourceError or TemplateRenderError naming the source.
   */
  async prepare(source: string, kind: TemplateKind): Promise<void> {
    await this.compile(source, kind);
  }

  /**
   * Renders `source` with `variables`.
   *
   * @throws TemplateRenderError (permanent) naming the source and, for an
   *   undefined or null value, the variable.
   */
  async render(
    source: string,
    kind: TemplateKind,
    variables: Readonly<Record<string, unknown>>,
  ): Promise<string> {
    const { template, locator } = await this.compile(source, kind);
    try {
      return template.render(variables);
    } catch (error) {
      throw this.renderError(source, error, locator, variables);
    }
  }

  private async compile(
    source: string,
    kind: TemplateKind,
  ): Promise<CompiledTemplate> {
    const loaded = await this.loader.load(source);
    const cacheKey = `${kind}\n${source}`;
    const cached = this.compiled.get(cacheKey);
    if (cached) {
      const current = await cached;
      if (current.version === loaded.version) {
        return current;
      }
    }

    const compiling = Promise.resolve().then(() => {
      try {
        const template = nunjucks.compile(loaded.text, this.environments[kind]);
        // Compile now rather than on first render, to report syntax errors.
        (template as unknown as { compile(): void }).compile();

        return {
          version: loaded.version,
          template,
          locator: new VariableLocator(loaded.text),
        };
      } catch (error) {
        throw new TemplateRenderError('Template does not compile.', {
          cause: error,
          context: {
            template_source: describeTemplateSource(source),
            reason: reasonOf(error instanceof Error ? error.message : ''),
          },
        });
      }
    });
    this.compiled.set(cacheKey, compiling);
    compiling.catch(() => this.compiled.delete(cacheKey));

    return compiling;
  }

  private renderError(
    source: string,
    error: unknown,
    locator: VariableLocator,
    variables: Readonly<Record<string, unknown>>,
  ): TemplateRenderError {
    const described = describeTemplateSource(source);
    const message = error instanceof Error ? error.message : String(error);

    const filter = undefinedFilterName(message);
    if (filter !== undefined) {
      const variable = locator.undefinedFilterInput(filter, variables);

      return new TemplateRenderError(
        variable === undefined
          ? `Template passes an undefined value to filter '${filter}'.`
          : `Template variable '${variable}' is undefined (passed to filter '${filter}').`,
        {
          cause: error,
          context: { template_source: described, variable, filter },
        },
      );
    }

    const position = LINE_COLUMN.exec(message);
    if (OUTPUT_OF_NULL.test(message) && position) {
      const variable = locator.outputAt(
        Number(position[1]),
        Number(position[2]),
      );
      const state =
        variable !== undefined && resolvePath(variables, variable) === null
          ? 'null'
          : 'undefined';

      return new TemplateRenderError(
        variable === undefined
          ? `Template outputs a ${state} value.`
          : `Template variable '${variable}' is ${state}.`,
        {
          cause: error,
          context: { template_source: described, variable, line: position[1] },
        },
      );
    }

    return new TemplateRenderError('Template failed to render.', {
      cause: error,
      context: { template_source: described, reason: reasonOf(message) },
    });
  }
}
