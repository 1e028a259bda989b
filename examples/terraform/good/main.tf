# A model and an endpoint configuration sagelint accepts without a finding.

variable "instance_type" {
  type    = string
  default = "ml.m5.large"
}

resource "aws_sagemaker_model" "churn" {
  name               = "churn"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"

  primary_container {
    image          = "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1"
    model_data_url = "s3://models-bucket/churn/model.tar.gz"
  }
}

resource "aws_sagemaker_endpoint_configuration" "churn" {
  name        = "churn"
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"

  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.churn.name
    initial_instance_count = 1
    instance_type          = var.instance_type
  }
}

resource "aws_sagemaker_endpoint" "churn" {
  name                 = "churn"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.churn.name
}
