resource "aws_sagemaker_model" "m" {
  execution_role_arn = "arn:aws:iam::123456789012:role/r"
  container {
    image =
  }
  container {
    container_hostname = "-bad"
  }
}
resource "aws_sagemaker_endpoint_configuration" "c" {
  production_variants {
    model_name = aws_sagemaker_model.m.arn
    instance_type = "ml.m5d.large"
  }
  kms_key_arn = var.k
}
