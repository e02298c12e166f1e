variable "build_task_image" {
  description = "Whether Terraform builds ./task and pushes it to the example's ECR repository, deploying the task by digest; false deploys task_image_uri instead."
  type        = bool
  default     = false
  nullable    = false
}
