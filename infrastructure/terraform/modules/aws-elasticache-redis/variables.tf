variable "name" {
  description = "Replication group id and prefix of its parts."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,38}[a-z0-9]$", var.name))
    error_message = "The name must be 2-40 lowercase letters, digits or hyphens, start with a letter and not end with a hyphen."
  }
}

variable "engine_version" {
  description = "Redis OSS version, major.minor (7.0 or newer: TLS, AUTH rotation)."
  type        = string
  default     = "7.1"

  validation {
    condition     = can(regex("^[7-9]\\.[0-9]+$", var.engine_version))
    error_message = "Use Redis OSS 7.0 or newer, as major.minor."
  }
}

variable "node_type" {
  description = "Cache node type, e.g. cache.t4g.small."
  type        = string

  validation {
    condition     = startswith(var.node_type, "cache.")
    error_message = "The node type must be an ElastiCache type such as cache.t4g.small."
  }
}

variable "num_cache_clusters" {
  description = "Nodes in the group: one primary and the rest replicas in other zones (two or more for failover)."
  type        = number
  default     = 2

  validation {
    condition     = var.num_cache_clusters >= 2 && var.num_cache_clusters <= 6
    error_message = "Use 2 to 6 nodes: Multi-AZ failover needs at least one replica."
  }
}

variable "auth_token" {
  description = "AUTH token clients send: 32-128 URL-safe characters (it is also part of REDIS_URL); give it through TF_VAR_redis_auth_token, never a file."
  type        = string
  sensitive   = true

  validation {
    condition     = can(regex("^[A-Za-z0-9_.~-]{32,128}$", var.auth_token))
    error_message = "The auth token must be 32 to 128 URL-safe characters (letters, digits, _ . ~ -), e.g. openssl rand -hex 32."
  }
}

variable "auth_token_update_strategy" {
  description = "How a changed auth_token is applied: ROTATE keeps the old token valid too (while clients move), SET then drops the old one."
  type        = string
  default     = "ROTATE"

  validation {
    condition     = contains(["ROTATE", "SET"], var.auth_token_update_strategy)
    error_message = "The update strategy must be ROTATE or SET."
  }
}

variable "kms_key_arn" {
  description = "KMS key for data at rest, snapshots and the slow-log group."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the cache."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets of the cache subnet group (two or more zones)."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "Multi-AZ needs subnets in at least two availability zones."
  }
}

variable "allowed_security_group_ids" {
  description = "Security groups that may connect on 6379 (the API tasks)."
  type        = map(string)
}

variable "snapshot_retention_days" {
  description = "Days of daily snapshots (sessions survive a lost group)."
  type        = number
  default     = 7

  validation {
    condition     = var.snapshot_retention_days >= 1 && var.snapshot_retention_days <= 35
    error_message = "Keep snapshots for 1 to 35 days."
  }
}

variable "log_retention_days" {
  description = "Days the slow log is kept in CloudWatch."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
