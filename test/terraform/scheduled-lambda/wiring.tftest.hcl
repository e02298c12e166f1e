# scheduled-lambda: the wiring and IAM scope users rely on, applied against
# a mock AWS provider.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  lambda_image_uri    = "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda:latest"
  schedule_expression = "cron(0 9 ? * MON-FRI *)"
  schedule_timezone   = "Europe/London"
  sns_topic_arn       = "arn:aws:sns:us-west-2:123456789012:lambdacron-results.fifo"
}

run "execution_role_may_only_publish_to_the_topic_and_log" {
  command = apply

  assert {
    condition = [
      for statement in jsondecode(aws_iam_role_policy.task_execution_policy.policy).Statement :
      statement.Resource if contains(statement.Action, "sns:Publish")
    ] == [[var.sns_topic_arn]]
    error_message = "sns:Publish must be allowed on the one results topic only."
  }

  assert {
    condition = [
      for statement in jsondecode(aws_iam_role_policy.task_execution_policy.policy).Statement :
      statement.Resource if contains(statement.Action, "logs:PutLogEvents")
    ] == [["${aws_cloudwatch_log_group.task_log_group.arn}:*"]]
    error_message = "Logging must be allowed on the task's own log group only."
  }

  assert {
    condition = alltrue(flatten([
      for policy in [aws_iam_role_policy.task_execution_policy.policy, aws_iam_role_policy.task_scheduler_policy.policy] : [
        for statement in jsondecode(policy).Statement :
        !contains(statement.Resource, "*") && !anytrue([for action in statement.Action : endswith(action, "*")])
      ]
    ]))
    error_message = "No policy may use a wildcard action or resource."
  }
}

run "scheduler_role_may_only_invoke_this_function" {
  command = apply

  assert {
    condition = jsondecode(aws_iam_role_policy.task_scheduler_policy.policy).Statement == [
      {
        Sid      = "InvokeTask"
        Effect   = "Allow"
        Action   = ["lambda:InvokeFunction"]
        Resource = [aws_lambda_function.task_function.arn]
      },
      {
        Sid      = "DeadLetterUndelivered"
        Effect   = "Allow"
        Action   = ["sqs:SendMessage"]
        Resource = [aws_sqs_queue.task_dead_letter_queue.arn]
      },
    ]
    error_message = "The scheduler role must only invoke this function and dead-letter to its queue."
  }

  assert {
    condition     = jsondecode(aws_iam_role.task_scheduler_role.assume_role_policy).Statement[0].Condition.StringEquals["aws:SourceAccount"] == "123456789012"
    error_message = "Only schedules of the topic's account may assume the scheduler role."
  }
}

run "schedule_runs_the_function_in_the_time_zone_with_retries" {
  command = apply

  assert {
    condition     = aws_scheduler_schedule.task_schedule.schedule_expression == "cron(0 9 ? * MON-FRI *)" && aws_scheduler_schedule.task_schedule.schedule_expression_timezone == "Europe/London"
    error_message = "The schedule must use the given expression and time zone."
  }

  assert {
    condition     = aws_scheduler_schedule.task_schedule.target[0].retry_policy[0].maximum_retry_attempts == 2 && aws_scheduler_schedule.task_schedule.target[0].retry_policy[0].maximum_event_age_in_seconds == 3600
    error_message = "The schedule must retry undelivered invocations with the default policy."
  }

  assert {
    condition     = aws_scheduler_schedule.task_schedule.target[0].dead_letter_config[0].arn == aws_sqs_queue.task_dead_letter_queue.arn
    error_message = "Invocations Scheduler cannot deliver must go to the dead-letter queue."
  }

  assert {
    condition     = aws_sqs_queue.task_dead_letter_queue.sqs_managed_sse_enabled && aws_sqs_queue.task_failure_queue.sqs_managed_sse_enabled
    error_message = "The task's queues must be encrypted."
  }

  assert {
    condition     = aws_scheduler_schedule.task_schedule.flexible_time_window[0].mode == "OFF"
    error_message = "Without a flexible window, the schedule runs on time."
  }

  assert {
    condition     = jsondecode(aws_scheduler_schedule.task_schedule.target[0].input).time == "<aws.scheduler.scheduled-time>"
    error_message = "The event must carry the tick's scheduled time, so a tick can be deduplicated."
  }

  assert {
    condition     = jsondecode(aws_scheduler_schedule.task_schedule.target[0].input).detail.task_name == aws_lambda_function.task_function.function_name
    error_message = "The event must name the task."
  }
}

run "derived_name_is_prefixed_and_suffixed" {
  command = apply

  assert {
    condition     = can(regex("^lambdacron-task-[0-9a-f]{8}$", aws_lambda_function.task_function.function_name))
    error_message = "Without a name, the function is named lambdacron-task-<8 hex digits>."
  }

  assert {
    condition     = aws_cloudwatch_log_group.task_log_group.name == "/aws/lambda/${aws_lambda_function.task_function.function_name}"
    error_message = "The log group must be the one Lambda writes the function's logs to."
  }
}

run "name_input_overrides_the_derived_name" {
  command = plan

  variables {
    name = "nightly-report"
  }

  assert {
    condition     = aws_lambda_function.task_function.function_name == "nightly-report" && aws_scheduler_schedule.task_schedule.name == "nightly-report"
    error_message = "The name input must name the function and schedule."
  }
}

run "environment_keeps_lambdacron_values_on_a_clash" {
  command = plan

  variables {
    environment = {
      SNS_TOPIC_ARN = "arn:aws:sns:us-west-2:123456789012:somewhere-else"
      GREETING      = "hello"
    }
  }

  assert {
    condition     = aws_lambda_function.task_function.environment[0].variables["SNS_TOPIC_ARN"] == var.sns_topic_arn
    error_message = "SNS_TOPIC_ARN must always be the module's topic."
  }

  assert {
    condition     = aws_lambda_function.task_function.environment[0].variables["GREETING"] == "hello" && aws_lambda_function.task_function.environment[0].variables["LAMBDACRON_ERROR_RESULT_TYPE"] == "error"
    error_message = "User variables and LambdaCron's own must both be set."
  }
}

run "disabled_schedule_is_kept_but_paused" {
  command = plan

  variables {
    enabled = false
  }

  assert {
    condition     = aws_scheduler_schedule.task_schedule.state == "DISABLED"
    error_message = "enabled = false must pause the schedule."
  }
}

run "failed_runs_become_error_results" {
  command = apply

  assert {
    condition     = aws_lambda_function_event_invoke_config.task_invoke_config.destination_config[0].on_failure[0].destination == aws_sqs_queue.task_failure_queue.arn
    error_message = "Failed runs must be sent to the failure queue."
  }

  assert {
    condition     = aws_lambda_function_event_invoke_config.task_invoke_config.maximum_retry_attempts == 0
    error_message = "By default a failed run is not retried."
  }

  assert {
    condition     = aws_lambda_event_source_mapping.task_failure_mapping.event_source_arn == aws_sqs_queue.task_failure_queue.arn && aws_lambda_event_source_mapping.task_failure_mapping.function_response_types == toset(["ReportBatchItemFailures"])
    error_message = "The task must consume its failure queue to publish error results."
  }

  assert {
    condition     = jsondecode(aws_sqs_queue.task_failure_queue.redrive_policy).deadLetterTargetArn == aws_sqs_queue.task_dead_letter_queue.arn
    error_message = "Failures that cannot be reported must end in the dead-letter queue."
  }

  assert {
    condition = [
      for statement in jsondecode(aws_iam_role_policy.task_execution_policy.policy).Statement :
      statement.Resource if statement.Sid == "ReportOwnFailures"
    ] == [[aws_sqs_queue.task_failure_queue.arn]]
    error_message = "The task may use its own failure queue only."
  }

  assert {
    condition     = aws_cloudwatch_metric_alarm.task_errors_alarm.metric_name == "Errors" && aws_cloudwatch_metric_alarm.task_dead_letter_alarm.dimensions["QueueName"] == aws_sqs_queue.task_dead_letter_queue.name
    error_message = "Failed runs and dead letters must raise alarms."
  }
}

run "kms_topic_key_is_allowed_only_when_given" {
  command = apply

  variables {
    sns_topic_kms_key_arn = "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }

  assert {
    condition = [
      for statement in jsondecode(aws_iam_role_policy.task_execution_policy.policy).Statement :
      statement.Resource if statement.Sid == "EncryptForTopic"
    ] == [[var.sns_topic_kms_key_arn]]
    error_message = "With a topic key, the task may use that key only."
  }
}

run "no_kms_statement_without_a_key" {
  command = apply

  assert {
    condition     = !contains([for statement in jsondecode(aws_iam_role_policy.task_execution_policy.policy).Statement : statement.Sid], "EncryptForTopic")
    error_message = "Without a topic key, no KMS permission is granted."
  }

  assert {
    condition     = length(aws_iam_role_policy_attachment.task_vpc_access) == 0 && length(aws_lambda_function.task_function.vpc_config) == 0
    error_message = "Outside a VPC, no VPC access policy or config is added."
  }
}

run "options_reach_the_function_and_schedule" {
  command = plan

  variables {
    name                         = "tuned"
    architecture                 = "arm64"
    reserved_concurrency         = 1
    run_retry_attempts           = 2
    flexible_time_window_minutes = 15
    schedule_start_date          = "2027-01-01T00:00:00Z"
    image_command                = ["app.handler"]
    managed_policy_arns          = { orders = "arn:aws:iam::123456789012:policy/read-orders" }
    inline_policies              = { bucket = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = ["arn:aws:s3:::orders/*"] }] }) }
    vpc_config                   = { subnet_ids = ["subnet-1"], security_group_ids = ["sg-1"] }
    tags                         = { team = "reports" }
  }

  assert {
    condition     = aws_lambda_function.task_function.architectures == tolist(["arm64"]) && aws_lambda_function.task_function.reserved_concurrent_executions == 1 && aws_lambda_function.task_function.image_config[0].command == tolist(["app.handler"])
    error_message = "Architecture, reserved concurrency and command must reach the function."
  }

  assert {
    condition     = aws_scheduler_schedule.task_schedule.flexible_time_window[0].mode == "FLEXIBLE" && aws_scheduler_schedule.task_schedule.flexible_time_window[0].maximum_window_in_minutes == 15 && aws_scheduler_schedule.task_schedule.start_date == "2027-01-01T00:00:00Z"
    error_message = "The flexible window and start date must reach the schedule."
  }

  assert {
    condition     = aws_iam_role_policy_attachment.task_managed_policy["orders"].policy_arn == "arn:aws:iam::123456789012:policy/read-orders" && aws_iam_role_policy.task_inline_policy["bucket"].name == "bucket"
    error_message = "Extra policies must be attached under their stable keys."
  }

  assert {
    condition     = aws_lambda_function.task_function.vpc_config[0].subnet_ids == toset(["subnet-1"]) && length(aws_iam_role_policy_attachment.task_vpc_access) == 1
    error_message = "In a VPC, the function gets the VPC config and the VPC access policy."
  }

  assert {
    condition     = aws_lambda_function.task_function.tags["team"] == "reports" && aws_sqs_queue.task_dead_letter_queue.tags["team"] == "reports"
    error_message = "Tags must reach the resources."
  }
}
