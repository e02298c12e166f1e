import { classifyTwilioError, type TwilioErrorBody } from './twilio-errors.js';

/** Twilio's REST API. */
export const TWILIO_API_BASE_URL = 'https://api.twilio.com';

/** Longest a Messages API call may take before it fails as transient: 10 seconds. */
export const TWILIO_REQUEST_TIMEOUT_MS = 10_000;

/** Options of {@link TwilioClient}. */
export interface TwilioClientOptions {
  readonly accountSid: string;
  readonly authToken: string;
  /** Default: {@link TWILIO_API_BASE_URL}. */
  readonly baseUrl?: string;
  /** Default: {@link TWILIO_REQUEST_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
}

/** One message to send. */
export interface TwilioMessage {
  readonly to: string;
  /** A phone number (`From`) or a messaging service SID (`MG…`). */
  readonly sender: string;
  readonly body: string;
}

const MESSAGING_SERVICE_SID = /^MG[0-9a-fA-F]{32}$/;

/**
 * A minimal client of Twilio's Messages API (`POST
 * /2010-04-01/Accounts/{sid}/Messages.json`), on `fetch`. The official SDK
 * is about 30 MB installed and 130–200 ms to load; this is all the channel
 * needs, and its base URL can point at a local fake for tests.
 */
export class TwilioClient {
  private readonly endpoint: string;
  private readonly authorization: string;

  constructor(private readonly options: TwilioClientOptions) {
    const base = (options.baseUrl ?? TWILIO_API_BASE_URL).replace(/\/+$/, '');
    this.endpoint = `${base}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
    this.authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  }

  /**
   * Sends one SMS and returns Twilio's message SID.
   *
   * @throws DeliveryError classified by {@link classifyTwilioError}.
   */
  async send(message: TwilioMessage): Promise<string> {
    const form = new URLSearchParams({ To: message.to, Body: message.body });
    form.set(
      MESSAGING_SERVICE_SID.test(message.sender)
        ? 'MessagingServiceSid'
        : 'From',
      message.sender,
    );

    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(this.endpoint, {
        method: 'POST',
        headers: {
          authorization: this.authorization,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: form.toString(),
        redirect: 'manual',
        signal: AbortSignal.timeout(
          this.options.timeoutMs ?? TWILIO_REQUEST_TIMEOUT_MS,
        ),
      });
    } catch (error) {
      throw classifyTwilioError(undefined, undefined, error);
    }

    const body = (await response.json().catch(() => undefined)) as
      (TwilioErrorBody & { sid?: string }) | undefined;
    if (response.status < 200 || response.status >= 300) {
      throw classifyTwilioError(response.status, body);
    }

    return body?.sid ?? '';
  }
}
