/**
 * LambdaCron used from a CDKTF app: a root stack with its own provider, a
 * FIFO results topic, a weekday-morning task in London time and an email
 * channel, built from the same constructs as the generated modules.
 *
 *   npx cdktf synth      (from this folder), or
 *   npx tsx examples/cdktf-app/main.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { AwsProvider } from '@cdktf/provider-aws/lib/provider/index.js';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic/index.js';
import { App, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';

import { EmailNotification, ScheduledLambda } from '../../src/index.js';

const TEMPLATES = join(import.meta.dirname, 'templates');

class ReportsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new AwsProvider(this, 'aws', { region: 'eu-west-2' });

    const results = new SnsTopic(this, 'results', {
      name: 'lambdacron-results.fifo',
      fifoTopic: true,
    });

    new ScheduledLambda(this, 'weekday-report', {
      name: 'weekday-report',
      lambdaImageUri:
        '123456789012.dkr.ecr.eu-west-2.amazonaws.com/weekday-report:v1',
      scheduleExpression: 'cron(30 8 ? * MON-FRI *)',
      scheduleTimezone: 'Europe/London',
      snsTopicArn: results.arn,
    });

    new EmailNotification(this, 'report-email', {
      name: 'weekday-report-email',
      snsTopicArn: results.arn,
      resultTypes: ['weekday-report', 'error'],
      emailSender: 'reports@example.com',
      emailRecipients: ['team@example.com'],
      subjectTemplate: 'Weekday report: {{ headline }}',
      htmlTemplate: readFileSync(join(TEMPLATES, 'report.html'), 'utf8'),
      textTemplate: readFileSync(join(TEMPLATES, 'report.txt'), 'utf8'),
      lambdaImageUri:
        '123456789012.dkr.ecr.eu-west-2.amazonaws.com/lambdacron-email:v1',
    });
  }
}

const app = new App();
new ReportsStack(app, 'reports');
app.synth();
