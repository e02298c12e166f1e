import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where a filesystem mirror of the hashicorp providers may lie on machines
 * that cannot reach the Terraform registry. `LAMBDACRON_TERRAFORM_MIRROR`
 * names one explicitly. On a machine with internet none is needed.
 */
const MIRROR_CANDIDATES = [
  process.env.LAMBDACRON_TERRAFORM_MIRROR,
  '/opt/tf-plugins',
  '/usr/share/terraform/plugins',
  join(homedir(), '.terraform.d', 'plugins'),
  join(homedir(), '.local', 'share', 'terraform', 'plugins'),
].filter((candidate): candidate is string => Boolean(candidate));

const AWS_PROVIDER_PATH = join('registry.terraform.io', 'hashicorp', 'aws');

/** The first candidate directory that holds the AWS provider, if any. */
export function findProviderMirror(): string | undefined {
  return MIRROR_CANDIDATES.find((candidate) =>
    existsSync(join(candidate, AWS_PROVIDER_PATH)),
  );
}

/**
 * Environment for running the Terraform CLI in tests: no telemetry, and,
 * when a local provider mirror exists, a CLI config (written to a temporary
 * folder, never the home folder) that installs hashicorp providers from it.
 */
export function terraformEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
  };
  const mirror = findProviderMirror();
  if (mirror) {
    environment.TF_CLI_CONFIG_FILE = writeMirrorConfig(mirror);
  } else if (
    environment.TF_CLI_CONFIG_FILE &&
    !existsSync(environment.TF_CLI_CONFIG_FILE)
  ) {
    delete environment.TF_CLI_CONFIG_FILE;
  }

  return environment;
}

function writeMirrorConfig(mirror: string): string {
  const directory = join(tmpdir(), 'lambdacron-terraform');
  mkdirSync(directory, { recursive: true });
  const path = join(directory, 'terraform.rc');
  writeFileSync(
    path,
    [
      'provider_installation {',
      '  filesystem_mirror {',
      `    path    = ${JSON.stringify(mirror)}`,
      '    include = ["registry.terraform.io/hashicorp/*"]',
      '  }',
      '  direct {',
      '    exclude = ["registry.terraform.io/hashicorp/*"]',
      '  }',
      '}',
      '',
    ].join('\n'),
  );

  return path;
}

/** What a Terraform command printed and how it exited. */
export interface TerraformResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `terraform <args>` in `cwd` and collects its output. */
export function terraform(
  args: readonly string[],
  cwd: string,
): Promise<TerraformResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('terraform', ['-chdir=' + cwd, ...args, '-no-color'], {
      env: terraformEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) =>
      resolve({ exitCode: exitCode ?? 1, stdout, stderr }),
    );
  });
}
