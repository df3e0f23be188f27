import { expression, jsonText, nestedBlocks, resourcesOf, type HclObject, type TerraformModule } from './hcl-module.js';

// The Swarm VM module's policy (issue 7, ADR 0025): key-only SSH, system identity, Premium SSD
// disks, cloud-init from a template of the module.

export function vmViolations(vm: TerraformModule): string[] {
  const problems: string[] = [];
  for (const type of [
    'azurerm_virtual_machine',
    'azurerm_windows_virtual_machine',
    'azurerm_linux_virtual_machine_scale_set',
  ]) {
    if (resourcesOf(vm, type).length > 0) problems.push(`${type}: only azurerm_linux_virtual_machine is allowed`);
  }
  const machines = resourcesOf(vm, 'azurerm_linux_virtual_machine');
  if (machines.length !== 1)
    return [...problems, `expected one azurerm_linux_virtual_machine, found ${machines.length}`];
  const body = (machines[0] as { body: HclObject }).body;
  if (body.disable_password_authentication !== true)
    problems.push('azurerm_linux_virtual_machine: disable_password_authentication must be true');
  if (body.admin_password !== undefined) problems.push('azurerm_linux_virtual_machine: admin_password must not be set');
  const keys = nestedBlocks(body, 'admin_ssh_key');
  if (keys.length !== 1 || expression(keys[0]?.public_key) !== 'var.admin_ssh_public_key') {
    problems.push('azurerm_linux_virtual_machine: admin_ssh_key.public_key must come from var.admin_ssh_public_key');
  }
  if (expression(body.size) !== 'var.size') problems.push('azurerm_linux_virtual_machine: size must be var.size');
  const os = nestedBlocks(body, 'os_disk')[0];
  if (expression(os?.storage_account_type) !== 'var.os_disk.storage_account_type')
    problems.push('os_disk: storage_account_type must be var.os_disk.storage_account_type');
  if (!nestedBlocks(body, 'identity').some((identity) => String(identity.type).includes('SystemAssigned'))) {
    problems.push('azurerm_linux_virtual_machine: needs a SystemAssigned identity');
  }
  if (!/templatefile\("\$\{path\.module\}\/[\w.-]+\.tftpl"/.test(String(body.custom_data))) {
    problems.push('azurerm_linux_virtual_machine: custom_data must render a cloud-init template file of the module');
  }
  const disks = resourcesOf(vm, 'azurerm_managed_disk');
  if (disks.length !== 1 || expression(disks[0]?.body.storage_account_type) !== 'var.data_disk.storage_account_type') {
    problems.push('azurerm_managed_disk: one data disk with storage_account_type var.data_disk.storage_account_type');
  }
  const attachment = resourcesOf(vm, 'azurerm_virtual_machine_data_disk_attachment')[0];
  if (
    !attachment ||
    !/^azurerm_managed_disk\.\w+\.id$/.test(expression(attachment.body.managed_disk_id) ?? '') ||
    !/^azurerm_linux_virtual_machine\.\w+\.id$/.test(expression(attachment.body.virtual_machine_id) ?? '')
  ) {
    problems.push('azurerm_virtual_machine_data_disk_attachment: the data disk must be attached to the VM');
  }
  for (const name of ['os_disk', 'data_disk']) {
    const variable = vm.variables.find((block) => block.name === name);
    if (!jsonText(variable?.body.validation).includes('Premium_LRS'))
      problems.push(`variable ${name}: validation must require a Premium SSD SKU`);
  }
  return problems;
}
