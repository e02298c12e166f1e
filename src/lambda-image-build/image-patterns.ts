/**
 * Rules on image inputs that the constructs check at synth time and the
 * generated modules at plan time. RE2 and JavaScript read them alike.
 */

/**
 * An ECR repository name: 2 to 256 characters of lower-case path
 * components separated by `/`, each made of letters and digits joined by
 * single `.`, `_` or `-` (ECR's CreateRepository rule).
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html
 */
export const ECR_REPOSITORY_NAME_PATTERN =
  '^([a-z0-9]+([._-][a-z0-9]+)*/)*[a-z0-9]+([._-][a-z0-9]+)*$';

/** ECR's limits on a repository name's length. */
export const ECR_REPOSITORY_NAME_LENGTH = { min: 2, max: 256 } as const;

/** An image tag, as the OCI distribution spec defines it. */
export const IMAGE_TAG_PATTERN = '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$';

/** A manifest digest. */
export const IMAGE_DIGEST_PATTERN = '^sha256:[a-f0-9]{64}$';

/** A build argument name (a Dockerfile `ARG`). */
export const BUILD_ARG_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';

/** A KMS key ARN (ECR takes the key's ARN, not an alias). */
export const KMS_KEY_ARN_PATTERN =
  '^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$';

/**
 * A repository in any registry, with an explicit host and no tag or
 * digest: `host[:port]/path`. The host must contain a dot or a port, or be
 * `localhost`, so that `my-lambda` is not read as Docker Hub's.
 */
export const REGISTRY_REPOSITORY_PATTERN =
  '^(localhost|[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)(:[0-9]+)?/' +
  '[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*$';

/** The platforms Lambda runs: `x86_64` and `arm64` functions. */
export const LAMBDA_PLATFORMS = ['linux/amd64', 'linux/arm64'] as const;

/** Container builders the build program knows; `auto` picks one. */
export const IMAGE_BUILDERS = ['auto', 'docker', 'podman', 'buildah'] as const;

/** Copy tools the copy program knows; `auto` picks one. */
export const COPY_TOOLS = ['auto', 'skopeo', 'crane', 'docker'] as const;

/** How the programs log in to a registry; `auto` = `ecr` for an ECR host. */
export const REGISTRY_LOGINS = ['auto', 'ecr', 'none'] as const;

/** ECR's tag mutability settings. */
export const TAG_MUTABILITIES = ['MUTABLE', 'IMMUTABLE'] as const;
