# scheduled-lambda: each bad input fails the plan at its variable.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  lambda_image_uri    = "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda:latest"
  schedule_expression = "rate(5 minutes)"
  sns_topic_arn       = "arn:aws:sns:us-west-2:123456789012:lambdacron-results.fifo"
}

run "rejects_five_field_cron" {
  command = plan

  variables {
    schedule_expression = "cron(0 9 * * *)"
  }

  expect_failures = [var.schedule_expression]
}

run "rejects_both_day_fields_specified" {
  command = plan

  variables {
    schedule_expression = "cron(0 9 1 * MON *)"
  }

  expect_failures = [var.schedule_expression]
}

run "rejects_no_question_mark" {
  command = plan

  variables {
    schedule_expression = "cron(0 9 * * * *)"
  }

  expect_failures = [var.schedule_expression]
}

run "rejects_minute_out_of_range" {
  command = plan

  variables {
    schedule_expression = "cron(60 9 ? * MON *)"
  }

  expect_failures = [var.schedule_expression]
}

run "rejects_day_of_week_out_of_range" {
  command = plan

  variables {
    schedule_expression = "cron(0 9 ? * 8 *)"
  }

  expect_failures = [var.schedule_expression]
}

run "rejects_plural_unit_for_one" {
  command = plan

  variables {
    schedule_expression = "rate(1 minutes)"
  }

  expect_failures = [var.schedule_expression]
}

run "rejects_singular_unit_for_many" {
  command = plan

  variables {
    schedule_expression = "rate(5 minute)"
  }

  expect_failures = [var.schedule_expression]
}

run "rejects_zero_rate" {
  command = plan

  variables {
    schedule_expression = "rate(0 hours)"
  }

  expect_failures = [var.schedule_expression]
}

run "rejects_malformed_at" {
  command = plan

  variables {
    schedule_expression = "at(2030-13-01T09:00)"
  }

  expect_failures = [var.schedule_expression]
}

run "rejects_unix_cron" {
  command = plan

  variables {
    schedule_expression = "0 9 * * 1"
  }

  expect_failures = [var.schedule_expression]
}

run "rejects_unknown_time_zone" {
  command = plan

  variables {
    schedule_timezone = "Mars/Olympus_Mons"
  }

  expect_failures = [var.schedule_timezone]
}

run "rejects_image_outside_ecr" {
  command = plan

  variables {
    lambda_image_uri = "docker.io/library/node:22"
  }

  expect_failures = [var.lambda_image_uri]
}

run "rejects_image_without_tag" {
  command = plan

  variables {
    lambda_image_uri = "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda"
  }

  expect_failures = [var.lambda_image_uri]
}

run "rejects_topic_not_an_arn" {
  command = plan

  variables {
    sns_topic_arn = "lambdacron-results.fifo"
  }

  expect_failures = [var.sns_topic_arn]
}

run "rejects_name_with_spaces" {
  command = plan

  variables {
    name = "my task"
  }

  expect_failures = [var.name]
}

run "rejects_name_too_long" {
  command = plan

  variables {
    name = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
  }

  expect_failures = [var.name]
}

run "rejects_timeout_zero" {
  command = plan

  variables {
    timeout_seconds = 0
  }

  expect_failures = [var.timeout_seconds]
}

run "rejects_timeout_above_lambda_limit" {
  command = plan

  variables {
    timeout_seconds = 901
  }

  expect_failures = [var.timeout_seconds]
}

run "rejects_memory_too_small" {
  command = plan

  variables {
    memory_size_mb = 64
  }

  expect_failures = [var.memory_size_mb]
}

run "rejects_unsupported_retention" {
  command = plan

  variables {
    log_retention_days = 2
  }

  expect_failures = [var.log_retention_days]
}

run "rejects_error_type_with_spaces" {
  command = plan

  variables {
    error_result_type = "task failed"
  }

  expect_failures = [var.error_result_type]
}

run "rejects_negative_retries" {
  command = plan

  variables {
    retry_max_attempts = -1
  }

  expect_failures = [var.retry_max_attempts]
}

run "rejects_a_third_run_retry" {
  command = plan

  variables {
    run_retry_attempts = 3
  }

  expect_failures = [var.run_retry_attempts]
}

run "rejects_an_unknown_architecture" {
  command = plan

  variables {
    architecture = "amd64"
  }

  expect_failures = [var.architecture]
}

run "rejects_zero_reserved_concurrency" {
  command = plan

  variables {
    reserved_concurrency = 0
  }

  expect_failures = [var.reserved_concurrency]
}

run "rejects_a_flexible_window_over_a_day" {
  command = plan

  variables {
    flexible_time_window_minutes = 1441
  }

  expect_failures = [var.flexible_time_window_minutes]
}

run "rejects_a_start_date_that_is_not_rfc3339" {
  command = plan

  variables {
    schedule_start_date = "2027-01-01 09:00"
  }

  expect_failures = [var.schedule_start_date]
}

run "rejects_a_managed_policy_that_is_not_an_arn" {
  command = plan

  variables {
    managed_policy_arns = { orders = "read-orders" }
  }

  expect_failures = [var.managed_policy_arns]
}

run "rejects_an_inline_policy_that_is_not_a_document" {
  command = plan

  variables {
    inline_policies = { bucket = "allow everything" }
  }

  expect_failures = [var.inline_policies]
}

run "rejects_a_vpc_without_subnets" {
  command = plan

  variables {
    vpc_config = { subnet_ids = [], security_group_ids = ["sg-1"] }
  }

  expect_failures = [var.vpc_config]
}

run "rejects_a_kms_key_that_is_not_an_arn" {
  command = plan

  variables {
    sns_topic_kms_key_arn = "alias/results"
  }

  expect_failures = [var.sns_topic_kms_key_arn]
}

# Lambda's 4 KB environment limit is checked before deploying: at plan
# time once the name is known (given here), else at apply, before the
# function is created.
run "rejects_an_environment_over_4_kb" {
  command = plan

  variables {
    name = "big-environment"
    environment = {
      PAYLOAD = join("", [for i in range(1000) : "xxxxx"])
    }
  }

  expect_failures = [aws_lambda_function.task_function]
}
