import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';

import {
  parseChannelRecord,
  type ChannelMessage,
} from '../batch/channel-message.js';
import { DeliveredCache } from '../batch/delivered-cache.js';
import { processBatch, RecordStatus } from '../batch/process-batch.js';
import { JsonLogger, type LogFields, type Logger } from '../logging/logger.js';

/** What a channel's `setup` receives. */
export interface ChannelSetupContext {
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
}

/**
 * A notification channel: set up once per container, then render and deliver
 * each message.
 */
export interface ChannelDefinition<TSetup, TRendered> {
  /** Channel name for logs (`email`, `sms`, `webhook`). */
  readonly name: string;
  /** Reads configuration and creates clients; runs once per container. */
  setup(context: ChannelSetupContext): Promise<TSetup> | TSetup;
  /** Renders one message; throw a permanent error for a template failure. */
  render(
    message: ChannelMessage,
    setup: TSetup,
  ): Promise<TRendered> | TRendered;
  /** Delivers one rendered message; throw a classified error on failure. */
  deliver(
    rendered: TRendered,
    message: ChannelMessage,
    setup: TSetup,
  ): Promise<void>;
  /**
   * Fields describing a rendered message for debug logs. Name keys so they
   * are redacted (`subject`, `html_body`, `recipients`). Default: none.
   */
  describe?(rendered: TRendered, setup: TSetup): LogFields;
}

/** Options of {@link defineChannel}. */
export interface ChannelHandlerOptions {
  /** Logger. Default: a {@link JsonLogger} at `LOG_LEVEL`. */
  readonly logger?: Logger;
  /** Environment. Default: `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Duplicate suppression per warm container; `false` turns it off.
   * Default: a {@link DeliveredCache} with its defaults.
   */
  readonly deliveredCache?: DeliveredCache | false;
}

/** An SQS-triggered Lambda handler with partial batch responses. */
export type ChannelHandler = (
  event: SQSEvent,
  context?: Context,
) => Promise<SQSBatchResponse>;

/**
 * Builds the SQS handler every channel uses: parse each record (raw delivery
 * or SNS envelope), skip results this container already delivered, render,
 * deliver, and return `{ batchItemFailures }`. Failures, permanent or
 * transient, go back to SQS so they are retried and reach the DLQ after
 * `maxReceiveCount`; none is dropped.
 *
 * @example
 * export const handler = defineChannel({
 *   name: 'console',
 *   setup: () => ({}),
 *   render: (message) => JSON.stringify(message.payload),
 *   deliver: async (text) => void process.stdout.write(`${text}\n`),
 * });
 */
export function defineChannel<TSetup, TRendered>(
  definition: ChannelDefinition<TSetup, TRendered>,
  options: ChannelHandlerOptions = {},
): ChannelHandler {
  const baseLogger = (options.logger ?? new JsonLogger()).child({
    channel: definition.name,
  });
  const delivered =
    options.deliveredCache === false
      ? undefined
      : (options.deliveredCache ?? new DeliveredCache());
  let setupPromise: Promise<TSetup> | undefined;

  const ensureSetup = (logger: Logger): Promise<TSetup> => {
    setupPromise ??= Promise.resolve()
      .then(() => definition.setup({ env: options.env ?? process.env, logger }))
      .catch((error: unknown) => {
        // Not cached: the next invocation tries again.
        setupPromise = undefined;
        throw error;
      });

    return setupPromise;
  };

  return async (event, context) => {
    const logger = baseLogger.child({ request_id: context?.awsRequestId });
    let setup: TSetup;
    try {
      setup = await ensureSetup(logger);
    } catch (error) {
      logger.error('channel setup failed; failing the batch', { error });
      throw error;
    }

    const { response } = await processBatch(
      event.Records,
      async (record) => {
        const message = parseChannelRecord(record);
        if (delivered?.has(message.idempotencyKey)) {
          logger.info('duplicate result skipped', {
            message_id: message.messageId,
            result_type: message.resultType,
          });

          return RecordStatus.duplicate;
        }

        const rendered = await definition.render(message, setup);
        if (logger.isDebugEnabled() && definition.describe) {
          logger.debug('message rendered', {
            message_id: message.messageId,
            ...definition.describe(rendered, setup),
          });
        }
        await definition.deliver(rendered, message, setup);
        delivered?.add(message.idempotencyKey);

        return RecordStatus.delivered;
      },
      logger,
    );

    return response;
  };
}
