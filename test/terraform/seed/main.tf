# The README's seed block, exactly as users copy it, planned without mocks
# against the generated modules (the email channel builds its own handler
# image, so it needs no image input). The provider takes fake credentials and skips every call that
# needs AWS, so `terraform plan` runs offline.

provider "aws" {
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

module "my_scheduled_lambda" {
  source              = "./generated-modules/scheduled-lambda"
  lambda_image_uri    = "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda:latest"
  schedule_expression = "rate(5 minutes)"
  sns_topic_arn       = aws_sns_topic.results.arn
}

module "my_email_notification" {
  source           = "./generated-modules/email-notification"
  sns_topic_arn    = aws_sns_topic.results.arn
  result_types     = ["example"]
  template_file    = "path/to/email/template.html"
  email_sender     = "me@example.com"
  email_recipients = ["alice@example.com", "bob@example.com"]
}
