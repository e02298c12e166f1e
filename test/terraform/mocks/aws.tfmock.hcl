# Values the mock AWS provider returns for computed attributes. Without
# them it invents random strings, which the provider's own ARN checks reject.

mock_resource "aws_sns_topic" {
  defaults = {
    arn = "arn:aws:sns:us-west-2:123456789012:lambdacron-results.fifo"
  }
}

mock_resource "aws_iam_role" {
  defaults = {
    arn = "arn:aws:iam::123456789012:role/lambdacron-mock"
  }
}

mock_resource "aws_lambda_function" {
  defaults = {
    arn = "arn:aws:lambda:us-west-2:123456789012:function:lambdacron-mock"
  }
}

mock_resource "aws_sqs_queue" {
  defaults = {
    arn = "arn:aws:sqs:us-west-2:123456789012:lambdacron-mock.fifo"
    url = "https://sqs.us-west-2.amazonaws.com/123456789012/lambdacron-mock.fifo"
  }
}

mock_resource "aws_cloudwatch_log_group" {
  defaults = {
    arn = "arn:aws:logs:us-west-2:123456789012:log-group:/aws/lambda/lambdacron-mock"
  }
}

mock_resource "aws_s3_bucket" {
  defaults = {
    bucket = "lambdacron-templates-mock"
    id     = "lambdacron-templates-mock"
    arn    = "arn:aws:s3:::lambdacron-templates-mock"
  }
}
