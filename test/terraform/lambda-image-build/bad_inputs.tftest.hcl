# lambda-image-build: each bad input fails the plan, before anything builds.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  source_dir      = "tests/fixtures/context-a"
  repository_name = "my-lambda"
  build_enabled   = false
}

run "rejects_a_source_dir_without_a_dockerfile" {
  command = plan

  variables {
    source_dir = "tests/fixtures/no-dockerfile"
  }

  expect_failures = [aws_ecr_repository.this]
}

run "rejects_a_missing_dockerfile_name" {
  command = plan

  variables {
    dockerfile = "lambda.Dockerfile"
  }

  expect_failures = [aws_ecr_repository.this]
}

run "rejects_a_missing_source_dir" {
  command = plan

  variables {
    source_dir = "tests/fixtures/does-not-exist"
  }

  expect_failures = [var.source_dir]
}

run "rejects_a_platform_lambda_does_not_run" {
  command = plan

  variables {
    platform = "linux/386"
  }

  expect_failures = [var.platform]
}

run "rejects_an_upper_case_repository_name" {
  command = plan

  variables {
    repository_name = "My-Lambda"
  }

  expect_failures = [var.repository_name]
}

run "rejects_a_repository_name_with_an_empty_component" {
  command = plan

  variables {
    repository_name = "team//my-lambda"
  }

  expect_failures = [var.repository_name]
}

run "rejects_a_one_character_repository_name" {
  command = plan

  variables {
    repository_name = "a"
  }

  expect_failures = [var.repository_name]
}

run "rejects_an_unknown_builder" {
  command = plan

  variables {
    builder = "kaniko"
  }

  expect_failures = [var.builder]
}

run "rejects_a_bad_image_tag" {
  command = plan

  variables {
    image_tag = ".latest"
  }

  expect_failures = [var.image_tag]
}

run "rejects_a_build_arg_with_a_newline" {
  command = plan

  variables {
    build_args = { NOTE = "two\nlines" }
  }

  expect_failures = [var.build_args]
}

run "rejects_a_kms_alias" {
  command = plan

  variables {
    kms_key_arn = "arn:aws:kms:us-west-2:123456789012:alias/ecr"
  }

  expect_failures = [var.kms_key_arn]
}

run "rejects_a_fractional_keep_last_images" {
  command = plan

  variables {
    keep_last_images = 2.5
  }

  expect_failures = [var.keep_last_images]
}

run "rejects_a_fixed_tag_with_immutable_tags" {
  command = plan

  variables {
    image_tag            = "latest"
    image_tag_mutability = "IMMUTABLE"
  }

  expect_failures = [aws_ecr_repository.this]
}

run "rejects_an_unknown_registry_login" {
  command = plan

  variables {
    registry_login = "docker"
  }

  expect_failures = [var.registry_login]
}
