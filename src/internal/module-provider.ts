import type { Construct } from 'constructs';

import { TerraformProvider } from './cdktf.js';

/**
 * The AWS provider versions a generated module accepts. Resources are
 * synthesized with the 5.x bindings and use no argument that 6.x dropped.
 */
export const AWS_PROVIDER_VERSION_RANGE = '>= 5.0, < 7.0';

/** Terraform versions a generated module needs (`terraform_data`, `optional()`). */
export const TERRAFORM_VERSION_RANGE = '>= 1.5';

/**
 * Declares `hashicorp/aws` as a requirement of a reusable module without
 * configuring it. A module must not carry a `provider` block: the calling
 * root configures the provider, and a module with one cannot be used with
 * `for_each`, `count` or `depends_on`.
 */
export class ModuleAwsProviderRequirement extends TerraformProvider {
  constructor(scope: Construct) {
    super(scope, 'aws', {
      terraformResourceType: 'aws',
      terraformProviderSource: 'hashicorp/aws',
      terraformGeneratorMetadata: {
        providerName: 'aws',
        providerVersionConstraint: AWS_PROVIDER_VERSION_RANGE,
      },
    });
  }

  public override toTerraform(): Record<string, unknown> {
    return {
      terraform: {
        required_version: TERRAFORM_VERSION_RANGE,
        required_providers: {
          aws: {
            source: 'hashicorp/aws',
            version: AWS_PROVIDER_VERSION_RANGE,
          },
        },
      },
    };
  }

  public override toHclTerraform(): Record<string, unknown> {
    return this.toTerraform();
  }
}
