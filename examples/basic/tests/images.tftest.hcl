# The example's task image module, planned with the build turned on (a plan
# runs no local-exec): the task is deployed by the digest the build pushes.

mock_provider "aws" {
  source = "./tests/mocks"
}

run "building_deploys_the_task_by_digest" {
  command = plan

  variables {
    build_task_image = true
  }

  assert {
    condition     = length(module.task_image.context_hash) == 64
    error_message = "The task's build context must be hashed at plan time."
  }

  assert {
    condition     = startswith(module.task_image.image_tag, "build-")
    error_message = "The task image must get a per-content tag."
  }
}

run "the_build_is_off_by_default" {
  command = plan

  assert {
    condition     = module.task_image.image_uri_with_digest == null
    error_message = "Without build_task_image nothing may be built."
  }

  assert {
    condition     = local.task_image_uri == var.task_image_uri
    error_message = "Without build_task_image the task must run task_image_uri."
  }
}
