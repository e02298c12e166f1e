# email-notification: templates longer than the environment allows travel
# as S3 objects, unchanged, and the handler may read exactly those objects.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  sns_topic_arn    = "arn:aws:sns:us-west-2:123456789012:lambdacron-results.fifo"
  result_types     = ["daily-report"]
  name             = "reports"
  template_file    = "tests/templates/large.html"
  email_sender     = "reports@example.com"
  email_recipients = ["alice@example.com"]
  lambda_image_uri = "123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-email:v1"
}

run "a_50_kb_template_goes_to_a_bucket_the_module_creates" {
  command = apply

  assert {
    condition     = length(file("tests/templates/large.html")) > 50000 && length(aws_s3_bucket.email_channel_templates_bucket) == 1
    error_message = "A template over the inline limit must make the module create a bucket."
  }

  assert {
    condition     = aws_s3_object.email_channel_templates_object_html[0].content == file("tests/templates/large.html")
    error_message = "The stored template must be the file byte for byte, $${ and %%{ included."
  }

  assert {
    condition     = strcontains(aws_s3_object.email_channel_templates_object_html[0].content, "$${not_terraform} and %%{ if x }")
    error_message = "Terraform template sequences must not be interpolated."
  }

  assert {
    condition     = aws_lambda_function.email_channel_function.environment[0].variables["LAMBDACRON_TEMPLATE_HTML"] == "s3://lambdacron-templates-mock/reports/html-${substr(sha256(file("tests/templates/large.html")), 0, 16)}.njk"
    error_message = "The handler must get the stored template's s3:// source."
  }

  assert {
    condition     = length(aws_s3_object.email_channel_templates_object_subject) == 0 && startswith(aws_lambda_function.email_channel_function.environment[0].variables["LAMBDACRON_TEMPLATE_SUBJECT"], "inline:")
    error_message = "A short template must stay inline."
  }

  assert {
    condition = [
      for statement in jsondecode(aws_iam_role_policy.email_channel_role_policy.policy).Statement :
      { actions = statement.Action, resources = statement.Resource } if startswith(statement.Sid, "ReadTemplate")
      ] == [{
        actions   = ["s3:GetObject"]
        resources = ["arn:aws:s3:::lambdacron-templates-mock/reports/html-${substr(sha256(file("tests/templates/large.html")), 0, 16)}.njk"]
    }]
    error_message = "The handler may read exactly the stored template object, not the bucket."
  }

  assert {
    condition     = aws_s3_bucket_public_access_block.email_channel_templates_bucket_public_access_block[0].block_public_policy && aws_s3_bucket_public_access_block.email_channel_templates_bucket_public_access_block[0].restrict_public_buckets
    error_message = "The template bucket must block public access."
  }

  assert {
    condition     = output.template_bucket_name == "lambdacron-templates-mock"
    error_message = "The template_bucket_name output must name the bucket."
  }
}

run "a_given_bucket_is_used_and_none_is_created" {
  command = plan

  variables {
    template_bucket = "my-templates"
  }

  assert {
    condition     = length(aws_s3_bucket.email_channel_templates_bucket) == 0 && aws_s3_object.email_channel_templates_object_html[0].bucket == "my-templates"
    error_message = "With template_bucket the module must store there and create no bucket."
  }

  assert {
    condition     = aws_lambda_function.email_channel_function.environment[0].variables["LAMBDACRON_TEMPLATE_HTML"] == "s3://my-templates/reports/html-${substr(sha256(file("tests/templates/large.html")), 0, 16)}.njk"
    error_message = "The handler must read from the given bucket."
  }
}

run "short_templates_need_no_bucket" {
  command = plan

  variables {
    template_file = "tests/templates/literal.html"
  }

  assert {
    condition     = length(aws_s3_bucket.email_channel_templates_bucket) == 0 && length(aws_s3_object.email_channel_templates_object_html) == 0
    error_message = "Inline templates must not create a bucket or objects."
  }
}
