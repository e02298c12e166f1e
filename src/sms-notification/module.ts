import type { ModuleDefinition } from '../internal/module-definition.js';
import { hclString } from '../internal/patterns.js';
import {
  buildChannelImage,
  channelImageAssets,
} from '../notification-channel/channel-image.js';
import {
  channelOutputs,
  channelVariables,
  templateInputs,
} from '../notification-channel/channel-module.js';
import {
  E164_PATTERN,
  KMS_KEY_ARN_PATTERN,
  MESSAGING_SERVICE_SID_PATTERN,
  SECRETS_MANAGER_ARN_PATTERN,
  SSM_PARAMETER_ARN_PATTERN,
  TWILIO_ACCOUNT_SID_PATTERN,
} from '../notification-channel/channel-patterns.js';
import { SmsNotification } from './sms-notification.js';

const E164 = hclString(E164_PATTERN);

/** The `sms-notification` Terraform module. */
export const smsNotificationModule: ModuleDefinition = {
  name: 'sms-notification',
  assets: channelImageAssets('sms'),
  summary: `
Texts LambdaCron results of the given types through Twilio. It subscribes a
FIFO SQS queue to the shared results topic with a filter policy on
\`result_type\`, and a handler Lambda renders the nunjucks text template with
each result's payload and sends it to every recipient with Twilio's Messages
API. The auth token stays in Secrets Manager or SSM Parameter Store: the
module takes only its ARN, and the handler reads it once per cold start.
Records that fail are retried, then kept in a dead-letter queue that raises
an alarm.
`,
  usage: `
module "my_sms_notification" {
  source                       = "./generated-modules/sms-notification"
  sns_topic_arn                = aws_sns_topic.results.arn
  result_types                 = ["error"]
  template                     = "{{ lambdacron.task_name }} failed: {{ error_message }}"
  twilio_account_sid           = "AC0123456789abcdef0123456789abcdef"
  twilio_auth_token_secret_arn = aws_secretsmanager_secret.twilio_token.arn
  sms_sender                   = "+15005550006"
  sms_recipients               = ["+15005550001"]
  lambda_image_uri             = "123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-sms:v1"
}
`,
  sections: `
## Twilio

Store the auth token as a Secrets Manager secret (the token as the secret
string, or JSON \`{"auth_token": "…"}\`) or as an SSM SecureString parameter,
and pass its ARN. The handler's role may read exactly that secret
(\`secretsmanager:GetSecretValue\` or \`ssm:GetParameter\`), plus
\`kms:Decrypt\` on \`twilio_auth_token_kms_key_arn\` when the secret uses a
customer managed key.

Twilio errors for a bad or unsubscribed number (21211, 21610, 21614, …) are
permanent: the record goes to the dead-letter queue after
\`max_receive_count\` receives. 429 and 5xx are retried. A failing recipient
does not stop the others, and a retry texts only those who did not get it.

Preview a message and its segment count (GSM-7 or UCS-2) before deploying:
\`npx lambdacron render --channel sms --templates <dir> --payload sample.json\`.

## Templates

Nunjucks, with the payload's top-level keys and \`lambdacron.result_type\`,
\`.task_name\`, \`.scheduled_time\` and \`.message_id\`. A variable the payload
lacks is an error. A template longer than 1024 characters is stored in S3
(\`template_bucket\`, or a bucket the module creates).
`,
  build(stack) {
    const common = channelVariables(stack, 'sms');
    const text = templateInputs(stack, 'message text');
    const accountSid = stack.variable({
      name: 'twilio_account_sid',
      type: 'string',
      description: 'The Twilio account SID: AC followed by 32 hex digits.',
      validations: [
        {
          condition: `can(regex(${hclString(TWILIO_ACCOUNT_SID_PATTERN)}, var.twilio_account_sid))`,
          errorMessage:
            'The twilio_account_sid value must be a Twilio account SID: AC followed by 32 hex digits.',
        },
      ],
    });
    const tokenArn = stack.variable({
      name: 'twilio_auth_token_secret_arn',
      type: 'string',
      description:
        'ARN of the Secrets Manager secret or SSM SecureString parameter holding the Twilio auth token (never the token itself).',
      validations: [
        {
          condition: `can(regex(${hclString(SECRETS_MANAGER_ARN_PATTERN)}, var.twilio_auth_token_secret_arn)) || can(regex(${hclString(SSM_PARAMETER_ARN_PATTERN)}, var.twilio_auth_token_secret_arn))`,
          errorMessage:
            'The twilio_auth_token_secret_arn value must be the ARN of a Secrets Manager secret or an SSM parameter; pass the secret by reference, never the token itself.',
        },
      ],
    });
    const tokenKey = stack.variable({
      name: 'twilio_auth_token_kms_key_arn',
      type: 'string',
      default: null,
      description:
        'ARN of the customer managed KMS key encrypting the auth token secret; null when it uses an AWS managed key.',
      validations: [
        {
          condition: `var.twilio_auth_token_kms_key_arn == null || can(regex(${hclString(KMS_KEY_ARN_PATTERN)}, coalesce(var.twilio_auth_token_kms_key_arn, "-")))`,
          errorMessage:
            'The twilio_auth_token_kms_key_arn value must be null or the ARN of a KMS key.',
        },
      ],
    });
    const sender = stack.variable({
      name: 'sms_sender',
      type: 'string',
      description:
        'The sending phone number in E.164 form (+15005550006) or a Twilio messaging service SID (MG followed by 32 hex digits).',
      validations: [
        {
          condition: `can(regex(${E164}, var.sms_sender)) || can(regex(${hclString(MESSAGING_SERVICE_SID_PATTERN)}, var.sms_sender))`,
          errorMessage:
            'The sms_sender value must be a phone number in E.164 form, such as +15005550006, or a messaging service SID such as MG0123456789abcdef0123456789abcdef.',
        },
      ],
    });
    const recipients = stack.variable({
      name: 'sms_recipients',
      type: 'list(string)',
      nullable: false,
      description:
        'Phone numbers to text, in E.164 form (+ country code and number); at least one.',
      validations: [
        {
          condition: `length(var.sms_recipients) > 0 && alltrue([for number in var.sms_recipients : can(regex(${E164}, number))])`,
          errorMessage:
            'The sms_recipients value must list at least one phone number, each in E.164 form such as +447700900123 (no spaces, dashes or leading zeros).',
        },
      ],
    });

    const sms = new SmsNotification(stack, 'sms', {
      ...common.options,
      twilioAccountSid: accountSid.stringValue,
      twilioAuthTokenSecretArn: tokenArn.stringValue,
      twilioAuthTokenKmsKeyArn: tokenKey.stringValue,
      smsSender: sender.stringValue,
      smsRecipients: recipients.listValue,
      textTemplate: text,
    });

    buildChannelImage(stack, sms.channel.channelName, common.lambdaImageUri);
    channelOutputs(stack, sms.channel, common.options);
  },
};
