variable "slack_webhook_url" {
  description = "Slack incoming webhook URL that failure alerts are posted to."
  type        = string
  sensitive   = true
  default     = "https://hooks.slack.com/services/T000/B000/XXXXXXXX"
}

variable "webhook_handler_image_uri" {
  description = "ECR image URI of the webhook channel handler; null builds the bundled one."
  type        = string
  default     = "123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-webhook:latest"
}
