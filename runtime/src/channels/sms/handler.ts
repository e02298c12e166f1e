/**
 * Lambda entry point of the sms channel image (bundled with esbuild).
 * Configuration comes from the environment (contract §3). `s3://` templates
 * use `AWS_ENDPOINT_URL_S3`, path-style, when it is set (local clouds).
 */
import { createSmsChannel } from './sms-channel.js';

/** SQS-triggered handler: renders and sends one SMS per result and recipient. */
export const handler = createSmsChannel({
  templates: { s3Endpoint: process.env.AWS_ENDPOINT_URL_S3 || undefined },
});
