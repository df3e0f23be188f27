# Production on AWS: the API on ECS Fargate behind an ALB, RDS PostgreSQL and ElastiCache Redis
# in private subnets, documents in S3, secrets in Secrets Manager, alarms to SNS.
# Sizes, CIDRs and names come from constants.tf.
locals {
  arch = local.architecture
  name = "${local.arch.project}-${local.arch.environment}"

  tags = {
    Project     = local.arch.project
    Environment = local.arch.environment
    ManagedBy   = "terraform"
  }

  # Every secret the API reads in production (README "Configuration"); values are set out of band.
  secret_names = ["DATABASE_URL", "REDIS_URL", "JWT_SECRET", "DATA_ENCRYPTION_KEY", "SMTP_URL", "METRICS_TOKEN"]

  # A fixed name is known at plan time, so the per-node Redis alarms can be keyed by it.
  redis_group_id = "${local.name}-redis"
}

data "aws_partition" "current" {}

data "aws_availability_zones" "available" {
  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

data "aws_route53_zone" "public" {
  name         = local.arch.hosted_zone
  private_zone = false
}

module "kms" {
  source = "../../../terraform/modules/aws-kms-key"

  name       = local.name
  account_id = var.aws_account_id
  region     = local.arch.region
  partition  = data.aws_partition.current.partition
}

module "network" {
  source = "../../../terraform/modules/aws-network"

  name                    = local.name
  vpc_cidr                = local.arch.vpc_cidr
  availability_zones      = slice(data.aws_availability_zones.available.names, 0, local.arch.az_count)
  public_subnet_cidrs     = local.arch.public_subnet_cidrs
  private_subnet_cidrs    = local.arch.private_subnet_cidrs
  flow_log_retention_days = local.arch.log_retention_days
  kms_key_arn             = module.kms.key_arn
}

module "certificate_dns" {
  source = "../../../terraform/modules/aws-certificate-dns"

  zone_id      = data.aws_route53_zone.public.zone_id
  domain_name  = local.arch.domain
  alb_dns_name = module.alb.dns_name
  alb_zone_id  = module.alb.zone_id
}

module "alb" {
  source = "../../../terraform/modules/aws-alb"

  name              = local.name
  vpc_id            = module.network.vpc_id
  public_subnet_ids = module.network.public_subnet_ids
  certificate_arn   = module.certificate_dns.certificate_arn
  ssl_policy        = local.arch.tls_policy
  target_port       = local.arch.app_port

  access_logs_bucket_name = "${local.name}-alb-logs-${var.aws_account_id}"
}

module "secrets" {
  source = "../../../terraform/modules/aws-secrets"

  name_prefix = "${local.arch.project}/${local.arch.environment}"
  names       = toset(local.secret_names)
  kms_key_arn = module.kms.key_arn
}

module "documents" {
  source = "../../../terraform/modules/aws-s3-documents"

  bucket_name = "${local.name}-documents-${var.aws_account_id}"
  kms_key_arn = module.kms.key_arn
}

module "ecs_cluster" {
  source = "../../../terraform/modules/aws-ecs-cluster"

  name               = local.name
  container_insights = "enhanced"
}

module "api" {
  source = "../../../terraform/modules/aws-ecs-service"

  name                 = "${local.name}-api"
  region               = local.arch.region
  cluster_arn          = module.ecs_cluster.arn
  cluster_name         = module.ecs_cluster.name
  image                = var.container_image
  image_repository_arn = var.image_repository_arn
  container_port       = local.arch.app_port

  cpu           = local.arch.fargate_cpu
  memory        = local.arch.fargate_memory
  desired_count = local.arch.desired_tasks
  min_count     = local.arch.min_tasks
  max_count     = local.arch.max_tasks

  requests_per_target          = var.requests_per_target
  request_count_resource_label = module.alb.request_count_resource_label

  vpc_id                = module.network.vpc_id
  private_subnet_ids    = module.network.private_subnet_ids
  alb_security_group_id = module.alb.security_group_id
  target_group_arn      = module.alb.target_group_arn
  egress_to_security_groups = {
    postgres = { security_group_id = module.database.security_group_id, port = 5432 }
    redis    = { security_group_id = module.redis.security_group_id, port = 6379 }
  }

  environment = {
    NODE_ENV    = "production"
    HOST        = "0.0.0.0"
    PUBLIC_URL  = "https://${local.arch.domain}"
    DATA_DIR    = "/tmp/promata"
    LOG_LEVEL   = "info"
    DEMO_SEED   = "off"
    TRUST_PROXY = "1"
    S3_BUCKET   = module.documents.bucket_name
    S3_REGION   = local.arch.region
    MAIL_FROM   = "Pró-Mata <no-reply@${local.arch.domain}>"
    # Readiness turns 503 first, so the load balancer (15 s probes) stops sending before the drain.
    SHUTDOWN_GRACE_MS   = "20000"
    SHUTDOWN_TIMEOUT_MS = "8000"
  }
  secrets              = module.secrets.arns
  secrets_kms_key_arn  = module.kms.key_arn
  documents_bucket_arn = module.documents.bucket_arn
  # The bucket is encrypted with the environment key; the task may use it only through S3.
  documents_kms_key_arn = module.kms.key_arn
  log_retention_days    = local.arch.log_retention_days
  logs_kms_key_arn      = module.kms.key_arn

  # ECS refuses a target group that no listener uses yet: create the listeners first.
  depends_on = [module.alb]
}

module "database" {
  source = "../../../terraform/modules/aws-rds-postgres"

  identifier                = "${local.name}-postgres"
  engine_version            = local.arch.rds_engine_version
  instance_class            = local.arch.rds_instance_class
  allocated_storage_gib     = local.arch.rds_allocated_storage_gib
  max_allocated_storage_gib = local.arch.rds_max_allocated_storage_gib
  backup_retention_days     = local.arch.rds_backup_retention_days
  multi_az                  = true
  deletion_protection       = true
  kms_key_arn               = module.kms.key_arn
  vpc_id                    = module.network.vpc_id
  subnet_ids                = module.network.private_subnet_ids
  allowed_security_group_ids = {
    api = module.api.security_group_id
  }
  log_retention_days = local.arch.log_retention_days
}

module "redis" {
  source = "../../../terraform/modules/aws-elasticache-redis"

  name               = local.redis_group_id
  engine_version     = local.arch.redis_engine_version
  node_type          = local.arch.redis_node_type
  num_cache_clusters = local.arch.redis_node_count
  auth_token         = var.redis_auth_token
  # ROTATE, then SET once REDIS_URL carries the new token (infrastructure/docs/aws-production.md).
  auth_token_update_strategy = var.redis_auth_token_update_strategy
  kms_key_arn                = module.kms.key_arn
  vpc_id                     = module.network.vpc_id
  subnet_ids                 = module.network.private_subnet_ids
  allowed_security_group_ids = {
    api = module.api.security_group_id
  }
}

module "alarms" {
  source = "../../../terraform/modules/aws-alarms"

  name                       = local.name
  alarm_email                = var.alarm_email
  account_id                 = var.aws_account_id
  kms_key_arn                = module.kms.key_arn
  alb_arn_suffix             = module.alb.arn_suffix
  target_group_arn_suffix    = module.alb.target_group_arn_suffix
  ecs_cluster_name           = module.ecs_cluster.name
  ecs_service_name           = module.api.service_name
  rds_instance_identifier    = module.database.instance_identifier
  redis_replication_group_id = local.redis_group_id
  redis_node_count           = local.arch.redis_node_count
}
