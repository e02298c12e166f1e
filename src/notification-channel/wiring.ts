/**
 * The pieces of a channel's SNS → SQS wiring that more than one place must
 * agree on: the constructs (which synthesize them into Terraform) and the
 * local demo (which creates the same resources on an emulator). Each function
 * works with plain values and with CDKTF tokens alike.
 */

/** Longest name SQS accepts for a queue, `.fifo` suffix included. */
export const SQS_QUEUE_NAME_MAX_LENGTH = 80;

/** Suffix AWS requires on the names of FIFO queues and topics. */
export const FIFO_SUFFIX = '.fifo';

/** The message attribute every result carries and channels filter on. */
export const RESULT_TYPE_ATTRIBUTE = 'result_type';

/**
 * The SNS subscription filter policy that delivers only results whose
 * `result_type` message attribute is one of `resultTypes`.
 *
 * @example
 * resultTypeFilterPolicy(['daily-report']);
 * // { result_type: ['daily-report'] }
 */
export function resultTypeFilterPolicy(resultTypes: string[]): {
  [RESULT_TYPE_ATTRIBUTE]: string[];
} {
  return { [RESULT_TYPE_ATTRIBUTE]: resultTypes };
}

/** The `resultTypes` entry that, alone, subscribes to every result type. */
export const ALL_RESULT_TYPES = '*';

/**
 * Whether `resultTypes` asks for every result type (`['*']`), in which case
 * the subscription has no filter policy.
 */
export function subscribesToAllResultTypes(
  resultTypes: readonly string[],
): boolean {
  return resultTypes.length === 1 && resultTypes[0] === ALL_RESULT_TYPES;
}

/** Names of a channel's FIFO queue and its dead-letter queue. */
export interface ChannelQueueNames {
  readonly queueName: string;
  readonly deadLetterQueueName: string;
}

/**
 * Derives the queue names of a channel called `channelName`.
 *
 * @example
 * channelQueueNames('email-alerts');
 * // { queueName: 'email-alerts.fifo',
 * //   deadLetterQueueName: 'email-alerts-dlq.fifo' }
 */
export function channelQueueNames(channelName: string): ChannelQueueNames {
  return {
    queueName: `${channelName}${FIFO_SUFFIX}`,
    deadLetterQueueName: `${channelName}-dlq${FIFO_SUFFIX}`,
  };
}
