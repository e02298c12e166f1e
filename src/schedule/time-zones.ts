import { ScheduleExpressionError } from './errors.js';

// Node 20's ICU lists some zones only under their old names (Asia/Calcutta,
// Europe/Kiev) although it resolves the current IANA names, which
// EventBridge Scheduler accepts. Add the current names so they validate.
const CURRENT_NAMES_MISSING_FROM_ICU = [
  'America/Argentina/Buenos_Aires',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'America/Nuuk',
  'Asia/Ho_Chi_Minh',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Yangon',
  'Atlantic/Faroe',
  'Europe/Kyiv',
  'Pacific/Chuuk',
  'Pacific/Kanton',
  'Pacific/Pohnpei',
] as const;

let cachedNames: readonly string[] | undefined;

/**
 * The IANA time zone names a schedule may use, sorted: the runtime's
 * `Intl.supportedValuesOf('timeZone')`, plus `UTC` and current names that
 * older ICU data lists under former spellings. Suitable for a Terraform
 * `contains([...], var.schedule_timezone)` validation generated at synth time.
 *
 * @example
 * ```ts
 * listTimeZones().includes('Europe/London'); // true
 * ```
 */
export function listTimeZones(): readonly string[] {
  cachedNames ??= Object.freeze(
    [
      ...new Set([
        'UTC',
        ...Intl.supportedValuesOf('timeZone'),
        ...CURRENT_NAMES_MISSING_FROM_ICU.filter(isResolvable),
      ]),
    ].sort(),
  );

  return cachedNames;
}

/**
 * Throws a {@link ScheduleExpressionError} unless `name` is in
 * {@link listTimeZones}; suggests the right spelling for a case mismatch.
 *
 * @example
 * ```ts
 * assertTimeZone('Europe/London'); // ok
 * assertTimeZone('europe/london'); // throws: … did you mean "Europe/London"?
 * ```
 */
export function assertTimeZone(name: string): void {
  const names = listTimeZones();
  if (names.includes(name)) return;

  const sameLetters = names.find(
    (candidate) => candidate.toLowerCase() === name.toLowerCase(),
  );

  throw new ScheduleExpressionError({
    field: 'timezone',
    value: name,
    rule: 'is not an IANA time zone name',
    fix: sameLetters
      ? `did you mean "${sameLetters}"?`
      : 'use a name such as UTC, Europe/London or America/New_York (offsets like +01:00 are not accepted)',
  });
}

function isResolvable(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });

    return true;
  } catch {
    return false;
  }
}
