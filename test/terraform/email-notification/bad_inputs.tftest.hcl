# email-notification: each bad input fails the plan at its variable.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  sns_topic_arn    = "arn:aws:sns:us-west-2:123456789012:lambdacron-results.fifo"
  result_types     = ["daily-report"]
  template_file    = "tests/templates/literal.html"
  email_sender     = "reports@example.com"
  email_recipients = ["alice@example.com"]
  lambda_image_uri = "123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-email:v1"
}

run "rejects_a_standard_topic" {
  command = plan

  variables {
    sns_topic_arn = "arn:aws:sns:us-west-2:123456789012:lambdacron-results"
  }

  expect_failures = [var.sns_topic_arn]
}

run "rejects_a_wildcard_mixed_with_result_types" {
  command = plan

  variables {
    result_types = ["*", "daily-report"]
  }

  expect_failures = [var.result_types]
}

run "rejects_a_maximum_concurrency_below_two" {
  command = plan

  variables {
    maximum_concurrency = 1
  }

  expect_failures = [var.maximum_concurrency]
}

run "rejects_a_kms_key_that_is_not_an_arn" {
  command = plan

  variables {
    kms_key_arn = "alias/my-key"
  }

  expect_failures = [var.kms_key_arn]
}

run "rejects_no_result_types" {
  command = plan

  variables {
    result_types = []
  }

  expect_failures = [var.result_types]
}

run "rejects_a_result_type_with_spaces" {
  command = plan

  variables {
    result_types = ["daily report"]
  }

  expect_failures = [var.result_types]
}

run "rejects_a_missing_template_file" {
  command = plan

  variables {
    template_file = "tests/templates/missing.html"
  }

  expect_failures = [var.template_file]
}

run "rejects_a_missing_text_template_file" {
  command = plan

  variables {
    text_template_file = "tests/templates/missing.txt"
  }

  expect_failures = [var.text_template_file]
}

run "rejects_an_empty_subject" {
  command = plan

  variables {
    subject_template = "  "
  }

  expect_failures = [var.subject_template]
}

run "rejects_a_sender_without_domain" {
  command = plan

  variables {
    email_sender = "reports"
  }

  expect_failures = [var.email_sender]
}

run "rejects_no_recipients" {
  command = plan

  variables {
    email_recipients = []
  }

  expect_failures = [var.email_recipients]
}

run "rejects_a_malformed_recipient" {
  command = plan

  variables {
    email_recipients = ["alice@example.com", "bob at example.com"]
  }

  expect_failures = [var.email_recipients]
}

run "rejects_more_than_50_recipients" {
  command = plan

  variables {
    email_recipients = [for i in range(51) : "user${i}@example.com"]
  }

  expect_failures = [var.email_recipients]
}

run "rejects_an_image_outside_ecr" {
  command = plan

  variables {
    lambda_image_uri = "ghcr.io/example/email:v1"
  }

  expect_failures = [var.lambda_image_uri]
}

run "rejects_a_name_too_long_for_sqs" {
  command = plan

  variables {
    name = "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
  }

  expect_failures = [var.name]
}

run "rejects_a_name_too_long_for_a_lambda_function" {
  command = plan

  variables {
    name = "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
  }

  expect_failures = [var.name]
}

run "rejects_a_reply_to_that_is_no_address" {
  command = plan

  variables {
    reply_to = ["support"]
  }

  expect_failures = [var.reply_to]
}

run "rejects_a_configuration_set_with_spaces" {
  command = plan

  variables {
    configuration_set = "my set"
  }

  expect_failures = [var.configuration_set]
}

run "rejects_a_batch_above_the_fifo_limit" {
  command = plan

  variables {
    batch_size = 11
  }

  expect_failures = [var.batch_size]
}

run "rejects_a_zero_receive_count" {
  command = plan

  variables {
    max_receive_count = 0
  }

  expect_failures = [var.max_receive_count]
}

run "rejects_an_unknown_log_level" {
  command = plan

  variables {
    log_level = "verbose"
  }

  expect_failures = [var.log_level]
}

# Short templates and the recipients travel in the environment; over
# Lambda's 4 KB the plan fails (longer templates go to S3 instead).
run "rejects_an_environment_over_the_limit" {
  command = plan

  variables {
    name             = "big-environment"
    subject_template = join("", [for i in range(204) : "{{x}}"])
    email_recipients = [for i in range(50) : "recipient-number-${i}-with-a-long-local-part-and-padding@example.com"]
  }

  expect_failures = [aws_lambda_function.email_channel_function]
}
