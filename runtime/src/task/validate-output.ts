import { ResultValidationError } from '../errors.js';
import type { OutgoingResult } from '../publish/result-message.js';

function isPlainObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function validateResult(
  result: unknown,
  index: number,
  resultTypes: readonly string[],
): OutgoingResult {
  if (!isPlainObject(result)) {
    throw new ResultValidationError(
      'Task result must be an object { type, payload, key? }.',
      { context: { result_index: index } },
    );
  }
  const { type, payload, key } = result as Record<string, unknown>;
  if (typeof type !== 'string' || !resultTypes.includes(type)) {
    throw new ResultValidationError(
      'Task result type is not one of the declared result types.',
      {
        context: {
          result_index: index,
          result_type:
            typeof type === 'string' ? type.slice(0, 128) : typeof type,
          declared: resultTypes.join(','),
        },
      },
    );
  }
  if (!isPlainObject(payload)) {
    throw new ResultValidationError('Task result payload must be an object.', {
      context: { result_index: index, result_type: type },
    });
  }
  if (key !== undefined && (typeof key !== 'string' || key === '')) {
    throw new ResultValidationError(
      'Task result key must be a non-empty string when present.',
      { context: { result_index: index, result_type: type } },
    );
  }

  return key === undefined ? { type, payload } : { type, payload, key };
}

/**
 * Normalizes what `run` returned to a list of results and validates each
 * against the task's declared result types. Two results with the same type
 * and key would share a FIFO deduplication id, and SNS would silently drop
 * the second, so that is an error too.
 *
 * @throws ResultValidationError naming the result's index and type.
 */
export function validateTaskOutput(
  output: unknown,
  resultTypes: readonly string[],
): OutgoingResult[] {
  if (output === undefined || output === null) {
    return [];
  }

  const list: readonly unknown[] = Array.isArray(output) ? output : [output];
  const results = list.map((result, index) =>
    validateResult(result, index, resultTypes),
  );

  const seen = new Set<string>();
  for (const [index, result] of results.entries()) {
    const identity = `${result.type}\n${result.key ?? ''}`;
    if (seen.has(identity)) {
      throw new ResultValidationError(
        'Two results share a type and key; give each result of one type a distinct key.',
        { context: { result_index: index, result_type: result.type } },
      );
    }
    seen.add(identity);
  }

  return results;
}
