variable "name" {
  description = "Name of the service, its task definition family, log group and roles (e.g. promata-prod-api)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,40}$", var.name))
    error_message = "The name must be 2-41 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "region" {
  description = "Region of the log group (awslogs driver)."
  type        = string
}

variable "cluster_arn" {
  description = "ECS cluster that runs the service (its account also scopes the roles' trust)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:ecs:[a-z0-9-]+:[0-9]{12}:cluster/.+$", var.cluster_arn))
    error_message = "The cluster must be an ECS cluster ARN."
  }
}

variable "cluster_name" {
  description = "Name of the same cluster (autoscaling resource id)."
  type        = string
}

variable "image" {
  description = "Container image pinned by digest (…@sha256:…) or by an immutable version tag; never latest."
  type        = string

  validation {
    condition = can(regex("@sha256:[0-9a-f]{64}$", var.image)) || (
      can(regex(":[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", element(split("/", var.image), length(split("/", var.image)) - 1)))
      && !endswith(var.image, ":latest")
    )
    error_message = "Pin the image by digest (repo@sha256:<64 hex>) or by a version tag (repo:1.4.2); untagged images and :latest are refused."
  }
}

variable "image_repository_arn" {
  description = "ECR repository of the image, whose pulls the execution role may make; null when the image comes from another registry."
  type        = string
  default     = null

  validation {
    condition     = var.image_repository_arn == null || can(regex("^arn:aws[a-z-]*:ecr:[a-z0-9-]+:[0-9]{12}:repository/.+$", var.image_repository_arn))
    error_message = "The repository must be an ECR repository ARN."
  }
}

variable "container_name" {
  description = "Name of the application container."
  type        = string
  default     = "api"
}

variable "container_port" {
  description = "Port the application listens on (PORT)."
  type        = number
  default     = 3000

  validation {
    condition     = var.container_port >= 1024 && var.container_port <= 65535
    error_message = "The container port must be unprivileged (1024-65535): the container runs as non-root."
  }
}

variable "container_user" {
  description = "uid:gid the container runs as (non-root)."
  type        = string
  default     = "1000:1000"

  validation {
    condition     = can(regex("^[1-9][0-9]*:[1-9][0-9]*$", var.container_user))
    error_message = "The container user must be a non-root uid:gid, e.g. 1000:1000."
  }
}

variable "cpu" {
  description = "Fargate task CPU units (256, 512, 1024, 2048, 4096, 8192 or 16384)."
  type        = number

  validation {
    condition     = contains([256, 512, 1024, 2048, 4096, 8192, 16384], var.cpu)
    error_message = "Fargate CPU must be 256, 512, 1024, 2048, 4096, 8192 or 16384 units."
  }
}

variable "memory" {
  description = "Fargate task memory in MiB; must be a combination Fargate supports for the chosen cpu."
  type        = number

  validation {
    condition = contains(lookup({
      "256"   = [512, 1024, 2048]
      "512"   = [for gib in range(1, 5) : gib * 1024]
      "1024"  = [for gib in range(2, 9) : gib * 1024]
      "2048"  = [for gib in range(4, 17) : gib * 1024]
      "4096"  = [for gib in range(8, 31) : gib * 1024]
      "8192"  = [for gib in range(16, 61, 4) : gib * 1024]
      "16384" = [for gib in range(32, 121, 8) : gib * 1024]
    }, tostring(var.cpu), []), var.memory)
    error_message = "This cpu/memory pair is not a Fargate size (e.g. 512 CPU takes 1024-4096 MiB in 1024 steps; 256 CPU takes 512, 1024 or 2048)."
  }
}

variable "cpu_architecture" {
  description = "CPU architecture of the image (X86_64 or ARM64)."
  type        = string
  default     = "X86_64"

  validation {
    condition     = contains(["X86_64", "ARM64"], var.cpu_architecture)
    error_message = "The CPU architecture must be X86_64 or ARM64."
  }
}

variable "desired_count" {
  description = "Tasks at creation; autoscaling moves it between min_count and max_count afterwards."
  type        = number
}

variable "min_count" {
  description = "Fewest tasks autoscaling keeps (two or more keeps the service up when a zone or a task fails)."
  type        = number

  validation {
    condition     = var.min_count >= 1
    error_message = "Keep at least one task."
  }
}

variable "max_count" {
  description = "Most tasks autoscaling starts."
  type        = number

  validation {
    condition     = var.max_count >= var.min_count && var.desired_count >= var.min_count && var.desired_count <= var.max_count
    error_message = "The counts must satisfy min_count <= desired_count <= max_count."
  }
}

variable "cpu_target_percent" {
  description = "Average CPU utilisation the service scales to hold."
  type        = number
  default     = 60

  validation {
    condition     = var.cpu_target_percent >= 20 && var.cpu_target_percent <= 90
    error_message = "The CPU target must be between 20 and 90 percent."
  }
}

variable "requests_per_target" {
  description = "ALB requests per task per minute the service scales to hold; null scales on CPU only."
  type        = number
  default     = null
}

variable "request_count_resource_label" {
  description = "<alb arn suffix>/<target group arn suffix>, required with requests_per_target."
  type        = string
  default     = null
}

variable "vpc_id" {
  description = "VPC of the tasks."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets the tasks run in (no public IP is ever assigned)."
  type        = list(string)

  validation {
    condition     = length(var.private_subnet_ids) >= 2
    error_message = "Spread the tasks over at least two private subnets (availability zones)."
  }
}

variable "alb_security_group_id" {
  description = "Security group of the load balancer, the only source allowed to reach the tasks."
  type        = string
}

variable "target_group_arn" {
  description = "Load balancer target group the service registers its tasks in."
  type        = string
}

variable "egress_to_security_groups" {
  description = "Services the tasks may reach inside the VPC: name => { security_group_id, port } (database, cache)."
  type = map(object({
    security_group_id = string
    port              = number
  }))
  default = {}
}

variable "egress_internet_ports" {
  description = "TCP ports the tasks may reach through the NAT gateways (443: AWS APIs, registry, S3; 587/465: SMTP)."
  type        = list(number)
  default     = [443, 465, 587]
}

variable "environment" {
  description = "Plain environment variables of the container (never secrets)."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for key in keys(var.environment) : can(regex("^[A-Z][A-Z0-9_]*$", key))])
    error_message = "Environment variable names must be upper-case letters, digits and underscores."
  }
}

variable "secrets" {
  description = "Environment variables injected by ECS from Secrets Manager: NAME => secret ARN."
  type        = map(string)

  validation {
    condition     = alltrue([for arn in values(var.secrets) : can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+$", arn))])
    error_message = "Every secret must be a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>)."
  }

  validation {
    condition     = length(setintersection(keys(var.secrets), keys(var.environment))) == 0
    error_message = "A variable is either a secret or plain environment, never both."
  }
}

variable "secrets_kms_key_arn" {
  description = "KMS key the secrets are encrypted with (the execution role may decrypt through Secrets Manager only)."
  type        = string
}

variable "documents_bucket_arn" {
  description = "The documents bucket, the only AWS resource the application may use."
  type        = string
}

variable "documents_kms_key_arn" {
  description = "KMS key of the documents bucket."
  type        = string
}

variable "log_retention_days" {
  description = "Days the container logs are kept."
  type        = number
  default     = 90

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "The retention must be one of the values CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, ...)."
  }
}

variable "logs_kms_key_arn" {
  description = "KMS key of the log group."
  type        = string
}

variable "health_check_path" {
  description = "Liveness path probed inside the container (the load balancer probes readiness separately)."
  type        = string
  default     = "/health/live"
}

variable "health_check_grace_period_seconds" {
  description = "Time after a task starts before load balancer health checks count."
  type        = number
  default     = 60
}

variable "migration_command" {
  description = "Command of the one-shot migration task."
  type        = list(string)
  default     = ["node", "dist/cli.js", "db:migrate"]

  validation {
    condition     = length(var.migration_command) > 0
    error_message = "The migration command cannot be empty."
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
