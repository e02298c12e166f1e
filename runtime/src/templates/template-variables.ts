import type { ChannelMessage } from '../batch/channel-message.js';

/** The `lambdacron` variable every template sees (contract §3). */
export interface LambdaCronTemplateVariable {
  readonly result_type: string;
  readonly task_name: string | null;
  readonly scheduled_time: string | null;
  readonly message_id: string;
}

/**
 * Template variables of a message: the payload's top-level keys plus
 * `lambdacron`. A payload key named `lambdacron` is shadowed.
 */
export function templateVariables(
  message: ChannelMessage,
): Readonly<Record<string, unknown>> {
  const lambdacron: LambdaCronTemplateVariable = {
    result_type: message.resultType,
    task_name: message.taskName ?? null,
    scheduled_time: message.scheduledTime ?? null,
    message_id: message.messageId,
  };

  return { ...message.payload, lambdacron };
}
