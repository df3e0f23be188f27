# The Azure development environment: a Docker Swarm of Standard_B2s VMs in one VNet, Traefik on the
# manager behind its public IP (DuckDNS name), secrets in Key Vault. Values come from constants.tf.

data "azurerm_client_config" "current" {}

locals {
  arch = local.architecture

  # The node that carries the public IP: web (80/443) and admin SSH reach only it.
  ingress_node_key = "manager-1"

  node_keys = concat(
    [for i in range(local.arch.manager_count) : "manager-${i + 1}"],
    [for i in range(local.arch.worker_count) : "worker-${i + 1}"],
  )

  nodes = {
    for index, key in local.node_keys : key => {
      name       = "${local.arch.name_prefix}-${key}"
      role       = startswith(key, "manager-") ? "manager" : "worker"
      private_ip = cidrhost(local.arch.subnet_cidr, local.arch.first_node_host + index)
      labels     = lookup(local.arch.node_labels, key, {})
    }
  }
}

resource "azurerm_resource_group" "this" {
  name     = "rg-${local.arch.name_prefix}-${local.arch.location}"
  location = local.arch.location
  tags     = local.arch.tags

  lifecycle {
    # One manager carries the only public IP and is the SSH jump host; the Ansible inventory
    # expects exactly one (more managers need their own addresses in the outputs contract).
    precondition {
      condition     = local.arch.manager_count == 1 && local.arch.worker_count >= 2
      error_message = "The dev Swarm has exactly one manager and at least two workers (PostgreSQL primary and standby on different nodes)."
    }
  }
}

module "network" {
  source = "../../../terraform/modules/azure-network"

  name_prefix         = local.arch.name_prefix
  location            = local.arch.location
  resource_group_name = azurerm_resource_group.this.name
  vnet_cidr           = local.arch.vnet_cidr
  subnet_cidr         = local.arch.subnet_cidr
  manager_private_ip  = local.nodes[local.ingress_node_key].private_ip
  admin_cidr          = var.admin_cidr
  tags                = local.arch.tags
}

module "swarm_node" {
  source   = "../../../terraform/modules/azure-swarm-vm"
  for_each = local.nodes

  name                 = each.value.name
  role                 = each.value.role
  location             = local.arch.location
  resource_group_name  = azurerm_resource_group.this.name
  subnet_id            = module.network.subnet_id
  private_ip           = each.value.private_ip
  public_ip            = each.key == local.ingress_node_key
  size                 = local.arch.vm_size
  admin_username       = local.arch.admin_username
  admin_ssh_public_key = var.admin_ssh_public_key
  docker_version       = local.arch.docker_version
  tags                 = local.arch.tags

  os_disk = {
    storage_account_type = local.arch.os_disk_sku
    size_gb              = local.arch.os_disk_size_gb
  }

  data_disk = {
    storage_account_type = local.arch.data_disk_sku
    size_gb              = local.arch.data_disk_size_gb
  }

  image = {
    publisher = local.arch.image_publisher
    offer     = local.arch.image_offer
    sku       = local.arch.image_sku
    version   = local.arch.image_version
  }
}

module "key_vault" {
  source = "../../../terraform/modules/azure-key-vault"

  name                          = "kv-${local.arch.name_prefix}-${var.key_vault_name_suffix}"
  location                      = local.arch.location
  resource_group_name           = azurerm_resource_group.this.name
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  allowed_subnet_ids            = [module.network.subnet_id]
  admin_cidr                    = var.admin_cidr
  soft_delete_retention_days    = local.arch.key_vault_soft_delete_retention_days
  purge_protection_enabled      = local.arch.key_vault_purge_protection_enabled
  secrets_user_principal_ids    = { for key, node in module.swarm_node : key => node.principal_id }
  secrets_officer_principal_ids = var.key_vault_secrets_officer_principal_ids
  tags                          = local.arch.tags
}
