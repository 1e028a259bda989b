variable "role_arn" {
  type = string
}

variable "instance_type" {
  type    = string
  default = "ml.m5d.large"
}
