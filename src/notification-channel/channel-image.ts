import {
  bundleChannelHandlerSync,
  type ChannelName,
} from '../../channel-images/bundle.js';
import {
  Fn,
  Op,
  TerraformHclModule,
  TerraformIterator,
  TerraformLocal,
  Token,
  type TerraformVariable,
} from '../internal/cdktf.js';
import type { ModuleAsset } from '../internal/module-definition.js';
import type { ModuleStack } from '../internal/module-stack.js';

/** Where a channel module keeps its handler's image build context. */
const IMAGE_DIR = 'image';

/** The module address of the nested lambda-image-build call. */
const IMAGE_MODULE = 'image';

/**
 * The files a channel module ships so that it can build its own handler
 * image: the channel's Dockerfile and its handler bundle, built at synth
 * time from the runtime (so the drift check covers the bundle too).
 */
export function channelImageAssets(channel: ChannelName): ModuleAsset[] {
  return [
    {
      from: `channel-images/${channel}/Dockerfile`,
      to: `${IMAGE_DIR}/Dockerfile`,
    },
    {
      generate: () => bundleChannelHandlerSync(channel),
      to: `${IMAGE_DIR}/dist/handler.js`,
    },
  ];
}

/**
 * The handler image the channel runs: `lambda_image_uri` when given,
 * otherwise the image the module builds from its own folder (see
 * {@link buildChannelImage}), by digest.
 */
export function channelImageUri(stack: ModuleStack): string {
  // A raw expression: the nested module is declared after the channel,
  // whose name it needs, and Terraform resolves the reference.
  const local = new TerraformLocal(
    stack,
    'handler_image_uri',
    `\${var.lambda_image_uri != null ? var.lambda_image_uri : one([for image in values(module.${IMAGE_MODULE}) : image.image_uri_with_digest])}`,
  );

  return local.asString;
}

/**
 * Builds and pushes the bundled handler image through the sibling
 * `lambda-image-build` module, only when `lambda_image_uri` is null. The
 * repository is named after the channel, so two channels never share one.
 */
export function buildChannelImage(
  stack: ModuleStack,
  channelName: string,
  lambdaImageUri: TerraformVariable,
): void {
  const wanted = TerraformIterator.fromList(
    Fn.conditional(
      Op.eq(lambdaImageUri.value, Token.nullValue()),
      ['handler'],
      [],
    ),
  );
  new TerraformHclModule(stack, IMAGE_MODULE, {
    source: '../lambda-image-build',
    // A sibling in generated-modules/: Terraform resolves it, not cdktf.
    skipAssetCreationFromLocalModules: true,
    forEach: wanted,
    variables: {
      source_dir: `\${path.module}/${IMAGE_DIR}`,
      repository_name: Fn.lower(channelName),
    },
  });
}
