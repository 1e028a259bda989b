resource "aws_sagemaker_model" "h" {
  name = <<-EOF
    x
  primary_container {
