import type { ModuleStack } from './module-stack.js';

/** A file shipped inside a generated module next to its Terraform. */
export type ModuleAsset =
  | {
      /** Path of the source file, relative to the repository root. */
      readonly from: string;
      /** Path inside the module directory. */
      readonly to: string;
    }
  | {
      /** Produces the file's text at synth time (e.g. a bundle). */
      readonly generate: () => string;
      /** Path inside the module directory. */
      readonly to: string;
    };

/**
 * Everything needed to generate one reusable module: how to build its
 * stack, and the prose of its README (the Inputs/Outputs tables are
 * generated from the stack's declarations).
 */
export interface ModuleDefinition {
  /** Directory name under `generated-modules/`, e.g. `scheduled-lambda`. */
  readonly name: string;
  /** A paragraph saying what the module is for. */
  readonly summary: string;
  /** The smallest working HCL block that uses the module. */
  readonly usage: string;
  /** Further README sections, in Markdown, after the usage block. */
  readonly sections?: string;
  /** Files copied into the module directory. */
  readonly assets?: readonly ModuleAsset[];
  /** Declares the module's inputs, resources and outputs on `stack`. */
  readonly build: (stack: ModuleStack) => void;
}
