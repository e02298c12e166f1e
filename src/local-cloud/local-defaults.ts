/** Every local server binds here, never to all interfaces. */
export const LOCAL_HOST = '127.0.0.1';

/** Region of the emulated resources. */
export const LOCAL_REGION = 'us-east-1';

/** Fixed fake credentials: the emulators check only that requests are signed. */
export const LOCAL_CREDENTIALS = {
  accessKeyId: 'AKIALOCALCLOUD',
  secretAccessKey: 'local-cloud-secret',
} as const;

/** SDK client configuration for an emulator at `endpoint`. */
export function localClientConfig(endpoint: string) {
  return {
    endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  };
}
