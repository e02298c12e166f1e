export { startFauxqs, type LocalFauxqs } from './fauxqs-server.js';
export { startSes, type CapturedEmail, type LocalSes } from './ses-server.js';
export { startLocalCloud, type LocalCloud } from './local-cloud.js';
export {
  LOCAL_CREDENTIALS,
  LOCAL_HOST,
  LOCAL_REGION,
  localClientConfig,
} from './local-defaults.js';
export {
  pumpQueue,
  receiptsToDelete,
  toSqsRecord,
  type PumpQueueOptions,
  type PumpResult,
  type SqsHandler,
} from './pump-queue.js';
export {
  createChannelQueues,
  type ChannelQueues,
  type ChannelQueuesOptions,
} from './channel-queues.js';
export { lambdaContext } from './lambda-context.js';
