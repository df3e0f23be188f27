# Partial configuration: the bucket (and, if it differs, the lock table) is given at init time,
#   terraform init -backend-config=backend.hcl
# with backend.hcl holding `bucket = "<state bucket>"` (see backend.hcl.example and
# infrastructure/docs/aws-production.md for bootstrapping both), so no account-specific name is
# committed. The state holds the Redis AUTH token: the bucket is SSE-KMS, versioned and private.
terraform {
  backend "s3" {
    key            = "promata/prod/aws/terraform.tfstate"
    region         = "us-east-1"
    encrypt        = true
    dynamodb_table = "promata-terraform-locks"
  }
}
