import { Fn, Op, Token } from '../internal/cdktf.js';
import type { OptionalStatement } from '../internal/iam.js';
import { isUnresolved } from '../internal/tokens.js';

/** The queue arguments that choose SQS-managed SSE or a KMS key. */
export interface QueueEncryption {
  readonly sqsManagedSseEnabled?: boolean;
  readonly kmsMasterKeyId?: string;
}

/**
 * SQS-managed SSE when `kmsKeyArn` is absent (or null in Terraform), the
 * KMS key otherwise. The provider refuses both at once, so the one not in
 * use is null rather than false.
 */
export function queueEncryption(
  kmsKeyArn: string | undefined,
): QueueEncryption {
  if (kmsKeyArn === undefined) {
    return { sqsManagedSseEnabled: true };
  }
  if (!isUnresolved(kmsKeyArn)) {
    return { kmsMasterKeyId: kmsKeyArn };
  }

  return {
    sqsManagedSseEnabled: Fn.conditional(
      Op.eq(kmsKeyArn, Token.nullValue()),
      true,
      Token.nullValue(),
    ) as unknown as boolean,
    kmsMasterKeyId: kmsKeyArn,
  };
}

/** The role statement that lets the handler decrypt messages of a KMS-encrypted queue. */
export function kmsDecryptStatement(
  kmsKeyArn: string | undefined,
): OptionalStatement[] {
  if (kmsKeyArn === undefined) {
    return [];
  }

  return [
    {
      include: isUnresolved(kmsKeyArn)
        ? Op.neq(kmsKeyArn, Token.nullValue())
        : true,
      statement: {
        sid: 'DecryptOwnQueue',
        actions: ['kms:Decrypt'],
        resources: [kmsKeyArn],
      },
    },
  ];
}

/**
 * The statement a customer managed key's policy needs so that SNS can
 * deliver the topic's messages to a queue encrypted with it. The module
 * does not edit the key policy (a key has one policy, and rewriting it
 * would drop the owner's statements): it outputs this statement to add.
 * In a key policy, `Resource: "*"` means the key itself.
 * https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html
 */
export function snsKeyPolicyStatement(
  topicArn: string,
): Record<string, unknown> {
  return {
    Sid: 'AllowLambdaCronTopicToUseKey',
    Effect: 'Allow',
    Principal: { Service: 'sns.amazonaws.com' },
    Action: ['kms:GenerateDataKey*', 'kms:Decrypt'],
    Resource: '*',
    Condition: { ArnEquals: { 'aws:SourceArn': topicArn } },
  };
}
