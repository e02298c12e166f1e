import { SNSClient } from '@aws-sdk/client-sns';

const clients = new Map<string, SNSClient>();

/**
 * The SNS client of this container, created on first use (not at import, to
 * keep cold starts small) and reused by later invocations. `endpoint` selects
 * an emulator; without it the SDK's defaults apply (including
 * `AWS_ENDPOINT_URL_SNS`).
 */
export function sharedSnsClient(endpoint?: string): SNSClient {
  const cacheKey = endpoint ?? '';
  let client = clients.get(cacheKey);
  if (client === undefined) {
    client = new SNSClient(endpoint === undefined ? {} : { endpoint });
    clients.set(cacheKey, client);
  }

  return client;
}
