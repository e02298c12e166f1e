import { Token } from './cdktf.js';

/**
 * Whether `value` is (or contains) a CDKTF token, i.e. is only known to
 * Terraform. Validation written in TypeScript must skip such values: their
 * JavaScript form is a placeholder string, not what the user wrote.
 */
export function isUnresolved(value: unknown): boolean {
  return Token.isUnresolved(value);
}

/** The value when it is known at synth time, otherwise `undefined`. */
export function knownValue<T>(value: T | undefined): T | undefined {
  return value === undefined || isUnresolved(value) ? undefined : value;
}
