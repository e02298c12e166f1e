import type { TerraformVariable } from '../internal/cdktf.js';
import type { ModuleStack } from '../internal/module-stack.js';
import { hclMatches } from '../internal/patterns.js';
import { SCHEDULED_LAMBDA_DEFAULTS as defaults } from './scheduled-lambda-props.js';

/** The scheduled-lambda inputs beyond the basics: sizing, IAM, network, alarms. */
export interface TaskVariables {
  readonly runRetryAttempts: TerraformVariable;
  readonly architecture: TerraformVariable;
  readonly imageCommand: TerraformVariable;
  readonly reservedConcurrency: TerraformVariable;
  readonly managedPolicyArns: TerraformVariable;
  readonly inlinePolicies: TerraformVariable;
  readonly vpcConfig: TerraformVariable;
  readonly snsTopicKmsKeyArn: TerraformVariable;
  readonly alarmActions: TerraformVariable;
  readonly tags: TerraformVariable;
}

const IAM_POLICY_ARN = '^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/.+$';
const KMS_KEY_ARN = '^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$';

/** Declares the scheduled-lambda inputs beyond the basics. */
export function taskVariables(stack: ModuleStack): TaskVariables {
  return {
    runRetryAttempts: stack.variable({
      name: 'run_retry_attempts',
      type: 'number',
      default: defaults.runRetryAttempts,
      nullable: false,
      description:
        'How many times Lambda retries a run that failed, from 0 to 2; retries of a tick reuse its deduplication ids, so results are not repeated.',
      validations: [
        {
          condition: 'contains([0, 1, 2], var.run_retry_attempts)',
          errorMessage:
            'The run_retry_attempts value must be 0, 1 or 2 (Lambda retries an asynchronous invocation at most twice).',
        },
      ],
    }),
    architecture: stack.variable({
      name: 'architecture',
      type: 'string',
      default: defaults.architecture,
      nullable: false,
      description:
        'Instruction set of the image: x86_64 or arm64 (Lambda rejects an image of another architecture).',
      validations: [
        {
          condition: 'contains(["x86_64", "arm64"], var.architecture)',
          errorMessage: 'The architecture value must be x86_64 or arm64.',
        },
      ],
    }),
    imageCommand: stack.variable({
      name: 'image_command',
      type: 'list(string)',
      default: null,
      description:
        'Overrides the image\'s CMD, e.g. ["app.handler"]; null keeps the image\'s own.',
    }),
    reservedConcurrency: stack.variable({
      name: 'reserved_concurrency',
      type: 'number',
      default: defaults.reservedConcurrency,
      nullable: false,
      description:
        'Concurrent runs reserved for the task: 1 keeps runs from overlapping (a run due while another runs waits), -1 reserves none.',
      validations: [
        {
          condition:
            'floor(var.reserved_concurrency) == var.reserved_concurrency && (var.reserved_concurrency == -1 || var.reserved_concurrency >= 1)',
          errorMessage:
            'The reserved_concurrency value must be -1 (no reservation) or a whole number of at least 1; 0 would stop every run.',
        },
      ],
    }),
    managedPolicyArns: stack.variable({
      name: 'managed_policy_arns',
      type: 'map(string)',
      default: {},
      nullable: false,
      description:
        'Managed IAM policies to attach to the execution role, by a stable key of your choice (keys keep addresses stable when the map changes).',
      validations: [
        {
          condition: `alltrue([for arn in values(var.managed_policy_arns) : can(regex("${IAM_POLICY_ARN.replace(/\\/g, '\\\\')}", arn))])`,
          errorMessage:
            'The managed_policy_arns value must map keys to IAM policy ARNs such as arn:aws:iam::123456789012:policy/read-orders.',
        },
      ],
    }),
    inlinePolicies: stack.variable({
      name: 'inline_policies',
      type: 'map(string)',
      default: {},
      nullable: false,
      description:
        'Inline IAM policy documents (JSON) to add to the execution role, by a stable key used as the policy name.',
      validations: [
        {
          condition:
            'alltrue([for document in values(var.inline_policies) : can(jsondecode(document).Statement)])',
          errorMessage:
            'The inline_policies value must map names to IAM policy documents in JSON, each with a Statement (use jsonencode or data.aws_iam_policy_document.json).',
        },
      ],
    }),
    vpcConfig: stack.variable({
      name: 'vpc_config',
      type: 'object({ subnet_ids = list(string), security_group_ids = list(string) })',
      default: null,
      description:
        'Subnets and security groups to run the task in; null runs it outside a VPC. A VPC needs a NAT or VPC endpoints to reach SNS.',
      validations: [
        {
          condition:
            'var.vpc_config == null || (length(try(var.vpc_config.subnet_ids, [])) > 0 && length(try(var.vpc_config.security_group_ids, [])) > 0)',
          errorMessage:
            'The vpc_config value must be null or list at least one subnet id and one security group id.',
        },
      ],
    }),
    snsTopicKmsKeyArn: stack.variable({
      name: 'sns_topic_kms_key_arn',
      type: 'string',
      default: null,
      description:
        'ARN of the KMS key that encrypts the results topic, which the task needs to publish; null for an unencrypted or AWS-managed-key topic.',
      validations: [
        {
          condition: `var.sns_topic_kms_key_arn == null || ${hclMatches('coalesce(var.sns_topic_kms_key_arn, "x")', KMS_KEY_ARN)}`,
          errorMessage:
            'The sns_topic_kms_key_arn value must be null or a KMS key ARN such as arn:aws:kms:us-west-2:123456789012:key/<key id>.',
        },
      ],
    }),
    alarmActions: stack.variable({
      name: 'alarm_actions',
      type: 'list(string)',
      default: [],
      nullable: false,
      description:
        'ARNs notified when a run fails or something reaches the dead-letter queue (for example a standard SNS topic; CloudWatch alarms cannot notify FIFO topics).',
    }),
    tags: stack.variable({
      name: 'tags',
      type: 'map(string)',
      default: {},
      nullable: false,
      description:
        'Tags for every resource the module creates that takes tags.',
    }),
  };
}
