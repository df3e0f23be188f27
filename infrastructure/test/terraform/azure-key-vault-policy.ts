import { expression, jsonText, nestedBlocks, resourcesOf, type HclObject, type TerraformModule } from './hcl-module.js';

// The Key Vault policy (issue 7, ADR 0026): RBAC only, firewall default Deny, read access for the
// node identities, and no secret material or access policy anywhere in the Azure configuration.

export function keyVaultViolations(keyVault: TerraformModule, all: TerraformModule[]): string[] {
  const problems: string[] = [];
  for (const module of all) {
    for (const type of ['azurerm_key_vault_access_policy', 'azurerm_key_vault_secret', 'azurerm_key_vault_key']) {
      if (resourcesOf(module, type).length > 0)
        problems.push(`${module.dir}: ${type} puts access policies or secret material in Terraform`);
    }
  }
  const vaults = resourcesOf(keyVault, 'azurerm_key_vault');
  if (vaults.length !== 1) return [...problems, `expected one azurerm_key_vault, found ${vaults.length}`];
  const vault = vaults[0] as { name: string; body: HclObject };
  const body = vault.body;
  if (body.enable_rbac_authorization !== true && body.rbac_authorization_enabled !== true)
    problems.push('azurerm_key_vault: RBAC authorisation must be enabled');
  if (nestedBlocks(body, 'access_policy').length > 0)
    problems.push('azurerm_key_vault: no access_policy blocks (RBAC only)');
  if (body.soft_delete_retention_days === undefined)
    problems.push('azurerm_key_vault: soft_delete_retention_days must be set');
  if (body.purge_protection_enabled === undefined)
    problems.push('azurerm_key_vault: purge_protection_enabled must be an explicit decision');
  const acls = nestedBlocks(body, 'network_acls')[0];
  if (acls?.default_action !== 'Deny') problems.push('azurerm_key_vault: network_acls.default_action must be Deny');
  if (expression(acls?.virtual_network_subnet_ids) !== 'var.allowed_subnet_ids')
    problems.push('azurerm_key_vault: network_acls must admit var.allowed_subnet_ids');
  if (!jsonText(acls?.ip_rules).includes('var.admin_cidr'))
    problems.push('azurerm_key_vault: network_acls must admit only var.admin_cidr by IP');
  const readers = resourcesOf(keyVault, 'azurerm_role_assignment').filter(
    (block) => block.body.role_definition_name === 'Key Vault Secrets User',
  );
  const granted = readers.some(
    (block) =>
      expression(block.body.scope) === `azurerm_key_vault.${vault.name}.id` &&
      expression(block.body.for_each) === 'var.secrets_user_principal_ids' &&
      expression(block.body.principal_id) === 'each.value',
  );
  if (!granted)
    problems.push(
      'azurerm_role_assignment: "Key Vault Secrets User" on the vault for each var.secrets_user_principal_ids',
    );
  return problems;
}
