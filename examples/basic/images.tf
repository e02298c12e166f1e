# The example task's image, built from ./task and pushed to its own ECR
# repository. Building is off by default, so `terraform test` (with a mock
# provider, where local-exec would really run) and a first look at the plan
# need no builder. Turn it on to deploy the task you built:
#
#   npm run bundle:example          # writes task/dist/handler.mjs
#   terraform apply -var build_task_image=true
#
# This needs a builder (docker, podman or buildah) and the AWS CLI for the
# ECR login on the machine running Terraform: see
# generated-modules/lambda-image-build/README.md. The function then runs
# the image by digest, so a changed task redeploys it.

module "task_image" {
  source          = "../../generated-modules/lambda-image-build"
  source_dir      = "${path.module}/task"
  repository_name = "lambdacron-example-task"
  build_enabled   = var.build_task_image
}

locals {
  # The built image by digest when building, else the given task_image_uri.
  task_image_uri = var.build_task_image ? module.task_image.image_uri_with_digest : var.task_image_uri
}
