output "task_function_name" {
  description = "Name of the scheduled task function."
  value       = module.my_scheduled_lambda.function_name
}

output "email_queue_url" {
  description = "URL of the email channel's FIFO queue."
  value       = module.my_email_notification.queue_url
}

output "email_dead_letter_queue_url" {
  description = "URL of the email channel's dead-letter queue."
  value       = module.my_email_notification.dead_letter_queue_url
}

output "results_topic_arn" {
  description = "ARN of the shared results topic."
  value       = aws_sns_topic.results.arn
}

output "task_role_policy_json" {
  description = "What the task may do: its execution role's policy document."
  value       = module.my_scheduled_lambda.execution_role_policy_json
}

output "email_filter_policy" {
  description = "Which result types the email channel receives."
  value       = module.my_email_notification.filter_policy
}

output "alerts_filter_policy" {
  description = "Which result types reach the Slack alerts: only errors."
  value       = module.failure_alerts.filter_policy
}
