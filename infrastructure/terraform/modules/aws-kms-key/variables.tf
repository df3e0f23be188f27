variable "name" {
  description = "Alias of the key without the alias/ prefix, e.g. promata-prod."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9/_-]{1,250}$", var.name)) && !startswith(var.name, "aws/")
    error_message = "The name must be 1-250 characters of letters, digits, /, _ or - and must not start with aws/."
  }
}

variable "account_id" {
  description = "AWS account that owns the key; its administrators manage it through IAM."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id))
    error_message = "The account id must be 12 digits."
  }
}

variable "region" {
  description = "Region of the key; CloudWatch Logs of this region may use it for log groups of this account."
  type        = string
}

variable "partition" {
  description = "AWS partition (aws, aws-us-gov, aws-cn)."
  type        = string
  default     = "aws"
}

variable "deletion_window_in_days" {
  description = "Waiting period before a scheduled deletion takes effect; the longest window leaves time to notice a mistake."
  type        = number
  default     = 30

  validation {
    condition     = var.deletion_window_in_days >= 7 && var.deletion_window_in_days <= 30
    error_message = "The deletion window must be between 7 and 30 days."
  }
}

variable "tags" {
  description = "Tags added to the key."
  type        = map(string)
  default     = {}
}
