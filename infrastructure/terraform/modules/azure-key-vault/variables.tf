variable "name" {
  type        = string
  description = "Globally unique Key Vault name (3-24 characters: letters, digits, hyphens)."

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$", var.name))
    error_message = "name must be 3-24 letters, digits or hyphens, start with a letter and not end with a hyphen."
  }
}

variable "location" {
  type        = string
  description = "Azure region of the vault, e.g. eastus2."

  validation {
    condition     = can(regex("^[a-z]+[0-9]?$", var.location))
    error_message = "location must be an Azure region name such as eastus2."
  }
}

variable "resource_group_name" {
  type        = string
  description = "Resource group that holds the vault."

  validation {
    condition     = length(var.resource_group_name) > 0
    error_message = "resource_group_name must not be empty."
  }
}

variable "tenant_id" {
  type        = string
  description = "Microsoft Entra tenant ID that authenticates requests to the vault."

  validation {
    condition     = can(regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", var.tenant_id))
    error_message = "tenant_id must be a GUID."
  }
}

variable "allowed_subnet_ids" {
  type        = list(string)
  description = "Subnets (with the Microsoft.KeyVault service endpoint) allowed through the vault firewall."

  validation {
    condition     = length(var.allowed_subnet_ids) > 0
    error_message = "allowed_subnet_ids must name at least the Swarm subnet."
  }
}

variable "admin_cidr" {
  type        = string
  description = "The operators' public network (IPv4 CIDR) allowed through the vault firewall to manage secrets. Never 0.0.0.0/0."

  validation {
    condition = (
      can(cidrnetmask(var.admin_cidr)) &&
      var.admin_cidr != "0.0.0.0/0" &&
      tonumber(split("/", var.admin_cidr)[1]) >= 16
    )
    error_message = "admin_cidr must be an IPv4 CIDR of /16 or narrower, never 0.0.0.0/0."
  }
}

variable "soft_delete_retention_days" {
  type        = number
  description = "Days a deleted vault or secret stays recoverable (Azure allows 7 to 90)."

  validation {
    condition     = var.soft_delete_retention_days >= 7 && var.soft_delete_retention_days <= 90
    error_message = "soft_delete_retention_days must be between 7 and 90."
  }
}

variable "purge_protection_enabled" {
  type        = bool
  description = "Whether soft-deleted secrets and the vault are protected from purge until retention ends (irreversible once on; see ADR 0026)."
}

variable "secrets_user_principal_ids" {
  type        = map(string)
  description = "Principals (by a stable key such as the node name) granted Key Vault Secrets User: read secret values, nothing else."

  validation {
    condition     = alltrue([for id in values(var.secrets_user_principal_ids) : id != null && id != ""])
    error_message = "secrets_user_principal_ids must not contain empty principal IDs."
  }
}

variable "secrets_officer_principal_ids" {
  type        = map(string)
  description = "Principals (operators or their group, by a stable key) granted Key Vault Secrets Officer: create, rotate and delete secrets."
  default     = {}

  validation {
    condition     = alltrue([for id in values(var.secrets_officer_principal_ids) : can(regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", id))])
    error_message = "secrets_officer_principal_ids values must be object IDs (GUIDs)."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags applied to the vault."
  default     = {}
}
