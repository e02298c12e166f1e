import { describe, expect, it } from 'vitest';

import {
  BatchProcessingError,
  classifyError,
  ConfigurationError,
  DeliveryError,
  LambdaCronError,
  MessageLimitError,
  PublishError,
  RecordParseError,
  ResultValidationError,
  ScheduledEventError,
  TaskTimeoutError,
  TemplateRenderError,
  TemplateSourceError,
} from '../src/errors.js';

describe('LambdaCronError subclasses', () => {
  it.each([
    [ConfigurationError, 'ConfigurationError', 'permanent'],
    [ScheduledEventError, 'ScheduledEventError', 'permanent'],
    [ResultValidationError, 'ResultValidationError', 'permanent'],
    [MessageLimitError, 'MessageLimitError', 'permanent'],
    [RecordParseError, 'RecordParseError', 'permanent'],
    [TemplateSourceError, 'TemplateSourceError', 'permanent'],
    [TemplateRenderError, 'TemplateRenderError', 'permanent'],
    [PublishError, 'PublishError', 'transient'],
    [TaskTimeoutError, 'TaskTimeoutError', 'transient'],
    [DeliveryError, 'DeliveryError', 'transient'],
    [BatchProcessingError, 'BatchProcessingError', 'transient'],
  ] as const)(
    '%o has name %s and is %s by default',
    (ErrorClass, name, kind) => {
      const error = new ErrorClass('failed');

      expect(error).toBeInstanceOf(LambdaCronError);
      expect(error.name).toBe(name);
      expect(classifyError(error)).toBe(kind);
    },
  );

  it('keeps the cause and context fields', () => {
    const cause = new Error('socket hang up');

    const error = new DeliveryError('SES call failed.', {
      cause,
      context: { record_id: 'm-1' },
      permanent: true,
    });

    expect(error.cause).toBe(cause);
    expect(error.context).toEqual({ record_id: 'm-1' });
    expect(classifyError(error)).toBe('permanent');
  });
});

describe('classifyError', () => {
  it.each([[new Error('bug')], ['a string'], [undefined]])(
    'treats a foreign value %o as transient',
    (value) => {
      const kind = classifyError(value);

      expect(kind).toBe('transient');
    },
  );
});
