# One Docker Swarm node: NIC with a static private IP, optional public IP, an Ubuntu VM with an SSH
# key only and a system-assigned identity (it reads Key Vault secrets with it), and a Premium SSD
# data disk that cloud-init mounts at /var/lib/docker before installing Docker.

resource "azurerm_public_ip" "this" {
  count = var.public_ip ? 1 : 0

  name                = "pip-${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  allocation_method   = "Static"
  sku                 = "Standard"
  tags                = var.tags
}

resource "azurerm_network_interface" "this" {
  name                = "nic-${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  tags                = var.tags

  ip_configuration {
    name                          = "primary"
    subnet_id                     = var.subnet_id
    private_ip_address_allocation = "Static"
    private_ip_address            = var.private_ip
    public_ip_address_id          = var.public_ip ? azurerm_public_ip.this[0].id : null
  }
}

resource "azurerm_linux_virtual_machine" "this" {
  name                  = var.name
  computer_name         = var.name
  location              = var.location
  resource_group_name   = var.resource_group_name
  size                  = var.size
  network_interface_ids = [azurerm_network_interface.this.id]
  tags                  = merge(var.tags, { swarm_role = var.role })

  admin_username                  = var.admin_username
  disable_password_authentication = true

  admin_ssh_key {
    username   = var.admin_username
    public_key = var.admin_ssh_public_key
  }

  os_disk {
    name                 = "osdisk-${var.name}"
    caching              = "ReadWrite"
    storage_account_type = var.os_disk.storage_account_type
    disk_size_gb         = var.os_disk.size_gb
  }

  source_image_reference {
    publisher = var.image.publisher
    offer     = var.image.offer
    sku       = var.image.sku
    version   = var.image.version
  }

  identity {
    type = "SystemAssigned"
  }

  # Custom data is readable by anyone who can read the VM: the template holds no secret.
  custom_data = base64encode(templatefile("${path.module}/cloud-init.yaml.tftpl", {
    docker_version = var.docker_version
    data_device    = "/dev/disk/azure/scsi1/lun0"
    data_mount     = "/var/lib/docker"
  }))

  # Managed boot diagnostics storage: serial console and boot screenshots without a storage account.
  boot_diagnostics {}
}

resource "azurerm_managed_disk" "data" {
  name                 = "datadisk-${var.name}"
  location             = var.location
  resource_group_name  = var.resource_group_name
  storage_account_type = var.data_disk.storage_account_type
  create_option        = "Empty"
  disk_size_gb         = var.data_disk.size_gb
  tags                 = var.tags
}

resource "azurerm_virtual_machine_data_disk_attachment" "data" {
  managed_disk_id    = azurerm_managed_disk.data.id
  virtual_machine_id = azurerm_linux_virtual_machine.this.id
  # The cloud-init template waits for this LUN.
  lun = 0
  # Write-heavy (database WAL, Redis AOF): host read caching would not help and "None" keeps
  # writes' semantics simple.
  caching = "None"
}
