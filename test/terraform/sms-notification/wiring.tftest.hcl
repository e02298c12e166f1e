# sms-notification: wiring, environment and IAM scope against a mock provider.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  sns_topic_arn                = "arn:aws:sns:us-west-2:123456789012:lambdacron-results.fifo"
  result_types                 = ["error"]
  name                         = "oncall-sms"
  template                     = "{{ lambdacron.task_name }} failed: {{ error_message }} $${literal} %%{ raw }"
  twilio_account_sid           = "AC0123456789abcdef0123456789abcdef"
  twilio_auth_token_secret_arn = "arn:aws:secretsmanager:us-west-2:123456789012:secret:twilio-token-AbCdEf"
  sms_sender                   = "+15005550006"
  sms_recipients               = ["+15005550001", "+447700900123"]
  lambda_image_uri             = "123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-sms:v1"
}

run "handler_gets_the_twilio_settings_but_never_the_token" {
  command = plan

  assert {
    condition = {
      for key in ["LAMBDACRON_CHANNEL", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN_SECRET_ARN", "SMS_SENDER", "LAMBDACRON_TEMPLATE_TEXT"] :
      key => aws_lambda_function.sms_channel_function.environment[0].variables[key]
      } == {
      LAMBDACRON_CHANNEL           = "sms"
      TWILIO_ACCOUNT_SID           = var.twilio_account_sid
      TWILIO_AUTH_TOKEN_SECRET_ARN = var.twilio_auth_token_secret_arn
      SMS_SENDER                   = var.sms_sender
      LAMBDACRON_TEMPLATE_TEXT     = "inline:${var.template}"
    }
    error_message = "The handler must get the account, the token's ARN, the sender and the template unchanged."
  }

  assert {
    condition     = tolist(jsondecode(aws_lambda_function.sms_channel_function.environment[0].variables["SMS_RECIPIENTS"])) == var.sms_recipients
    error_message = "The recipients must reach the handler as a JSON array."
  }

  assert {
    condition     = aws_sqs_queue.sms_channel_queue.name == "oncall-sms.fifo" && aws_sns_topic_subscription.sms_channel_subscription.filter_policy == jsonencode({ result_type = ["error"] })
    error_message = "The queue must be named after the channel and filtered on result_type."
  }
}

run "handler_may_read_exactly_the_token_secret" {
  command = apply

  assert {
    condition = {
      for statement in jsondecode(aws_iam_role_policy.sms_channel_role_policy.policy).Statement :
      statement.Sid => { actions = statement.Action, resources = statement.Resource }
      if !contains(["ConsumeOwnQueue", "WriteOwnLogs"], statement.Sid)
      } == {
      ReadAuthTokenSecret = {
        actions   = ["secretsmanager:GetSecretValue"]
        resources = [var.twilio_auth_token_secret_arn]
      }
    }
    error_message = "The handler may read exactly the token's secret, and nothing from SSM or KMS."
  }

  assert {
    condition = alltrue([
      for statement in jsondecode(aws_iam_role_policy.sms_channel_role_policy.policy).Statement :
      !contains(statement.Resource, "*") && !anytrue([for action in statement.Action : endswith(action, "*")])
    ])
    error_message = "No statement may use a wildcard action or resource."
  }
}

run "an_ssm_parameter_and_a_customer_key_grant_get_parameter_and_decrypt" {
  command = apply

  variables {
    twilio_auth_token_secret_arn  = "arn:aws:ssm:us-west-2:123456789012:parameter/lambdacron/twilio-token"
    twilio_auth_token_kms_key_arn = "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }

  assert {
    condition = {
      for statement in jsondecode(aws_iam_role_policy.sms_channel_role_policy.policy).Statement :
      statement.Sid => { actions = statement.Action, resources = statement.Resource }
      if !contains(["ConsumeOwnQueue", "WriteOwnLogs"], statement.Sid)
      } == {
      ReadAuthTokenParameter = {
        actions   = ["ssm:GetParameter"]
        resources = [var.twilio_auth_token_secret_arn]
      }
      ReadAuthTokenDecrypt = {
        actions   = ["kms:Decrypt"]
        resources = [var.twilio_auth_token_kms_key_arn]
      }
    }
    error_message = "An SSM token needs ssm:GetParameter on that parameter and kms:Decrypt on exactly the given key."
  }
}

run "a_template_file_is_read_from_disk" {
  command = plan

  variables {
    template      = null
    template_file = "tests/templates/alert.txt"
  }

  assert {
    condition     = aws_lambda_function.sms_channel_function.environment[0].variables["LAMBDACRON_TEMPLATE_TEXT"] == "inline:${file("tests/templates/alert.txt")}"
    error_message = "template_file must reach the handler unchanged."
  }
}
