import type { ChannelOptions } from '../notification-channel/notification-channel-props.js';

/** Props of {@link SmsNotification}. */
export interface SmsNotificationProps extends ChannelOptions {
  /** The Twilio account SID (`AC…`). */
  readonly twilioAccountSid: string;
  /**
   * ARN of the Secrets Manager secret or SSM SecureString parameter holding
   * the Twilio auth token (the token itself, or JSON `{"auth_token": …}`).
   * The token never passes through Terraform.
   */
  readonly twilioAuthTokenSecretArn: string;
  /**
   * Customer managed KMS key encrypting the secret.
   * @default none (an AWS managed key, which needs no grant)
   */
  readonly twilioAuthTokenKmsKeyArn?: string;
  /** An E.164 number (`+15005550006`) or a messaging service SID (`MG…`). */
  readonly smsSender: string;
  /** E.164 numbers to text. */
  readonly smsRecipients: string[];
  /** nunjucks template of the message text. */
  readonly textTemplate: string;
}
