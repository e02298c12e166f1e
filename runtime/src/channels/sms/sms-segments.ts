/**
 * SMS segment counting (3GPP TS 23.038): a message that uses only the GSM-7
 * alphabet travels 7 bits per character, 160 per single segment and 153 per
 * part of a concatenated message; anything else is sent as UCS-2, 70 per
 * segment and 67 per part. Carriers bill per segment.
 */

/** The two encodings an SMS may use. */
export const SmsEncoding = { gsm7: 'GSM-7', ucs2: 'UCS-2' } as const;

/** `'GSM-7'` or `'UCS-2'`. */
export type SmsEncoding = (typeof SmsEncoding)[keyof typeof SmsEncoding];

/** How a text travels as SMS. */
export interface SmsSegmentInfo {
  readonly encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  readonly units: number;
  readonly segments: number;
}

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters of the GSM-7 extension table: each takes an escape and itself. */
const GSM7_EXTENSION = '\f^{}\\[~]|€';

const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

const LIMITS = {
  [SmsEncoding.gsm7]: { single: 160, part: 153 },
  [SmsEncoding.ucs2]: { single: 70, part: 67 },
} as const;

/**
 * The encoding and segment count of `text`.
 *
 * @example
 * smsSegments('Backup finished'); // { encoding: 'GSM-7', units: 15, segments: 1 }
 * smsSegments('Backup finished ✅'); // { encoding: 'UCS-2', units: 17, segments: 1 }
 */
export function smsSegments(text: string): SmsSegmentInfo {
  let septets = 0;
  let gsm7 = true;
  for (const character of text) {
    if (BASIC.has(character)) {
      septets += 1;
    } else if (EXTENSION.has(character)) {
      septets += 2;
    } else {
      gsm7 = false;
      break;
    }
  }

  const encoding = gsm7 ? SmsEncoding.gsm7 : SmsEncoding.ucs2;
  const units = gsm7 ? septets : text.length;
  const { single, part } = LIMITS[encoding];
  const segments =
    units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / part);

  return { encoding, units, segments };
}
