import { describe, expect, it } from 'vitest';

import { smsSegments } from '../../../src/channels/sms/sms-segments.js';

describe('smsSegments', () => {
  it.each([
    ['', 'GSM-7', 0, 0],
    ['Backup finished', 'GSM-7', 15, 1],
    ['a'.repeat(160), 'GSM-7', 160, 1],
    ['a'.repeat(161), 'GSM-7', 161, 2],
    ['a'.repeat(306), 'GSM-7', 306, 2],
    ['a'.repeat(307), 'GSM-7', 307, 3],
    ['€'.repeat(80), 'GSM-7', 160, 1],
    ['[x]'.repeat(40) + '{}', 'GSM-7', 204, 2],
    ['Backup finished ✅', 'UCS-2', 17, 1],
    ['Backup 📦', 'UCS-2', 9, 1],
    ['ж'.repeat(70), 'UCS-2', 70, 1],
    ['ж'.repeat(71), 'UCS-2', 71, 2],
    ['ж'.repeat(135), 'UCS-2', 135, 3],
  ])(
    'counts %j as %s, %i units, %i segments',
    (text, encoding, units, segments) => {
      expect(smsSegments(text)).toEqual({ encoding, units, segments });
    },
  );
});
