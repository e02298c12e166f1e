# lambda-image-republish: each bad input fails the plan, before anything
# is copied.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  source_lambda_repo = "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda"
  source_lambda_tag  = "latest"
  copy_enabled       = false
}

run "rejects_a_source_without_a_registry_host" {
  command = plan

  variables {
    source_lambda_repo = "my-lambda"
  }

  expect_failures = [var.source_lambda_repo]
}

run "rejects_a_source_with_a_tag_in_the_repository" {
  command = plan

  variables {
    source_lambda_repo = "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda:latest"
  }

  expect_failures = [var.source_lambda_repo]
}

run "rejects_neither_tag_nor_digest" {
  command = plan

  variables {
    source_lambda_tag = null
  }

  expect_failures = [aws_ecr_repository.this]
}

run "rejects_a_short_digest" {
  command = plan

  variables {
    source_lambda_digest = "sha256:1234"
  }

  expect_failures = [var.source_lambda_digest]
}

run "rejects_a_platform_lambda_does_not_run" {
  command = plan

  variables {
    platform = "linux/arm/v7"
  }

  expect_failures = [var.platform]
}

run "rejects_an_unknown_copy_tool" {
  command = plan

  variables {
    copy_tool = "regctl"
  }

  expect_failures = [var.copy_tool]
}

run "rejects_a_bad_destination_repository_name" {
  command = plan

  variables {
    destination_repository_name = "Mirrors/My-Lambda"
  }

  expect_failures = [var.destination_repository_name]
}

run "rejects_a_bad_destination_tag" {
  command = plan

  variables {
    destination_image_tag = "-v1"
  }

  expect_failures = [var.destination_image_tag]
}

run "rejects_an_unknown_source_login" {
  command = plan

  variables {
    source_registry_login = "basic"
  }

  expect_failures = [var.source_registry_login]
}
