import { hclString } from '../internal/patterns.js';
import { checkPattern } from '../internal/prop-checks.js';
import { knownValue } from '../internal/tokens.js';
import { LambdaCronValidationError } from '../internal/validation-error.js';
import type { ImageRepositoryOptions } from './image-repository.js';
import {
  BUILD_ARG_NAME_PATTERN,
  IMAGE_BUILDERS,
  IMAGE_TAG_PATTERN,
  LAMBDA_PLATFORMS,
  REGISTRY_LOGINS,
} from './image-patterns.js';

/** Props of {@link LambdaImageBuild}. */
export interface LambdaImageBuildProps extends ImageRepositoryOptions {
  /** The build context folder; relative paths start where Terraform runs. */
  readonly sourceDir: string;
  /** Name of the ECR repository the module creates and pushes to. */
  readonly repositoryName: string;
  /**
   * Tag to push. A fixed tag (`latest`) is re-pushed on each rebuild.
   *
   * @default a per-content tag, `build-<16 hex digits of the content hash>`
   */
  readonly imageTag?: string;
  /**
   * The Dockerfile, relative to `sourceDir` unless absolute.
   *
   * @default 'Dockerfile'
   */
  readonly dockerfile?: string;
  /**
   * Build arguments (`ARG`s); values cannot contain newlines.
   *
   * @default no build arguments
   */
  readonly buildArgs?: Record<string, string>;
  /**
   * `linux/amd64` for an `x86_64` function, `linux/arm64` for `arm64`.
   *
   * @default 'linux/amd64'
   */
  readonly platform?: string;
  /**
   * `docker`, `podman`, `buildah`, or `auto` (docker with a running daemon,
   * else podman, else buildah).
   *
   * @default 'auto'
   */
  readonly builder?: string;
  /**
   * `ecr` (the AWS CLI logs in), `none` (a credential helper or an earlier
   * login is used), or `auto` (`ecr` for an ECR host).
   *
   * @default 'auto'
   */
  readonly registryLogin?: string;
  /**
   * AWS CLI profile for the ECR login.
   *
   * @default the ambient credentials Terraform runs with
   */
  readonly awsProfile?: string;
  /**
   * Whether Terraform builds and pushes the image. false creates only the
   * repository (CI pushes the image, or a test runs with a mock provider).
   *
   * @default true
   */
  readonly buildEnabled?: boolean;
  /**
   * Folder holding the image programs, as `local-exec` will see it.
   *
   * @default the package's own src/images/scripts folder
   */
  readonly scriptsDir?: string;
  /**
   * Terraform name of the repository, build step and image lookup; local
   * values get it as a prefix unless it is `this`.
   *
   * @default the construct id, in snake_case
   */
  readonly address?: string;
}

/** Defaults of {@link LambdaImageBuildProps}. */
export const LAMBDA_IMAGE_BUILD_DEFAULTS = {
  dockerfile: 'Dockerfile',
  platform: 'linux/amd64',
  builder: 'auto',
  registryLogin: 'auto',
  buildEnabled: true,
  tagPrefix: 'build-',
  tagHashLength: 16,
} as const;

/** An HCL condition that every build argument is usable by the program. */
export function buildArgsCondition(variable: string): string {
  return `alltrue([for name, value in ${variable} : can(regex(${hclString(BUILD_ARG_NAME_PATTERN)}, name)) && !strcontains(value, "\\n")])`;
}

/** Synth-time checks of the props the build itself uses. */
export function validateBuildProps(props: LambdaImageBuildProps): void {
  checkOneOf('platform', props.platform, LAMBDA_PLATFORMS);
  checkOneOf('builder', props.builder, IMAGE_BUILDERS);
  checkOneOf('registryLogin', props.registryLogin, REGISTRY_LOGINS);
  checkPattern('imageTag', props.imageTag, IMAGE_TAG_PATTERN, {
    rule: 'must be an image tag (1 to 128 letters, digits, "_", "." or "-", not starting with "." or "-")',
    fix: 'use a tag such as latest or v1.2.3',
  });

  const buildArgs = knownValue(props.buildArgs);
  for (const [name, value] of Object.entries(buildArgs ?? {})) {
    if (!new RegExp(BUILD_ARG_NAME_PATTERN).test(name)) {
      throw new LambdaCronValidationError({
        prop: 'buildArgs',
        value: name,
        rule: 'must have names made of letters, digits and "_", not starting with a digit',
        fix: 'rename the ARG',
      });
    }
    if (knownValue(value)?.includes('\n')) {
      throw new LambdaCronValidationError({
        prop: `buildArgs.${name}`,
        value,
        rule: 'must not contain a newline (the build program reads one KEY=VALUE per line)',
        fix: 'pass the value through a file in the build context instead',
      });
    }
  }
}

/** Throws unless a known `value` is one of `allowed`. */
export function checkOneOf(
  prop: string,
  value: string | undefined,
  allowed: readonly string[],
): void {
  const known = knownValue(value);
  if (known !== undefined && !allowed.includes(known)) {
    throw new LambdaCronValidationError({
      prop,
      value: known,
      rule: `must be one of ${allowed.join(', ')}`,
      fix: 'pick one of them',
    });
  }
}
