import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { terraform } from '../helpers/terraform-cli.js';
import {
  createTerraformWorkspace,
  type TerraformWorkspace,
} from '../helpers/terraform-workspace.js';

const PLAN_TIMEOUT_MS = 60_000;

const IMAGE_MODULES = ['lambda-image-build', 'lambda-image-republish'];

/** A provider that plans offline: fake keys, no calls to AWS. */
const OFFLINE_PROVIDER = `
provider "aws" {
  region                      = "us-west-2"
  access_key                  = "AKIAIOSFODNN7EXAMPLE"
  secret_key                  = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
`;

/** The seed usage of issue 6, verbatim. */
const SEED_USAGE = `
module "my_lambda_container" {
  source             = "./generated-modules/lambda-image-republish"
  source_lambda_repo = "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda"
  source_lambda_tag  = "latest"
}

module "my_lambda_image_build" {
  source          = "./generated-modules/lambda-image-build"
  source_dir      = "\${path.module}/lambda-src"
  repository_name = "my-lambda"
  image_tag       = "latest"
}
`;

// validate and terraform test of each image module: test/terraform/modules.test.ts.
describe('image modules in a root configuration', () => {
  let workspace: TerraformWorkspace;

  beforeAll(async () => {
    workspace = createTerraformWorkspace(
      IMAGE_MODULES.map((name) => join('generated-modules', name)),
    );
    mkdirSync(workspace.path('lambda-src'));
    writeFileSync(
      workspace.path('lambda-src/Dockerfile'),
      'FROM scratch\nCOPY app.txt /app.txt\n',
    );
    writeFileSync(workspace.path('lambda-src/app.txt'), 'hello\n');
    writeFileSync(workspace.path('main.tf'), OFFLINE_PROVIDER + SEED_USAGE);
    const init = await terraform(['init', '-backend=false'], workspace.root);
    expect(init.exitCode, init.stderr).toBe(0);
  }, PLAN_TIMEOUT_MS);

  afterAll(() => workspace?.remove());

  it(
    'plans the seed usage offline, deferring the digest lookups to the apply',
    async () => {
      writeFileSync(workspace.path('main.tf'), OFFLINE_PROVIDER + SEED_USAGE);

      const result = await terraform(['plan'], workspace.root);

      expect(result.exitCode, result.stdout + result.stderr).toBe(0);
      for (const moduleName of [
        'my_lambda_image_build',
        'my_lambda_container',
      ]) {
        expect(result.stdout).toContain(
          `module.${moduleName}.terraform_data.this[0] will be created`,
        );
        expect(result.stdout).toContain(
          `module.${moduleName}.data.aws_ecr_image.this[0] will be read during apply`,
        );
      }
    },
    PLAN_TIMEOUT_MS,
  );

  it.each<{ input: Record<string, string>; message: string }>([
    {
      input: { source_dir: '"${path.module}/missing"' },
      message: 'The source_dir value must be an existing folder',
    },
    {
      input: { platform: '"linux/386"' },
      message: 'The platform value must be linux/amd64',
    },
    {
      input: { repository_name: '"My_Lambda"' },
      message: 'The repository_name value must be an ECR repository name',
    },
    {
      input: { dockerfile: '"lambda.Dockerfile"' },
      message: 'must name an existing Dockerfile',
    },
  ])(
    'fails the plan with a clear message when given $input',
    async ({ input, message }) => {
      writeFileSync(
        workspace.path('main.tf'),
        OFFLINE_PROVIDER + buildModuleBlock(input),
      );

      const result = await terraform(['plan'], workspace.root);

      expect(result.exitCode).toBe(1);
      expect(result.stderr.replace(/\s+/g, ' ')).toContain(message);
    },
    PLAN_TIMEOUT_MS,
  );
});

/** The seed's lambda-image-build block with some arguments replaced. */
function buildModuleBlock(overrides: Record<string, string>): string {
  const args: Record<string, string> = {
    source: '"./generated-modules/lambda-image-build"',
    source_dir: '"${path.module}/lambda-src"',
    repository_name: '"my-lambda"',
    image_tag: '"latest"',
    ...overrides,
  };
  const lines = Object.entries(args).map(
    ([name, value]) => `  ${name} = ${value}`,
  );

  return `module "my_lambda_image_build" {\n${lines.join('\n')}\n}\n`;
}
