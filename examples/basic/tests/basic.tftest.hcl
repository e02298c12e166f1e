# The wiring users of the basic example rely on, planned and applied
# against a mock AWS provider (nothing reaches AWS).

mock_provider "aws" {
  source = "./tests/mocks"
}

run "deploys" {
  command = apply

  assert {
    condition     = startswith(output.task_function_name, "lambdacron-task-")
    error_message = "The task should get a derived lambdacron-task-<suffix> name."
  }

  assert {
    condition     = jsondecode(output.email_filter_policy) == { result_type = ["example"] }
    error_message = "The email channel should receive only result_type = example."
  }

  assert {
    condition     = jsondecode(output.alerts_filter_policy) == { result_type = ["error"] }
    error_message = "Failure alerts should receive only result_type = error."
  }
}

run "task_publishes_only_to_the_results_topic" {
  module {
    source = "./tests/policy-check"
  }

  variables {
    policy_json = run.deploys.task_role_policy_json
    topic_arn   = run.deploys.results_topic_arn
  }

  assert {
    condition     = output.publish_scoped
    error_message = "The task's policy must allow sns:Publish on the results topic only."
  }

  assert {
    condition     = output.no_wildcards
    error_message = "The task's policy must not use wildcard actions or resources."
  }
}

# The same check, fed the task's policy with its topic widened to "*",
# must fail: this is what guards against a loosened policy.
run "a_widened_publish_policy_fails_the_check" {
  module {
    source = "./tests/policy-check"
  }

  variables {
    policy_json = replace(
      run.deploys.task_role_policy_json,
      run.deploys.results_topic_arn,
      "*",
    )
    topic_arn = run.deploys.results_topic_arn
  }

  assert {
    condition     = !output.publish_scoped && !output.no_wildcards
    error_message = "A policy publishing to every topic must fail the check."
  }
}

# The email channel's internals, planned with the example's own inputs.
run "email_channel_wiring" {
  command = apply

  module {
    source = "../../generated-modules/email-notification"
  }

  variables {
    sns_topic_arn      = "arn:aws:sns:us-west-2:123456789012:lambdacron-results.fifo"
    result_types       = ["example"]
    template_file      = "templates/email.html"
    text_template_file = "templates/email.txt"
    email_sender       = "me@example.com"
    email_recipients   = ["alice@example.com", "bob@example.com"]
    lambda_image_uri   = "123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-email:latest"
  }

  assert {
    condition     = aws_sns_topic_subscription.email_channel_subscription.filter_policy_scope == "MessageAttributes"
    error_message = "The filter policy must apply to message attributes."
  }

  assert {
    condition     = aws_lambda_event_source_mapping.email_channel_event_source_mapping.function_response_types == toset(["ReportBatchItemFailures"])
    error_message = "The event source mapping must report batch item failures, or failed records are deleted."
  }

  assert {
    condition     = jsondecode(aws_sqs_queue.email_channel_queue.redrive_policy).deadLetterTargetArn == aws_sqs_queue.email_channel_dead_letter_queue.arn
    error_message = "The channel queue must redrive to its dead-letter queue."
  }

  assert {
    condition     = aws_sqs_queue.email_channel_queue.fifo_queue && aws_sqs_queue.email_channel_dead_letter_queue.fifo_queue
    error_message = "The channel queue and its dead-letter queue must be FIFO."
  }
}
