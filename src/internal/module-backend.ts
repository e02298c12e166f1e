import type { Construct } from 'constructs';

import { TerraformBackend, type TerraformRemoteState } from './cdktf.js';

/**
 * Stands in for a backend so that CDKTF does not add its default local one:
 * state belongs to the root that calls the module, never to the module.
 */
export class NoBackend extends TerraformBackend {
  constructor(scope: Construct) {
    super(scope, 'backend', 'none');
  }

  public override toTerraform(): Record<string, unknown> {
    return {};
  }

  public override toHclTerraform(): Record<string, unknown> {
    return {};
  }

  public getRemoteStateDataSource(): TerraformRemoteState {
    throw new Error('A reusable module has no backend to read state from.');
  }
}
