import { Construct } from 'constructs';

import { arnFields } from '../internal/arn.js';
import { Fn, Op, Token } from '../internal/cdktf.js';
import { EMAIL_ADDRESS_PATTERN, matches } from '../internal/patterns.js';
import { isUnresolved, knownValue } from '../internal/tokens.js';
import { LambdaCronValidationError } from '../internal/validation-error.js';
import { NotificationChannel } from '../notification-channel/notification-channel.js';
import {
  DEFAULT_SUBJECT_TEMPLATE,
  SES_MAX_RECIPIENTS,
} from './email-notification-props.js';
import type { EmailNotificationProps } from './email-notification-props.js';

/**
 * Emails the results of a given type through Amazon SES: a
 * {@link NotificationChannel} whose handler renders the subject, text and
 * HTML templates with each result's payload and sends one message to the
 * recipients. The handler may send only as `emailSender`.
 *
 * @example
 * new EmailNotification(stack, 'report-email', {
 *   snsTopicArn: topic.arn,
 *   resultTypes: ['daily-report'],
 *   emailSender: 'reports@example.com',
 *   emailRecipients: ['alice@example.com'],
 *   htmlTemplate: readFileSync('templates/report.html', 'utf8'),
 *   lambdaImageUri: emailHandlerImage,
 * });
 */
export class EmailNotification extends Construct {
  public readonly channel: NotificationChannel;

  constructor(scope: Construct, id: string, props: EmailNotificationProps) {
    super(scope, id);
    validateEmailProps(props);

    const sender = arnFields(props.snsTopicArn);
    const identityArn = (identity: string) =>
      Fn.format('arn:%s:ses:%s:%s:identity/%s', [
        sender.partition,
        sender.region,
        sender.account,
        identity,
      ]);
    const senderDomain = Fn.element(Fn.split('@', props.emailSender), 1);

    const {
      emailSender,
      emailRecipients,
      htmlTemplate,
      subjectTemplate,
      textTemplate,
      replyTo,
      configurationSet,
      ...options
    } = props;
    // In a module these are Terraform expressions that may be null.
    const configurationSetName =
      configurationSet === undefined
        ? ''
        : Token.asString(
            Fn.conditional(
              Op.eq(configurationSet, Token.nullValue()),
              '',
              configurationSet,
            ),
          );
    this.channel = new NotificationChannel(this, 'channel', {
      ...options,
      channel: 'email',
      environment: {
        EMAIL_SENDER: emailSender,
        EMAIL_RECIPIENTS: Fn.jsonencode(emailRecipients),
        EMAIL_REPLY_TO: Fn.jsonencode(replyTo ?? []),
        SES_CONFIGURATION_SET: configurationSetName,
      },
      templates: [
        {
          variable: 'LAMBDACRON_TEMPLATE_SUBJECT',
          name: 'subject',
          text: subjectTemplate ?? DEFAULT_SUBJECT_TEMPLATE,
        },
        {
          variable: 'LAMBDACRON_TEMPLATE_TEXT',
          name: 'text',
          text: textTemplate ?? '',
        },
        {
          variable: 'LAMBDACRON_TEMPLATE_HTML',
          name: 'html',
          text: htmlTemplate,
        },
      ],
      deliveryStatements: [
        {
          sid: 'SendAsSender',
          actions: ['ses:SendEmail'],
          // SES authorizes against the verified identity: the address
          // itself or its domain, whichever the account verified.
          resources: [identityArn(emailSender), identityArn(senderDomain)],
          conditions: {
            StringEquals: { 'ses:FromAddress': emailSender },
          },
        },
      ],
      optionalStatements: [
        {
          // Sending with a configuration set is authorized on the set too.
          include: Op.neq(
            configurationSet ?? Token.nullValue(),
            Token.nullValue(),
          ),
          statement: {
            sid: 'UseConfigurationSet',
            actions: ['ses:SendEmail'],
            resources: [
              Fn.format('arn:%s:ses:%s:%s:configuration-set/%s', [
                sender.partition,
                sender.region,
                sender.account,
                configurationSetName,
              ]),
            ],
          },
        },
      ],
    });
  }
}

function validateEmailProps(props: EmailNotificationProps): void {
  const sender = knownValue(props.emailSender);
  if (sender !== undefined && !matches(EMAIL_ADDRESS_PATTERN, sender)) {
    throw new LambdaCronValidationError({
      prop: 'emailSender',
      rule: 'must be an email address',
      value: sender,
      fix: 'use an address of a verified SES identity, e.g. "reports@example.com"',
    });
  }

  if (isUnresolved(props.emailRecipients)) {
    return;
  }
  const count = props.emailRecipients.length;
  if (count === 0 || count > SES_MAX_RECIPIENTS) {
    throw new LambdaCronValidationError({
      prop: 'emailRecipients',
      rule: `must list 1 to ${SES_MAX_RECIPIENTS} addresses (SES's limit per message)`,
      value: `${count} addresses`,
      fix: 'list at least one recipient, or use a distribution list address for more',
    });
  }
  const malformed = props.emailRecipients.filter(
    (address) =>
      !isUnresolved(address) && !matches(EMAIL_ADDRESS_PATTERN, address),
  );
  if (malformed.length > 0) {
    throw new LambdaCronValidationError({
      prop: 'emailRecipients',
      rule: 'must contain only email addresses',
      value: `${malformed.length} malformed entries`,
      fix: 'check each address has one "@" and a domain',
    });
  }
}
