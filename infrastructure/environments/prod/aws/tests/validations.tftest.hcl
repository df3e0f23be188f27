# Inputs that would break the architecture are refused at plan time, with a clear message.
mock_provider "aws" {
  override_during = plan

  mock_data "aws_availability_zones" {
    defaults = { names = ["us-east-1a", "us-east-1b", "us-east-1c"] }
  }
}

variables {
  aws_account_id   = "123456789012"
  container_image  = "123456789012.dkr.ecr.us-east-1.amazonaws.com/promata-api:1.0.0"
  alarm_email      = "operators@example.org"
  redis_auth_token = "example-token-0123456789abcdef0123456789"
  kms_key_arn      = "arn:aws:kms:us-east-1:123456789012:key/00000000-0000-0000-0000-000000000000"
}

run "root_inputs" {
  command = plan

  variables {
    aws_account_id  = "12345"
    container_image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/promata-api:latest"
    alarm_email     = ""
  }

  expect_failures = [var.aws_account_id, var.container_image, var.alarm_email]
}

run "network_cidrs" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-network"
  }

  variables {
    name                 = "promata-prod"
    vpc_cidr             = "10.0.0.0/33"
    availability_zones   = ["us-east-1a", "us-east-1b"]
    public_subnet_cidrs  = ["10.0.0.0/24"]
    private_subnet_cidrs = ["10.0.300.0/20", "10.0.32.0/20"]
  }

  expect_failures = [var.vpc_cidr, var.public_subnet_cidrs, var.private_subnet_cidrs]
}

run "fargate_size_image_and_secrets" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-ecs-service"
  }

  variables {
    name                  = "promata-prod-api"
    region                = "us-east-1"
    cluster_arn           = "arn:aws:ecs:us-east-1:123456789012:cluster/promata-prod"
    cluster_name          = "promata-prod"
    image                 = "promata-api"
    cpu                   = 512
    memory                = 512
    desired_count         = 2
    min_count             = 2
    max_count             = 6
    vpc_id                = "vpc-0123456789abcdef0"
    private_subnet_ids    = ["subnet-0aaaaaaaaaaaaaaa1"]
    alb_security_group_id = "sg-0alb00000000000001"
    target_group_arn      = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/promata-prod-api/0123456789abcdef"
    secrets               = { JWT_SECRET = "plain-text-is-not-an-arn" }
    secrets_kms_key_arn   = var.kms_key_arn
    documents_bucket_arn  = "arn:aws:s3:::promata-prod-documents-123456789012"
    documents_kms_key_arn = var.kms_key_arn
    logs_kms_key_arn      = var.kms_key_arn
  }

  expect_failures = [var.image, var.memory, var.private_subnet_ids, var.secrets]
}

run "tls_policy_and_target_port" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-alb"
  }

  variables {
    name              = "promata-prod"
    vpc_id            = "vpc-0123456789abcdef0"
    public_subnet_ids = ["subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"]
    certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000"
    ssl_policy        = "ELBSecurityPolicy-2016-08"
    target_port       = 80
  }

  expect_failures = [var.ssl_policy, var.target_port]
}

run "database_durability" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-rds-postgres"
  }

  variables {
    identifier                 = "promata-prod-postgres"
    engine_version             = "13.4"
    instance_class             = "db.m6g.large"
    backup_retention_days      = 3
    vpc_id                     = "vpc-0123456789abcdef0"
    subnet_ids                 = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
    allowed_security_group_ids = { api = "sg-0task0000000000001" }
  }

  expect_failures = [var.engine_version, var.backup_retention_days]
}

run "redis_token_and_replica" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-elasticache-redis"
  }

  variables {
    name                       = "promata-prod-redis"
    node_type                  = "cache.t4g.small"
    num_cache_clusters         = 1
    auth_token                 = "short"
    vpc_id                     = "vpc-0123456789abcdef0"
    subnet_ids                 = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
    allowed_security_group_ids = { api = "sg-0task0000000000001" }
  }

  expect_failures = [var.num_cache_clusters, var.auth_token]
}

run "alarm_email" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-alarms"
  }

  variables {
    name                       = "promata-prod"
    alarm_email                = ""
    account_id                 = "123456789012"
    alb_arn_suffix             = "app/promata-prod/0123456789abcdef"
    target_group_arn_suffix    = "targetgroup/promata-prod-api/0123456789abcdef"
    ecs_cluster_name           = "promata-prod"
    ecs_service_name           = "promata-prod-api"
    rds_instance_identifier    = "promata-prod-postgres"
    redis_replication_group_id = "promata-prod-redis"
    redis_node_count           = 2
  }

  expect_failures = [var.alarm_email]
}

run "container_insights_cannot_be_off" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-ecs-cluster"
  }

  variables {
    name               = "promata-prod"
    container_insights = "disabled"
  }

  expect_failures = [var.container_insights]
}
