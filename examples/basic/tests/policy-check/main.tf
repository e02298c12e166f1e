# A reusable check of a task's execution policy, kept apart from the test
# that uses it so that the same expression can be shown to fail on a
# widened policy.

variable "policy_json" {
  description = "The IAM policy document to check, as JSON."
  type        = string
}

variable "topic_arn" {
  description = "The only topic the policy may allow publishing to."
  type        = string
}

locals {
  statements = jsondecode(var.policy_json).Statement
  actions    = [for statement in local.statements : flatten([statement.Action])]
  resources  = [for statement in local.statements : flatten([statement.Resource])]

  publishing = [
    for index, statement in local.statements : local.resources[index]
    if anytrue([for action in local.actions[index] : contains(["sns:Publish", "sns:*", "*"], action)])
  ]
}

output "publish_scoped" {
  description = "Whether every statement that allows publishing names exactly the one topic."
  value = length(local.publishing) > 0 && alltrue([
    for resources in local.publishing : resources == [var.topic_arn]
  ])
}

output "no_wildcards" {
  description = "Whether no statement allows every action of a service or every resource."
  value = alltrue([
    for index, statement in local.statements :
    !anytrue([for action in local.actions[index] : endswith(action, "*")]) &&
    !contains(local.resources[index], "*")
  ])
}
