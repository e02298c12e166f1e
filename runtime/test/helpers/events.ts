/** A LambdaCron Scheduler event (contract §1). */
export function schedulerEvent(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    version: '0',
    id: 'exec-1',
    'detail-type': 'Scheduled Event',
    source: 'lambdacron.scheduler',
    time: '2025-01-01T08:00:00Z',
    resources: [
      'arn:aws:scheduler:eu-west-1:123456789012:schedule/default/report',
    ],
    detail: { task_name: 'report-task', attempt: '1' },
    ...overrides,
  };
}

/** A classic EventBridge rule Scheduled Event. */
export function eventBridgeEvent(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    version: '0',
    id: '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa',
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '123456789012',
    time: '2025-01-01T08:00:00Z',
    region: 'eu-west-1',
    resources: ['arn:aws:events:eu-west-1:123456789012:rule/report'],
    detail: {},
    ...overrides,
  };
}
