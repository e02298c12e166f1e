import { cpSync } from 'node:fs';
import { join } from 'node:path';

import {
  REPO_ROOT,
  createTerraformWorkspace,
  type TerraformWorkspace,
} from './terraform-workspace.js';

/**
 * A workspace holding generated-modules/<moduleName> with, in its tests/
 * folder as `terraform test` expects: the shared mock values
 * (test/terraform/mocks), the module's own test folder
 * (test/terraform/<moduleName>, whose mocks win) and the shared build
 * contexts (test/terraform/fixtures).
 */
export function createModuleTestWorkspace(
  moduleName: string,
): TerraformWorkspace & { readonly moduleDir: string } {
  const moduleRelative = join('generated-modules', moduleName);
  // Channel modules call their sibling lambda-image-build module.
  const workspace = createTerraformWorkspace([
    moduleRelative,
    join('generated-modules', 'lambda-image-build'),
  ]);
  const moduleDir = workspace.path(moduleRelative);
  const testsSource = join(REPO_ROOT, 'test', 'terraform', moduleName);

  const shared = join(REPO_ROOT, 'test', 'terraform');
  const tests = join(moduleDir, 'tests');

  cpSync(join(shared, 'mocks'), join(tests, 'mocks'), { recursive: true });
  cpSync(testsSource, tests, { recursive: true });
  cpSync(join(shared, 'fixtures'), join(tests, 'fixtures'), {
    recursive: true,
  });

  return { ...workspace, moduleDir };
}
