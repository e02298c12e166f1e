/**
 * Raised by a LambdaCron construct when a prop breaks a rule, before any
 * resource is created. The message names the prop, states the rule, shows
 * the value received and says how to fix it.
 *
 * @example
 * throw new LambdaCronValidationError({
 *   prop: 'snsTopicArn',
 *   rule: 'must name a FIFO topic (its ARN ends in ".fifo")',
 *   value: 'arn:aws:sns:us-east-1:123456789012:results',
 *   fix: 'create the topic with fifo_topic = true',
 * });
 */
export class LambdaCronValidationError extends Error {
  /** The construct prop that broke the rule. */
  public readonly prop: string;

  constructor(details: {
    readonly prop: string;
    readonly rule: string;
    readonly value: unknown;
    readonly fix: string;
  }) {
    super(
      `${details.prop} ${details.rule}; got ${JSON.stringify(details.value)}. ` +
        `Fix: ${details.fix}.`,
    );
    this.name = 'LambdaCronValidationError';
    this.prop = details.prop;
  }
}
