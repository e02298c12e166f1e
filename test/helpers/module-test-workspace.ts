import { cpSync } from 'node:fs';
import { join } from 'node:path';

import {
  REPO_ROOT,
  createTerraformWorkspace,
  type TerraformWorkspace,
} from './terraform-workspace.js';

/**
 * A workspace holding generated-modules/<moduleName> with the module's
 * `terraform test` folder (test/terraform/<moduleName>: test files and
 * their fixtures) and the shared mock values in its tests/ folder, as
 * `terraform test` expects.
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

  cpSync(testsSource, join(moduleDir, 'tests'), { recursive: true });
  cpSync(
    join(REPO_ROOT, 'test', 'terraform', 'mocks'),
    join(moduleDir, 'tests', 'mocks'),
    { recursive: true },
  );

  return { ...workspace, moduleDir };
}
