import { startFauxqs, type LocalFauxqs } from './fauxqs-server.js';
import { localClientConfig } from './local-defaults.js';
import { startSes, type LocalSes } from './ses-server.js';

/** The embedded local cloud: fauxqs for SNS/SQS/S3 and aws-ses-v2-local. */
export interface LocalCloud {
  readonly fauxqs: LocalFauxqs;
  readonly ses: LocalSes;
  /** SDK config for SNS and SQS clients. */
  readonly awsConfig: ReturnType<typeof localClientConfig>;
  /** SDK config for an S3 client (path-style, as fauxqs needs). */
  readonly s3Config: ReturnType<typeof localClientConfig> & {
    forcePathStyle: true;
  };
  /** SDK config for an SES v2 client. */
  readonly sesConfig: ReturnType<typeof localClientConfig>;
  /** Stops both servers. */
  stop(): Promise<void>;
}

/**
 * Starts fauxqs and aws-ses-v2-local in this process, each on 127.0.0.1 and
 * a free port.
 *
 * @example
 * const cloud = await startLocalCloud();
 * const sns = new SNSClient(cloud.awsConfig);
 * // …
 * await cloud.stop();
 */
export async function startLocalCloud(): Promise<LocalCloud> {
  const fauxqs = await startFauxqs();
  let ses: LocalSes;
  try {
    ses = await startSes();
  } catch (error) {
    await fauxqs.stop();
    throw error;
  }

  return {
    fauxqs,
    ses,
    awsConfig: localClientConfig(fauxqs.endpoint),
    s3Config: { ...localClientConfig(fauxqs.endpoint), forcePathStyle: true },
    sesConfig: localClientConfig(ses.endpoint),
    stop: async () => {
      await Promise.all([fauxqs.stop(), ses.stop()]);
    },
  };
}
