import { describe, it } from 'vitest';

import { createModuleTestWorkspace } from '../helpers/module-test-workspace.js';
import { terraform } from '../helpers/terraform-cli.js';

/** A terraform test run plans or applies every run block: give it time. */
const TERRAFORM_TEST_TIMEOUT_MS = 480_000;

const MODULE_NAMES = [
  'scheduled-lambda',
  'email-notification',
  'sms-notification',
  'webhook-notification',
  'lambda-image-build',
  'lambda-image-republish',
];

// Concurrent: the work happens in Terraform child processes, so the
// modules' suites can share the machine's cores from one test worker.
describe.concurrent('generated modules', () => {
  it.for(MODULE_NAMES)(
    '%s passes terraform validate and its terraform test suites',
    { timeout: TERRAFORM_TEST_TIMEOUT_MS },
    async (moduleName, { expect }) => {
      const workspace = createModuleTestWorkspace(moduleName);
      try {
        const init = await terraform(
          ['init', '-backend=false'],
          workspace.moduleDir,
        );
        expect(init.exitCode, init.stderr).toBe(0);

        const validate = await terraform(['validate'], workspace.moduleDir);
        const test = await terraform(['test'], workspace.moduleDir);

        expect(validate.exitCode, validate.stderr).toBe(0);
        expect(validate.stdout).toContain('The configuration is valid.');
        expect(test.exitCode, test.stdout + test.stderr).toBe(0);
        expect(test.stdout).toMatch(/Success! \d+ passed, 0 failed\./);
      } finally {
        workspace.remove();
      }
    },
  );
});
