variable "instance_type" {
  type = string
}

resource "aws_kms_key" "k" {
  description = "k"
}

resource "aws_sagemaker_model" "m" {
  name               = "churn"
  execution_role_arn = "arn:aws:iam::123456789012:role/SageMakerExecution"
  primary_container {
    image          = "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1.4.2"
    model_data_url = "s3://ml-artifacts-123456789012/churn/model.tar.gz"
  }
}

resource "aws_sagemaker_endpoint_configuration" "ec" {
  name        = "churn-ec"
  kms_key_arn = aws_kms_key.k.arn
  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.m.name
    initial_instance_count = 1
    instance_type          = var.instance_type
  }
}
