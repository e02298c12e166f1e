# webhook-notification: wiring, environment and IAM scope against a mock provider.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  sns_topic_arn    = "arn:aws:sns:us-west-2:123456789012:lambdacron-results.fifo"
  result_types     = ["*"]
  name             = "slack-alerts"
  webhook_url      = "https://hooks.slack.com/services/T000/B000/XXXXXXXX"
  template         = "{\"text\": \"{{ lambdacron.task_name }}: {{ summary }} $${x} %%{ y }\"}"
  lambda_image_uri = "123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-webhook:v1"
}

run "handler_gets_the_url_format_and_body" {
  command = plan

  assert {
    condition = {
      for key in ["LAMBDACRON_CHANNEL", "WEBHOOK_URL", "WEBHOOK_FORMAT", "WEBHOOK_TIMEOUT_MS", "LAMBDACRON_TEMPLATE_BODY"] :
      key => aws_lambda_function.webhook_channel_function.environment[0].variables[key]
      } == {
      LAMBDACRON_CHANNEL       = "webhook"
      WEBHOOK_URL              = var.webhook_url
      WEBHOOK_FORMAT           = "json"
      WEBHOOK_TIMEOUT_MS       = "10000"
      LAMBDACRON_TEMPLATE_BODY = "inline:${var.template}"
    }
    error_message = "The handler must get the URL, the format, the timeout and the body template unchanged."
  }

  assert {
    condition     = aws_sns_topic_subscription.webhook_channel_subscription.filter_policy == null
    error_message = "result_types = [\"*\"] must subscribe without a filter policy."
  }
}

run "handler_may_only_consume_its_queue_and_log_without_a_headers_secret" {
  command = apply

  assert {
    condition = [
      for statement in jsondecode(aws_iam_role_policy.webhook_channel_role_policy.policy).Statement : statement.Sid
    ] == ["ConsumeOwnQueue", "WriteOwnLogs"]
    error_message = "Without a headers secret the handler may read no secret."
  }
}

run "a_headers_secret_grants_reading_exactly_that_secret" {
  command = apply

  variables {
    webhook_headers_secret_arn = "arn:aws:secretsmanager:us-west-2:123456789012:secret:hook-headers-AbCdEf"
  }

  assert {
    condition = [
      for statement in jsondecode(aws_iam_role_policy.webhook_channel_role_policy.policy).Statement :
      { actions = statement.Action, resources = statement.Resource } if statement.Sid == "ReadHeadersSecret"
      ] == [{
        actions   = ["secretsmanager:GetSecretValue"]
        resources = ["arn:aws:secretsmanager:us-west-2:123456789012:secret:hook-headers-AbCdEf"]
    }]
    error_message = "The handler may read exactly the headers secret."
  }

  assert {
    condition     = aws_lambda_function.webhook_channel_function.environment[0].variables["WEBHOOK_HEADERS_SECRET_ARN"] == var.webhook_headers_secret_arn
    error_message = "The handler must get the headers secret's ARN."
  }
}
