variable "name" {
  description = "Prefix of the topic and alarm names, e.g. promata-prod."
  type        = string
}

variable "alarm_email" {
  description = "Address subscribed to the alarm topic (operators on call); it must confirm the subscription."
  type        = string

  validation {
    condition     = can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.alarm_email))
    error_message = "Give the e-mail address that receives the alarms (it cannot be empty)."
  }
}

variable "account_id" {
  description = "Account whose CloudWatch alarms may publish to the topic."
  type        = string
}

variable "kms_key_arn" {
  description = "KMS key of the SNS topic."
  type        = string
}

variable "alb_arn_suffix" {
  description = "ARN suffix of the load balancer."
  type        = string
}

variable "target_group_arn_suffix" {
  description = "ARN suffix of the API target group."
  type        = string
}

variable "ecs_cluster_name" {
  description = "ECS cluster of the API service."
  type        = string
}

variable "ecs_service_name" {
  description = "ECS service of the API."
  type        = string
}

variable "rds_instance_identifier" {
  description = "RDS instance identifier."
  type        = string
}

variable "redis_replication_group_id" {
  description = "ElastiCache replication group id (nodes are <id>-001, <id>-002, ...)."
  type        = string
}

variable "redis_node_count" {
  description = "Nodes in the replication group."
  type        = number
}

variable "thresholds" {
  description = "Alarm thresholds; see infrastructure/docs/aws-production.md for what each means."
  type = object({
    alb_5xx_per_5_minutes       = optional(number, 10)
    target_5xx_per_5_minutes    = optional(number, 10)
    target_response_p95_seconds = optional(number, 1.5)
    ecs_cpu_percent             = optional(number, 80)
    ecs_memory_percent          = optional(number, 80)
    rds_cpu_percent             = optional(number, 80)
    rds_free_storage_gib        = optional(number, 10)
    rds_connections             = optional(number, 200)
    redis_memory_percent        = optional(number, 75)
  })
  default = {}

  validation {
    condition = alltrue([
      for percent in [var.thresholds.ecs_cpu_percent, var.thresholds.ecs_memory_percent, var.thresholds.rds_cpu_percent, var.thresholds.redis_memory_percent] :
      percent > 0 && percent < 100
    ])
    error_message = "Percent thresholds must be between 0 and 100."
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
