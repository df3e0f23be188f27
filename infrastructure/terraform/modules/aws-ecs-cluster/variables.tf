variable "name" {
  description = "Name of the ECS cluster."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9_-]{0,254}$", var.name))
    error_message = "The cluster name must start with a letter and hold only letters, digits, _ and -."
  }
}

variable "container_insights" {
  description = "Container Insights level: enabled, or enhanced (per-task and per-container metrics)."
  type        = string
  default     = "enhanced"

  validation {
    condition     = contains(["enabled", "enhanced"], var.container_insights)
    error_message = "Container Insights must be enabled or enhanced in this platform."
  }
}

variable "tags" {
  description = "Tags added to the cluster."
  type        = map(string)
  default     = {}
}
