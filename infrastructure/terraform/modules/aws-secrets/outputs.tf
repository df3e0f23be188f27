output "arns" {
  description = "Secret ARN by environment variable name (ARNs only, never values)."
  value       = { for name, secret in aws_secretsmanager_secret.this : name => secret.arn }
}

output "names" {
  description = "Secret name by environment variable name (for aws secretsmanager put-secret-value)."
  value       = { for name, secret in aws_secretsmanager_secret.this : name => secret.name }
}
