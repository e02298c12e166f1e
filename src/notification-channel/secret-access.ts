import { Fn, Op, Token } from '../internal/cdktf.js';
import type { OptionalStatement } from '../internal/iam.js';
import { isUnresolved } from '../internal/tokens.js';

/** Props of {@link secretReadStatements}. */
export interface SecretAccess {
  /** Prefix of the statement ids, e.g. `ReadAuthToken`. */
  readonly sid: string;
  /** A Secrets Manager secret or SSM parameter ARN; may be null in Terraform. */
  readonly secretArn: string | undefined;
  /** The customer managed key encrypting it, if any; may be null in Terraform. */
  readonly kmsKeyArn?: string;
}

/**
 * What a handler needs to read one secret by ARN, and nothing more:
 * `secretsmanager:GetSecretValue` or `ssm:GetParameter` on exactly that ARN
 * (which one, Terraform decides from the ARN), and `kms:Decrypt` on the key
 * only when a customer managed key is given (AWS managed keys need no grant).
 */
export function secretReadStatements(
  access: SecretAccess,
): OptionalStatement[] {
  if (access.secretArn === undefined) {
    return [];
  }

  // coalesce: Terraform's && does not short-circuit, and strcontains(null) fails.
  const arn = Fn.coalesce([access.secretArn, '-']);
  const statements: OptionalStatement[] = [
    {
      include: Fn.strcontains(arn, ':secretsmanager:'),
      statement: {
        sid: `${access.sid}Secret`,
        actions: ['secretsmanager:GetSecretValue'],
        resources: [access.secretArn],
      },
    },
    {
      include: Fn.strcontains(arn, ':ssm:'),
      statement: {
        sid: `${access.sid}Parameter`,
        actions: ['ssm:GetParameter'],
        resources: [access.secretArn],
      },
    },
  ];
  if (access.kmsKeyArn !== undefined) {
    statements.push({
      include: isUnresolved(access.kmsKeyArn)
        ? Op.neq(access.kmsKeyArn, Token.nullValue())
        : true,
      statement: {
        sid: `${access.sid}Decrypt`,
        actions: ['kms:Decrypt'],
        resources: [access.kmsKeyArn],
      },
    });
  }

  return statements;
}
