variable "name" {
  description = "Name of the load balancer and prefix of its parts (at most 26 characters, so suffixes still fit AWS's 32)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,25}$", var.name))
    error_message = "The name must be 2-26 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "vpc_id" {
  description = "VPC of the load balancer and its target group."
  type        = string
}

variable "public_subnet_ids" {
  description = "Public subnets, one per availability zone (at least two)."
  type        = list(string)

  validation {
    condition     = length(var.public_subnet_ids) >= 2
    error_message = "An application load balancer needs subnets in at least two availability zones."
  }
}

variable "certificate_arn" {
  description = "ACM certificate of the HTTPS listener (validated)."
  type        = string
}

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener: a TLS 1.3 policy that refuses TLS 1.0 and 1.1."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-2021-06"

  validation {
    condition     = can(regex("^ELBSecurityPolicy-TLS13-1-[23]-", var.ssl_policy))
    error_message = "Use a TLS 1.3 policy with TLS 1.2 as the minimum, e.g. ELBSecurityPolicy-TLS13-1-2-2021-06."
  }
}

variable "target_port" {
  description = "Port the application containers listen on."
  type        = number
  default     = 3000

  validation {
    condition     = var.target_port >= 1024 && var.target_port <= 65535
    error_message = "The target port must be an unprivileged port (1024-65535), as the containers run as non-root."
  }
}

variable "health_check_path" {
  description = "Readiness path probed by the target group (the API's /health/ready checks the database and Redis)."
  type        = string
  default     = "/health/ready"

  validation {
    condition     = startswith(var.health_check_path, "/")
    error_message = "The health check path must start with /."
  }
}

variable "deregistration_delay_seconds" {
  description = "Time a draining target keeps its in-flight requests; match the API's SHUTDOWN_GRACE_MS plus its longest request."
  type        = number
  default     = 30
}

variable "idle_timeout_seconds" {
  description = "Idle connection timeout of the load balancer."
  type        = number
  default     = 60
}

variable "deletion_protection" {
  description = "Refuse to delete the load balancer until this is turned off."
  type        = bool
  default     = true
}

variable "access_logs_bucket_name" {
  description = "Bucket this module creates for the load balancer's access logs (SSE-S3, as ELB requires); null turns access logs off."
  type        = string
  default     = null

  validation {
    condition     = var.access_logs_bucket_name == null || can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.access_logs_bucket_name))
    error_message = "The bucket name must be 3-63 lowercase letters, digits, dots or hyphens."
  }
}

variable "access_logs_retention_days" {
  description = "Days access logs are kept."
  type        = number
  default     = 90
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
