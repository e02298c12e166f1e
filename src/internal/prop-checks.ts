import { matches } from './patterns.js';
import { knownValue } from './tokens.js';
import { LambdaCronValidationError } from './validation-error.js';

/*
 * Synth-time checks of construct props. Each skips a value that is only
 * known to Terraform (a token) and otherwise throws a
 * LambdaCronValidationError naming the prop, the rule, the value and a fix.
 */

/** Checks that a known string matches `pattern`. */
export function checkPattern(
  prop: string,
  value: string | undefined,
  pattern: string,
  message: { rule: string; fix: string },
): void {
  const known = knownValue(value);
  if (known !== undefined && !matches(pattern, known)) {
    throw new LambdaCronValidationError({ prop, value: known, ...message });
  }
}

/** Checks that a known string is at most `max` characters. */
export function checkLength(
  prop: string,
  value: string | undefined,
  max: number,
): void {
  const known = knownValue(value);
  if (known !== undefined && known.length > max) {
    throw new LambdaCronValidationError({
      prop,
      value: known,
      rule: `must be at most ${max} characters`,
      fix: 'shorten it',
    });
  }
}

/** Checks that a known number is a whole number in `min`–`max`. */
export function checkRange(
  prop: string,
  value: number | undefined,
  min: number,
  max: number,
): void {
  const known = knownValue(value);
  if (
    known !== undefined &&
    !(Number.isInteger(known) && known >= min && known <= max)
  ) {
    throw new LambdaCronValidationError({
      prop,
      value: known,
      rule: `must be a whole number from ${min} to ${max}`,
      fix: `pick a value in ${min}-${max}`,
    });
  }
}
