/**
 * The simplest email channel that works, hand-written: the same SES v2 client
 * and nunjucks templates as LambdaCron's, with none of its framework (no
 * template sources, guards, logging, duplicate suppression or error classes).
 * Templates compile once per container, at the first invocation, as
 * LambdaCron's do; the SES client is created then too.
 */
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import nunjucks from 'nunjucks';

/** The part of an SES v2 client the baseline uses. */
export type BaselineSes = Pick<SESv2Client, 'send'>;

interface Compiled {
  readonly subject: nunjucks.Template;
  readonly text: nunjucks.Template;
  readonly html: nunjucks.Template;
}

function compile(env: NodeJS.ProcessEnv): Compiled {
  const html = new nunjucks.Environment(null, { autoescape: true });
  const text = new nunjucks.Environment(null, { autoescape: false });

  return {
    subject: nunjucks.compile(env.BASELINE_SUBJECT_TEMPLATE ?? '', text),
    text: nunjucks.compile(env.BASELINE_TEXT_TEMPLATE ?? '', text),
    html: nunjucks.compile(env.BASELINE_HTML_TEMPLATE ?? '', html),
  };
}

/** Builds the baseline handler; `ses` and `env` are injectable for the bench. */
export function createBaselineEmailHandler(
  options: { ses?: BaselineSes; env?: NodeJS.ProcessEnv } = {},
): (event: SQSEvent) => Promise<SQSBatchResponse> {
  const env = options.env ?? process.env;
  let ses = options.ses;
  let templates: Compiled | undefined;

  return async (event) => {
    ses ??= new SESv2Client({});
    templates ??= compile(env);
    const recipients = JSON.parse(env.EMAIL_RECIPIENTS ?? '[]') as string[];
    const failures: SQSBatchResponse['batchItemFailures'] = [];

    for (const record of event.Records) {
      try {
        const attribute = (name: string) =>
          record.messageAttributes[name]?.stringValue;
        const variables = {
          ...(JSON.parse(record.body) as Record<string, unknown>),
          lambdacron: {
            result_type: attribute('result_type'),
            task_name: attribute('task_name'),
            scheduled_time: attribute('scheduled_time'),
            message_id: record.messageId,
          },
        };
        const subject = templates.subject.render(variables).trim();
        await ses.send(
          new SendEmailCommand({
            FromEmailAddress: env.EMAIL_SENDER,
            Destination: { ToAddresses: recipients },
            Content: {
              Simple: {
                Subject: { Data: subject, Charset: 'UTF-8' },
                Body: {
                  Text: {
                    Data: templates.text.render(variables),
                    Charset: 'UTF-8',
                  },
                  Html: {
                    Data: templates.html.render(variables),
                    Charset: 'UTF-8',
                  },
                },
              },
            },
          }),
        );
      } catch {
        failures.push({ itemIdentifier: record.messageId });
      }
    }

    return { batchItemFailures: failures };
  };
}

/** SQS-triggered handler: one email per record, partial batch failures. */
export const handler = createBaselineEmailHandler();
