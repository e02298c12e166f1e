import type { ModuleAsset } from '../internal/module-definition.js';
import { IMAGE_SCRIPT_FILES } from '../images/index.js';

/**
 * The image programs, shipped inside each image module under `scripts/`:
 * a module consumed as plain HCL has no node_modules to run them from.
 */
export const IMAGE_SCRIPT_ASSETS: readonly ModuleAsset[] = Object.values(
  IMAGE_SCRIPT_FILES,
).map((file) => ({
  from: `src/images/scripts/${file}`,
  to: `scripts/${file}`,
}));

/** Where `local-exec` finds the shipped programs. */
export const MODULE_SCRIPTS_DIR = '${path.module}/scripts';

/** README text both image modules share: prerequisites and login. */
export const IMAGE_PREREQUISITES_SECTION = `
## Prerequisites on the machine running Terraform

The build or copy runs on the machine that runs \`terraform apply\`, through
\`local-exec\`, with the programs shipped in this module's \`scripts/\` folder
(POSIX \`sh\`; no Node needed). See
[src/images/README.md](../../src/images/README.md) for their interface, exit
codes and hints.

- **A tool.** To build: Docker ≥ 23 with buildx and a running daemon, or
  Podman, or Buildah (\`builder = "auto"\` picks the first usable, in that
  order). To copy: skopeo or crane (daemonless), or docker.
- **Registry login.** With \`…registry_login = "auto"\` (the default) an ECR
  host gets \`ecr\`: the program runs \`aws ecr get-login-password\` (AWS CLI
  v2) with the credentials Terraform runs with, or the \`aws_profile\` given,
  and logs the tool in for 12 hours; the token never appears on a command
  line. Set \`none\` to use a credential helper instead (for example
  \`docker-credential-ecr-login\` in \`~/.docker/config.json\` \`credHelpers\`,
  or a \`REGISTRY_AUTH_FILE\` for podman, buildah and skopeo).
- **IAM.** \`ecr:GetAuthorizationToken\`, plus push
  (\`ecr:InitiateLayerUpload\`, \`ecr:UploadLayerPart\`,
  \`ecr:CompleteLayerUpload\`, \`ecr:PutImage\`,
  \`ecr:BatchCheckLayerAvailability\`) on the destination, pull
  (\`ecr:BatchGetImage\`, \`ecr:GetDownloadUrlForLayer\`) on a source, and
  \`ecr:DescribeImages\` for the digest lookup.

A failed build or copy stops the apply with the tool's error and a
\`hint:\` line (not logged in, wrong platform, no builder installed, …).

## Platform and what Lambda accepts

\`platform\` must match the function's architecture: \`linux/amd64\` for
\`x86_64\` (Lambda's default), \`linux/arm64\` for \`arm64\`. The image is
pushed as a single image manifest without BuildKit provenance or SBOM
attestations (\`--provenance=false --sbom=false\` with docker; podman and
buildah never attest): Lambda rejects an image index, which is what BuildKit
pushes when it attests. The program reads the pushed manifest back and fails
the apply when it is an index or of another architecture.
`;
