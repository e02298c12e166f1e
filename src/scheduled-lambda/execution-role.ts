import type { Construct } from 'constructs';

import {
  IamRole,
  IamRolePolicy,
  IamRolePolicyAttachment,
} from '../internal/aws.js';
import { Fn, Op, TerraformIterator, Token } from '../internal/cdktf.js';
import { assumeRolePolicy, policyDocumentWith } from '../internal/iam.js';

/**
 * The managed policy AWS requires for a function in a VPC: it manages the
 * function's network interfaces, which IAM cannot scope to resources.
 * https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html
 */
const VPC_ACCESS_POLICY =
  'arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole';

/** What {@link createExecutionRole} needs. */
export interface ExecutionRoleProps {
  readonly taskName: string;
  readonly partition: string;
  readonly snsTopicArn: string;
  readonly logGroupArn: string;
  readonly failureQueueArn: string;
  readonly snsTopicKmsKeyArn?: string;
  readonly managedPolicyArns: Record<string, string>;
  readonly inlinePolicies: Record<string, string>;
  /** A Terraform bool: whether the function runs in a VPC. */
  readonly inVpc: unknown;
  readonly tags: Record<string, string>;
}

/** The task's execution role and its LambdaCron policy. */
export interface ExecutionRole {
  readonly role: IamRole;
  readonly policy: IamRolePolicy;
}

/**
 * The task's execution role: it may publish to the results topic (using
 * the topic's KMS key when there is one), write its own log group, and
 * consume and send to its own failure queue. User policies are attached by
 * stable keys, so reordering them changes nothing.
 */
export function createExecutionRole(
  scope: Construct,
  props: ExecutionRoleProps,
): ExecutionRole {
  const role = new IamRole(scope, 'execution_role', {
    namePrefix: Fn.substr(`${props.taskName}-`, 0, 38),
    description: 'Runs a LambdaCron task: publish results, write logs.',
    assumeRolePolicy: assumeRolePolicy('lambda.amazonaws.com'),
    tags: props.tags,
  });

  const kmsKey = props.snsTopicKmsKeyArn ?? Token.nullValue();
  const policy = new IamRolePolicy(scope, 'execution_policy', {
    name: 'lambdacron-task',
    role: role.id,
    policy: policyDocumentWith(
      [
        {
          sid: 'PublishResults',
          actions: ['sns:Publish'],
          resources: [props.snsTopicArn],
        },
        {
          sid: 'WriteOwnLogs',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [Fn.format('%s:*', [props.logGroupArn])],
        },
        {
          sid: 'ReportOwnFailures',
          actions: [
            'sqs:SendMessage',
            'sqs:ReceiveMessage',
            'sqs:DeleteMessage',
            'sqs:ChangeMessageVisibility',
            'sqs:GetQueueAttributes',
          ],
          resources: [props.failureQueueArn],
        },
      ],
      [
        {
          include: Op.neq(kmsKey, Token.nullValue()),
          statement: {
            sid: 'EncryptForTopic',
            actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
            resources: [kmsKey as string],
          },
        },
      ],
    ),
  });

  const managed = TerraformIterator.fromMap(props.managedPolicyArns);
  new IamRolePolicyAttachment(scope, 'managed_policy', {
    forEach: managed,
    role: role.name,
    policyArn: managed.value,
  });
  const inline = TerraformIterator.fromMap(props.inlinePolicies);
  new IamRolePolicy(scope, 'inline_policy', {
    forEach: inline,
    name: inline.key,
    role: role.id,
    policy: inline.value,
  });
  new IamRolePolicyAttachment(scope, 'vpc_access', {
    count: Token.asNumber(Fn.conditional(props.inVpc, 1, 0)),
    role: role.name,
    policyArn: VPC_ACCESS_POLICY.replace(':aws:iam', `:${props.partition}:iam`),
  });

  return { role, policy };
}
