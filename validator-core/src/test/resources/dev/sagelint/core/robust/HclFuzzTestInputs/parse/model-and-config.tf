variable "instance_type" {
  type    = string
  default = "ml.g5.xlarge"
}

locals {
  name = "churn-${var.env}"
  env  = { A = 1, "B" = [true, null, -2.5e3] }
}

resource "aws_sagemaker_model" "m" {
  name               = local.name
  execution_role_arn = aws_iam_role.r[0].arn
  primary_container {
    image       = "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:2"
    environment = merge(local.env, { for k, v in var.extra : k => v if v != "" })
  }
}

resource "aws_sagemaker_endpoint_configuration" "ec" {
  name        = "ec"
  kms_key_arn = var.kms != null ? var.kms : null
  dynamic "production_variants" {
    for_each = var.variants
    content {
      model_name    = aws_sagemaker_model.m.name
      instance_type = production_variants.value.type
    }
  }
}
