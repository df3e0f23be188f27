output "id" {
  description = "Azure resource ID of the vault."
  value       = azurerm_key_vault.this.id
}

output "name" {
  description = "Name of the vault (az keyvault secret ... --vault-name)."
  value       = azurerm_key_vault.this.name
}

output "uri" {
  description = "Vault URI the nodes call with their managed identity, e.g. https://<name>.vault.azure.net/."
  value       = azurerm_key_vault.this.vault_uri
}
