import nunjucks from 'nunjucks';

import { installFilters } from './filters.js';

/** How a rendered template is used: HTML is autoescaped, text is not. */
export const TemplateKind = {
  html: 'html',
  text: 'text',
} as const;

/** `'html' | 'text'` (subjects are text). */
export type TemplateKind = (typeof TemplateKind)[keyof typeof TemplateKind];

function createEnvironment(autoescape: boolean): nunjucks.Environment {
  // No loader: templates cannot include files or other templates.
  const env = new nunjucks.Environment(null, {
    autoescape,
    throwOnUndefined: true,
  });
  installFilters(env);

  return env;
}

/**
 * The two nunjucks environments: autoescape on for HTML, off for subject and
 * text (escaping would turn `&` into `&amp;` in a plain-text mail).
 */
export function createEnvironments(): Record<
  TemplateKind,
  nunjucks.Environment
> {
  return {
    html: createEnvironment(true),
    text: createEnvironment(false),
  };
}
