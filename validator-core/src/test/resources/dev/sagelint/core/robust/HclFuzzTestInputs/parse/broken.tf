resource "x" "y" {
  a = [1,
  b = "unterminated
  c = <<EOF
}
