# Only what differs per operator or must not be committed; the architecture is in constants.tf.

variable "admin_cidr" {
  type        = string
  description = "The operators' public network (IPv4 CIDR, /16 or narrower) allowed to SSH to the manager and through the Key Vault firewall. Never 0.0.0.0/0."

  validation {
    condition = (
      can(cidrnetmask(var.admin_cidr)) &&
      var.admin_cidr != "0.0.0.0/0" &&
      tonumber(split("/", var.admin_cidr)[1]) >= 16
    )
    error_message = "admin_cidr must be an IPv4 CIDR of /16 or narrower (e.g. 203.0.113.7/32), never 0.0.0.0/0."
  }
}

variable "admin_ssh_public_key" {
  type        = string
  description = "OpenSSH public key installed for the admin user on every node. Public key only: the private key stays on the operator's machine."

  validation {
    condition = (
      can(regex("^(ssh-ed25519|ecdsa-sha2-nistp(256|384|521)|ssh-rsa) [A-Za-z0-9+/=]+( .*)?$", trimspace(var.admin_ssh_public_key))) &&
      !strcontains(var.admin_ssh_public_key, "PRIVATE KEY")
    )
    error_message = "admin_ssh_public_key must be one OpenSSH public key line (ssh-ed25519 AAAA... comment)."
  }
}

variable "key_vault_name_suffix" {
  type        = string
  description = "Suffix that makes the globally unique Key Vault name kv-promata-dev-<suffix> (a soft-deleted vault keeps its name for the retention period)."

  validation {
    condition     = can(regex("^[a-z0-9]{3,8}$", var.key_vault_name_suffix))
    error_message = "key_vault_name_suffix must be 3-8 lowercase letters or digits."
  }
}

variable "key_vault_secrets_officer_principal_ids" {
  type        = map(string)
  description = "Operators (or their Entra group) allowed to create and rotate secrets, by a stable key: object IDs (GUIDs)."
  default     = {}

  validation {
    condition     = alltrue([for id in values(var.key_vault_secrets_officer_principal_ids) : can(regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", id))])
    error_message = "key_vault_secrets_officer_principal_ids values must be object IDs (GUIDs)."
  }
}
