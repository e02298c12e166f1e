# LambdaCron's basic example: one scheduled task whose "example" results are
# emailed. This is the README's seed block with real files behind it.

terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 7.0"
    }
  }
}

provider "aws" {
  region = var.region
}

resource "aws_sns_topic" "results" {
  name                        = "lambdacron-results.fifo"
  fifo_topic                  = true
  content_based_deduplication = false
}

module "my_scheduled_lambda" {
  source              = "../../generated-modules/scheduled-lambda"
  lambda_image_uri    = local.task_image_uri
  schedule_expression = "rate(5 minutes)"
  sns_topic_arn       = aws_sns_topic.results.arn
}

module "my_email_notification" {
  source             = "../../generated-modules/email-notification"
  sns_topic_arn      = aws_sns_topic.results.arn
  result_types       = ["example"]
  template_file      = "${path.module}/templates/email.html"
  text_template_file = "${path.module}/templates/email.txt"
  subject_template   = file("${path.module}/templates/subject.txt")
  email_sender       = var.email_sender
  email_recipients   = var.email_recipients
  lambda_image_uri   = var.email_handler_image_uri
}
