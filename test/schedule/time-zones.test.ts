import { describe, expect, it } from 'vitest';

import { assertTimeZone, listTimeZones } from '../../src/schedule/index.js';

describe('listTimeZones', () => {
  it('includes UTC, common zones and current names older ICU spells differently', () => {
    const zones = listTimeZones();

    expect(zones).toEqual(
      expect.arrayContaining([
        'UTC',
        'Europe/London',
        'America/New_York',
        'Australia/Sydney',
        'Asia/Kolkata',
        'Europe/Kyiv',
      ]),
    );
  });

  it('is sorted and free of duplicates', () => {
    const zones = listTimeZones();

    expect([...new Set(zones)].sort()).toEqual(zones);
  });
});

describe('assertTimeZone', () => {
  it.each(['UTC', 'Europe/London', 'Asia/Kolkata'])('accepts %s', (zone) => {
    const check = (): void => assertTimeZone(zone);

    expect(check).not.toThrow();
  });

  it.each([
    [
      'Europe/Londn',
      'timezone "Europe/Londn" is not an IANA time zone name; use a name such as UTC, Europe/London or America/New_York (offsets like +01:00 are not accepted)',
    ],
    [
      'utc',
      'timezone "utc" is not an IANA time zone name; did you mean "UTC"?',
    ],
    ['', 'timezone "" is not an IANA time zone name'],
  ])('rejects "%s"', (zone, message) => {
    const check = (): void => assertTimeZone(zone);

    expect(check).toThrow(message);
  });
});
