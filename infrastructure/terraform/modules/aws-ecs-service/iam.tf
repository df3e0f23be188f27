# Two roles with nothing in common: the execution role is ECS's (pull the image, write logs, read
# exactly the listed secrets), the task role is the application's (the documents bucket only).
locals {
  # The cluster's account and region: ECS may assume the roles only for tasks of this account
  # (confused-deputy protection).
  account_id = split(":", var.cluster_arn)[4]

  ecs_tasks_trust = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Action    = "sts:AssumeRole"
      Condition = {
        StringEquals = { "aws:SourceAccount" = local.account_id }
        ArnLike      = { "aws:SourceArn" = "arn:${split(":", var.cluster_arn)[1]}:ecs:${var.region}:${local.account_id}:*" }
      }
    }]
  })

  pull_from_ecr = var.image_repository_arn == null ? [] : [
    { Sid = "EcrToken", Effect = "Allow", Action = ["ecr:GetAuthorizationToken"], Resource = "*" },
    {
      Sid      = "PullTheImage"
      Effect   = "Allow"
      Action   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      Resource = var.image_repository_arn
    },
  ]

  execution_policy = {
    Version = "2012-10-17"
    Statement = concat(local.pull_from_ecr, [
      {
        Sid      = "WriteOwnLogs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = "${aws_cloudwatch_log_group.this.arn}:*"
      },
      {
        Sid      = "ReadListedSecrets"
        Effect   = "Allow"
        Action   = ["secretsmanager:GetSecretValue"]
        Resource = sort(distinct(values(var.secrets)))
      },
      {
        Sid       = "DecryptSecretsThroughSecretsManager"
        Effect    = "Allow"
        Action    = ["kms:Decrypt"]
        Resource  = var.secrets_kms_key_arn
        Condition = { StringEquals = { "kms:ViaService" = "secretsmanager.${var.region}.amazonaws.com" } }
      },
    ])
  }

  task_policy = {
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ListDocuments"
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = var.documents_bucket_arn
      },
      {
        Sid      = "ReadWriteDocuments"
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
        Resource = "${var.documents_bucket_arn}/*"
      },
      {
        Sid       = "UseDocumentsKeyThroughS3"
        Effect    = "Allow"
        Action    = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource  = var.documents_kms_key_arn
        Condition = { StringEquals = { "kms:ViaService" = "s3.${var.region}.amazonaws.com" } }
      },
    ]
  }
}

resource "aws_iam_role" "execution" {
  name               = "${var.name}-execution"
  assume_role_policy = local.ecs_tasks_trust
  tags               = var.tags
}

resource "aws_iam_role_policy" "execution" {
  name   = "pull-log-read-secrets"
  role   = aws_iam_role.execution.id
  policy = jsonencode(local.execution_policy)
}

resource "aws_iam_role" "task" {
  name               = "${var.name}-task"
  assume_role_policy = local.ecs_tasks_trust
  tags               = var.tags
}

resource "aws_iam_role_policy" "task" {
  name   = "documents-bucket"
  role   = aws_iam_role.task.id
  policy = jsonencode(local.task_policy)
}
