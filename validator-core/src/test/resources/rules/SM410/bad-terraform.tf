resource "aws_sagemaker_model" "churn" {
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1"
  }
}

resource "aws_sagemaker_endpoint_configuration" "config" {
  production_variants {
    variant_name           = "a"
    model_name             = aws_sagemaker_model.chrun.name
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
  production_variants {
    variant_name           = "b"
    model_name             = aws_sagemaker_endpoint_configuration.shadow.name
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_endpoint_configuration" "shadow" {
  production_variants {
    variant_name           = "a"
    model_name             = aws_sagemaker_model.churn.name
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_endpoint" "endpoint" {
  endpoint_config_name = aws_sagemaker_endpoint_configuration.confg.name
}
