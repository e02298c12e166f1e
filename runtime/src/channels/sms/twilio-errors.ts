import { DeliveryError } from '../../errors.js';

/**
 * Twilio error codes that will fail again for this recipient or sender,
 * whatever the HTTP status. https://www.twilio.com/docs/api/errors
 */
export const PERMANENT_TWILIO_CODES: ReadonlySet<number> = new Set([
  20003, // authentication failed (wrong token or account SID)
  21211, // invalid 'To' phone number
  21212, // invalid 'From' phone number
  21408, // permission to send to this region is not enabled
  21606, // the 'From' number is not a valid, SMS-capable number
  21610, // the recipient replied STOP (unsubscribed)
  21612, // the 'To' number cannot be reached from the 'From' number
  21614, // 'To' is not a mobile number
  21617, // the body exceeds 1600 characters
]);

/** What Twilio's error body says, when it says anything. */
export interface TwilioErrorBody {
  readonly code?: number;
  readonly message?: string;
  readonly more_info?: string;
  readonly status?: number;
}

/**
 * Classifies a failed Messages API call: 429 and 5xx (and no response at
 * all) are transient; the codes of {@link PERMANENT_TWILIO_CODES} and other
 * 4xx are permanent. Twilio's message text is not kept: it may quote the
 * phone number.
 */
export function classifyTwilioError(
  status: number | undefined,
  body: TwilioErrorBody | undefined,
  cause?: unknown,
): DeliveryError {
  const code = typeof body?.code === 'number' ? body.code : undefined;
  let permanent: boolean;
  if (status === undefined) {
    permanent = false;
  } else if (code !== undefined && PERMANENT_TWILIO_CODES.has(code)) {
    permanent = true;
  } else if (status === 429 || status === 408 || status >= 500) {
    permanent = false;
  } else {
    permanent = status >= 400;
  }

  return new DeliveryError('Twilio did not accept the SMS.', {
    cause,
    permanent,
    context: { status, twilio_code: code },
  });
}
