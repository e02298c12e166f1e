import { ConfigurationError } from '../errors.js';

/**
 * The value of environment variable `name`, or a `ConfigurationError`
 * naming the variable when it is unset or empty.
 */
export function requiredVariable(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) {
    throw new ConfigurationError(`${name} is not set.`, {
      context: { variable: name },
    });
  }

  return value;
}

/**
 * Parses environment variable `name` as a non-empty JSON array of strings
 * (`what` describes the entries, e.g. "email addresses"). Errors name the
 * variable, never its content: the list holds recipients.
 */
export function parseStringList(
  env: NodeJS.ProcessEnv,
  name: string,
  what: string,
): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(requiredVariable(env, name));
  } catch (error) {
    if (error instanceof ConfigurationError) {
      throw error;
    }
    // No cause: JSON.parse's message quotes the text it could not read.
    throw new ConfigurationError(`${name} must be a JSON array of ${what}.`, {
      context: { variable: name },
    });
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length === 0 ||
    !parsed.every((item) => typeof item === 'string')
  ) {
    throw new ConfigurationError(
      `${name} must be a non-empty JSON array of strings.`,
      { context: { variable: name } },
    );
  }

  return parsed;
}
