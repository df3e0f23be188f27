# Plans the production root and each module against a mocked AWS provider (no cloud, no
# credentials) and asserts the architecture: sizes, Multi-AZ, private networking, least-privilege
# security groups and IAM, encryption, deletion protection, secrets from Secrets Manager.
mock_provider "aws" {
  override_during = plan

  mock_data "aws_availability_zones" {
    defaults = { names = ["us-east-1a", "us-east-1b", "us-east-1c"] }
  }

  mock_data "aws_partition" {
    defaults = { partition = "aws" }
  }

  mock_data "aws_elb_service_account" {
    defaults = { arn = "arn:aws:iam::127311923021:root" }
  }

  mock_data "aws_caller_identity" {
    defaults = { account_id = "123456789012" }
  }

  mock_data "aws_route53_zone" {
    defaults = { zone_id = "Z0000000000000EXAMPLE" }
  }

  mock_resource "aws_secretsmanager_secret" {
    defaults = { arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:promata/prod/EXAMPLE-AbCdEf" }
  }

  mock_resource "aws_cloudwatch_log_group" {
    defaults = { arn = "arn:aws:logs:us-east-1:123456789012:log-group:/example" }
  }

  mock_resource "aws_s3_bucket" {
    defaults = { arn = "arn:aws:s3:::promata-prod-documents-123456789012" }
  }

  mock_resource "aws_kms_key" {
    defaults = { arn = "arn:aws:kms:us-east-1:123456789012:key/00000000-0000-0000-0000-000000000000" }
  }

  mock_resource "aws_db_instance" {
    defaults = {
      master_user_secret = [{
        secret_arn    = "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-00000000-AbCdEf"
        kms_key_id    = "arn:aws:kms:us-east-1:123456789012:key/00000000-0000-0000-0000-000000000000"
        secret_status = "active"
      }]
    }
  }
}

variables {
  aws_account_id   = "123456789012"
  container_image  = "123456789012.dkr.ecr.us-east-1.amazonaws.com/promata-api@sha256:0000000000000000000000000000000000000000000000000000000000000000"
  alarm_email      = "operators@example.org"
  redis_auth_token = "example-token-0123456789abcdef0123456789"

  # Inputs of the module runs below (fake identifiers).
  vpc_id                = "vpc-0123456789abcdef0"
  private_subnet_ids    = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
  public_subnet_ids     = ["subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"]
  tasks_security_group  = "sg-0task0000000000001"
  alb_security_group_id = "sg-0alb00000000000001"
  kms_key_arn           = "arn:aws:kms:us-east-1:123456789012:key/00000000-0000-0000-0000-000000000000"
  secrets = {
    DATABASE_URL        = "arn:aws:secretsmanager:us-east-1:123456789012:secret:promata/prod/DATABASE_URL-AAAAAA"
    REDIS_URL           = "arn:aws:secretsmanager:us-east-1:123456789012:secret:promata/prod/REDIS_URL-BBBBBB"
    JWT_SECRET          = "arn:aws:secretsmanager:us-east-1:123456789012:secret:promata/prod/JWT_SECRET-CCCCCC"
    DATA_ENCRYPTION_KEY = "arn:aws:secretsmanager:us-east-1:123456789012:secret:promata/prod/DATA_ENCRYPTION_KEY-DDDDDD"
    SMTP_URL            = "arn:aws:secretsmanager:us-east-1:123456789012:secret:promata/prod/SMTP_URL-EEEEEE"
    METRICS_TOKEN       = "arn:aws:secretsmanager:us-east-1:123456789012:secret:promata/prod/METRICS_TOKEN-FFFFFF"
  }
}

run "production_root" {
  command = plan

  assert {
    condition     = output.region == "us-east-1" && output.architecture.vpc_cidr == "10.0.0.0/16"
    error_message = "Production runs in us-east-1 in VPC 10.0.0.0/16."
  }

  assert {
    condition     = output.architecture.fargate_cpu == 512 && output.architecture.fargate_memory == 1024
    error_message = "API tasks are Fargate 512 CPU / 1024 MiB."
  }

  assert {
    condition     = output.architecture.az_count >= 2 && output.architecture.min_tasks >= 2 && output.architecture.redis_node_count >= 2
    error_message = "At least two zones, two API tasks and two Redis nodes."
  }

  assert {
    condition     = toset(keys(output.secret_arns)) == toset(["DATABASE_URL", "REDIS_URL", "JWT_SECRET", "DATA_ENCRYPTION_KEY", "SMTP_URL", "METRICS_TOKEN"])
    error_message = "Every secret the API reads in production has a Secrets Manager secret."
  }

  assert {
    condition     = alltrue([for arn in values(output.secret_arns) : startswith(arn, "arn:aws:secretsmanager:")]) && startswith(output.rds_master_user_secret_arn, "arn:aws:secretsmanager:")
    error_message = "Secret outputs are Secrets Manager ARNs, never values."
  }

  assert {
    condition     = output.public_url == "https://promata.example.org" && output.ecs_service_name == "promata-prod-api" && output.ecs_cluster_name == "promata-prod"
    error_message = "Deploy scripts find the service, the cluster and the URL under the expected names."
  }

  assert {
    condition     = length(output.private_subnet_ids) == output.architecture.az_count && output.migration_task_definition_family == "promata-prod-api-migrate"
    error_message = "The migration task runs in the private subnets from its own task definition family."
  }
}

run "network" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-network"
  }

  variables {
    name                 = "promata-prod"
    vpc_cidr             = run.production_root.architecture.vpc_cidr
    availability_zones   = ["us-east-1a", "us-east-1b"]
    public_subnet_cidrs  = run.production_root.architecture.public_subnet_cidrs
    private_subnet_cidrs = run.production_root.architecture.private_subnet_cidrs
  }

  assert {
    condition     = aws_vpc.this.cidr_block == "10.0.0.0/16" && length(aws_subnet.private) == 2 && length(aws_subnet.public) == 2
    error_message = "One public and one private subnet per zone in 10.0.0.0/16."
  }

  assert {
    condition     = alltrue([for subnet in values(merge(aws_subnet.private, aws_subnet.public)) : !subnet.map_public_ip_on_launch])
    error_message = "No subnet hands out public IPs."
  }

  assert {
    condition     = length(aws_nat_gateway.this) == 2 && alltrue([for route in values(aws_route.private_nat) : route.destination_cidr_block == "0.0.0.0/0" && route.gateway_id == null])
    error_message = "Each zone's private subnet leaves through its own NAT gateway, never an internet gateway."
  }

  assert {
    condition     = aws_flow_log.this.traffic_type == "ALL" && aws_cloudwatch_log_group.flow_logs.retention_in_days == 90 && aws_cloudwatch_log_group.flow_logs.kms_key_id == var.kms_key_arn
    error_message = "VPC flow logs capture all traffic into an encrypted log group with retention."
  }

  assert {
    condition     = length(aws_default_security_group.this.ingress) == 0 && length(aws_default_security_group.this.egress) == 0
    error_message = "The default security group has no rules."
  }
}

run "certificate_and_dns" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-certificate-dns"
  }

  variables {
    zone_id      = "Z0000000000000EXAMPLE"
    domain_name  = run.production_root.architecture.domain
    alb_dns_name = "promata-prod-0123456789.us-east-1.elb.amazonaws.com"
    alb_zone_id  = "Z35SXDOTRQ7X7K"
  }

  assert {
    condition     = aws_acm_certificate.this.validation_method == "DNS" && length(aws_route53_record.validation) == 1
    error_message = "The certificate is validated through a Route 53 record."
  }

  assert {
    condition = (
      aws_route53_record.alias["promata.example.org"].type == "A"
      && one(aws_route53_record.alias["promata.example.org"].alias).name == var.alb_dns_name
      && one(aws_route53_record.alias["promata.example.org"].alias).evaluate_target_health
    )
    error_message = "The domain is an alias of the load balancer that follows its health."
  }
}

run "kms_key" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-kms-key"
  }

  variables {
    name       = "promata-prod"
    account_id = "123456789012"
    region     = "us-east-1"
  }

  assert {
    condition     = aws_kms_key.this.enable_key_rotation && aws_kms_key.this.deletion_window_in_days == 30
    error_message = "The environment key rotates yearly and waits 30 days before deletion."
  }

  assert {
    condition = alltrue([
      for statement in jsondecode(aws_kms_key.this.policy).Statement :
      try(statement.Principal.AWS, "") == "arn:aws:iam::123456789012:root" || can(statement.Condition)
    ])
    error_message = "Only the account itself gets the key unconditionally; services only for this account's resources."
  }
}

run "load_balancer" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-alb"
  }

  variables {
    name                    = "promata-prod"
    certificate_arn         = "arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000"
    access_logs_bucket_name = "promata-prod-alb-logs-123456789012"
  }

  assert {
    condition = (
      one(aws_lb.this.access_logs).enabled && one(aws_s3_bucket_public_access_block.access_logs).restrict_public_buckets
      && one(one(one(aws_s3_bucket_server_side_encryption_configuration.access_logs).rule).apply_server_side_encryption_by_default).sse_algorithm == "AES256"
      && jsondecode(one(aws_s3_bucket_policy.access_logs).policy).Statement[0].Principal.AWS == "arn:aws:iam::127311923021:root"
      && endswith(jsondecode(one(aws_s3_bucket_policy.access_logs).policy).Statement[0].Resource, "/AWSLogs/123456789012/*")
    )
    error_message = "Access logs go to a private SSE-S3 bucket that only the region's ELB log delivery may write to."
  }

  assert {
    condition = (
      toset([for rule in values(aws_vpc_security_group_ingress_rule.public) : "${rule.cidr_ipv4}:${rule.from_port}-${rule.to_port}"])
      == toset(["0.0.0.0/0:80-80", "0.0.0.0/0:443-443"])
    )
    error_message = "The load balancer accepts exactly 80 and 443 from the internet."
  }

  assert {
    condition = (
      aws_lb_listener.http.default_action[0].type == "redirect"
      && aws_lb_listener.http.default_action[0].redirect[0].protocol == "HTTPS"
      && aws_lb_listener.http.default_action[0].redirect[0].status_code == "HTTP_301"
    )
    error_message = "HTTP is redirected to HTTPS."
  }

  assert {
    condition     = aws_lb_listener.https.protocol == "HTTPS" && aws_lb_listener.https.ssl_policy == "ELBSecurityPolicy-TLS13-1-2-2021-06"
    error_message = "HTTPS uses the TLS 1.3/1.2 policy."
  }

  assert {
    condition = (
      aws_lb_target_group.api.target_type == "ip" && aws_lb_target_group.api.port == 3000
      && aws_lb_target_group.api.health_check[0].path == "/health/ready"
    )
    error_message = "Fargate tasks are IP targets on 3000 probed at /health/ready."
  }

  assert {
    condition     = aws_lb.this.drop_invalid_header_fields && aws_lb.this.enable_deletion_protection && !aws_lb.this.internal
    error_message = "The load balancer drops invalid headers and is protected from deletion."
  }
}

run "cluster" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-ecs-cluster"
  }

  variables {
    name = "promata-prod"
  }

  assert {
    condition     = one([for setting in aws_ecs_cluster.this.setting : setting.value if setting.name == "containerInsights"]) != "disabled"
    error_message = "Container Insights is on."
  }
}

run "api_service" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-ecs-service"
  }

  variables {
    name                         = "promata-prod-api"
    region                       = "us-east-1"
    cluster_arn                  = "arn:aws:ecs:us-east-1:123456789012:cluster/promata-prod"
    cluster_name                 = "promata-prod"
    image                        = var.container_image
    cpu                          = run.production_root.architecture.fargate_cpu
    memory                       = run.production_root.architecture.fargate_memory
    desired_count                = run.production_root.architecture.desired_tasks
    min_count                    = run.production_root.architecture.min_tasks
    max_count                    = run.production_root.architecture.max_tasks
    requests_per_target          = 1000
    request_count_resource_label = "app/promata-prod/0123456789abcdef/targetgroup/promata-prod-api/0123456789abcdef"
    target_group_arn             = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/promata-prod-api/0123456789abcdef"
    environment                  = { NODE_ENV = "production", MIGRATE_ON_START = "true" }
    secrets_kms_key_arn          = var.kms_key_arn
    documents_bucket_arn         = "arn:aws:s3:::promata-prod-documents-123456789012"
    documents_kms_key_arn        = var.kms_key_arn
    logs_kms_key_arn             = var.kms_key_arn
    egress_to_security_groups = {
      postgres = { security_group_id = "sg-0postgres00000001", port = 5432 }
      redis    = { security_group_id = "sg-0redis0000000001", port = 6379 }
    }
  }

  assert {
    condition = (
      aws_ecs_task_definition.api.cpu == "512" && aws_ecs_task_definition.api.memory == "1024"
      && aws_ecs_task_definition.api.network_mode == "awsvpc"
      && aws_ecs_task_definition.api.requires_compatibilities == toset(["FARGATE"])
    )
    error_message = "The API task is Fargate awsvpc, 512 CPU / 1024 MiB."
  }

  assert {
    condition = (
      aws_ecs_service.api.network_configuration[0].assign_public_ip == false
      && aws_ecs_service.api.network_configuration[0].subnets == toset(var.private_subnet_ids)
      && aws_ecs_service.api.launch_type == "FARGATE"
    )
    error_message = "Tasks run in the private subnets without public IPs."
  }

  assert {
    condition     = aws_ecs_service.api.deployment_circuit_breaker[0].enable && aws_ecs_service.api.deployment_circuit_breaker[0].rollback
    error_message = "A failing deployment is rolled back by the circuit breaker."
  }

  assert {
    condition = alltrue([
      for container in jsondecode(aws_ecs_task_definition.api.container_definitions) :
      container.readonlyRootFilesystem && !container.privileged && container.user != "0" && !startswith(container.user, "root")
    ])
    error_message = "The API container runs non-root, unprivileged, with a read-only root filesystem."
  }

  assert {
    condition = (
      tomap({ for secret in jsondecode(aws_ecs_task_definition.api.container_definitions)[0].secrets : secret.name => secret.valueFrom }) == var.secrets
    )
    error_message = "Every secret is injected by ECS from its Secrets Manager ARN."
  }

  assert {
    condition = (
      { for entry in jsondecode(aws_ecs_task_definition.api.container_definitions)[0].environment : entry.name => entry.value }["MIGRATE_ON_START"] == "false"
      && { for entry in jsondecode(aws_ecs_task_definition.api.container_definitions)[0].environment : entry.name => entry.value }["PORT"] == "3000"
      && !contains([for entry in jsondecode(aws_ecs_task_definition.api.container_definitions)[0].environment : entry.name], "DATABASE_URL")
    )
    error_message = "Replicas never migrate on start (even if asked to), listen on 3000, and get no secret as plain environment."
  }

  assert {
    condition = (
      strcontains(jsonencode(jsondecode(aws_ecs_task_definition.api.container_definitions)[0].healthCheck.command), "/health/live")
      && jsondecode(aws_ecs_task_definition.api.container_definitions)[0].logConfiguration.logDriver == "awslogs"
      && aws_cloudwatch_log_group.this.retention_in_days == 90 && aws_cloudwatch_log_group.this.kms_key_id == var.kms_key_arn
    )
    error_message = "The container health check probes /health/live and logs go to an encrypted group with retention."
  }

  assert {
    condition = (
      jsondecode(aws_ecs_task_definition.migrate.container_definitions)[0].command == ["node", "dist/cli.js", "db:migrate"]
      && jsondecode(aws_ecs_task_definition.migrate.container_definitions)[0].readonlyRootFilesystem
      && aws_ecs_task_definition.migrate.task_role_arn == null
    )
    error_message = "A separate one-shot task definition runs the migrations, without a task role."
  }

  assert {
    condition = (
      aws_vpc_security_group_ingress_rule.from_alb.referenced_security_group_id == var.alb_security_group_id
      && aws_vpc_security_group_ingress_rule.from_alb.cidr_ipv4 == null
      && aws_vpc_security_group_ingress_rule.from_alb.from_port == 3000 && aws_vpc_security_group_ingress_rule.from_alb.to_port == 3000
    )
    error_message = "Tasks accept only the load balancer's security group, on 3000."
  }

  assert {
    condition = (
      jsonencode(one([for statement in jsondecode(aws_iam_role_policy.execution.policy).Statement : statement.Resource if statement.Sid == "ReadListedSecrets"])) == jsonencode(sort(values(var.secrets)))
      && length([for statement in jsondecode(aws_iam_role_policy.execution.policy).Statement : statement if contains(flatten([statement.Action]), "secretsmanager:GetSecretValue")]) == 1
    )
    error_message = "The execution role may read exactly the listed secrets."
  }

  assert {
    condition = alltrue([
      for statement in jsondecode(aws_iam_role_policy.task.policy).Statement :
      alltrue([for resource in flatten([statement.Resource]) : startswith(resource, var.documents_bucket_arn) || resource == var.kms_key_arn])
    ])
    error_message = "The task role may use only the documents bucket (and its key)."
  }

  assert {
    condition = (
      aws_appautoscaling_target.this.min_capacity == 2 && aws_appautoscaling_target.this.max_capacity == 6
      && aws_appautoscaling_policy.cpu.target_tracking_scaling_policy_configuration[0].predefined_metric_specification[0].predefined_metric_type == "ECSServiceAverageCPUUtilization"
      && aws_appautoscaling_policy.requests[0].target_tracking_scaling_policy_configuration[0].predefined_metric_specification[0].predefined_metric_type == "ALBRequestCountPerTarget"
    )
    error_message = "The service scales between 2 and 6 tasks by target tracking on CPU and requests."
  }
}

run "database" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-rds-postgres"
  }

  variables {
    identifier                 = "promata-prod-postgres"
    engine_version             = run.production_root.architecture.rds_engine_version
    instance_class             = run.production_root.architecture.rds_instance_class
    backup_retention_days      = run.production_root.architecture.rds_backup_retention_days
    subnet_ids                 = var.private_subnet_ids
    allowed_security_group_ids = { api = var.tasks_security_group }
  }

  assert {
    condition = (
      aws_db_instance.this.multi_az && aws_db_instance.this.storage_encrypted && aws_db_instance.this.kms_key_id == var.kms_key_arn
      && !aws_db_instance.this.publicly_accessible
    )
    error_message = "PostgreSQL is Multi-AZ, encrypted with the environment key and not public."
  }

  assert {
    condition = (
      aws_db_instance.this.backup_retention_period >= 7 && aws_db_instance.this.deletion_protection
      && !aws_db_instance.this.skip_final_snapshot && aws_db_instance.this.final_snapshot_identifier != null
    )
    error_message = "Backups (PITR) for at least 7 days, deletion protection and a final snapshot."
  }

  assert {
    condition = (
      aws_db_instance.this.manage_master_user_password && aws_db_instance.this.password == null
      && aws_db_instance.this.performance_insights_enabled
      && aws_db_instance.this.enabled_cloudwatch_logs_exports == toset(["postgresql", "upgrade"])
    )
    error_message = "RDS manages the master password; Performance Insights and log exports are on."
  }

  assert {
    condition     = one([for parameter in aws_db_parameter_group.this.parameter : parameter.value if parameter.name == "rds.force_ssl"]) == "1" && aws_db_parameter_group.this.family == "postgres16"
    error_message = "The parameter group forces TLS."
  }

  assert {
    condition = (
      length(aws_vpc_security_group_ingress_rule.clients) == 1
      && aws_vpc_security_group_ingress_rule.clients["api"].referenced_security_group_id == var.tasks_security_group
      && aws_vpc_security_group_ingress_rule.clients["api"].cidr_ipv4 == null
      && aws_vpc_security_group_ingress_rule.clients["api"].from_port == 5432
    )
    error_message = "PostgreSQL accepts only the API tasks' security group."
  }
}

run "redis" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-elasticache-redis"
  }

  variables {
    name                       = "promata-prod-redis"
    node_type                  = run.production_root.architecture.redis_node_type
    num_cache_clusters         = run.production_root.architecture.redis_node_count
    auth_token                 = var.redis_auth_token
    subnet_ids                 = var.private_subnet_ids
    allowed_security_group_ids = { api = var.tasks_security_group }
  }

  assert {
    condition = (
      aws_elasticache_replication_group.this.multi_az_enabled && aws_elasticache_replication_group.this.automatic_failover_enabled
      && aws_elasticache_replication_group.this.num_cache_clusters >= 2
    )
    error_message = "Redis is Multi-AZ with a replica and automatic failover."
  }

  assert {
    condition = (
      aws_elasticache_replication_group.this.transit_encryption_enabled && aws_elasticache_replication_group.this.transit_encryption_mode == "required"
      && aws_elasticache_replication_group.this.at_rest_encryption_enabled && aws_elasticache_replication_group.this.kms_key_id == var.kms_key_arn
      && nonsensitive(aws_elasticache_replication_group.this.auth_token == var.redis_auth_token)
    )
    error_message = "Redis requires TLS and the AUTH token and is encrypted at rest."
  }

  assert {
    condition = (
      length(aws_vpc_security_group_ingress_rule.clients) == 1
      && aws_vpc_security_group_ingress_rule.clients["api"].referenced_security_group_id == var.tasks_security_group
      && aws_vpc_security_group_ingress_rule.clients["api"].from_port == 6379
    )
    error_message = "Redis accepts only the API tasks' security group."
  }
}

run "documents_bucket" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-s3-documents"
  }

  variables {
    bucket_name = "promata-prod-documents-123456789012"
  }

  assert {
    condition = alltrue([
      aws_s3_bucket_public_access_block.this.block_public_acls, aws_s3_bucket_public_access_block.this.block_public_policy,
      aws_s3_bucket_public_access_block.this.ignore_public_acls, aws_s3_bucket_public_access_block.this.restrict_public_buckets,
    ]) && one(aws_s3_bucket_ownership_controls.this.rule).object_ownership == "BucketOwnerEnforced"
    error_message = "The documents bucket is private by every switch and ACLs are disabled."
  }

  assert {
    condition = (
      one(one(aws_s3_bucket_server_side_encryption_configuration.this.rule).apply_server_side_encryption_by_default).sse_algorithm == "aws:kms"
      && aws_s3_bucket_versioning.this.versioning_configuration[0].status == "Enabled"
    )
    error_message = "Documents are SSE-KMS encrypted and versioned."
  }

  assert {
    condition     = anytrue([for statement in jsondecode(aws_s3_bucket_policy.this.policy).Statement : statement.Effect == "Deny" && try(statement.Condition.Bool["aws:SecureTransport"], "") == "false"])
    error_message = "The bucket policy denies requests without TLS."
  }
}

run "secrets" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-secrets"
  }

  variables {
    name_prefix = "promata/prod"
    names       = ["JWT_SECRET", "DATABASE_URL"]
  }

  assert {
    condition     = alltrue([for secret in values(aws_secretsmanager_secret.this) : secret.kms_key_id == var.kms_key_arn && secret.recovery_window_in_days == 30])
    error_message = "Secrets are encrypted with the environment key and recoverable for 30 days."
  }

  assert {
    condition     = aws_secretsmanager_secret.this["JWT_SECRET"].name == "promata/prod/JWT_SECRET"
    error_message = "Secrets are named <prefix>/<ENVIRONMENT_VARIABLE>."
  }
}

run "alarms" {
  command = plan

  module {
    source = "../../../terraform/modules/aws-alarms"
  }

  variables {
    name                       = "promata-prod"
    account_id                 = "123456789012"
    alb_arn_suffix             = "app/promata-prod/0123456789abcdef"
    target_group_arn_suffix    = "targetgroup/promata-prod-api/0123456789abcdef"
    ecs_cluster_name           = "promata-prod"
    ecs_service_name           = "promata-prod-api"
    rds_instance_identifier    = "promata-prod-postgres"
    redis_replication_group_id = "promata-prod-redis"
    redis_node_count           = 2
  }

  assert {
    condition = length(setsubtract(
      ["alb-5xx", "target-5xx", "target-response-time", "ecs-cpu", "ecs-memory", "rds-cpu", "rds-free-storage", "rds-connections", "redis-memory-promata-prod-redis-001", "redis-memory-promata-prod-redis-002"],
      keys(aws_cloudwatch_metric_alarm.this),
    )) == 0
    error_message = "Alarms cover ALB 5xx, response time, ECS CPU/memory, RDS CPU/storage/connections and Redis memory."
  }

  assert {
    condition     = alltrue([for alarm in values(aws_cloudwatch_metric_alarm.this) : length(alarm.alarm_actions) == 1 && length(alarm.ok_actions) == 1])
    error_message = "Every alarm notifies the SNS topic when it fires and when it recovers."
  }

  assert {
    condition     = aws_sns_topic.alarms.kms_master_key_id == var.kms_key_arn && aws_sns_topic_subscription.email.endpoint == "operators@example.org"
    error_message = "The alarm topic is encrypted and mails the operators."
  }
}
