# Terraform creates the secrets but never their values: operators put them with
# `aws secretsmanager put-secret-value`, so no secret ever lands in Terraform state, plans or
# outputs. ECS reads them at task start; a new value needs a new deployment.
resource "aws_secretsmanager_secret" "this" {
  for_each = var.names

  name                    = "${var.name_prefix}/${each.key}"
  description             = "${each.key} of the API (value set out of band, see infrastructure/docs/aws-production.md)"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.recovery_window_in_days
  tags                    = merge(var.tags, { EnvironmentVariable = each.key })
}
