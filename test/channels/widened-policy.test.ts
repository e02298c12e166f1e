import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createModuleTestWorkspace } from '../helpers/module-test-workspace.js';
import { terraform } from '../helpers/terraform-cli.js';

const TERRAFORM_TEST_TIMEOUT_MS = 240_000;

/**
 * Control runs for the channel modules' IAM assertions: widen one grant in
 * the generated module and its terraform test must fail with the message
 * that guards that grant. Shows the passing runs are not vacuous.
 */
describe.each([
  {
    module: 'sms-notification',
    grant: 'the auth token secret',
    testFile: 'tests/wiring.tftest.hcl',
    from: '\\"Action\\" = [\\"secretsmanager:GetSecretValue\\"], \\"Resource\\" = [var.twilio_auth_token_secret_arn]',
    to: '\\"Action\\" = [\\"secretsmanager:GetSecretValue\\"], \\"Resource\\" = [\\"arn:aws:secretsmanager:us-west-2:123456789012:secret:*\\"]',
    message:
      "The handler may read exactly the token's secret, and nothing from SSM or KMS.",
  },
  {
    module: 'email-notification',
    grant: 'the stored HTML template',
    testFile: 'tests/templates.tftest.hcl',
    // The policy's ARN (the object's key is rendered the same way, but
    // after `}/${`): widen its key to every object in the bucket.
    from: '\\"-\\"), format(\\"%s/%s-%s.njk\\", local.email_channel_name_chosen, \\"html\\", substr(sha256(local.email_channel_templates_text_html), 0, 16))',
    to: '\\"-\\"), \\"*\\"',
    message:
      'The handler may read exactly the stored template object, not the bucket.',
  },
])(
  '$module with a widened grant on $grant',
  ({ module, testFile, from, to, message }) => {
    let workspace: ReturnType<typeof createModuleTestWorkspace> | undefined;
    afterEach(() => workspace?.remove());

    it(
      'fails its terraform test',
      async () => {
        workspace = createModuleTestWorkspace(module);
        const mainFile = join(workspace.moduleDir, 'main.tf.json');
        const original = readFileSync(mainFile, 'utf8');
        const widened = original.replace(from, to);
        expect(widened).not.toBe(original);
        writeFileSync(mainFile, widened);

        const init = await terraform(
          ['init', '-backend=false'],
          workspace.moduleDir,
        );
        // Only the file that holds the guarding assertion.
        const test = await terraform(
          ['test', `-filter=${testFile}`],
          workspace.moduleDir,
        );

        expect(init.exitCode, init.stderr).toBe(0);
        expect(test.exitCode).not.toBe(0);
        expect(test.stdout + test.stderr).toContain(message);
      },
      TERRAFORM_TEST_TIMEOUT_MS,
    );
  },
);
