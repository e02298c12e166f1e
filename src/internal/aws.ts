/**
 * The AWS provider resources LambdaCron synthesizes, imported one by one:
 * the provider package's root index loads all of its ~1,500 bindings
 * (about five seconds), while each deep import loads only what it names.
 */
export { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group/index.js';
export { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm/index.js';
export { IamRole } from '@cdktf/provider-aws/lib/iam-role/index.js';
export { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy/index.js';
export { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping/index.js';
export { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function/index.js';
export { SchedulerSchedule } from '@cdktf/provider-aws/lib/scheduler-schedule/index.js';
export { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription/index.js';
export { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue/index.js';
export { SqsQueuePolicy } from '@cdktf/provider-aws/lib/sqs-queue-policy/index.js';
export { SqsQueueRedriveAllowPolicy } from '@cdktf/provider-aws/lib/sqs-queue-redrive-allow-policy/index.js';
export { DataAwsEcrImage } from '@cdktf/provider-aws/lib/data-aws-ecr-image/index.js';
export { EcrLifecyclePolicy } from '@cdktf/provider-aws/lib/ecr-lifecycle-policy/index.js';
export { EcrRepository } from '@cdktf/provider-aws/lib/ecr-repository/index.js';
export { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment/index.js';
export { LambdaFunctionEventInvokeConfig } from '@cdktf/provider-aws/lib/lambda-function-event-invoke-config/index.js';
export { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket/index.js';
export { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block/index.js';
export { S3Object } from '@cdktf/provider-aws/lib/s3-object/index.js';
