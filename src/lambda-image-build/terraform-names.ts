import type { Construct } from 'constructs';

import { TerraformLocal } from '../internal/cdktf.js';

/**
 * Fixed Terraform names for the elements of an image construct. Its
 * expressions refer to each other by name (a `for` over a counted data
 * source, the context-hash locals), so the names cannot be left to cdktf.
 */
export class TerraformNames {
  /** Name of the primary resources (`this` in a generated module). */
  public readonly address: string;

  private readonly localPrefix: string;

  constructor(
    private readonly scope: Construct,
    address: string | undefined,
  ) {
    this.address = address ?? toSnakeCase(scope.node.id);
    this.localPrefix = this.address === 'this' ? '' : `${this.address}_`;
  }

  /** The name of local value `name` (prefixed unless the address is `this`). */
  public localName(name: string): string {
    return this.localPrefix + name;
  }

  /** Declares local value `name` and returns its `local.…` reference text. */
  public local(name: string, value: unknown): TerraformLocal {
    const local = new TerraformLocal(this.scope, name, value);
    local.overrideLogicalId(this.localName(name));

    return local;
  }

  /** `expression` (HCL, no `${}`) as a string cdktf passes through. */
  public static hcl(expression: string): string {
    return '$' + '{' + expression + '}';
  }
}

function toSnakeCase(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9_]/g, '_')
    .toLowerCase();
}
