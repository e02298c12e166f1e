/**
 * Template variables for a JSON body: every string, at any depth, is
 * replaced by its JSON string escape (without the quotes). So
 * `{"text": "{{ message }}"}` stays one JSON string whatever the payload
 * holds: a `"` in it cannot close the string and add keys (a Slack
 * `channel` override, say). Numbers and booleans are unchanged.
 *
 * @example
 * jsonEscapedVariables({ message: 'say "hi"\n' });
 * // { message: 'say \\"hi\\"\\n' }
 */
export function jsonEscapedVariables(
  variables: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  return escapeValue(variables) as Record<string, unknown>;
}

function escapeValue(value: unknown): unknown {
  if (typeof value === 'string') {
    return JSON.stringify(value).slice(1, -1);
  }
  if (Array.isArray(value)) {
    return value.map(escapeValue);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, escapeValue(entry)]),
    );
  }

  return value;
}
