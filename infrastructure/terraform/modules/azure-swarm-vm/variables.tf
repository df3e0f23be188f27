variable "name" {
  type        = string
  description = "Name of the VM; also its host name and the Swarm node name."

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,62}$", var.name))
    error_message = "name must be 3-63 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "role" {
  type        = string
  description = "Swarm role of the node: manager or worker (a tag; the swarm itself is formed by Ansible)."

  validation {
    condition     = contains(["manager", "worker"], var.role)
    error_message = "role must be manager or worker."
  }
}

variable "location" {
  type        = string
  description = "Azure region of the VM, e.g. eastus2."

  validation {
    condition     = can(regex("^[a-z]+[0-9]?$", var.location))
    error_message = "location must be an Azure region name such as eastus2."
  }
}

variable "resource_group_name" {
  type        = string
  description = "Resource group that holds the VM and its NIC, disks and public IP."

  validation {
    condition     = length(var.resource_group_name) > 0
    error_message = "resource_group_name must not be empty."
  }
}

variable "subnet_id" {
  type        = string
  description = "ID of the subnet the NIC joins (the NSG is attached to the subnet, not to the NIC)."

  validation {
    condition     = length(var.subnet_id) > 0
    error_message = "subnet_id must not be empty."
  }
}

variable "private_ip" {
  type        = string
  description = "Static private IP of the node: Swarm advertise address and Ansible inventory address."

  validation {
    condition     = can(cidrhost("${var.private_ip}/32", 0))
    error_message = "private_ip must be an IPv4 address."
  }
}

variable "public_ip" {
  type        = bool
  description = "Whether the node gets a Standard static public IP (only the ingress manager does)."
  default     = false
}

variable "size" {
  type        = string
  description = "VM size, e.g. Standard_B2s (2 vCPU, 4 GiB)."

  validation {
    condition     = can(regex("^Standard_[A-Za-z0-9_]+$", var.size))
    error_message = "size must be an Azure VM size such as Standard_B2s."
  }
}

variable "admin_username" {
  type        = string
  description = "Name of the administrator account created by Azure (SSH key login only)."

  validation {
    condition     = can(regex("^[a-z_][a-z0-9_-]{0,31}$", var.admin_username)) && !contains(["root", "admin", "administrator"], var.admin_username)
    error_message = "admin_username must be a valid Linux user name and not root/admin/administrator."
  }
}

variable "admin_ssh_public_key" {
  type        = string
  description = "OpenSSH public key of the administrator (ssh-ed25519, ecdsa or rsa). A public key only: private keys never enter Terraform."

  validation {
    condition = (
      can(regex("^(ssh-ed25519|ecdsa-sha2-nistp(256|384|521)|ssh-rsa) [A-Za-z0-9+/=]+( .*)?$", trimspace(var.admin_ssh_public_key))) &&
      !strcontains(var.admin_ssh_public_key, "PRIVATE KEY")
    )
    error_message = "admin_ssh_public_key must be one OpenSSH public key line (ssh-ed25519 AAAA... comment)."
  }
}

variable "os_disk" {
  type = object({
    storage_account_type = string
    size_gb              = number
  })
  description = "OS managed disk: SKU (Premium_LRS for Premium SSD) and size in GiB."

  validation {
    condition     = contains(["Premium_LRS", "Premium_ZRS", "PremiumV2_LRS"], var.os_disk.storage_account_type) && var.os_disk.size_gb >= 30
    error_message = "os_disk must be a Premium SSD SKU of at least 30 GiB."
  }
}

variable "data_disk" {
  type = object({
    storage_account_type = string
    size_gb              = number
  })
  description = "Data managed disk mounted at /var/lib/docker (images, containers and Swarm volumes): SKU and size in GiB."

  validation {
    condition     = contains(["Premium_LRS", "Premium_ZRS"], var.data_disk.storage_account_type) && var.data_disk.size_gb >= 16
    error_message = "data_disk must be a Premium SSD SKU (Premium_LRS or Premium_ZRS) of at least 16 GiB."
  }
}

variable "image" {
  type = object({
    publisher = string
    offer     = string
    sku       = string
    version   = string
  })
  description = "Marketplace image of the OS (Ubuntu LTS; cloud-init uses Docker's Ubuntu repository)."

  validation {
    condition     = var.image.publisher == "Canonical"
    error_message = "image must be a Canonical Ubuntu image: the cloud-init template installs Docker from Docker's Ubuntu repository."
  }
}

variable "docker_version" {
  type        = string
  description = "Exact apt version of docker-ce and docker-ce-cli installed by cloud-init, e.g. 5:27.5.1-1~ubuntu.24.04~noble."

  validation {
    condition     = can(regex("^[0-9]+:[0-9]+\\.[0-9]+\\.[0-9]+-[0-9]+~ubuntu\\.[0-9.]+~[a-z]+$", var.docker_version))
    error_message = "docker_version must be an exact docker-ce apt version such as 5:27.5.1-1~ubuntu.24.04~noble."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags applied to every resource of the node."
  default     = {}
}
