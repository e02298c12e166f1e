# Failed runs of the task reach Slack: the runtime publishes one "error"
# result per failed run (a throw, a timeout or a crash), and this channel
# is subscribed to that type only.

module "failure_alerts" {
  source           = "../../generated-modules/webhook-notification"
  sns_topic_arn    = aws_sns_topic.results.arn
  result_types     = ["error"]
  webhook_url      = var.slack_webhook_url
  template         = file("${path.module}/templates/alert.json")
  lambda_image_uri = var.webhook_handler_image_uri
}
