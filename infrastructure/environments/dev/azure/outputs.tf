# Read by the Ansible inventory generator and the deploy scripts (`terraform output -json`).
# Names, addresses and URIs only: no secret, key or password is ever an output.

output "manager_public_ip" {
  description = "Public IP of the ingress manager: SSH entry point (jump host) and the address DuckDNS points to."
  value       = module.swarm_node[local.ingress_node_key].public_ip
}

output "admin_username" {
  description = "Admin user on every node (SSH key login only)."
  value       = local.arch.admin_username
}

output "nodes" {
  description = "Every Swarm node by name: private IP, role (manager|worker) and Swarm node labels."
  value = {
    for key, node in local.nodes : module.swarm_node[key].name => {
      private_ip = module.swarm_node[key].private_ip
      role       = node.role
      labels     = node.labels
    }
  }
}

output "key_vault_name" {
  description = "Name of the Key Vault holding the environment's secrets."
  value       = module.key_vault.name
}

output "key_vault_uri" {
  description = "URI of the Key Vault, called by the nodes with their managed identities."
  value       = module.key_vault.uri
}

output "domain" {
  description = "DuckDNS name of the environment (updated with manager_public_ip by scripts/duckdns-update.sh)."
  value       = local.arch.domain
}

output "resource_group_name" {
  description = "Resource group holding every resource of the environment."
  value       = azurerm_resource_group.this.name
}

output "vnet_cidr" {
  description = "Address space of the VNet (Swarm ports are open inside it only)."
  value       = local.arch.vnet_cidr
}

output "swarm_address_pool" {
  description = "Address pool for the Swarm's overlay networks (docker swarm init --default-addr-pool); outside the VNet."
  value       = local.arch.swarm_address_pool
}

output "nat_egress_ip" {
  description = "Public IP the nodes' outbound traffic leaves from."
  value       = module.network.nat_egress_ip
}
