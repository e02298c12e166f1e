# Values the mock AWS provider returns for the image modules' computed
# attributes (copied into tests/mocks next to the shared mock values).

mock_resource "aws_ecr_repository" {
  defaults = {
    arn            = "arn:aws:ecr:us-west-2:123456789012:repository/mock"
    registry_id    = "123456789012"
    repository_url = "123456789012.dkr.ecr.us-west-2.amazonaws.com/mock"
  }
}

mock_data "aws_ecr_image" {
  defaults = {
    image_digest = "sha256:0000000000000000000000000000000000000000000000000000000000000000"
  }
}
