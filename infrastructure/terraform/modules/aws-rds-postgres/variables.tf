variable "identifier" {
  description = "Identifier of the DB instance and prefix of its parts."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,54}[a-z0-9]$", var.identifier))
    error_message = "The identifier must be lowercase letters, digits and hyphens, start with a letter and not end with a hyphen."
  }
}

variable "engine_version" {
  description = "PostgreSQL version (major.minor), e.g. 16.6; minor upgrades are applied in the maintenance window."
  type        = string

  validation {
    condition     = can(regex("^(1[5-9])\\.[0-9]+$", var.engine_version))
    error_message = "The engine version must be PostgreSQL 15 or newer, as major.minor (e.g. 16.6)."
  }
}

variable "instance_class" {
  description = "DB instance class, e.g. db.m6g.large."
  type        = string

  validation {
    condition     = startswith(var.instance_class, "db.")
    error_message = "The instance class must be an RDS class such as db.m6g.large."
  }
}

variable "allocated_storage_gib" {
  description = "Initial gp3 storage in GiB."
  type        = number
  default     = 50

  validation {
    condition     = var.allocated_storage_gib >= 20
    error_message = "gp3 storage starts at 20 GiB."
  }
}

variable "max_allocated_storage_gib" {
  description = "Ceiling of storage autoscaling in GiB."
  type        = number
  default     = 200

  validation {
    condition     = var.max_allocated_storage_gib >= var.allocated_storage_gib
    error_message = "The storage ceiling must not be below the allocated storage."
  }
}

variable "database_name" {
  description = "Name of the application database."
  type        = string
  default     = "promata"
}

variable "master_username" {
  description = "Master user (administration only; the application uses its own role)."
  type        = string
  default     = "promata_admin"

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,62}$", var.master_username)) && !contains(["postgres", "admin", "rdsadmin"], var.master_username)
    error_message = "The master username must be a lowercase identifier other than postgres, admin or rdsadmin."
  }
}

variable "multi_az" {
  description = "Keep a synchronous standby in another availability zone."
  type        = bool
  default     = true
}

variable "backup_retention_days" {
  description = "Days of automated backups and point-in-time recovery."
  type        = number
  default     = 14

  validation {
    condition     = var.backup_retention_days >= 7 && var.backup_retention_days <= 35
    error_message = "Keep backups (and point-in-time recovery) for 7 to 35 days."
  }
}

variable "deletion_protection" {
  description = "Refuse to delete the instance until this is turned off."
  type        = bool
  default     = true
}

variable "kms_key_arn" {
  description = "KMS key for storage, Performance Insights, the managed master password and the log groups."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the database."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets of the DB subnet group (two or more zones)."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "A DB subnet group needs subnets in at least two availability zones."
  }
}

variable "allowed_security_group_ids" {
  description = "Security groups that may connect on 5432 (the API tasks)."
  type        = map(string)
}

variable "log_min_duration_statement_ms" {
  description = "Statements slower than this are logged (-1 turns it off)."
  type        = number
  default     = 500
}

variable "log_retention_days" {
  description = "Days the exported PostgreSQL logs are kept in CloudWatch."
  type        = number
  default     = 90
}

variable "performance_insights_retention_days" {
  description = "Days Performance Insights keeps its data (7, or a multiple of 31 up to 731)."
  type        = number
  default     = 7

  validation {
    condition     = var.performance_insights_retention_days == 7 || (var.performance_insights_retention_days % 31 == 0 && var.performance_insights_retention_days <= 731) || var.performance_insights_retention_days == 731
    error_message = "Performance Insights keeps data for 7 days, a multiple of 31 days, or 731 days."
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
