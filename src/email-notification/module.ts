import { Fn, Op, Token } from '../internal/cdktf.js';
import type { ModuleDefinition } from '../internal/module-definition.js';
import { EMAIL_ADDRESS_PATTERN, hclString } from '../internal/patterns.js';
import {
  buildChannelImage,
  channelImageAssets,
} from '../notification-channel/channel-image.js';
import {
  channelOutputs,
  channelVariables,
} from '../notification-channel/channel-module.js';
import { EmailNotification } from './email-notification.js';
import {
  DEFAULT_SUBJECT_TEMPLATE,
  SES_MAX_RECIPIENTS,
} from './email-notification-props.js';

const EMAIL = hclString(EMAIL_ADDRESS_PATTERN);

/** The `email-notification` Terraform module. */
export const emailNotificationModule: ModuleDefinition = {
  name: 'email-notification',
  assets: channelImageAssets('email'),
  summary: `
Emails LambdaCron results of the given types through Amazon SES. It
subscribes a FIFO SQS queue to the shared results topic with a filter policy
on \`result_type\`, and a handler Lambda renders the subject, text and HTML
nunjucks templates with each result's payload and sends the email. Records
that fail are retried, then kept in a dead-letter queue that raises an alarm;
nothing is dropped. The handler may only read its own queue, write its own
logs and send as \`email_sender\`.
`,
  usage: `
module "my_email_notification" {
  source           = "./generated-modules/email-notification"
  sns_topic_arn    = aws_sns_topic.results.arn
  result_types     = ["example"]
  template_file    = "path/to/email/template.html"
  email_sender     = "me@example.com"
  email_recipients = ["alice@example.com", "bob@example.com"]
  lambda_image_uri = "123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-email:v1"
}
`,
  sections: `
## Templates

Templates are [nunjucks](https://mozilla.github.io/nunjucks/templating.html)
(Jinja-like). Their variables are the result payload's top-level keys, plus
\`lambdacron.result_type\`, \`lambdacron.task_name\`,
\`lambdacron.scheduled_time\` and \`lambdacron.message_id\`. The HTML body is
autoescaped; the subject and text are not. A variable the payload lacks is an
error, and the record goes back to the queue (then to the dead-letter queue)
rather than sending a blank.

A template of up to 1024 characters travels in the handler's environment
(Lambda allows 4 KB in all; a plan fails before deploying when they do not
fit). A longer one is stored as an S3 object — in \`template_bucket\`, or in a
private bucket the module creates — and the handler reads it from there; its
role may read exactly those objects. Template text reaches the handler
unchanged, \`\${\` and \`%{\` included.

## SES

\`email_sender\` (or its domain) must be a verified SES identity, and while the
account is in the SES sandbox every recipient must be verified too. The
handler's role may send only with \`email_sender\` as the From address.

## Topic

The topic must be FIFO: AWS does not deliver a standard topic to the FIFO
queue a channel deduplicates with. A standard topic ARN fails the plan (or,
when the ARN is only known after apply, the apply) with a message saying so.
`,
  build(stack) {
    const common = channelVariables(stack, 'email');
    const templateFile = stack.variable({
      name: 'template_file',
      type: 'string',
      description:
        'Path of the nunjucks template of the HTML body, relative to the directory Terraform runs in (use path.module for a module-relative path).',
      validations: [
        {
          condition: 'try(fileexists(var.template_file), false)',
          errorMessage:
            'The template_file value must be the path of an existing file; relative paths start at the directory Terraform runs in.',
        },
      ],
    });
    const textTemplateFile = stack.variable({
      name: 'text_template_file',
      type: 'string',
      default: null,
      description:
        'Path of the nunjucks template of the plain-text body; null sends HTML only.',
      validations: [
        {
          condition:
            'var.text_template_file == null || try(fileexists(coalesce(var.text_template_file, "-")), false)',
          errorMessage:
            'The text_template_file value must be null or the path of an existing file.',
        },
      ],
    });
    const subject = stack.variable({
      name: 'subject_template',
      type: 'string',
      default: DEFAULT_SUBJECT_TEMPLATE,
      nullable: false,
      description: 'Nunjucks template of the subject line.',
      validations: [
        {
          condition: 'length(trimspace(var.subject_template)) > 0',
          errorMessage: 'The subject_template value must not be empty.',
        },
      ],
    });
    const sender = stack.variable({
      name: 'email_sender',
      type: 'string',
      description:
        'From address of the emails; it or its domain must be a verified SES identity.',
      validations: [
        {
          condition: `can(regex(${EMAIL}, var.email_sender))`,
          errorMessage:
            'The email_sender value must be an email address such as reports@example.com.',
        },
      ],
    });
    const replyTo = stack.variable({
      name: 'reply_to',
      type: 'list(string)',
      default: [],
      nullable: false,
      description:
        'Reply-To addresses of the emails; empty replies go to email_sender.',
      validations: [
        {
          condition: `alltrue([for address in var.reply_to : can(regex(${EMAIL}, address))])`,
          errorMessage:
            'The reply_to value must contain only email addresses such as support@example.com.',
        },
      ],
    });
    const configurationSet = stack.variable({
      name: 'configuration_set',
      type: 'string',
      default: null,
      description:
        'Name of the SES configuration set to send with (event publishing, open and click tracking); null sends without one. The handler may use only this set.',
      validations: [
        {
          condition:
            'var.configuration_set == null || can(regex("^[A-Za-z0-9_-]{1,64}$", coalesce(var.configuration_set, "-")))',
          errorMessage:
            'The configuration_set value must be null or an SES configuration set name of 1 to 64 letters, digits, "_" and "-".',
        },
      ],
    });
    const recipients = stack.variable({
      name: 'email_recipients',
      type: 'list(string)',
      nullable: false,
      description: `To addresses of the emails, 1 to ${SES_MAX_RECIPIENTS} (SES's limit per message).`,
      validations: [
        {
          condition: `length(var.email_recipients) >= 1 && length(var.email_recipients) <= ${SES_MAX_RECIPIENTS}`,
          errorMessage: `The email_recipients value must list 1 to ${SES_MAX_RECIPIENTS} addresses; SES sends one message to at most ${SES_MAX_RECIPIENTS} recipients, so use a distribution list for more.`,
        },
        {
          condition: `alltrue([for address in var.email_recipients : can(regex(${EMAIL}, address))])`,
          errorMessage:
            'The email_recipients value must contain only email addresses such as alice@example.com.',
        },
      ],
    });

    const email = new EmailNotification(stack, 'email', {
      ...common.options,
      emailSender: sender.stringValue,
      emailRecipients: recipients.listValue,
      replyTo: replyTo.listValue,
      configurationSet: configurationSet.stringValue,
      subjectTemplate: subject.stringValue,
      htmlTemplate: Fn.file(templateFile.stringValue),
      textTemplate: Fn.conditional(
        Op.eq(textTemplateFile.value, Token.nullValue()),
        '',
        Fn.file(textTemplateFile.stringValue),
      ),
    });

    buildChannelImage(stack, email.channel.channelName, common.lambdaImageUri);
    channelOutputs(stack, email.channel, common.options);
  },
};
