import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { terraform } from '../helpers/terraform-cli.js';
import {
  createTerraformWorkspace,
  REPO_ROOT,
  type TerraformWorkspace,
} from '../helpers/terraform-workspace.js';
import { runNode } from '../helpers/run-node.js';

const TERRAFORM_TEST_TIMEOUT_MS = 240_000;

describe('examples/basic', () => {
  let workspace: TerraformWorkspace | undefined;
  afterEach(() => workspace?.remove());

  async function initBasic(): Promise<string> {
    workspace = createTerraformWorkspace([
      'examples/basic',
      'generated-modules',
    ]);
    const dir = workspace.path('examples/basic');
    const init = await terraform(['init', '-backend=false'], dir);
    expect(init.exitCode, init.stderr).toBe(0);

    return dir;
  }

  it(
    'validates and passes its terraform test',
    async () => {
      const dir = await initBasic();

      const validate = await terraform(['validate'], dir);
      const test = await terraform(['test'], dir);

      expect(validate.exitCode, validate.stderr).toBe(0);
      expect(test.exitCode, test.stdout + test.stderr).toBe(0);
      expect(test.stdout).toMatch(/Success! \d+ passed, 0 failed\./);
    },
    TERRAFORM_TEST_TIMEOUT_MS,
  );

  it(
    'fails its terraform test when the task may publish to every topic',
    async () => {
      const dir = await initBasic();
      const moduleFile = workspace!.path(
        'generated-modules/scheduled-lambda/main.tf.json',
      );
      const original = readFileSync(moduleFile, 'utf8');
      const widened = original.replace(
        '\\"Resource\\" = [var.sns_topic_arn]',
        '\\"Resource\\" = [\\"*\\"]',
      );
      expect(widened).not.toBe(original);
      writeFileSync(moduleFile, widened);

      const test = await terraform(
        ['test', '-filter=tests/basic.tftest.hcl'],
        dir,
      );

      expect(test.exitCode).not.toBe(0);
      expect(test.stdout + test.stderr).toContain(
        "The task's policy must allow sns:Publish on the results topic only.",
      );
    },
    TERRAFORM_TEST_TIMEOUT_MS,
  );
});

describe('the README seed block', () => {
  let workspace: TerraformWorkspace | undefined;
  afterEach(() => workspace?.remove());

  it(
    'plans against the generated modules without mocks',
    async () => {
      workspace = createTerraformWorkspace(['generated-modules']);
      cpSync(join(REPO_ROOT, 'test/terraform/seed'), workspace.root, {
        recursive: true,
      });

      const init = await terraform(['init', '-backend=false'], workspace.root);
      const plan = await terraform(['plan', '-input=false'], workspace.root);

      expect(init.exitCode, init.stderr).toBe(0);
      expect(plan.exitCode, plan.stdout + plan.stderr).toBe(0);
      expect(plan.stdout).toMatch(
        /Plan: \d+ to add, 0 to change, 0 to destroy/,
      );
      expect(plan.stdout).toContain(
        'module.my_email_notification.aws_sns_topic_subscription.email_channel_subscription',
      );
      expect(plan.stdout).toContain(
        'module.my_scheduled_lambda.aws_scheduler_schedule.task_schedule',
      );
      // Without an image input the channel builds its bundled handler.
      expect(plan.stdout).toContain(
        'module.my_email_notification.module.image["handler"].aws_ecr_repository.this',
      );
    },
    TERRAFORM_TEST_TIMEOUT_MS,
  );

  it(
    'fails the plan with a standard topic, saying why and how to fix it',
    async () => {
      workspace = createTerraformWorkspace(['generated-modules']);
      cpSync(join(REPO_ROOT, 'test/terraform/seed'), workspace.root, {
        recursive: true,
      });
      const rootFile = join(workspace.root, 'main.tf');
      writeFileSync(
        rootFile,
        readFileSync(rootFile, 'utf8').replace(
          'sns_topic_arn    = aws_sns_topic.results.arn',
          'sns_topic_arn    = "arn:aws:sns:us-west-2:123456789012:results"',
        ),
      );

      await terraform(['init', '-backend=false'], workspace.root);
      const plan = await terraform(['plan', '-input=false'], workspace.root);

      expect(plan.exitCode).not.toBe(0);
      expect(plan.stderr).toContain('must be the ARN of a FIFO SNS topic');
      expect(plan.stderr).toContain('fifo_topic = true');
    },
    TERRAFORM_TEST_TIMEOUT_MS,
  );
});

describe('examples/cdktf-app', () => {
  let workspace: TerraformWorkspace | undefined;
  afterEach(() => workspace?.remove());

  it(
    'synthesizes a root stack that passes terraform validate',
    async () => {
      workspace = createTerraformWorkspace([]);
      const outdir = workspace.path('cdktf.out');

      const synth = await runNode(
        ['--import', 'tsx', join(REPO_ROOT, 'examples/cdktf-app/main.ts')],
        { CDKTF_OUTDIR: outdir },
      );
      const stackDir = join(outdir, 'stacks', 'reports');
      const init = await terraform(['init', '-backend=false'], stackDir);
      const validate = await terraform(['validate'], stackDir);

      expect(synth.exitCode, synth.stderr).toBe(0);
      expect(init.exitCode, init.stderr).toBe(0);
      expect(validate.exitCode, validate.stderr).toBe(0);
      // The template's literal "${{ cost }}" is escaped, so Terraform hands
      // it to the handler as written instead of interpolating it.
      expect(readFileSync(join(stackDir, 'cdk.tf.json'), 'utf8')).toContain(
        'costs $${{ cost }}.',
      );
    },
    TERRAFORM_TEST_TIMEOUT_MS,
  );
});
