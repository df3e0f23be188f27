terraform {
  required_version = ">= 1.11.0"

  required_providers {
    azurerm = {
      source = "hashicorp/azurerm"
      # Exact pin: provider upgrades are reviewed changes. 4.41.0 is the last release before
      # enable_rbac_authorization was renamed (rbac_authorization_enabled, 4.42.0).
      version = "= 4.41.0"
    }
  }
}

# Credentials and the subscription come from the environment (az login locally; OIDC federation in
# CI: ARM_USE_OIDC, ARM_CLIENT_ID, ARM_TENANT_ID, ARM_SUBSCRIPTION_ID), never from files.
provider "azurerm" {
  storage_use_azuread = true

  features {
    key_vault {
      # A destroyed vault stays soft-deleted (recoverable) rather than being purged by Terraform.
      purge_soft_delete_on_destroy    = false
      recover_soft_deleted_key_vaults = true
    }

    resource_group {
      prevent_deletion_if_contains_resources = true
    }
  }
}
