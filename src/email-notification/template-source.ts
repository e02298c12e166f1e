import { escapeTerraformTemplate } from '../internal/patterns.js';
import { isUnresolved } from '../internal/tokens.js';

/** Prefix of a template source that carries the template text itself. */
export const INLINE_TEMPLATE_PREFIX = 'inline:';

/**
 * The template source (see docs/contract.md) that hands `text` to the
 * handler in its environment. Literal text is escaped so that `${` and `%{`
 * reach the handler unchanged; text Terraform reads with `file()` is a
 * value, never a template, and needs no escaping.
 */
export function inlineTemplateSource(text: string): string {
  const literal = isUnresolved(text) ? text : escapeTerraformTemplate(text);

  return `${INLINE_TEMPLATE_PREFIX}${literal}`;
}
