import { ConfigurationError, DeliveryError } from '../errors.js';

/** The part of an AWS SDK client the reader uses (Secrets Manager or SSM). */
export interface SendClient {
  send(command: unknown): Promise<unknown>;
}

/** Options of {@link SecretReader}. */
export interface SecretReaderOptions {
  /** Secrets Manager client. Default: created on first use. */
  readonly secretsManager?: SendClient;
  /** SSM client. Default: created on first use. */
  readonly ssm?: SendClient;
}

/** Where a secret lives, from its ARN. */
export type SecretLocation =
  | { readonly service: 'secretsmanager'; readonly arn: string }
  | { readonly service: 'ssm'; readonly arn: string };

const SECRETS_MANAGER_ARN =
  /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$/;
const SSM_PARAMETER_ARN =
  /^arn:aws[a-z-]*:ssm:[a-z0-9-]+:[0-9]{12}:parameter\/.+$/;

/**
 * Tells a Secrets Manager secret ARN from an SSM parameter ARN.
 *
 * @throws ConfigurationError naming `variable` (never the ARN's value).
 */
export function secretLocation(arn: string, variable: string): SecretLocation {
  if (SECRETS_MANAGER_ARN.test(arn)) {
    return { service: 'secretsmanager', arn };
  }
  if (SSM_PARAMETER_ARN.test(arn)) {
    return { service: 'ssm', arn };
  }

  throw new ConfigurationError(
    `${variable} must be the ARN of a Secrets Manager secret or an SSM parameter.`,
    { context: { variable } },
  );
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | undefined)
    ?.$metadata?.httpStatusCode;
}

/**
 * Reads secrets from Secrets Manager (`GetSecretValue`) or SSM Parameter
 * Store (`GetParameter` with decryption), by ARN. The SDK client modules are
 * imported on first use, so a channel without secrets never loads them.
 * Callers cache the value (once per container): the reader does not.
 */
export class SecretReader {
  private secretsManager: SendClient | undefined;
  private ssm: SendClient | undefined;

  constructor(options: SecretReaderOptions = {}) {
    this.secretsManager = options.secretsManager;
    this.ssm = options.ssm;
  }

  /**
   * The secret's string value.
   *
   * @throws DeliveryError naming the variable, classified by the AWS status
   *   (throttling and 5xx transient, access denied and not found permanent).
   */
  async read(location: SecretLocation, variable: string): Promise<string> {
    let value: string | undefined;
    try {
      value =
        location.service === 'secretsmanager'
          ? await this.readSecretsManager(location.arn)
          : await this.readSsm(location.arn);
    } catch (error) {
      const status = statusOf(error);
      throw new DeliveryError('The secret could not be read.', {
        cause: error,
        permanent:
          status !== undefined &&
          status >= 400 &&
          status < 500 &&
          status !== 429,
        context: { variable, service: location.service, status },
      });
    }
    if (value === undefined || value === '') {
      throw new ConfigurationError('The secret has no string value.', {
        context: { variable, service: location.service },
      });
    }

    return value;
  }

  private async readSecretsManager(arn: string): Promise<string | undefined> {
    const sdk = await import('@aws-sdk/client-secrets-manager');
    this.secretsManager ??= new sdk.SecretsManagerClient({});
    const output = (await this.secretsManager.send(
      new sdk.GetSecretValueCommand({ SecretId: arn }),
    )) as { SecretString?: string };

    return output.SecretString;
  }

  private async readSsm(arn: string): Promise<string | undefined> {
    const sdk = await import('@aws-sdk/client-ssm');
    this.ssm ??= new sdk.SSMClient({});
    // GetParameter accepts a parameter's ARN as its name.
    const output = (await this.ssm.send(
      new sdk.GetParameterCommand({ Name: arn, WithDecryption: true }),
    )) as { Parameter?: { Value?: string } };

    return output.Parameter?.Value;
  }
}
