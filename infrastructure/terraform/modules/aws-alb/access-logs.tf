# Access logs (who asked what, answered how, how fast) for incident analysis. ELB writes them only
# to SSE-S3 buckets, so this bucket has its own settings instead of the documents bucket's key;
# only the region's ELB log delivery account may write, only under AWSLogs/<this account>/.
data "aws_elb_service_account" "current" {
  count = var.access_logs_bucket_name == null ? 0 : 1
}

data "aws_caller_identity" "current" {
  count = var.access_logs_bucket_name == null ? 0 : 1
}

resource "aws_s3_bucket" "access_logs" {
  count = var.access_logs_bucket_name == null ? 0 : 1

  bucket        = var.access_logs_bucket_name
  force_destroy = false
  tags          = var.tags
}

resource "aws_s3_bucket_ownership_controls" "access_logs" {
  count  = length(aws_s3_bucket.access_logs)
  bucket = aws_s3_bucket.access_logs[0].id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_public_access_block" "access_logs" {
  count                   = length(aws_s3_bucket.access_logs)
  bucket                  = aws_s3_bucket.access_logs[0].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "access_logs" {
  count  = length(aws_s3_bucket.access_logs)
  bucket = aws_s3_bucket.access_logs[0].id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "access_logs" {
  count  = length(aws_s3_bucket.access_logs)
  bucket = aws_s3_bucket.access_logs[0].id

  rule {
    id     = "expire-access-logs"
    status = "Enabled"

    filter {}

    expiration {
      days = var.access_logs_retention_days
    }
  }
}

resource "aws_s3_bucket_policy" "access_logs" {
  count  = length(aws_s3_bucket.access_logs)
  bucket = aws_s3_bucket.access_logs[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "ElbLogDelivery"
        Effect    = "Allow"
        Principal = { AWS = data.aws_elb_service_account.current[0].arn }
        Action    = "s3:PutObject"
        Resource  = "${aws_s3_bucket.access_logs[0].arn}/AWSLogs/${data.aws_caller_identity.current[0].account_id}/*"
      },
      {
        Sid       = "DenyWithoutTls"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [aws_s3_bucket.access_logs[0].arn, "${aws_s3_bucket.access_logs[0].arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })

  depends_on = [aws_s3_bucket_public_access_block.access_logs]
}
