# Consumed by the deploy scripts (infrastructure/scripts) and operators. Identifiers and ARNs
# only: no output holds a secret value.
output "region" {
  description = "AWS region of the environment."
  value       = local.arch.region
}

output "architecture" {
  description = "The environment's architecture constants (constants.tf), for deploy scripts and docs."
  value       = local.architecture
}

output "public_url" {
  description = "URL of the platform."
  value       = "https://${local.arch.domain}"
}

output "ecs_cluster_name" {
  description = "ECS cluster of the API."
  value       = module.ecs_cluster.name
}

output "ecs_service_name" {
  description = "ECS service of the API (aws ecs update-service --force-new-deployment)."
  value       = module.api.service_name
}

output "api_container_name" {
  description = "Container name in the API task definition."
  value       = module.api.container_name
}

output "api_task_definition_family" {
  description = "Task definition family of the API (deploys register new revisions of it)."
  value       = module.api.task_definition_family
}

output "migration_task_definition_arn" {
  description = "One-shot migration task definition (aws ecs run-task before updating the service)."
  value       = module.api.migration_task_definition_arn
}

output "migration_task_definition_family" {
  description = "Task definition family of the migration."
  value       = module.api.migration_task_definition_family
}

output "private_subnet_ids" {
  description = "Subnets for aws ecs run-task (migration)."
  value       = module.network.private_subnet_ids
}

output "tasks_security_group_id" {
  description = "Security group for aws ecs run-task (migration)."
  value       = module.api.security_group_id
}

output "api_log_group_name" {
  description = "CloudWatch log group of the API and the migration."
  value       = module.api.log_group_name
}

output "alb_dns_name" {
  description = "DNS name of the load balancer."
  value       = module.alb.dns_name
}

output "target_group_arn" {
  description = "Target group of the API tasks (deploy scripts wait for its targets to be healthy)."
  value       = module.alb.target_group_arn
}

output "secret_arns" {
  description = "Secrets Manager ARN of each API secret, by environment variable name (ARNs only)."
  value       = module.secrets.arns
}

output "secret_names" {
  description = "Secrets Manager name of each API secret (for put-secret-value)."
  value       = module.secrets.names
}

output "rds_master_user_secret_arn" {
  description = "ARN of the RDS-managed master password secret (ARN only)."
  value       = module.database.master_user_secret_arn
}

output "database_address" {
  description = "Host of the PostgreSQL primary endpoint."
  value       = module.database.address
}

output "redis_primary_endpoint" {
  description = "Host of the Redis primary endpoint (rediss://, port 6379)."
  value       = module.redis.primary_endpoint_address
}

output "documents_bucket_name" {
  description = "Documents bucket (S3_BUCKET)."
  value       = module.documents.bucket_name
}

output "alarm_topic_arn" {
  description = "SNS topic of the alarms."
  value       = module.alarms.topic_arn
}

output "nat_public_ips" {
  description = "Egress addresses of the tasks (SMTP relay allow-lists)."
  value       = module.network.nat_public_ips
}
