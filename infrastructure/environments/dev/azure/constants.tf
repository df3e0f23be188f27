# The architecture of the Azure development environment, in one place. Everything in this root
# module reads these values, and infrastructure/test/architecture-constants.test.ts checks that the
# docs (infrastructure/docs) and the Swarm stacks quote and fit them. Literal values only.
locals {
  architecture = {
    environment = "dev"
    cloud       = "azure"
    location    = "eastus2"
    name_prefix = "promata-dev"

    vnet_cidr   = "10.1.0.0/16"
    subnet_cidr = "10.1.1.0/24"
    # Nodes get static addresses from this host number on: 10.1.1.10, 10.1.1.11, 10.1.1.12.
    first_node_host = 10
    # Address pool of the Swarm overlay networks (docker swarm init --default-addr-pool): Docker's
    # default, 10.0.0.0/8, overlaps the VNet.
    swarm_address_pool = "10.128.0.0/16"

    vm_size       = "Standard_B2s"
    vm_vcpus      = 2
    vm_memory_gib = 4
    manager_count = 1
    worker_count  = 2

    os_disk_sku       = "Premium_LRS"
    os_disk_size_gb   = 32
    data_disk_sku     = "Premium_LRS"
    data_disk_size_gb = 64

    image_publisher = "Canonical"
    image_offer     = "ubuntu-24_04-lts"
    image_sku       = "server"
    image_version   = "latest"
    docker_version  = "5:27.5.1-1~ubuntu.24.04~noble"

    admin_username = "promata"
    domain         = "promata-dev.duckdns.org"

    key_vault_soft_delete_retention_days = 7
    key_vault_purge_protection_enabled   = false

    # Swarm node labels by node (manager-N / worker-N); stacks pin services and volumes with them.
    node_labels = {
      "manager-1" = { "promata.edge" = "true", "promata.monitoring" = "true" }
      "worker-1"  = { "promata.postgres" = "primary", "promata.redis" = "true" }
      "worker-2"  = { "promata.postgres" = "standby" }
    }

    tags = {
      project     = "promata"
      environment = "dev"
      managed_by  = "terraform"
    }
  }
}
