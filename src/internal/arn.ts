import { Fn } from './cdktf.js';

/**
 * Fields of an ARN (`arn:partition:service:region:account:resource`),
 * extracted by Terraform so they work on ARNs known only at apply time.
 * Deriving the account and region from the topic ARN keeps the modules free
 * of data sources that would call AWS during a plan.
 */
export interface ArnFields {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

/** Splits `arn` into its fields (as Terraform expressions). */
export function arnFields(arn: string): ArnFields {
  const parts = Fn.split(':', arn);

  return {
    partition: Fn.element(parts, 1),
    region: Fn.element(parts, 3),
    account: Fn.element(parts, 4),
    resource: Fn.element(parts, 5),
  };
}
