/**
 * Input rules that both sides check: the constructs in TypeScript at synth
 * time, the generated modules in Terraform at plan time. Each pattern uses
 * only syntax that JavaScript and Terraform's RE2 engine read alike (no
 * lookarounds, no backreferences).
 */

/** An SNS topic ARN in any partition; FIFO topics end in `.fifo`. */
export const SNS_TOPIC_ARN_PATTERN =
  '^arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}(\\.fifo)?$';

/** A FIFO SNS topic ARN. */
export const FIFO_SNS_TOPIC_ARN_PATTERN =
  '^arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,251}\\.fifo$';

/**
 * An image in Amazon ECR, by tag or by digest: Lambda runs container images
 * only from ECR.
 */
export const ECR_IMAGE_URI_PATTERN =
  '^[0-9]{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/' +
  '[a-z0-9]+([._/-][a-z0-9]+)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|@sha256:[a-f0-9]{64})$';

/** A name LambdaCron gives a function and derives other names from. */
export const RESOURCE_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]*$';

/** A `result_type` message attribute value. */
export const RESULT_TYPE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$';

/** A plausible email address: one `@`, no spaces, a dot in the domain. */
export const EMAIL_ADDRESS_PATTERN = '^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$';

/** Whether `value` matches `pattern` (one of the patterns above). */
export function matches(pattern: string, value: string): boolean {
  return new RegExp(pattern).test(value);
}

/** `pattern` as an HCL string literal, for use inside `regex(…)`. */
export function hclString(text: string): string {
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

/** An HCL condition that `variable` (e.g. `var.x`) matches `pattern`. */
export function hclMatches(variable: string, pattern: string): string {
  return `can(regex(${hclString(pattern)}, ${variable}))`;
}

/**
 * `text` with Terraform's template sequences (`${`, `%{`) escaped, so that a
 * literal string synthesized into Terraform JSON reaches AWS unchanged.
 */
export function escapeTerraformTemplate(text: string): string {
  // Replacer functions: in a replacement string, `$$` would mean one `$`.
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}
