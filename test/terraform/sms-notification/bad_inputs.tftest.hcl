# sms-notification: each bad input fails the plan, naming the input.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  sns_topic_arn                = "arn:aws:sns:us-west-2:123456789012:lambdacron-results.fifo"
  result_types                 = ["error"]
  template                     = "{{ error_message }}"
  twilio_account_sid           = "AC0123456789abcdef0123456789abcdef"
  twilio_auth_token_secret_arn = "arn:aws:secretsmanager:us-west-2:123456789012:secret:twilio-token-AbCdEf"
  sms_sender                   = "+15005550006"
  sms_recipients               = ["+15005550001"]
  lambda_image_uri             = "123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-sms:v1"
}

run "rejects_a_recipient_not_in_e164" {
  command = plan

  variables {
    sms_recipients = ["+15005550001", "07700 900123"]
  }

  expect_failures = [var.sms_recipients]
}

run "rejects_no_recipients" {
  command = plan

  variables {
    sms_recipients = []
  }

  expect_failures = [var.sms_recipients]
}

run "rejects_the_token_itself_in_place_of_its_arn" {
  command = plan

  variables {
    twilio_auth_token_secret_arn = "0123456789abcdef0123456789abcdef"
  }

  expect_failures = [var.twilio_auth_token_secret_arn]
}

run "rejects_a_sender_that_is_neither_number_nor_service" {
  command = plan

  variables {
    sms_sender = "LambdaCron"
  }

  expect_failures = [var.sms_sender]
}

run "rejects_a_bad_account_sid" {
  command = plan

  variables {
    twilio_account_sid = "SK0123456789abcdef0123456789abcdef"
  }

  expect_failures = [var.twilio_account_sid]
}

run "rejects_both_template_and_template_file" {
  command = plan

  variables {
    template_file = "tests/templates/alert.txt"
  }

  expect_failures = [terraform_data.template_input]
}

run "rejects_an_empty_result_types" {
  command = plan

  variables {
    result_types = []
  }

  expect_failures = [var.result_types]
}
