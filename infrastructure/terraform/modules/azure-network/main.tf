# The dev network: one VNet, one subnet for the Swarm nodes, an NSG on the subnet that denies every
# inbound flow it does not name, and a NAT gateway for egress (ADR 0025).

resource "azurerm_virtual_network" "this" {
  name                = "vnet-${var.name_prefix}"
  location            = var.location
  resource_group_name = var.resource_group_name
  address_space       = [var.vnet_cidr]
  tags                = var.tags
}

resource "azurerm_subnet" "swarm" {
  name                 = "snet-${var.name_prefix}-swarm"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.this.name
  address_prefixes     = [var.subnet_cidr]
  # Key Vault's network rules admit this subnet through its service endpoint.
  service_endpoints = ["Microsoft.KeyVault"]
  # Implicit "default outbound access" is being retired and gives no stable egress address; the NAT
  # gateway below is the subnet's explicit way out.
  default_outbound_access_enabled = false
}

resource "azurerm_network_security_group" "swarm" {
  name                = "nsg-${var.name_prefix}-swarm"
  location            = var.location
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

resource "azurerm_subnet_network_security_group_association" "swarm" {
  subnet_id                 = azurerm_subnet.swarm.id
  network_security_group_id = azurerm_network_security_group.swarm.id
}

# Only Traefik on the manager faces the internet.
resource "azurerm_network_security_rule" "web_to_manager" {
  name                        = "allow-web-to-manager"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  source_address_prefix       = "Internet"
  destination_port_ranges     = ["80", "443"]
  destination_address_prefix  = var.manager_private_ip
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.swarm.name
}

resource "azurerm_network_security_rule" "ssh_admin_to_manager" {
  name                        = "allow-ssh-admin-to-manager"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  source_address_prefix       = var.admin_cidr
  destination_port_range      = "22"
  destination_address_prefix  = var.manager_private_ip
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.swarm.name
}

# Workers have no public IP: operators and Ansible reach them with the manager as SSH jump host.
resource "azurerm_network_security_rule" "ssh_jump_from_manager" {
  name                        = "allow-ssh-jump-from-manager"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  source_address_prefix       = var.manager_private_ip
  destination_port_range      = "22"
  destination_address_prefix  = var.subnet_cidr
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.swarm.name
}

# Docker Swarm: cluster management, node gossip, overlay data plane and encrypted overlays (ESP),
# from inside the VNet only.
resource "azurerm_network_security_rule" "swarm_management" {
  name                        = "allow-swarm-management"
  priority                    = 200
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  source_address_prefix       = var.vnet_cidr
  destination_port_range      = "2377"
  destination_address_prefix  = var.subnet_cidr
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.swarm.name
}

resource "azurerm_network_security_rule" "swarm_gossip_tcp" {
  name                        = "allow-swarm-gossip-tcp"
  priority                    = 210
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  source_address_prefix       = var.vnet_cidr
  destination_port_range      = "7946"
  destination_address_prefix  = var.subnet_cidr
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.swarm.name
}

resource "azurerm_network_security_rule" "swarm_gossip_udp" {
  name                        = "allow-swarm-gossip-udp"
  priority                    = 220
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  source_address_prefix       = var.vnet_cidr
  destination_port_range      = "7946"
  destination_address_prefix  = var.subnet_cidr
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.swarm.name
}

resource "azurerm_network_security_rule" "swarm_overlay_vxlan" {
  name                        = "allow-swarm-overlay-vxlan"
  priority                    = 230
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  source_address_prefix       = var.vnet_cidr
  destination_port_range      = "4789"
  destination_address_prefix  = var.subnet_cidr
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.swarm.name
}

resource "azurerm_network_security_rule" "swarm_overlay_esp" {
  name                        = "allow-swarm-overlay-esp"
  priority                    = 240
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Esp"
  source_port_range           = "*"
  source_address_prefix       = var.vnet_cidr
  destination_port_range      = "*"
  destination_address_prefix  = var.subnet_cidr
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.swarm.name
}

# Azure's default rules (priority 65000+) allow all VNet and load-balancer traffic; this rule ends
# the list before them so only what is named above gets in.
resource "azurerm_network_security_rule" "deny_all_inbound" {
  name                        = "deny-all-inbound"
  priority                    = 4096
  direction                   = "Inbound"
  access                      = "Deny"
  protocol                    = "*"
  source_port_range           = "*"
  source_address_prefix       = "*"
  destination_port_range      = "*"
  destination_address_prefix  = "*"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.swarm.name
}

# Egress for package and image downloads from nodes without a public IP; outbound only, it accepts
# no inbound connection.
resource "azurerm_public_ip" "nat" {
  name                = "pip-${var.name_prefix}-nat"
  location            = var.location
  resource_group_name = var.resource_group_name
  allocation_method   = "Static"
  sku                 = "Standard"
  tags                = var.tags
}

resource "azurerm_nat_gateway" "this" {
  name                    = "ng-${var.name_prefix}"
  location                = var.location
  resource_group_name     = var.resource_group_name
  sku_name                = "Standard"
  idle_timeout_in_minutes = 10
  tags                    = var.tags
}

resource "azurerm_nat_gateway_public_ip_association" "this" {
  nat_gateway_id       = azurerm_nat_gateway.this.id
  public_ip_address_id = azurerm_public_ip.nat.id
}

resource "azurerm_subnet_nat_gateway_association" "swarm" {
  subnet_id      = azurerm_subnet.swarm.id
  nat_gateway_id = azurerm_nat_gateway.this.id
}
