/* block
   comment */
data "aws_iam_policy_document" "p" {
  json = <<-EOT
    {
      "a": "${var.x}",
      %{ for i, s in var.list ~}
      "s${i}": "$${literal} %%{literal} ${s}"
      %{ endfor ~}
    }
    EOT
  plain = <<EOF
x ${"nested ${"deep"}"} \n
EOF
  ids = aws_instance.a[*].id // splat
  old = aws_instance.a.*.id
  f   = provider::aws::arn_parse("arn:aws:iam::1:role/r")
  t   = "\u00e9\U0001F600\t\"" # escapes
}
