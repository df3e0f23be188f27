variable "aws_account_id" {
  description = "The production AWS account; the provider refuses to run against any other."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.aws_account_id))
    error_message = "The account id must be 12 digits."
  }
}

variable "container_image" {
  description = "API image pinned by digest (…@sha256:…) or version tag; deploys change it (or register new task definition revisions)."
  type        = string

  validation {
    condition     = can(regex("@sha256:[0-9a-f]{64}$", var.container_image)) || (can(regex(":[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", element(split("/", var.container_image), length(split("/", var.container_image)) - 1))) && !endswith(var.container_image, ":latest"))
    error_message = "Pin the API image by digest (repo@sha256:<64 hex>) or by a version tag; :latest and untagged images are refused."
  }
}

variable "image_repository_arn" {
  description = "ECR repository of the image (the task execution role may pull only from it); null for another registry."
  type        = string
  default     = null
}

variable "alarm_email" {
  description = "E-mail address of the operators that receives the CloudWatch alarms."
  type        = string

  validation {
    condition     = can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.alarm_email))
    error_message = "Give the operators' e-mail address for alarms; it cannot be empty."
  }
}

variable "redis_auth_token" {
  description = "Redis AUTH token (32-128 URL-safe characters). Pass it as TF_VAR_redis_auth_token from the secret store, never in a file; it is also part of the REDIS_URL secret."
  type        = string
  sensitive   = true
}

variable "redis_auth_token_update_strategy" {
  description = "ROTATE while moving clients to a new Redis token (old one still accepted), then SET to drop the old token."
  type        = string
  default     = "ROTATE"
}

variable "requests_per_target" {
  description = "Requests per minute per API task the service scales to hold (besides CPU)."
  type        = number
  default     = 1000

  validation {
    condition     = var.requests_per_target >= 100
    error_message = "Scale on at least 100 requests per minute per task."
  }
}
