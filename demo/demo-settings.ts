import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { INLINE_TEMPLATE_PREFIX } from '../src/email-notification/template-source.js';

/** The basic example the demo runs: the task, its templates, its wiring. */
export const EXAMPLE_DIR = resolve(
  import.meta.dirname,
  '..',
  'examples',
  'basic',
);

/**
 * The example's settings, as examples/basic/main.tf gives them to the
 * modules. Names that the modules derive are derived here the same way.
 */
export const EXAMPLE = {
  topicName: 'lambdacron-results.fifo',
  resultTypes: ['example'],
  emailSender: 'me@example.com',
  emailRecipients: ['alice@example.com', 'bob@example.com'],
  /** A result type the task publishes but no channel subscribes to. */
  unwantedResultType: 'example-metrics',
} as const;

/** A template file of the example, as the module hands it to the handler. */
export function exampleTemplateSource(file: string): string {
  // The module reads the file with file(), so the text arrives unescaped.
  const text = readFileSync(join(EXAMPLE_DIR, 'templates', file), 'utf8');

  return `${INLINE_TEMPLATE_PREFIX}${text}`;
}

/** The email handler's environment, as email-notification sets it. */
export function emailChannelEnvironment(): Record<string, string> {
  return {
    LAMBDACRON_CHANNEL: 'email',
    EMAIL_SENDER: EXAMPLE.emailSender,
    EMAIL_RECIPIENTS: JSON.stringify(EXAMPLE.emailRecipients),
    LAMBDACRON_TEMPLATE_SUBJECT: exampleTemplateSource('subject.txt'),
    LAMBDACRON_TEMPLATE_TEXT: exampleTemplateSource('email.txt'),
    LAMBDACRON_TEMPLATE_HTML: exampleTemplateSource('email.html'),
  };
}
