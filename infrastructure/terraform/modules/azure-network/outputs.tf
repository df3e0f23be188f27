output "vnet_id" {
  description = "ID of the VNet."
  value       = azurerm_virtual_network.this.id
}

output "subnet_id" {
  description = "ID of the Swarm subnet (NICs and the Key Vault network rule use it)."
  value       = azurerm_subnet.swarm.id
  # VMs must not boot before their subnet has its NSG and its way out: cloud-init downloads Docker
  # on first boot, and default outbound access is disabled.
  depends_on = [
    azurerm_subnet_network_security_group_association.swarm,
    azurerm_subnet_nat_gateway_association.swarm,
  ]
}

output "network_security_group_id" {
  description = "ID of the NSG associated with the Swarm subnet."
  value       = azurerm_network_security_group.swarm.id
}

output "nat_egress_ip" {
  description = "Public IP every node's outbound traffic leaves from (for allow-lists of external services)."
  value       = azurerm_public_ip.nat.ip_address
}
