import { type CronFieldSpec, rangeFix } from './cron-fields.js';
import { ScheduleExpressionError } from './errors.js';

const DIGITS = /^[0-9]+$/;

/**
 * Parses a list field (`*`, `5`, `1-5`, `*\/5`, `10/15`, `1-30/2`, `JAN,MAR`)
 * into the sorted values it selects.
 */
export function parseValueList(spec: CronFieldSpec, text: string): number[] {
  const values = new Set<number>();

  for (const item of text.split(',')) {
    for (const value of parseItem(spec, item)) values.add(value);
  }

  return [...values].sort((a, b) => a - b);
}

/** Parses one number or name of a field, checking it against the range. */
export function parseFieldValue(spec: CronFieldSpec, token: string): number {
  const nameIndex = spec.names.indexOf(token);
  if (nameIndex >= 0) return spec.firstNameValue + nameIndex;

  if (!DIGITS.test(token)) {
    throw unknownToken(spec, token);
  }

  const value = Number(token);
  if (value < spec.min || value > spec.max) {
    throw new ScheduleExpressionError({
      field: label(spec),
      value: token,
      rule: `is out of range ${spec.min}-${spec.max}${spec.rangeNote}`,
      fix: rangeFix(spec),
    });
  }

  return value;
}

/** The name of a field in error messages, e.g. `cron day-of-week`. */
export function label(spec: CronFieldSpec): string {
  return `cron ${spec.name}`;
}

function parseItem(spec: CronFieldSpec, item: string): number[] {
  if (item === '') {
    throw new ScheduleExpressionError({
      field: label(spec),
      value: item,
      rule: 'is an empty list item',
      fix: 'separate values with single commas, e.g. 1,15',
    });
  }

  const [rangeText = '', stepText, extra] = item.split('/');
  if (extra !== undefined) {
    throw new ScheduleExpressionError({
      field: label(spec),
      value: item,
      rule: 'has more than one "/"',
      fix: 'write one step per item, e.g. 0/15',
    });
  }

  const { start, end, isWildcard } = parseRange(spec, rangeText, item);
  const step = stepText === undefined ? 1 : parseStep(spec, stepText, item);
  // `10/15` means "from 10 to the field's maximum, every 15", as in Quartz.
  const last =
    stepText !== undefined && !isWildcard && start === end ? spec.max : end;

  const values: number[] = [];
  for (let value = start; value <= last; value += step) values.push(value);

  return values;
}

function parseRange(
  spec: CronFieldSpec,
  text: string,
  item: string,
): { start: number; end: number; isWildcard: boolean } {
  if (text === '*') return { start: spec.min, end: spec.max, isWildcard: true };

  const [startText = '', endText, extra] = text.split('-');
  if (extra !== undefined || endText === '') {
    throw unknownToken(spec, item);
  }

  const start = parseFieldValue(spec, startText);
  const end = endText === undefined ? start : parseFieldValue(spec, endText);
  if (start > end) {
    throw new ScheduleExpressionError({
      field: label(spec),
      value: item,
      rule: 'is a range whose start is after its end',
      fix: `write the smaller value first or split it into two ranges, e.g. ${endText}-${spec.max},${spec.min}-${startText}`,
    });
  }

  return { start, end, isWildcard: false };
}

function parseStep(spec: CronFieldSpec, text: string, item: string): number {
  if (!spec.allowsStep) {
    throw new ScheduleExpressionError({
      field: label(spec),
      value: item,
      rule: 'uses a "/" step, which AWS does not allow in this field',
      fix: 'list the values instead, e.g. MON,WED,FRI',
    });
  }

  if (!DIGITS.test(text) || Number(text) < 1) {
    throw new ScheduleExpressionError({
      field: label(spec),
      value: item,
      rule: 'has a step that is not a positive integer',
      fix: 'use a whole number of 1 or more after "/", e.g. 0/15',
    });
  }

  return Number(text);
}

function unknownToken(
  spec: CronFieldSpec,
  token: string,
): ScheduleExpressionError {
  const upper = token.toUpperCase();
  const hint =
    upper !== token && spec.names.some((name) => upper.includes(name))
      ? `write names in upper case, e.g. ${upper}`
      : `${rangeFix(spec)}, "*", or ranges, lists and steps of them`;

  return new ScheduleExpressionError({
    field: label(spec),
    value: token,
    rule: 'is not a valid value',
    fix: hint,
  });
}
