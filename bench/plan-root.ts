/**
 * Writes a Terraform root with `pairs` scheduled-lambda + email-notification
 * module pairs on one shared FIFO topic, planned offline: the provider takes
 * fake keys and skips every call that needs AWS.
 */
const PROVIDER = `provider "aws" {
  region                      = "us-west-2"
  access_key                  = "AKIAIOSFODNN7EXAMPLE"
  secret_key                  = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sns_topic" "results" {
  name                        = "lambdacron-results.fifo"
  fifo_topic                  = true
  content_based_deduplication = false
}
`;

const IMAGE = '123456789012.dkr.ecr.us-west-2.amazonaws.com';

function pair(index: number): string {
  return `
module "task_${index}" {
  source              = "./generated-modules/scheduled-lambda"
  name                = "bench-task-${index}"
  lambda_image_uri    = "${IMAGE}/task-${index}:latest"
  schedule_expression = "rate(5 minutes)"
  sns_topic_arn       = aws_sns_topic.results.arn
}

module "email_${index}" {
  source           = "./generated-modules/email-notification"
  name             = "bench-email-${index}"
  sns_topic_arn    = aws_sns_topic.results.arn
  result_types     = ["report-${index}"]
  template_file    = "\${path.module}/templates/email.html"
  email_sender     = "cron@example.com"
  email_recipients = ["alice@example.com"]
  lambda_image_uri = "${IMAGE}/lambdacron-email:latest"
}
`;
}

/** The `main.tf` of a root with `pairs` module pairs. */
export function planRootSource(pairs: number): string {
  return (
    PROVIDER + Array.from({ length: pairs }, (_, index) => pair(index)).join('')
  );
}
