import { DeliveryError } from '../../errors.js';

/** SES v2 exceptions that retrying soon may cure. */
const TRANSIENT_SES_ERRORS = new Set([
  'TooManyRequestsException',
  'LimitExceededException',
  'ThrottlingException',
  'Throttling',
  'ServiceUnavailable',
  'InternalFailure',
  'TimeoutError',
  'RequestTimeout',
]);

/** SES v2 exceptions that will fail again (bad sender, recipient, content). */
const PERMANENT_SES_ERRORS = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'AccountSuspendedException',
  'SendingPausedException',
  'BadRequestException',
  'NotFoundException',
  'InvalidParameterValue',
]);

interface SdkErrorShape {
  readonly name?: string;
  readonly code?: string;
  readonly $metadata?: { readonly httpStatusCode?: number };
}

/**
 * Wraps an SES SendEmail failure in a {@link DeliveryError} classified for
 * retry: throttling, quotas, 5xx and network errors and timeouts are
 * transient; rejected messages, unverified senders, invalid addresses and
 * other 4xx are permanent. Unknown names fall back to the HTTP status (the
 * local SES emulator reports every error as "Unknown").
 */
export function classifySesError(error: unknown): DeliveryError {
  const shape = (error ?? {}) as SdkErrorShape;
  const name = shape.name ?? 'Error';
  const status = shape.$metadata?.httpStatusCode;

  let permanent: boolean;
  if (TRANSIENT_SES_ERRORS.has(name)) {
    permanent = false;
  } else if (PERMANENT_SES_ERRORS.has(name)) {
    permanent = true;
  } else if (status === undefined) {
    // No response at all: a network error or an aborted request.
    permanent = false;
  } else {
    permanent =
      status >= 400 && status < 500 && status !== 429 && status !== 408;
  }

  return new DeliveryError('SES did not accept the email.', {
    cause: error,
    permanent,
    context: { ses_error: name, status },
  });
}
