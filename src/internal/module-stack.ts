import { Node, type Construct } from 'constructs';

import {
  TerraformElement,
  TerraformOutput,
  TerraformStack,
  TerraformVariable,
} from './cdktf.js';
import { NoBackend } from './module-backend.js';
import { ModuleAwsProviderRequirement } from './module-provider.js';

/** A plan-time rule on a module input. */
export interface VariableValidation {
  /** An HCL boolean expression over `var.<name>`, without `${…}`. */
  readonly condition: string;
  /** A full sentence naming the variable and what it accepts. */
  readonly errorMessage: string;
}

/** One input of a generated module. */
export interface ModuleVariableSpec {
  /** snake_case name, as HCL users write it. */
  readonly name: string;
  /** An HCL type constraint, e.g. `list(string)`. */
  readonly type: string;
  /** One sentence, with units and allowed values. */
  readonly description: string;
  /**
   * The default value; leave out to make the input required. `null` makes
   * an optional input whose absence the module handles.
   */
  readonly default?: unknown;
  /** @default true for scalars; set false on collections */
  readonly nullable?: boolean;
  /** @default false */
  readonly sensitive?: boolean;
  /** @default no validation */
  readonly validations?: readonly VariableValidation[];
}

/** One output of a generated module. */
export interface ModuleOutputSpec {
  readonly name: string;
  readonly description: string;
  readonly value: unknown;
  /** @default false */
  readonly sensitive?: boolean;
}

/**
 * A stack that synthesizes into a reusable Terraform module rather than a
 * root configuration: it requires the AWS provider without configuring it,
 * has no backend, and gives every element a readable, stable address built
 * from its construct path (`channel/queue` becomes `channel_queue`).
 */
export class ModuleStack extends TerraformStack {
  /** The inputs declared so far, in declaration order. */
  public readonly variableSpecs: ModuleVariableSpec[] = [];

  /** The outputs declared so far, in declaration order. */
  public readonly outputSpecs: ModuleOutputSpec[] = [];

  constructor(scope: Construct, moduleName: string) {
    super(scope, moduleName);
    new ModuleAwsProviderRequirement(this);
    new NoBackend(this);
  }

  /** Declares a module input and returns it for use in resources. */
  public variable(spec: ModuleVariableSpec): TerraformVariable {
    this.variableSpecs.push(spec);

    // Construct ids are namespaced so that an input and an output may share
    // a name, as Terraform allows; the address is the plain name.
    const variable = new TerraformVariable(this, `variable_${spec.name}`, {
      type: spec.type,
      description: spec.description,
      // A null default is added after synthesis: cdktf cannot render one.
      ...(spec.default !== undefined && spec.default !== null
        ? { default: spec.default }
        : {}),
      ...(spec.nullable === undefined ? {} : { nullable: spec.nullable }),
      ...(spec.sensitive ? { sensitive: true } : {}),
      ...(spec.validations?.length
        ? {
            validation: spec.validations.map((rule) => ({
              condition: `\${${rule.condition}}`,
              errorMessage: rule.errorMessage,
            })),
          }
        : {}),
    });
    variable.overrideLogicalId(spec.name);

    return variable;
  }

  /** Declares a module output. */
  public output(spec: ModuleOutputSpec): TerraformOutput {
    this.outputSpecs.push(spec);

    const output = new TerraformOutput(this, `output_${spec.name}`, {
      description: spec.description,
      value: spec.value,
      ...(spec.sensitive ? { sensitive: true } : {}),
    });
    output.overrideLogicalId(spec.name);

    return output;
  }

  protected override allocateLogicalId(
    element: TerraformElement | Node,
  ): string {
    const scopes =
      element instanceof Node ? element.scopes : element.node.scopes;
    const below = scopes.slice(scopes.indexOf(this) + 1);

    return below.map((scope) => toSnakeCase(scope.node.id)).join('_');
  }
}

function toSnakeCase(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9_]/g, '_')
    .toLowerCase();
}
