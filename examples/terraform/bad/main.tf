# The three mistakes sagelint exists for, in a Terraform module.

# Container hostnames on some containers of a pipeline only.
resource "aws_sagemaker_model" "pipeline" {
  name               = "churn-pipeline"
  execution_role_arn = var.role_arn

  container {
    image              = "123456789012.dkr.ecr.us-east-1.amazonaws.com/preprocess:1"
    container_hostname = "preprocess"
  }
  container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1"
  }
}

# Direct invocation needs a hostname on every container.
resource "aws_sagemaker_model" "direct" {
  name               = "churn-direct"
  execution_role_arn = var.role_arn

  inference_execution_config {
    mode = "Direct"
  }
  container {
    image              = "123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1"
    container_hostname = "a"
  }
  container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/b:1"
  }
}

# A KMS key with an instance type that has local NVMe storage.
resource "aws_sagemaker_endpoint_configuration" "churn" {
  name        = "churn"
  kms_key_arn = aws_kms_key.endpoint.arn

  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.pipeline.name
    initial_instance_count = 1
    instance_type          = "ml.m5d.large"
  }
}

resource "aws_kms_key" "endpoint" {
  description = "endpoint storage"
}
