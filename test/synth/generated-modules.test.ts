import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  diffModuleTree,
  synthesizeModules,
  type ModuleTree,
} from '../../src/internal/synthesize-modules.js';
import { MODULES } from '../../src/modules.js';
import { REPO_ROOT } from '../helpers/terraform-workspace.js';

describe('generated-modules/', () => {
  let scratch: string;
  let tree: ModuleTree;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'lambdacron-synth-test-'));
    tree = synthesizeModules(MODULES, join(scratch, 'cdktf.out'));
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('matches what the constructs synthesize (run `npm run synth`)', () => {
    const problems = diffModuleTree(tree, join(REPO_ROOT, 'generated-modules'));

    expect(problems).toEqual([]);
  });

  it.each(MODULES.map((definition) => definition.name))(
    'makes %s a reusable module: no provider or backend, aws >= 5 and < 7',
    (name) => {
      const versions = JSON.parse(tree.get(join(name, 'versions.tf.json'))!);
      const main = tree.get(join(name, 'main.tf.json'))!;

      expect(versions).toEqual({
        terraform: {
          required_version: '>= 1.5',
          required_providers: {
            aws: { source: 'hashicorp/aws', version: '>= 5.0, < 7.0' },
          },
        },
      });
      expect(JSON.parse(main)).not.toHaveProperty('provider');
      expect(main).not.toContain('"backend"');
      expect(main).not.toContain('"//"');
    },
  );

  it.each(MODULES.map((definition) => definition.name))(
    'describes and types every input of %s, and documents it in the README',
    (name) => {
      const variables = JSON.parse(tree.get(join(name, 'variables.tf.json'))!)
        .variable as Record<string, { description?: string; type?: string }>;
      const readme = tree.get(join(name, 'README.md'))!;

      for (const [variable, spec] of Object.entries(variables)) {
        expect(spec.description, variable).toMatch(/^[A-Z`].+\.$/);
        expect(spec.type, variable).toBeTruthy();
        expect(readme).toContain(`| \`${variable}\` |`);
      }
    },
  );

  it.each(MODULES.map((definition) => definition.name))(
    'never renders a JavaScript undefined into %s',
    (name) => {
      const main = tree.get(join(name, 'main.tf.json'))!;

      // cdktf writes `undefined` for a value it could not render, e.g. an
      // empty string operand of Op.eq: Terraform would reject it.
      expect(main).not.toMatch(/\bundefined\b/);
    },
  );

  it('keeps resource addresses stable', () => {
    const addresses = (name: string) => {
      const main = JSON.parse(tree.get(join(name, 'main.tf.json'))!) as {
        resource: Record<string, Record<string, unknown>>;
      };

      return Object.entries(main.resource).flatMap(([type, resources]) =>
        Object.keys(resources).map((id) => `${type}.${id}`),
      );
    };

    expect(addresses('scheduled-lambda')).toEqual([
      'aws_cloudwatch_log_group.task_log_group',
      'aws_cloudwatch_metric_alarm.task_dead_letter_alarm',
      'aws_cloudwatch_metric_alarm.task_errors_alarm',
      'aws_iam_role.task_execution_role',
      'aws_iam_role.task_scheduler_role',
      'aws_iam_role_policy.task_execution_policy',
      'aws_iam_role_policy.task_inline_policy',
      'aws_iam_role_policy.task_scheduler_policy',
      'aws_iam_role_policy_attachment.task_managed_policy',
      'aws_iam_role_policy_attachment.task_vpc_access',
      'aws_lambda_event_source_mapping.task_failure_mapping',
      'aws_lambda_function.task_function',
      'aws_lambda_function_event_invoke_config.task_invoke_config',
      'aws_scheduler_schedule.task_schedule',
      'aws_sqs_queue.task_dead_letter_queue',
      'aws_sqs_queue.task_failure_queue',
      'terraform_data.task_name',
    ]);
    expect(addresses('email-notification')).toEqual([
      'aws_cloudwatch_log_group.email_channel_log_group',
      'aws_cloudwatch_metric_alarm.email_channel_dead_letter_alarm',
      'aws_iam_role.email_channel_role',
      'aws_iam_role_policy.email_channel_role_policy',
      'aws_lambda_event_source_mapping.email_channel_event_source_mapping',
      'aws_lambda_function.email_channel_function',
      'aws_s3_bucket.email_channel_templates_bucket',
      'aws_s3_bucket_public_access_block.email_channel_templates_bucket_public_access_block',
      'aws_s3_object.email_channel_templates_object_html',
      'aws_s3_object.email_channel_templates_object_subject',
      'aws_s3_object.email_channel_templates_object_text',
      'aws_sns_topic_subscription.email_channel_subscription',
      'aws_sqs_queue.email_channel_dead_letter_queue',
      'aws_sqs_queue.email_channel_queue',
      'aws_sqs_queue_policy.email_channel_dead_letter_queue_policy',
      'aws_sqs_queue_policy.email_channel_queue_policy',
      'aws_sqs_queue_redrive_allow_policy.email_channel_redrive_allow_policy',
      'terraform_data.email_channel_name',
    ]);
  });

  it('writes the same bytes on every synthesis', () => {
    const again = synthesizeModules(MODULES, join(scratch, 'again'));

    expect([...again.entries()]).toEqual([...tree.entries()]);
    expect(readFileSync(join(REPO_ROOT, 'cdktf.json'), 'utf8')).toContain(
      'src/main.ts',
    );
  });
});
