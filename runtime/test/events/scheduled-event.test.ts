import { describe, expect, it } from 'vitest';

import { ScheduledEventError } from '../../src/errors.js';
import { parseScheduledEvent } from '../../src/events/scheduled-event.js';
import { eventBridgeEvent, schedulerEvent } from '../helpers/events.js';

const NOW = new Date('2025-06-01T12:34:56.789Z');
const now = () => NOW;

describe('parseScheduledEvent', () => {
  it('reads the scheduled time, execution id, schedule and detail of a Scheduler event', () => {
    const event = schedulerEvent();

    const tick = parseScheduledEvent(event, now);

    expect(tick).toEqual({
      scheduledTime: '2025-01-01T08:00:00Z',
      manual: false,
      source: 'lambdacron.scheduler',
      executionId: 'exec-1',
      scheduleArn:
        'arn:aws:scheduler:eu-west-1:123456789012:schedule/default/report',
      taskName: 'report-task',
      attempt: 1,
    });
  });

  it('accepts a classic EventBridge Scheduled Event', () => {
    const event = eventBridgeEvent();

    const tick = parseScheduledEvent(event, now);

    expect(tick).toMatchObject({
      scheduledTime: '2025-01-01T08:00:00Z',
      manual: false,
      source: 'aws.events',
    });
  });

  it.each([[undefined], [null], [{}], [{ key1: 'value1' }]])(
    'treats %o (no time) as a manual run at now',
    (event) => {
      const tick = parseScheduledEvent(event, now);

      expect(tick).toMatchObject({
        scheduledTime: '2025-06-01T12:34:56.789Z',
        manual: true,
      });
    },
  );

  it.each([
    ['a string', 'tick'],
    ['an array', []],
    ['a number', 42],
    ['an unknown source', schedulerEvent({ source: 'aws.s3' })],
    ['a numeric time', schedulerEvent({ time: 1735718400 })],
    ['a time without zone', schedulerEvent({ time: '2025-01-01T08:00:00' })],
    ['a non-date time', schedulerEvent({ time: 'yesterday' })],
    ['an impossible date', schedulerEvent({ time: '2025-13-45T08:00:00Z' })],
    ['a non-object detail', schedulerEvent({ detail: 'x' })],
    ['a non-numeric attempt', schedulerEvent({ detail: { attempt: 'two' } })],
    ['a non-string task_name', schedulerEvent({ detail: { task_name: 7 } })],
  ])('rejects %s with a ScheduledEventError', (_case, event) => {
    const parse = () => parseScheduledEvent(event, now);

    expect(parse).toThrow(ScheduledEventError);
  });
});
