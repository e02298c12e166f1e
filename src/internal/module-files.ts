import type { ModuleStack } from './module-stack.js';

/** Terraform JSON, as cdktf writes it for one stack. */
type TerraformJson = Record<string, unknown>;

/**
 * Turns one stack's synthesized Terraform JSON into the files of a reusable
 * module: `versions.tf.json`, `variables.tf.json`, `main.tf.json` and
 * `outputs.tf.json`, without cdktf's `//` metadata, and with the defaults
 * the declarations asked for (cdktf drops a `null` default, which would
 * turn an optional input into a required one).
 */
export function splitModuleJson(
  synthesized: TerraformJson,
  stack: ModuleStack,
): Map<string, string> {
  const clean = stripMetadata(synthesized) as TerraformJson;
  const { terraform, variable, output, ...main } = clean;
  const variables = restoreDefaults(
    (variable ?? {}) as Record<string, Record<string, unknown>>,
    stack,
  );

  const files = new Map<string, string>();
  files.set('versions.tf.json', render({ terraform }));
  files.set('variables.tf.json', render({ variable: variables }));
  files.set('main.tf.json', render(main));
  if (output) {
    files.set('outputs.tf.json', render({ output }));
  }

  return files;
}

function restoreDefaults(
  variables: Record<string, Record<string, unknown>>,
  stack: ModuleStack,
): Record<string, Record<string, unknown>> {
  const restored: Record<string, Record<string, unknown>> = {};
  for (const spec of stack.variableSpecs) {
    const synthesized = variables[spec.name];
    if (!synthesized) {
      throw new Error(
        `Variable ${spec.name} is missing from the synth output.`,
      );
    }
    restored[spec.name] =
      'default' in spec
        ? { ...synthesized, default: spec.default ?? null }
        : synthesized;
  }

  return restored;
}

function stripMetadata(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(stripMetadata);
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }

  const entries = Object.entries(value)
    .filter(([key]) => key !== '//')
    .map(([key, inner]) => [key, stripMetadata(inner)]);

  return Object.fromEntries(entries);
}

function render(json: TerraformJson): string {
  return JSON.stringify(json, null, 2) + '\n';
}
