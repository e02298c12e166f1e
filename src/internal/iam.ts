import { Fn } from './cdktf.js';

/** One statement of an IAM policy, in LambdaCron's camelCase form. */
export interface PolicyStatement {
  readonly sid: string;
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  /** Condition block, e.g. `{ ArnEquals: { 'aws:SourceArn': arn } }`. */
  readonly conditions?: Record<string, Record<string, unknown>>;
  /** Service or AWS principals, for resource policies. */
  readonly principals?: Record<string, string | readonly string[]>;
}

/**
 * Renders an IAM policy document as a Terraform `jsonencode(…)` expression,
 * so that ARNs known only to Terraform can appear in it. Every statement
 * allows: LambdaCron grants, it never relies on denies to narrow a grant.
 */
export function policyDocument(statements: readonly PolicyStatement[]): string {
  return Fn.jsonencode({
    Version: '2012-10-17',
    Statement: statements.map(renderStatement),
  });
}

function renderStatement(statement: PolicyStatement) {
  return {
    Sid: statement.sid,
    Effect: 'Allow',
    ...(statement.principals ? { Principal: statement.principals } : {}),
    Action: [...statement.actions],
    Resource: [...statement.resources],
    ...(statement.conditions ? { Condition: statement.conditions } : {}),
  };
}

/** A statement included only when `include` (a Terraform bool) is true. */
export interface OptionalStatement {
  readonly include: unknown;
  readonly statement: PolicyStatement;
}

/**
 * Like {@link policyDocument}, with statements Terraform includes or leaves
 * out at plan time (for a module input that may be null).
 */
export function policyDocumentWith(
  statements: readonly PolicyStatement[],
  optional: readonly OptionalStatement[],
): string {
  return Fn.jsonencode({
    Version: '2012-10-17',
    Statement: Fn.concat([
      statements.map(renderStatement),
      ...optional.map(({ include, statement }) =>
        Fn.conditional(include, [renderStatement(statement)], []),
      ),
    ]),
  });
}

/** The trust policy that lets `service` (e.g. `lambda.amazonaws.com`) assume a role. */
export function assumeRolePolicy(
  service: string,
  conditions?: Record<string, Record<string, unknown>>,
): string {
  return Fn.jsonencode({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: service },
        Action: 'sts:AssumeRole',
        ...(conditions ? { Condition: conditions } : {}),
      },
    ],
  });
}
