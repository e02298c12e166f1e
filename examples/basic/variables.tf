variable "region" {
  description = "AWS region to deploy the example into."
  type        = string
  default     = "us-west-2"
}

variable "task_image_uri" {
  description = "ECR image URI of the example task (build it from ./task)."
  type        = string
  default     = "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda:latest"
}

variable "email_handler_image_uri" {
  description = "ECR image URI of the email channel handler (built from channel-images/email)."
  type        = string
  default     = "123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-email:latest"
}

variable "email_sender" {
  description = "From address; it or its domain must be verified in SES."
  type        = string
  default     = "me@example.com"
}

variable "email_recipients" {
  description = "Who receives the example emails."
  type        = list(string)
  default     = ["alice@example.com", "bob@example.com"]
}
