# email-notification: queue, subscription, handler and IAM scope, applied
# against a mock AWS provider.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  sns_topic_arn    = "arn:aws:sns:us-west-2:123456789012:lambdacron-results.fifo"
  result_types     = ["daily-report", "error"]
  template_file    = "tests/templates/literal.html"
  email_sender     = "reports@example.com"
  email_recipients = ["alice@example.com", "bob@example.com"]
  lambda_image_uri = "123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-email:v1"
}

run "subscription_filters_on_result_type_into_the_fifo_queue" {
  command = apply

  assert {
    condition     = jsondecode(aws_sns_topic_subscription.email_channel_subscription.filter_policy) == { result_type = ["daily-report", "error"] }
    error_message = "The filter policy must match result_type against result_types."
  }

  assert {
    condition     = aws_sns_topic_subscription.email_channel_subscription.filter_policy_scope == "MessageAttributes" && aws_sns_topic_subscription.email_channel_subscription.raw_message_delivery
    error_message = "The subscription must filter on attributes and deliver raw messages."
  }

  assert {
    condition     = aws_sns_topic_subscription.email_channel_subscription.endpoint == aws_sqs_queue.email_channel_queue.arn && aws_sns_topic_subscription.email_channel_subscription.protocol == "sqs"
    error_message = "The subscription must deliver to the channel's queue."
  }

  assert {
    condition     = jsondecode(aws_sns_topic_subscription.email_channel_subscription.redrive_policy).deadLetterTargetArn == aws_sqs_queue.email_channel_dead_letter_queue.arn
    error_message = "Messages SNS cannot deliver must go to the dead-letter queue."
  }
}

run "queues_are_fifo_encrypted_and_redrive_to_the_dlq" {
  command = apply

  assert {
    condition     = aws_sqs_queue.email_channel_queue.fifo_queue && aws_sqs_queue.email_channel_dead_letter_queue.fifo_queue
    error_message = "Both queues must be FIFO."
  }

  assert {
    condition     = aws_sqs_queue.email_channel_queue.sqs_managed_sse_enabled && aws_sqs_queue.email_channel_dead_letter_queue.sqs_managed_sse_enabled
    error_message = "Both queues must be encrypted."
  }

  assert {
    condition     = jsondecode(aws_sqs_queue.email_channel_queue.redrive_policy) == { deadLetterTargetArn = aws_sqs_queue.email_channel_dead_letter_queue.arn, maxReceiveCount = 5 }
    error_message = "The queue must move a message to the DLQ after max_receive_count receives."
  }

  assert {
    condition     = aws_sqs_queue.email_channel_queue.visibility_timeout_seconds == 6 * aws_lambda_function.email_channel_function.timeout
    error_message = "The visibility timeout must be six times the handler's timeout."
  }

  assert {
    condition     = endswith(aws_sqs_queue.email_channel_queue.name, ".fifo") && length(aws_sqs_queue.email_channel_dead_letter_queue.name) <= 80
    error_message = "Queue names must be valid FIFO names."
  }
}

run "queue_accepts_messages_only_from_the_topic" {
  command = apply

  assert {
    condition = jsondecode(aws_sqs_queue_policy.email_channel_queue_policy.policy).Statement == [{
      Sid       = "AllowResultsTopic"
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = ["sqs:SendMessage"]
      Resource  = [aws_sqs_queue.email_channel_queue.arn]
      Condition = { ArnEquals = { "aws:SourceArn" = var.sns_topic_arn } }
    }]
    error_message = "Only the results topic may send to the queue."
  }
}

run "handler_reports_failed_records_one_by_one" {
  command = apply

  assert {
    condition     = aws_lambda_event_source_mapping.email_channel_event_source_mapping.function_response_types == toset(["ReportBatchItemFailures"])
    error_message = "The event source mapping must report batch item failures."
  }

  assert {
    condition     = aws_lambda_event_source_mapping.email_channel_event_source_mapping.event_source_arn == aws_sqs_queue.email_channel_queue.arn && aws_lambda_event_source_mapping.email_channel_event_source_mapping.batch_size == 10
    error_message = "The handler must consume the channel's queue."
  }
}

run "handler_may_only_consume_its_queue_log_and_send_as_the_sender" {
  command = apply

  assert {
    condition = {
      for statement in jsondecode(aws_iam_role_policy.email_channel_role_policy.policy).Statement :
      statement.Sid => statement.Resource
      } == {
      ConsumeOwnQueue = [aws_sqs_queue.email_channel_queue.arn]
      WriteOwnLogs    = ["${aws_cloudwatch_log_group.email_channel_log_group.arn}:*"]
      SendAsSender = [
        "arn:aws:ses:us-west-2:123456789012:identity/reports@example.com",
        "arn:aws:ses:us-west-2:123456789012:identity/example.com",
      ]
    }
    error_message = "Each permission must name exactly the channel's own resources."
  }

  assert {
    condition = [
      for statement in jsondecode(aws_iam_role_policy.email_channel_role_policy.policy).Statement :
      statement.Condition if statement.Sid == "SendAsSender"
    ] == [{ StringEquals = { "ses:FromAddress" = "reports@example.com" } }]
    error_message = "Sending must be limited to the sender as From address."
  }

  assert {
    condition = alltrue([
      for statement in jsondecode(aws_iam_role_policy.email_channel_role_policy.policy).Statement :
      !contains(statement.Resource, "*") && !anytrue([for action in statement.Action : endswith(action, "*")])
    ])
    error_message = "No statement may use a wildcard action or resource."
  }
}

run "templates_reach_the_handler_unchanged" {
  command = plan

  variables {
    name             = "reports"
    subject_template = "Report for {{ day }}"
  }

  assert {
    condition     = aws_lambda_function.email_channel_function.environment[0].variables["LAMBDACRON_TEMPLATE_HTML"] == "inline:${file("tests/templates/literal.html")}"
    error_message = "The HTML template must reach the handler byte for byte."
  }

  assert {
    condition     = strcontains(aws_lambda_function.email_channel_function.environment[0].variables["LAMBDACRON_TEMPLATE_HTML"], "$${not_terraform} and %%{ if x }")
    error_message = "Terraform template sequences in a template file must not be interpolated."
  }

  assert {
    condition     = aws_lambda_function.email_channel_function.environment[0].variables["LAMBDACRON_TEMPLATE_SUBJECT"] == "inline:Report for {{ day }}" && aws_lambda_function.email_channel_function.environment[0].variables["LAMBDACRON_TEMPLATE_TEXT"] == "inline:"
    error_message = "The subject must be inline and the absent text template empty."
  }

  assert {
    condition     = tolist(jsondecode(aws_lambda_function.email_channel_function.environment[0].variables["EMAIL_RECIPIENTS"])) == var.email_recipients && aws_lambda_function.email_channel_function.environment[0].variables["EMAIL_SENDER"] == var.email_sender
    error_message = "Sender and recipients must be passed to the handler."
  }

  assert {
    condition     = aws_sqs_queue.email_channel_queue.name == "reports.fifo" && aws_sqs_queue.email_channel_dead_letter_queue.name == "reports-dlq.fifo" && aws_lambda_function.email_channel_function.function_name == "reports"
    error_message = "The name input must name the queues and the function."
  }
}

run "dead_letters_raise_an_alarm" {
  command = apply

  variables {
    alarm_actions = ["arn:aws:sns:us-west-2:123456789012:ops-alerts"]
  }

  assert {
    condition     = aws_cloudwatch_metric_alarm.email_channel_dead_letter_alarm.dimensions["QueueName"] == aws_sqs_queue.email_channel_dead_letter_queue.name && aws_cloudwatch_metric_alarm.email_channel_dead_letter_alarm.threshold == 0
    error_message = "Any message in the dead-letter queue must raise the alarm."
  }

  assert {
    condition     = aws_cloudwatch_metric_alarm.email_channel_dead_letter_alarm.alarm_actions == toset(["arn:aws:sns:us-west-2:123456789012:ops-alerts"])
    error_message = "The alarm must notify the given actions."
  }
}

run "wildcard_result_types_subscribe_without_a_filter" {
  command = plan

  variables {
    result_types = ["*"]
  }

  assert {
    condition     = aws_sns_topic_subscription.email_channel_subscription.filter_policy == null
    error_message = "result_types = [\"*\"] must leave the subscription without a filter policy."
  }
}

run "batch_concurrency_and_receive_count_reach_the_mapping_and_queue" {
  command = apply

  variables {
    batch_size          = 3
    max_receive_count   = 7
    maximum_concurrency = 5
  }

  assert {
    condition     = aws_lambda_event_source_mapping.email_channel_event_source_mapping.batch_size == 3 && aws_lambda_event_source_mapping.email_channel_event_source_mapping.scaling_config[0].maximum_concurrency == 5
    error_message = "batch_size and maximum_concurrency must configure the event source mapping."
  }

  assert {
    condition     = jsondecode(aws_sqs_queue.email_channel_queue.redrive_policy).maxReceiveCount == 7
    error_message = "max_receive_count must configure the redrive policy."
  }
}

run "no_maximum_concurrency_means_no_scaling_config" {
  command = plan

  assert {
    condition     = length(aws_lambda_event_source_mapping.email_channel_event_source_mapping.scaling_config) == 0
    error_message = "Without maximum_concurrency the mapping must have no scaling_config."
  }
}

run "a_kms_key_encrypts_the_queues_and_the_handler_may_decrypt_with_it" {
  command = apply

  variables {
    kms_key_arn = "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }

  assert {
    condition     = aws_sqs_queue.email_channel_queue.kms_master_key_id == var.kms_key_arn && aws_sqs_queue.email_channel_dead_letter_queue.kms_master_key_id == var.kms_key_arn
    error_message = "Both queues must use the given key."
  }

  assert {
    condition = [
      for statement in jsondecode(aws_iam_role_policy.email_channel_role_policy.policy).Statement :
      statement.Resource if statement.Sid == "DecryptOwnQueue"
    ] == [[var.kms_key_arn]]
    error_message = "The handler may decrypt with exactly the given key."
  }

  assert {
    condition     = jsondecode(output.kms_key_policy_statement_json).Principal.Service == "sns.amazonaws.com" && jsondecode(output.kms_key_policy_statement_json).Condition.ArnEquals["aws:SourceArn"] == var.sns_topic_arn
    error_message = "The key policy statement must let SNS use the key for this topic only."
  }
}

run "configuration_set_and_reply_to_reach_the_handler_and_iam" {
  command = apply

  variables {
    configuration_set = "reports-tracking"
    reply_to          = ["support@example.com"]
  }

  assert {
    condition = [
      for statement in jsondecode(aws_iam_role_policy.email_channel_role_policy.policy).Statement :
      statement.Resource if statement.Sid == "UseConfigurationSet"
    ] == [["arn:aws:ses:us-west-2:123456789012:configuration-set/reports-tracking"]]
    error_message = "The handler may use exactly the given configuration set."
  }

  assert {
    condition     = aws_lambda_function.email_channel_function.environment[0].variables["SES_CONFIGURATION_SET"] == "reports-tracking" && aws_lambda_function.email_channel_function.environment[0].variables["EMAIL_REPLY_TO"] == jsonencode(["support@example.com"])
    error_message = "The configuration set and Reply-To must reach the handler."
  }
}

run "no_configuration_set_permission_without_one" {
  command = apply

  assert {
    condition     = !contains([for statement in jsondecode(aws_iam_role_policy.email_channel_role_policy.policy).Statement : statement.Sid], "UseConfigurationSet")
    error_message = "Without a configuration set, no permission on one is granted."
  }
}
