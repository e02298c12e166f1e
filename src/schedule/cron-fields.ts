import type { CronFieldName } from './types.js';

/** Limits and vocabulary of one AWS cron field. */
export interface CronFieldSpec {
  readonly name: CronFieldName;
  readonly min: number;
  readonly max: number;
  /** Upper-case names mapped to values, e.g. JAN=1; empty when none. */
  readonly names: readonly string[];
  /** The value of the first name, e.g. 1 for both JAN and SUN. */
  readonly firstNameValue: number;
  /** Whether `/` steps are allowed; AWS documents none for day-of-week. */
  readonly allowsStep: boolean;
  /** Extra words for the out-of-range message, e.g. the SUN=1 numbering. */
  readonly rangeNote: string;
}

const MONTH_NAMES = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
] as const;

/** Day names in AWS order: SUN=1 … SAT=7 (not the Unix SUN=0). */
export const WEEKDAY_NAMES = [
  'SUN',
  'MON',
  'TUE',
  'WED',
  'THU',
  'FRI',
  'SAT',
] as const;

/** The years EventBridge cron accepts. */
export const CRON_YEAR_RANGE = { min: 1970, max: 2199 } as const;

/**
 * The six AWS cron fields in expression order.
 * Source: https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html#cron-based
 */
export const CRON_FIELD_SPECS: readonly CronFieldSpec[] = [
  field('minutes', 0, 59),
  field('hours', 0, 23),
  field('day-of-month', 1, 31),
  { ...field('month', 1, 12), names: MONTH_NAMES, rangeNote: '' },
  {
    ...field('day-of-week', 1, 7),
    names: WEEKDAY_NAMES,
    allowsStep: false,
    rangeNote: ' (SUN=1 … SAT=7)',
  },
  field('year', CRON_YEAR_RANGE.min, CRON_YEAR_RANGE.max),
];

function field(name: CronFieldName, min: number, max: number): CronFieldSpec {
  return {
    name,
    min,
    max,
    names: [],
    firstNameValue: 1,
    allowsStep: true,
    rangeNote: '',
  };
}

/** The fix hint for a value outside a field's range, e.g. `use 1-7 or SUN-SAT`. */
export function rangeFix(spec: CronFieldSpec): string {
  const numeric = `use ${spec.min}-${spec.max}`;
  const first = spec.names[0];
  const last = spec.names[spec.names.length - 1];

  return first && last ? `${numeric} or ${first}-${last}` : numeric;
}
