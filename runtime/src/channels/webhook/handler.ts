/**
 * Lambda entry point of the webhook channel image (bundled with esbuild).
 * Configuration comes from the environment (contract §3). `s3://` templates
 * use `AWS_ENDPOINT_URL_S3`, path-style, when it is set (local clouds).
 */
import { createWebhookChannel } from './webhook-channel.js';

/** SQS-triggered handler: renders and POSTs one request per result. */
export const handler = createWebhookChannel({
  templates: { s3Endpoint: process.env.AWS_ENDPOINT_URL_S3 || undefined },
});
