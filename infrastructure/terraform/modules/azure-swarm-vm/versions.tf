terraform {
  required_version = ">= 1.11.0"

  required_providers {
    azurerm = {
      source = "hashicorp/azurerm"
      # The root module pins the exact version; modules only state what they were written for.
      version = ">= 4.41.0, < 5.0.0"
    }
  }
}
