/**
 * Lambda entry point of the email channel image (bundled with esbuild).
 * Configuration comes from the environment (contract §3); the SES endpoint
 * follows the SDK's defaults, including `AWS_ENDPOINT_URL_SESV2`, and
 * `s3://` templates use `AWS_ENDPOINT_URL_S3`, path-style, when it is set.
 */
import { createEmailChannel } from './email-channel.js';

/** SQS-triggered handler: renders and sends one email per result. */
export const handler = createEmailChannel({
  templates: { s3Endpoint: process.env.AWS_ENDPOINT_URL_S3 || undefined },
});
