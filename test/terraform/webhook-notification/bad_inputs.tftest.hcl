# webhook-notification: each bad input fails the plan, naming the input.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  sns_topic_arn    = "arn:aws:sns:us-west-2:123456789012:lambdacron-results.fifo"
  result_types     = ["error"]
  webhook_url      = "https://hooks.slack.com/services/T000/B000/XXXXXXXX"
  template         = "{\"text\": \"{{ error_message }}\"}"
  lambda_image_uri = "123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-webhook:v1"
}

run "rejects_a_plain_http_url" {
  command = plan

  variables {
    webhook_url = "http://hooks.example.com/x"
  }

  expect_failures = [var.webhook_url]
}

run "rejects_an_unknown_format" {
  command = plan

  variables {
    webhook_format = "xml"
  }

  expect_failures = [var.webhook_format]
}

run "rejects_a_headers_secret_that_is_not_an_arn" {
  command = plan

  variables {
    webhook_headers_secret_arn = "Bearer abc"
  }

  expect_failures = [var.webhook_headers_secret_arn]
}

run "rejects_no_template" {
  command = plan

  variables {
    template = null
  }

  expect_failures = [terraform_data.template_input]
}
