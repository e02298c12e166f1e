import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createModuleTestWorkspace } from '../helpers/module-test-workspace.js';
import { terraform } from '../helpers/terraform-cli.js';

/** A terraform test run plans or applies every run block: give it time. */
const TERRAFORM_TEST_TIMEOUT_MS = 240_000;

describe.each([
  'scheduled-lambda',
  'email-notification',
  'sms-notification',
  'webhook-notification',
  'lambda-image-build',
  'lambda-image-republish',
])('generated module %s', (moduleName) => {
  let workspace: ReturnType<typeof createModuleTestWorkspace>;

  beforeAll(async () => {
    workspace = createModuleTestWorkspace(moduleName);
    const init = await terraform(
      ['init', '-backend=false'],
      workspace.moduleDir,
    );
    expect(init.exitCode, init.stderr).toBe(0);
  });

  afterAll(() => workspace?.remove());

  it('passes terraform validate', async () => {
    const result = await terraform(['validate'], workspace.moduleDir);

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('The configuration is valid.');
  });

  it(
    'passes its terraform test suites',
    async () => {
      const result = await terraform(['test'], workspace.moduleDir);

      expect(result.exitCode, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toMatch(/Success! \d+ passed, 0 failed\./);
    },
    TERRAFORM_TEST_TIMEOUT_MS,
  );
});
