import { AwsProvider } from '@cdktf/provider-aws/lib/provider/index.js';
import { App, TerraformResource, TerraformStack, Testing } from 'cdktf';

/** A root stack with an AWS provider, as a CDKTF user's app would have. */
export function createRootStack(): TerraformStack {
  const stack = new TerraformStack(new App(), 'test');
  new AwsProvider(stack, 'aws', { region: 'us-west-2' });

  return stack;
}

export const TOPIC_ARN =
  'arn:aws:sns:us-west-2:123456789012:lambdacron-results.fifo';

export const IMAGE_URI =
  '123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda:latest';

/** The synthesized resources of `type` in `stack`, by logical id. */
export function resourcesOfType(
  stack: TerraformStack,
  type: string,
): Record<string, unknown>[] {
  const synthesized = JSON.parse(Testing.synth(stack)) as {
    resource?: Record<string, Record<string, Record<string, unknown>>>;
  };

  return Object.values(synthesized.resource?.[type] ?? {});
}

/** Warnings annotated anywhere in `stack`. */
export function warningsOf(stack: TerraformStack): string[] {
  return stack.node
    .findAll()
    .flatMap((construct) => construct.node.metadata)
    .filter((entry) => entry.type === '@cdktf/warn')
    .map((entry) => String(entry.data));
}

/** How many Terraform resources `stack` holds. */
export function resourceCount(stack: TerraformStack): number {
  return stack.node.findAll().filter(TerraformResource.isTerraformResource)
    .length;
}
