output "service_name" {
  description = "Name of the ECS service."
  value       = aws_ecs_service.api.name
}

output "container_name" {
  description = "Name of the application container (deploy scripts render new revisions with it)."
  value       = var.container_name
}

output "task_definition_arn" {
  description = "Task definition revision the service runs."
  value       = aws_ecs_task_definition.api.arn
}

output "task_definition_family" {
  description = "Task definition family of the API."
  value       = aws_ecs_task_definition.api.family
}

output "migration_task_definition_arn" {
  description = "Task definition of the one-shot migration (aws ecs run-task)."
  value       = aws_ecs_task_definition.migrate.arn
}

output "migration_task_definition_family" {
  description = "Task definition family of the migration."
  value       = aws_ecs_task_definition.migrate.family
}

output "security_group_id" {
  description = "Security group of the tasks (also used by the migration task)."
  value       = aws_security_group.tasks.id
}

output "log_group_name" {
  description = "CloudWatch log group of the API and migration containers."
  value       = aws_cloudwatch_log_group.this.name
}

output "execution_role_arn" {
  description = "Role ECS uses to pull the image, write logs and read the secrets."
  value       = aws_iam_role.execution.arn
}

output "task_role_arn" {
  description = "Role of the application (documents bucket only)."
  value       = aws_iam_role.task.arn
}
