output "name" {
  description = "Name of the VM (host name and Swarm node name)."
  value       = azurerm_linux_virtual_machine.this.name
}

output "private_ip" {
  description = "Static private IP of the node."
  value       = azurerm_network_interface.this.private_ip_address
}

output "public_ip" {
  description = "Public IP of the node, or null when it has none."
  value       = var.public_ip ? azurerm_public_ip.this[0].ip_address : null
}

output "principal_id" {
  description = "Object ID of the VM's system-assigned identity (granted Key Vault Secrets User by the root module)."
  value       = azurerm_linux_virtual_machine.this.identity[0].principal_id
}

output "vm_id" {
  description = "Azure resource ID of the VM."
  value       = azurerm_linux_virtual_machine.this.id
}
