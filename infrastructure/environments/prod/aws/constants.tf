# The architecture of the production environment, in one place. Everything else reads these
# values, and a test compares them with the documentation, so keep them literal.
locals {
  architecture = {
    project     = "promata"
    environment = "prod"
    region      = "us-east-1"

    domain      = "promata.example.org"
    hosted_zone = "promata.example.org"

    vpc_cidr             = "10.0.0.0/16"
    az_count             = 2
    public_subnet_cidrs  = ["10.0.0.0/24", "10.0.1.0/24"]
    private_subnet_cidrs = ["10.0.16.0/20", "10.0.32.0/20"]

    app_port       = 3000
    fargate_cpu    = 512
    fargate_memory = 1024
    desired_tasks  = 2
    min_tasks      = 2
    max_tasks      = 6

    rds_instance_class            = "db.m6g.large"
    rds_engine_version            = "16.6"
    rds_allocated_storage_gib     = 50
    rds_max_allocated_storage_gib = 200
    rds_backup_retention_days     = 14

    redis_node_type      = "cache.t4g.small"
    redis_engine_version = "7.1"
    redis_node_count     = 2

    tls_policy         = "ELBSecurityPolicy-TLS13-1-2-2021-06"
    log_retention_days = 90
  }
}
