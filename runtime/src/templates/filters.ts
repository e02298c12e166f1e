import nunjucks from 'nunjucks';

type Filter = (...args: unknown[]) => unknown;

/** Filters meant to receive an undefined value. */
const UNDEFINED_TOLERANT_FILTERS = new Set(['default', 'd']);

const UNDEFINED_INPUT_MARKER = 'lambdacron-undefined-filter-input:';

/** Pulls the filter name out of a nunjucks error raised by the guard. */
export function undefinedFilterName(message: string): string | undefined {
  return new RegExp(`${UNDEFINED_INPUT_MARKER}([\\w$]+)`).exec(message)?.[1];
}

/**
 * Jinja's `tojson`: JSON with `<`, `>`, `&` and `'` escaped as `\uXXXX`, so
 * the output is safe inside HTML and `<script>`, marked safe for autoescape.
 *
 * @example
 * {{ items | tojson }}     {{ items | tojson(2) }}
 */
export function tojson(value: unknown, indent?: number): unknown {
  const json = JSON.stringify(value, null, indent) ?? 'null';
  const escaped = json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/'/g, '\\u0027');

  return new nunjucks.runtime.SafeString(escaped);
}

/**
 * Adds the Jinja filters nunjucks lacks, then wraps every filter (except
 * `default`) so an undefined input is an error. nunjucks' `throwOnUndefined`
 * checks only the final output, so `{{ missing | upper }}` would otherwise
 * render an empty string.
 */
export function installFilters(env: nunjucks.Environment): void {
  env.addFilter('tojson', tojson);

  const filters = (env as unknown as { filters: Record<string, Filter> })
    .filters;
  for (const [name, filter] of Object.entries(filters)) {
    if (UNDEFINED_TOLERANT_FILTERS.has(name)) {
      continue;
    }
    env.addFilter(name, (...args: unknown[]) => {
      if (args[0] === undefined) {
        const error = new Error(`${UNDEFINED_INPUT_MARKER}${name}`);
        error.name = 'UndefinedFilterInput';
        throw error;
      }

      return filter(...args);
    });
  }
}
