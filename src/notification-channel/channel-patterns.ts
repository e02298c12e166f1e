/**
 * Input rules of the channel modules that the constructs check at synth
 * time and Terraform at plan time. Like src/internal/patterns.ts, each uses
 * only syntax JavaScript and Terraform's RE2 read alike.
 */

/** A KMS key or alias ARN. */
export const KMS_KEY_ARN_PATTERN =
  '^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key/[A-Za-z0-9-]+|alias/[A-Za-z0-9/_-]+)$';

/** A phone number in E.164 form: `+`, a country code, at most 15 digits. */
export const E164_PATTERN = '^\\+[1-9][0-9]{6,14}$';

/** A Twilio account SID. */
export const TWILIO_ACCOUNT_SID_PATTERN = '^AC[0-9a-fA-F]{32}$';

/** A Twilio messaging service SID. */
export const MESSAGING_SERVICE_SID_PATTERN = '^MG[0-9a-fA-F]{32}$';

/** A Secrets Manager secret ARN. */
export const SECRETS_MANAGER_ARN_PATTERN =
  '^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+$';

/** An SSM parameter ARN. */
export const SSM_PARAMETER_ARN_PATTERN =
  '^arn:aws[a-z-]*:ssm:[a-z0-9-]+:[0-9]{12}:parameter/[A-Za-z0-9/_.-]+$';

/** An HTTPS URL. */
export const HTTPS_URL_PATTERN = '^https://[^\\s/?#]+[^\\s]*$';

/** An S3 bucket name (general purpose). */
export const S3_BUCKET_NAME_PATTERN = '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$';
