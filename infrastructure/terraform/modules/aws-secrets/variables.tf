variable "name_prefix" {
  description = "Path prefix of the secret names, e.g. promata/prod."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9/_-]*[a-z0-9]$", var.name_prefix))
    error_message = "The prefix must be lowercase letters, digits, /, _ or -."
  }
}

variable "names" {
  description = "Environment variable names to create one secret each for (e.g. JWT_SECRET)."
  type        = set(string)

  validation {
    condition     = length(var.names) > 0 && alltrue([for name in var.names : can(regex("^[A-Z][A-Z0-9_]*$", name))])
    error_message = "Give at least one name; names are upper-case environment variable names."
  }
}

variable "kms_key_arn" {
  description = "KMS key that encrypts the secrets."
  type        = string
}

variable "recovery_window_in_days" {
  description = "Days a deleted secret can still be restored."
  type        = number
  default     = 30

  validation {
    condition     = var.recovery_window_in_days >= 7 && var.recovery_window_in_days <= 30
    error_message = "The recovery window must be 7 to 30 days."
  }
}

variable "tags" {
  description = "Tags added to every secret."
  type        = map(string)
  default     = {}
}
