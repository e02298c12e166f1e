import { Construct } from 'constructs';

import { Fn } from '../internal/cdktf.js';
import { checkPattern } from '../internal/prop-checks.js';
import { isUnresolved } from '../internal/tokens.js';
import { LambdaCronValidationError } from '../internal/validation-error.js';
import {
  E164_PATTERN,
  MESSAGING_SERVICE_SID_PATTERN,
  SECRETS_MANAGER_ARN_PATTERN,
  SSM_PARAMETER_ARN_PATTERN,
  TWILIO_ACCOUNT_SID_PATTERN,
} from '../notification-channel/channel-patterns.js';
import { NotificationChannel } from '../notification-channel/notification-channel.js';
import { secretReadStatements } from '../notification-channel/secret-access.js';
import type { SmsNotificationProps } from './sms-notification-props.js';

/**
 * Texts the results of a given type through Twilio: a
 * {@link NotificationChannel} whose handler renders the text template with
 * each result's payload and sends one SMS per recipient. The handler reads
 * the auth token by ARN at cold start and may read only that secret.
 *
 * @example
 * new SmsNotification(stack, 'oncall-sms', {
 *   snsTopicArn: topic.arn,
 *   resultTypes: ['error'],
 *   twilioAccountSid: 'AC0123456789abcdef0123456789abcdef',
 *   twilioAuthTokenSecretArn: tokenSecret.arn,
 *   smsSender: '+15005550006',
 *   smsRecipients: ['+15005550001'],
 *   textTemplate: '{{ lambdacron.task_name }} failed: {{ error_message }}',
 *   lambdaImageUri: smsHandlerImage,
 * });
 */
export class SmsNotification extends Construct {
  public readonly channel: NotificationChannel;

  constructor(scope: Construct, id: string, props: SmsNotificationProps) {
    super(scope, id);
    validateSmsProps(props);

    const {
      twilioAccountSid,
      twilioAuthTokenSecretArn,
      twilioAuthTokenKmsKeyArn,
      smsSender,
      smsRecipients,
      textTemplate,
      ...options
    } = props;
    this.channel = new NotificationChannel(this, 'channel', {
      ...options,
      channel: 'sms',
      environment: {
        TWILIO_ACCOUNT_SID: twilioAccountSid,
        TWILIO_AUTH_TOKEN_SECRET_ARN: twilioAuthTokenSecretArn,
        SMS_SENDER: smsSender,
        SMS_RECIPIENTS: Fn.jsonencode(smsRecipients),
      },
      templates: [
        {
          variable: 'LAMBDACRON_TEMPLATE_TEXT',
          name: 'text',
          text: textTemplate,
        },
      ],
      deliveryStatements: [],
      optionalStatements: secretReadStatements({
        sid: 'ReadAuthToken',
        secretArn: twilioAuthTokenSecretArn,
        kmsKeyArn: twilioAuthTokenKmsKeyArn,
      }),
    });
  }
}

function validateSmsProps(props: SmsNotificationProps): void {
  checkPattern(
    'twilioAccountSid',
    props.twilioAccountSid,
    TWILIO_ACCOUNT_SID_PATTERN,
    {
      rule: 'must be a Twilio account SID (AC and 32 hex digits)',
      fix: 'copy the Account SID from the Twilio console',
    },
  );
  const arn = props.twilioAuthTokenSecretArn;
  if (
    !isUnresolved(arn) &&
    !new RegExp(SECRETS_MANAGER_ARN_PATTERN).test(arn) &&
    !new RegExp(SSM_PARAMETER_ARN_PATTERN).test(arn)
  ) {
    throw new LambdaCronValidationError({
      prop: 'twilioAuthTokenSecretArn',
      rule: 'must be the ARN of a Secrets Manager secret or an SSM parameter (never the token itself)',
      value: `${arn.length} characters`,
      fix: 'store the token in Secrets Manager or as an SSM SecureString and pass its ARN',
    });
  }
  const sender = props.smsSender;
  if (
    !isUnresolved(sender) &&
    !new RegExp(E164_PATTERN).test(sender) &&
    !new RegExp(MESSAGING_SERVICE_SID_PATTERN).test(sender)
  ) {
    throw new LambdaCronValidationError({
      prop: 'smsSender',
      rule: 'must be an E.164 number or a messaging service SID',
      value: sender,
      fix: 'use a number such as "+15005550006" or a SID such as "MG…"',
    });
  }

  if (isUnresolved(props.smsRecipients)) {
    return;
  }
  const malformed = props.smsRecipients.filter(
    (number) => !isUnresolved(number) && !new RegExp(E164_PATTERN).test(number),
  );
  if (props.smsRecipients.length === 0 || malformed.length > 0) {
    throw new LambdaCronValidationError({
      prop: 'smsRecipients',
      rule: 'must list at least one phone number, each in E.164 form',
      value: `${props.smsRecipients.length} numbers, ${malformed.length} malformed`,
      fix: 'write numbers as + country code and number, e.g. "+447700900123"',
    });
  }
}
