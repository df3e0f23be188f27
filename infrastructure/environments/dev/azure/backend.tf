# Remote state in an Azure Storage blob, locked by blob lease. Partial configuration: the storage
# account comes from `terraform init -backend-config=backend.hcl` (see backend.hcl.example and
# infrastructure/docs/azure-development.md), so no account name or key is committed.
terraform {
  backend "azurerm" {
    key              = "promata/dev/azure.tfstate"
    use_azuread_auth = true
  }
}
