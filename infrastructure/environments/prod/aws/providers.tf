provider "aws" {
  region = local.architecture.region

  # Refuses to touch any other account, whatever credentials happen to be loaded.
  allowed_account_ids = [var.aws_account_id]

  default_tags {
    tags = local.tags
  }
}
