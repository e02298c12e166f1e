import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

import { App } from './cdktf.js';
import type { ModuleDefinition } from './module-definition.js';
import { splitModuleJson } from './module-files.js';
import { renderModuleReadme } from './module-readme.js';
import { ModuleStack } from './module-stack.js';

/** The files of every generated module, keyed by path below the output. */
export type ModuleTree = Map<string, string>;

/**
 * Synthesizes each definition through a normal CDKTF `App` into `outdir`,
 * then turns every stack into the files of a reusable module.
 */
export function synthesizeModules(
  definitions: readonly ModuleDefinition[],
  outdir: string,
): ModuleTree {
  // cdktf's own validations (provider presence, Terraform version per
  // terraform_data) cost about 0.4 s; `terraform validate` of every generated
  // module in the tests checks far more.
  const app = new App({ outdir, skipValidation: true });
  const stacks = definitions.map((definition) => {
    const stack = new ModuleStack(app, definition.name);
    definition.build(stack);

    return { definition, stack };
  });

  app.synth();

  const tree: ModuleTree = new Map();
  for (const { definition, stack } of stacks) {
    const synthesized = JSON.parse(
      readFileSync(join(outdir, 'stacks', definition.name, 'cdk.tf.json'), {
        encoding: 'utf8',
      }),
    );
    for (const [file, text] of splitModuleJson(synthesized, stack)) {
      tree.set(join(definition.name, file), text);
    }
    tree.set(
      join(definition.name, 'README.md'),
      renderModuleReadme(definition, stack),
    );
    for (const asset of definition.assets ?? []) {
      tree.set(
        join(definition.name, asset.to),
        'generate' in asset
          ? asset.generate()
          : readFileSync(asset.from, { encoding: 'utf8' }),
      );
    }
  }

  return tree;
}

/** Writes `tree` below `root`, creating directories as needed. */
export function writeModuleTree(tree: ModuleTree, root: string): void {
  for (const [file, text] of tree) {
    const target = join(root, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    if (target.endsWith('.sh')) {
      chmodSync(target, 0o755);
    }
  }
}

/**
 * Lists how the files below `root` differ from `tree`: changed, missing and
 * unexpected files, ignoring Terraform's own working files.
 */
export function diffModuleTree(tree: ModuleTree, root: string): string[] {
  const problems: string[] = [];
  for (const [file, text] of tree) {
    const target = join(root, file);
    if (!existsSync(target)) {
      problems.push(`missing: ${file}`);
    } else if (readFileSync(target, { encoding: 'utf8' }) !== text) {
      problems.push(`changed: ${file}`);
    }
  }

  const moduleNames = new Set(
    [...tree.keys()].map((file) => file.split(sep)[0]),
  );
  for (const moduleName of moduleNames) {
    for (const file of listFiles(join(root, moduleName!))) {
      const relativePath = relative(root, file);
      if (!tree.has(relativePath)) {
        problems.push(`unexpected: ${relativePath}`);
      }
    }
  }

  return problems.sort();
}

const TERRAFORM_WORKING_FILES = new Set(['.terraform', '.terraform.lock.hcl']);

function listFiles(directory: string): string[] {
  if (!existsSync(directory)) {
    return [];
  }

  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => !TERRAFORM_WORKING_FILES.has(entry.name))
    .flatMap((entry) => {
      const path = join(directory, entry.name);

      return entry.isDirectory() ? listFiles(path) : [path];
    });
}
