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
  HTTPS_URL_PATTERN,
  KMS_KEY_ARN_PATTERN,
  SECRETS_MANAGER_ARN_PATTERN,
  SSM_PARAMETER_ARN_PATTERN,
} from '../notification-channel/channel-patterns.js';
import {
  DEFAULT_WEBHOOK_TIMEOUT_MS,
  WebhookNotification,
} from './webhook-notification.js';
import { WEBHOOK_FORMATS } from './webhook-notification-props.js';

/** The `webhook-notification` Terraform module. */
export const webhookNotificationModule: ModuleDefinition = {
  name: 'webhook-notification',
  assets: channelImageAssets('webhook'),
  summary: `
POSTs LambdaCron results of the given types to an HTTPS webhook — a Slack
incoming webhook, a chat tool, your own API. It subscribes a FIFO SQS queue
to the shared results topic with a filter policy on \`result_type\`, and a
handler Lambda renders the nunjucks body template with each result's
payload and POSTs it as JSON or text, with optional headers from a secret.
Records that fail are retried, then kept in a dead-letter queue that raises
an alarm.
`,
  usage: `
module "my_slack_notification" {
  source           = "./generated-modules/webhook-notification"
  sns_topic_arn    = aws_sns_topic.results.arn
  result_types     = ["error"]
  webhook_url      = var.slack_webhook_url
  template         = "{\\"text\\": \\"{{ lambdacron.task_name }} failed: {{ error_message }}\\"}"
  lambda_image_uri = "123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-webhook:v1"
}
`,
  sections: `
## Body

With \`webhook_format = "json"\` (the default) the rendered body must be JSON,
and every string of the payload is escaped for use inside a JSON string, so
\`"{{ summary }}"\` stays one string whatever the payload holds (a \`"\` in it
cannot add keys such as Slack's \`channel\`). Numbers and booleans are
written as they are. With \`"text"\` the body is sent as \`text/plain\`,
unescaped.

## Delivery

2xx is delivered. 429, 408, 5xx, network errors and timeouts
(\`request_timeout_ms\`) are retried; redirects and other 4xx are permanent
(Slack answers 400, 403, 404 or 410 for a bad payload or a removed channel)
and the record goes to the dead-letter queue after \`max_receive_count\`
receives.

## Secrets

\`webhook_url\` is sensitive: a Slack webhook URL is a credential. It is kept
in the handler's environment (encrypted at rest). Headers such as
\`Authorization\` go in a Secrets Manager secret or SSM SecureString holding
a JSON object, named by \`webhook_headers_secret_arn\`; the handler's role may
read exactly that secret (plus \`kms:Decrypt\` on
\`webhook_headers_kms_key_arn\` when given).
`,
  build(stack) {
    const common = channelVariables(stack, 'webhook');
    const body = templateInputs(stack, 'request body');
    const url = stack.variable({
      name: 'webhook_url',
      type: 'string',
      sensitive: true,
      description:
        'The HTTPS URL the handler POSTs to (sensitive: a Slack webhook URL is a credential).',
      validations: [
        {
          condition: `can(regex(${hclString(HTTPS_URL_PATTERN)}, var.webhook_url))`,
          errorMessage: 'The webhook_url value must be an https:// URL.',
        },
      ],
    });
    const format = stack.variable({
      name: 'webhook_format',
      type: 'string',
      default: 'json',
      nullable: false,
      description: `How the body is sent: ${WEBHOOK_FORMATS.join(' or ')} (json validates the rendered body and escapes payload strings for JSON).`,
      validations: [
        {
          condition: `contains(${JSON.stringify(WEBHOOK_FORMATS)}, var.webhook_format)`,
          errorMessage: `The webhook_format value must be one of ${WEBHOOK_FORMATS.join(', ')}.`,
        },
      ],
    });
    const headersArn = stack.variable({
      name: 'webhook_headers_secret_arn',
      type: 'string',
      default: null,
      description:
        'ARN of a Secrets Manager secret or SSM SecureString parameter holding extra request headers as a JSON object; null sends none.',
      validations: [
        {
          condition: `var.webhook_headers_secret_arn == null || can(regex(${hclString(SECRETS_MANAGER_ARN_PATTERN)}, coalesce(var.webhook_headers_secret_arn, "-"))) || can(regex(${hclString(SSM_PARAMETER_ARN_PATTERN)}, coalesce(var.webhook_headers_secret_arn, "-")))`,
          errorMessage:
            'The webhook_headers_secret_arn value must be null or the ARN of a Secrets Manager secret or an SSM parameter.',
        },
      ],
    });
    const headersKey = stack.variable({
      name: 'webhook_headers_kms_key_arn',
      type: 'string',
      default: null,
      description:
        'ARN of the customer managed KMS key encrypting the headers secret; null when it uses an AWS managed key.',
      validations: [
        {
          condition: `var.webhook_headers_kms_key_arn == null || can(regex(${hclString(KMS_KEY_ARN_PATTERN)}, coalesce(var.webhook_headers_kms_key_arn, "-")))`,
          errorMessage:
            'The webhook_headers_kms_key_arn value must be null or the ARN of a KMS key.',
        },
      ],
    });
    const timeout = stack.variable({
      name: 'request_timeout_ms',
      type: 'number',
      default: DEFAULT_WEBHOOK_TIMEOUT_MS,
      nullable: false,
      description:
        'Milliseconds one POST may take before it fails as transient, from 1 to 900000.',
      validations: [
        {
          condition:
            'floor(var.request_timeout_ms) == var.request_timeout_ms && var.request_timeout_ms >= 1 && var.request_timeout_ms <= 900000',
          errorMessage:
            'The request_timeout_ms value must be a whole number from 1 to 900000.',
        },
      ],
    });

    const webhook = new WebhookNotification(stack, 'webhook', {
      ...common.options,
      webhookUrl: url.stringValue,
      bodyTemplate: body,
      webhookFormat: format.stringValue,
      headersSecretArn: headersArn.stringValue,
      headersKmsKeyArn: headersKey.stringValue,
      requestTimeoutMs: timeout.numberValue,
    });

    buildChannelImage(
      stack,
      webhook.channel.channelName,
      common.lambdaImageUri,
    );
    channelOutputs(stack, webhook.channel, common.options);
  },
};
