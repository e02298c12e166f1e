import { ConfigurationError } from '../../errors.js';
import { parseStringList, requiredVariable } from '../environment.js';
import {
  secretLocation,
  type SecretLocation,
} from '../../secrets/secret-reader.js';
import { TWILIO_API_BASE_URL } from './twilio-client.js';

/** A phone number in E.164 form: `+`, country code, at most 15 digits. */
export const E164_PATTERN = /^\+[1-9][0-9]{6,14}$/;

/** A Twilio messaging service SID. */
export const MESSAGING_SERVICE_SID_PATTERN = /^MG[0-9a-fA-F]{32}$/;

const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
const LOOPBACK_HTTP = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;

/** The SMS channel's configuration (contract §3). */
export interface SmsConfig {
  readonly accountSid: string;
  readonly authToken: SecretLocation;
  readonly sender: string;
  readonly recipients: readonly string[];
  readonly textSource: string;
  readonly apiBaseUrl: string;
}

function parseRecipients(env: NodeJS.ProcessEnv): string[] {
  const parsed = parseStringList(env, 'SMS_RECIPIENTS', 'E.164 phone numbers');
  const invalidIndex = parsed.findIndex((item) => !E164_PATTERN.test(item));
  if (invalidIndex !== -1) {
    // The index, not the number: recipients never appear in errors.
    throw new ConfigurationError(
      'SMS_RECIPIENTS contains an entry that is not an E.164 phone number.',
      { context: { variable: 'SMS_RECIPIENTS', index: invalidIndex } },
    );
  }

  return parsed;
}

/**
 * Reads the SMS channel's environment: `TWILIO_ACCOUNT_SID`,
 * `TWILIO_AUTH_TOKEN_SECRET_ARN` (a Secrets Manager secret or an SSM
 * SecureString parameter), `SMS_SENDER` (E.164 number or messaging service
 * SID), `SMS_RECIPIENTS` (JSON array of E.164 numbers),
 * `LAMBDACRON_TEMPLATE_TEXT` and the optional `TWILIO_API_BASE_URL`.
 *
 * @throws ConfigurationError naming the variable (never its value).
 */
export function parseSmsConfig(env: NodeJS.ProcessEnv): SmsConfig {
  const accountSid = requiredVariable(env, 'TWILIO_ACCOUNT_SID');
  if (!ACCOUNT_SID.test(accountSid)) {
    throw new ConfigurationError(
      'TWILIO_ACCOUNT_SID must be a Twilio account SID (AC and 32 hex digits).',
      { context: { variable: 'TWILIO_ACCOUNT_SID' } },
    );
  }
  const authToken = secretLocation(
    requiredVariable(env, 'TWILIO_AUTH_TOKEN_SECRET_ARN'),
    'TWILIO_AUTH_TOKEN_SECRET_ARN',
  );
  const sender = requiredVariable(env, 'SMS_SENDER');
  if (
    !E164_PATTERN.test(sender) &&
    !MESSAGING_SERVICE_SID_PATTERN.test(sender)
  ) {
    throw new ConfigurationError(
      'SMS_SENDER must be an E.164 phone number or a messaging service SID (MG…).',
      { context: { variable: 'SMS_SENDER' } },
    );
  }
  const recipients = parseRecipients(env);
  const textSource = requiredVariable(env, 'LAMBDACRON_TEMPLATE_TEXT');
  const apiBaseUrl = env.TWILIO_API_BASE_URL || TWILIO_API_BASE_URL;
  if (!apiBaseUrl.startsWith('https://') && !LOOPBACK_HTTP.test(apiBaseUrl)) {
    throw new ConfigurationError(
      'TWILIO_API_BASE_URL must be an https:// URL (http:// only for loopback hosts).',
      { context: { variable: 'TWILIO_API_BASE_URL' } },
    );
  }

  return { accountSid, authToken, sender, recipients, textSource, apiBaseUrl };
}
