import { ConfigurationError } from '../../errors.js';
import { parseStringList, requiredVariable } from '../environment.js';

/** SES accepts at most 50 recipients per message. */
export const MAX_EMAIL_RECIPIENTS = 50;

/** The email channel's configuration (contract §3). */
export interface EmailConfig {
  readonly sender: string;
  readonly recipients: readonly string[];
  readonly subjectSource: string;
  readonly textSource?: string;
  readonly htmlSource?: string;
  /** Reply-To addresses (`EMAIL_REPLY_TO`, a JSON array). Default: none. */
  readonly replyTo: readonly string[];
  /** SES configuration set (`SES_CONFIGURATION_SET`). Default: none. */
  readonly configurationSet?: string;
}

// Deliberately loose: SES does the real validation; this catches typos such
// as a missing '@' or a comma-joined list before the first send.
const EMAIL_ADDRESS = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

function parseRecipients(env: NodeJS.ProcessEnv): string[] {
  const parsed = parseStringList(env, 'EMAIL_RECIPIENTS', 'email addresses');
  if (parsed.length > MAX_EMAIL_RECIPIENTS) {
    throw new ConfigurationError(
      `EMAIL_RECIPIENTS holds more than ${MAX_EMAIL_RECIPIENTS} addresses, the SES limit per message.`,
      { context: { variable: 'EMAIL_RECIPIENTS', count: parsed.length } },
    );
  }
  const invalidIndex = parsed.findIndex((item) => !EMAIL_ADDRESS.test(item));
  if (invalidIndex !== -1) {
    // The index, not the address: recipients never appear in errors.
    throw new ConfigurationError(
      'EMAIL_RECIPIENTS contains an entry that is not an email address.',
      { context: { variable: 'EMAIL_RECIPIENTS', index: invalidIndex } },
    );
  }

  return parsed;
}

/**
 * Reads the email channel's environment: `EMAIL_SENDER`, `EMAIL_RECIPIENTS`
 * (JSON array), `LAMBDACRON_TEMPLATE_SUBJECT` and at least one of
 * `LAMBDACRON_TEMPLATE_HTML` and `LAMBDACRON_TEMPLATE_TEXT`.
 *
 * @throws ConfigurationError naming the variable (never its value).
 */
/**
 * A body template source, or undefined when there is none: unset, empty,
 * or an empty inline template (`inline:`, which the module sets when no
 * text template file is given), so that no empty part is sent.
 */
function optionalSource(source: string | undefined): string | undefined {
  return source === undefined || source === '' || source === 'inline:'
    ? undefined
    : source;
}

export function parseEmailConfig(env: NodeJS.ProcessEnv): EmailConfig {
  const sender = requiredVariable(env, 'EMAIL_SENDER');
  if (!EMAIL_ADDRESS.test(sender.replace(/^.*<(.+)>$/, '$1'))) {
    throw new ConfigurationError('EMAIL_SENDER is not an email address.', {
      context: { variable: 'EMAIL_SENDER' },
    });
  }
  const recipients = parseRecipients(env);
  const subjectSource = requiredVariable(env, 'LAMBDACRON_TEMPLATE_SUBJECT');
  const htmlSource = optionalSource(env.LAMBDACRON_TEMPLATE_HTML);
  const textSource = optionalSource(env.LAMBDACRON_TEMPLATE_TEXT);
  if (htmlSource === undefined && textSource === undefined) {
    throw new ConfigurationError(
      'LAMBDACRON_TEMPLATE_HTML is not set (nor LAMBDACRON_TEMPLATE_TEXT); an email needs a body.',
      { context: { variable: 'LAMBDACRON_TEMPLATE_HTML' } },
    );
  }

  // The module always sets it; "[]" means no Reply-To.
  const replyTo =
    env.EMAIL_REPLY_TO && env.EMAIL_REPLY_TO !== '[]'
      ? parseStringList(env, 'EMAIL_REPLY_TO', 'email addresses')
      : [];
  const configurationSet = env.SES_CONFIGURATION_SET || undefined;

  return {
    sender,
    recipients,
    subjectSource,
    htmlSource,
    textSource,
    replyTo,
    configurationSet,
  };
}
