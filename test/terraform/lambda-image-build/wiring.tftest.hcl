# lambda-image-build: the repository, the rebuild trigger and the outputs,
# against a mock AWS provider. build_enabled = false in every apply run:
# local-exec really runs under `terraform test`, even with mocks.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  source_dir      = "tests/fixtures/context-a"
  repository_name = "my-lambda"
  build_enabled   = false
}

run "creates_a_scanned_repository_with_a_lifecycle_policy" {
  command = apply

  assert {
    condition     = aws_ecr_repository.this.name == "my-lambda"
    error_message = "The repository must get repository_name."
  }

  assert {
    condition     = aws_ecr_repository.this.image_scanning_configuration[0].scan_on_push
    error_message = "Images must be scanned on push by default."
  }

  assert {
    condition     = aws_ecr_repository.this.image_tag_mutability == "MUTABLE" && !aws_ecr_repository.this.force_delete
    error_message = "Tags must be mutable and force_delete off by default."
  }

  assert {
    condition     = aws_ecr_repository.this.encryption_configuration[0].encryption_type == "AES256"
    error_message = "Without a KMS key the repository must use AES-256."
  }

  assert {
    condition = jsondecode(aws_ecr_lifecycle_policy.this[0].policy).rules[0] == {
      rulePriority = 1
      description  = "Keep only the newest images."
      selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 10 }
      action       = { type = "expire" }
    }
    error_message = "The lifecycle policy must keep the newest 10 images."
  }

  assert {
    condition     = length(terraform_data.this) == 0 && length(data.aws_ecr_image.this) == 0
    error_message = "With build_enabled = false nothing may build or look the image up."
  }

  assert {
    condition     = output.image_tag == "build-${substr(local.content_hash, 0, 16)}"
    error_message = "Without image_tag the tag must be derived from the content hash."
  }

  assert {
    condition     = output.image_uri == "${aws_ecr_repository.this.repository_url}:${output.image_tag}"
    error_message = "image_uri must be the repository URL and the tag."
  }

  assert {
    condition     = output.image_uri_with_digest == null && output.image_digest == null
    error_message = "The digest outputs must be null when the build is disabled."
  }

  assert {
    condition     = output.repository_arn == aws_ecr_repository.this.arn && output.repository_url == aws_ecr_repository.this.repository_url
    error_message = "The repository outputs must come from the repository."
  }
}

run "ignored_files_do_not_change_the_context_hash" {
  command = plan

  variables {
    source_dir = "tests/fixtures/context-a-ignored-change"
  }

  assert {
    condition     = output.context_hash == run.creates_a_scanned_repository_with_a_lifecycle_policy.context_hash
    error_message = "Files .dockerignore drops must not change the context hash."
  }

  assert {
    condition     = local.context_files == tolist([".dockerignore", "Dockerfile", "app.txt"])
    error_message = "Only the files .dockerignore keeps may be hashed."
  }

  assert {
    condition     = output.image_tag == run.creates_a_scanned_repository_with_a_lifecycle_policy.image_tag
    error_message = "Unchanged content must keep its tag."
  }
}

run "a_changed_file_changes_the_context_hash_and_tag" {
  command = plan

  variables {
    source_dir = "tests/fixtures/context-b"
  }

  assert {
    condition     = output.context_hash != run.creates_a_scanned_repository_with_a_lifecycle_policy.context_hash
    error_message = "A changed file must change the context hash."
  }

  assert {
    condition     = output.image_tag != run.creates_a_scanned_repository_with_a_lifecycle_policy.image_tag
    error_message = "Changed content must get a new per-content tag."
  }
}

run "build_step_triggers_on_content_and_runs_the_shipped_program" {
  command = plan

  variables {
    build_enabled = true
    image_tag     = "latest"
    platform      = "linux/arm64"
    builder       = "buildah"
    build_args    = { BASE_IMAGE = "public.ecr.aws/lambda/nodejs:22", STAGE = "prod" }
  }

  assert {
    condition = terraform_data.this[0].triggers_replace == {
      context    = run.creates_a_scanned_repository_with_a_lifecycle_policy.context_hash
      dockerfile = filesha256("tests/fixtures/context-a/Dockerfile")
      build_args = jsonencode({ BASE_IMAGE = "public.ecr.aws/lambda/nodejs:22", STAGE = "prod" })
      platform   = "linux/arm64"
      image      = "${aws_ecr_repository.this.repository_url}:latest"
    }
    error_message = "The rebuild trigger must be the context and Dockerfile hashes, build args, platform and image."
  }

  assert {
    condition = local.build_environment == {
      LAMBDACRON_SOURCE_DIR     = "tests/fixtures/context-a"
      LAMBDACRON_IMAGE          = "${aws_ecr_repository.this.repository_url}:latest"
      LAMBDACRON_DOCKERFILE     = "Dockerfile"
      LAMBDACRON_BUILD_ARGS     = "BASE_IMAGE=public.ecr.aws/lambda/nodejs:22\nSTAGE=prod"
      LAMBDACRON_PLATFORM       = "linux/arm64"
      LAMBDACRON_BUILDER        = "buildah"
      LAMBDACRON_REGISTRY_LOGIN = "auto"
      LAMBDACRON_AWS_PROFILE    = ""
    }
    error_message = "build-and-push.sh must get the module's inputs through its LAMBDACRON_* variables."
  }

  assert {
    condition     = output.image_uri == "${aws_ecr_repository.this.repository_url}:latest"
    error_message = "A given image_tag must be used as is."
  }
}

run "the_trigger_follows_a_changed_file" {
  command = plan

  variables {
    build_enabled = true
    image_tag     = "latest"
    source_dir    = "tests/fixtures/context-b"
  }

  assert {
    condition     = terraform_data.this[0].triggers_replace.context != run.creates_a_scanned_repository_with_a_lifecycle_policy.context_hash
    error_message = "A changed file must change the build trigger."
  }
}

run "kms_immutable_tags_and_no_lifecycle_policy" {
  command = apply

  variables {
    kms_key_arn          = "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    image_tag_mutability = "IMMUTABLE"
    keep_last_images     = 0
    force_delete         = true
    scan_on_push         = false
  }

  assert {
    condition     = aws_ecr_repository.this.encryption_configuration[0].encryption_type == "KMS" && aws_ecr_repository.this.encryption_configuration[0].kms_key == var.kms_key_arn
    error_message = "A KMS key must switch the repository to KMS encryption with that key."
  }

  assert {
    condition     = aws_ecr_repository.this.image_tag_mutability == "IMMUTABLE" && aws_ecr_repository.this.force_delete
    error_message = "image_tag_mutability and force_delete must reach the repository."
  }

  assert {
    condition     = length(aws_ecr_lifecycle_policy.this) == 0
    error_message = "keep_last_images = 0 must create no lifecycle policy."
  }

  assert {
    condition     = !aws_ecr_repository.this.image_scanning_configuration[0].scan_on_push
    error_message = "scan_on_push = false must turn scanning off."
  }
}
