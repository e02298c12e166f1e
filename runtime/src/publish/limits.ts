import { MessageLimitError } from '../errors.js';

/**
 * SNS limits checked before publishing, so an oversized or malformed result
 * fails with a clear error rather than an opaque `InvalidParameter`.
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html
 * @see https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
 */
export const SNS_LIMITS = {
  /** Message body plus every attribute's name, type and value, in bytes. */
  maxMessageBytes: 262_144,
  /** Aggregate size of one PublishBatch call, in bytes. */
  maxBatchBytes: 262_144,
  /** Entries per PublishBatch call. */
  maxBatchEntries: 10,
  /** SQS (the subscriber, with raw delivery) accepts at most 10 attributes. */
  maxMessageAttributes: 10,
  maxAttributeNameLength: 256,
  /** `MessageGroupId` length. */
  maxMessageGroupIdLength: 128,
} as const;

/** One String message attribute, in the SDK's shape. */
export interface StringAttribute {
  readonly DataType: 'String';
  readonly StringValue: string;
}

/** The parts of a message that count towards its size. */
export interface MessageParts {
  readonly Message: string;
  readonly MessageAttributes: Readonly<Record<string, StringAttribute>>;
}

const ATTRIBUTE_NAME = /^[A-Za-z0-9_\-.]+$/;
// XML 1.0 characters, which SNS requires of attribute values.
const INVALID_XML_CHARACTER =
  // eslint-disable-next-line no-control-regex
  /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
// Alphanumerics and punctuation, per the SNS API's MessageGroupId rules.
const GROUP_ID = /^[\x21-\x7E]+$/;

/** UTF-8 size of a message: body plus attribute names, types and values. */
export function messageSizeBytes(parts: MessageParts): number {
  let size = Buffer.byteLength(parts.Message, 'utf8');
  for (const [name, attribute] of Object.entries(parts.MessageAttributes)) {
    size += Buffer.byteLength(name, 'utf8');
    size += Buffer.byteLength(attribute.DataType, 'utf8');
    size += Buffer.byteLength(attribute.StringValue, 'utf8');
  }

  return size;
}

function checkAttributeName(name: string): void {
  const valid =
    name.length <= SNS_LIMITS.maxAttributeNameLength &&
    ATTRIBUTE_NAME.test(name) &&
    !name.startsWith('.') &&
    !name.endsWith('.') &&
    !name.includes('..') &&
    !/^(aws\.|amazon\.)/i.test(name);
  if (!valid) {
    throw new MessageLimitError(
      'Message attribute name breaks the SNS naming rules (letters, digits, _-. ; no leading, trailing or double dot; no AWS./Amazon. prefix; at most 256 characters).',
      { context: { attribute: name.slice(0, 64) } },
    );
  }
}

function checkAttributeValue(name: string, value: string): void {
  if (value.length === 0) {
    throw new MessageLimitError('Message attribute value must not be empty.', {
      context: { attribute: name },
    });
  }
  if (INVALID_XML_CHARACTER.test(value)) {
    throw new MessageLimitError(
      'Message attribute value contains a character SNS does not accept (control characters other than tab, newline and carriage return).',
      { context: { attribute: name } },
    );
  }
}

/**
 * Checks one message against the SNS limits.
 *
 * @throws MessageLimitError naming the limit, the result type and the size.
 */
export function checkMessageLimits(
  parts: MessageParts,
  resultType: string,
): void {
  const names = Object.keys(parts.MessageAttributes);
  if (names.length > SNS_LIMITS.maxMessageAttributes) {
    throw new MessageLimitError(
      `Result has more than ${SNS_LIMITS.maxMessageAttributes} message attributes.`,
      { context: { result_type: resultType, attribute_count: names.length } },
    );
  }
  for (const [name, attribute] of Object.entries(parts.MessageAttributes)) {
    checkAttributeName(name);
    checkAttributeValue(name, attribute.StringValue);
  }

  const sizeBytes = messageSizeBytes(parts);
  if (sizeBytes > SNS_LIMITS.maxMessageBytes) {
    throw new MessageLimitError(
      `Result message exceeds the SNS limit of ${SNS_LIMITS.maxMessageBytes} bytes.`,
      {
        context: {
          result_type: resultType,
          size_bytes: sizeBytes,
          limit_bytes: SNS_LIMITS.maxMessageBytes,
        },
      },
    );
  }
}

/** Checks a FIFO `MessageGroupId` (derived from task name and result type). */
export function checkMessageGroupId(groupId: string): void {
  if (
    groupId.length > SNS_LIMITS.maxMessageGroupIdLength ||
    !GROUP_ID.test(groupId)
  ) {
    throw new MessageLimitError(
      `MessageGroupId '<task_name>.<result_type>' must be 1-${SNS_LIMITS.maxMessageGroupIdLength} printable ASCII characters without spaces.`,
      {
        context: {
          message_group_id: groupId.slice(0, 160),
          length: groupId.length,
        },
      },
    );
  }
}
