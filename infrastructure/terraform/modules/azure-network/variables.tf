variable "name_prefix" {
  type        = string
  description = "Prefix of every resource name, e.g. promata-dev."

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,30}$", var.name_prefix))
    error_message = "name_prefix must be 3-31 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "location" {
  type        = string
  description = "Azure region of the network, e.g. eastus2."

  validation {
    condition     = can(regex("^[a-z]+[0-9]?$", var.location))
    error_message = "location must be an Azure region name such as eastus2."
  }
}

variable "resource_group_name" {
  type        = string
  description = "Resource group that holds the network resources."

  validation {
    condition     = length(var.resource_group_name) > 0
    error_message = "resource_group_name must not be empty."
  }
}

variable "vnet_cidr" {
  type        = string
  description = "Address space of the VNet (IPv4 CIDR). Swarm ports are opened to this range only."

  validation {
    condition     = can(cidrnetmask(var.vnet_cidr)) && tonumber(split("/", var.vnet_cidr)[1]) >= 8
    error_message = "vnet_cidr must be an IPv4 CIDR with a prefix of /8 or longer."
  }
}

variable "subnet_cidr" {
  type        = string
  description = "Address range of the Swarm subnet; must lie inside vnet_cidr."

  validation {
    condition     = can(cidrnetmask(var.subnet_cidr))
    error_message = "subnet_cidr must be an IPv4 CIDR."
  }
}

variable "manager_private_ip" {
  type        = string
  description = "Static private IP of the Swarm manager that carries the public IP: the only destination of web (80/443) and admin SSH traffic."

  validation {
    condition     = can(cidrhost("${var.manager_private_ip}/32", 0))
    error_message = "manager_private_ip must be an IPv4 address."
  }
}

variable "admin_cidr" {
  type        = string
  description = "The operators' public network (IPv4 CIDR, /16 or narrower) allowed to SSH to the manager. Never 0.0.0.0/0."

  validation {
    condition = (
      can(cidrnetmask(var.admin_cidr)) &&
      var.admin_cidr != "0.0.0.0/0" &&
      tonumber(split("/", var.admin_cidr)[1]) >= 16
    )
    error_message = "admin_cidr must be an IPv4 CIDR of /16 or narrower (e.g. 203.0.113.7/32), never 0.0.0.0/0."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags applied to every resource."
  default     = {}
}
