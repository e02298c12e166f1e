# lambda-image-republish: the destination repository, the references and
# the re-copy trigger, against a mock AWS provider. copy_enabled = false in
# every apply run: local-exec really runs under `terraform test`.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  source_lambda_repo = "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda"
  source_lambda_tag  = "latest"
  copy_enabled       = false
}

run "derives_the_destination_from_the_source" {
  command = apply

  assert {
    condition     = aws_ecr_repository.this.name == "my-lambda" && output.repository_name == "my-lambda"
    error_message = "The destination repository must be named after the source repository."
  }

  assert {
    condition     = output.source_image == "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda:latest"
    error_message = "The source must be copied by its tag."
  }

  assert {
    condition     = output.image_tag == "latest" && output.image_uri == "${aws_ecr_repository.this.repository_url}:latest"
    error_message = "The copy must keep the source tag."
  }

  assert {
    condition     = output.image_uri_with_digest == null && length(terraform_data.this) == 0 && length(data.aws_ecr_image.this) == 0
    error_message = "With copy_enabled = false nothing may copy or look the image up."
  }

  assert {
    condition     = aws_ecr_repository.this.image_scanning_configuration[0].scan_on_push && length(aws_ecr_lifecycle_policy.this) == 1
    error_message = "The destination must be scanned on push and keep only the newest images."
  }
}

run "keeps_a_nested_repository_path" {
  command = plan

  variables {
    source_lambda_repo = "ghcr.io/acme/tasks/report"
  }

  assert {
    condition     = aws_ecr_repository.this.name == "acme/tasks/report"
    error_message = "The destination must keep the source's repository path."
  }
}

run "copies_a_pinned_digest_under_a_digest_tag" {
  command = plan

  variables {
    source_lambda_tag    = null
    source_lambda_digest = "sha256:1111111111111111111111111111111111111111111111111111111111111111"
  }

  assert {
    condition     = output.source_image == "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda@sha256:1111111111111111111111111111111111111111111111111111111111111111"
    error_message = "A digest alone must be copied by digest."
  }

  assert {
    condition     = output.image_tag == "sha256-1111111111111111111111111111111111111111111111111111111111111111"
    error_message = "A digest without a tag must give the copy a sha256-<hex> tag."
  }
}

run "copy_step_triggers_on_the_references_and_runs_the_shipped_program" {
  command = plan

  variables {
    copy_enabled                = true
    source_lambda_repo          = "210987654321.dkr.ecr.us-east-1.amazonaws.com/team/my-lambda"
    source_lambda_digest        = "sha256:2222222222222222222222222222222222222222222222222222222222222222"
    destination_repository_name = "mirrors/my-lambda"
    destination_image_tag       = "v1"
    platform                    = "linux/arm64"
    copy_tool                   = "skopeo"
    source_aws_profile          = "publisher"
  }

  assert {
    condition = terraform_data.this[0].triggers_replace == {
      source      = "210987654321.dkr.ecr.us-east-1.amazonaws.com/team/my-lambda:latest@sha256:2222222222222222222222222222222222222222222222222222222222222222"
      destination = "${aws_ecr_repository.this.repository_url}:v1"
      platform    = "linux/arm64"
    }
    error_message = "The re-copy trigger must be the source and destination references and the platform."
  }

  assert {
    condition = local.copy_environment == {
      LAMBDACRON_SOURCE_IMAGE       = "210987654321.dkr.ecr.us-east-1.amazonaws.com/team/my-lambda:latest@sha256:2222222222222222222222222222222222222222222222222222222222222222"
      LAMBDACRON_DEST_IMAGE         = "${aws_ecr_repository.this.repository_url}:v1"
      LAMBDACRON_PLATFORM           = "linux/arm64"
      LAMBDACRON_COPY_TOOL          = "skopeo"
      LAMBDACRON_SOURCE_LOGIN       = "auto"
      LAMBDACRON_DEST_LOGIN         = "auto"
      LAMBDACRON_SOURCE_AWS_PROFILE = "publisher"
      LAMBDACRON_DEST_AWS_PROFILE   = ""
    }
    error_message = "copy-image.sh must get the module's inputs through its LAMBDACRON_* variables."
  }

  assert {
    condition     = aws_ecr_repository.this.name == "mirrors/my-lambda"
    error_message = "A given destination_repository_name must be used."
  }
}

run "a_new_source_digest_changes_the_trigger" {
  command = plan

  variables {
    copy_enabled         = true
    source_lambda_digest = "sha256:3333333333333333333333333333333333333333333333333333333333333333"
  }

  assert {
    condition     = terraform_data.this[0].triggers_replace.source == "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda:latest@sha256:3333333333333333333333333333333333333333333333333333333333333333"
    error_message = "A pinned digest must be part of the re-copy trigger."
  }
}
