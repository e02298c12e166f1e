import { describe, expect, it } from 'vitest';

import { classifySesError } from '../../../src/channels/email/ses-errors.js';

function sdkError(name: string, status?: number) {
  return Object.assign(new Error(name), {
    name,
    $metadata: status === undefined ? undefined : { httpStatusCode: status },
  });
}

describe('classifySesError', () => {
  it.each([
    ['TooManyRequestsException', 429, false],
    ['LimitExceededException', 400, false],
    ['TimeoutError', undefined, false],
    ['ECONNRESET', undefined, false],
    ['Unknown', 500, false],
    ['Unknown', 503, false],
    ['Unknown', 429, false],
    ['MessageRejected', 400, true],
    ['MailFromDomainNotVerifiedException', 400, true],
    ['BadRequestException', 400, true],
    ['AccountSuspendedException', 400, true],
    ['Unknown', 400, true],
  ])('classifies %s (status %s) as permanent=%s', (name, status, permanent) => {
    const error = classifySesError(sdkError(name, status));

    expect(error.name).toBe('DeliveryError');
    expect(error.permanent).toBe(permanent);
    expect(error.context).toMatchObject({ ses_error: name, status });
  });
});
