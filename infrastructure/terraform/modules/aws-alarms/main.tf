# Every alarm notifies the same encrypted topic when it fires and when it recovers, so the person
# on call also learns that a problem went away.
locals {
  redis_nodes = [for index in range(1, var.redis_node_count + 1) : format("%s-%03d", var.redis_replication_group_id, index)]

  alb_dimensions = tomap({ LoadBalancer = var.alb_arn_suffix })
  tg_dimensions  = tomap({ LoadBalancer = var.alb_arn_suffix, TargetGroup = var.target_group_arn_suffix })
  ecs_dimensions = tomap({ ClusterName = var.ecs_cluster_name, ServiceName = var.ecs_service_name })
  rds_dimensions = tomap({ DBInstanceIdentifier = var.rds_instance_identifier })

  alarms = merge(
    {
      "alb-5xx" = {
        description = "The load balancer itself answered 5xx (no healthy task, or tasks refusing connections)."
        namespace   = "AWS/ApplicationELB", metric = "HTTPCode_ELB_5XX_Count", statistic = "Sum"
        dimensions  = local.alb_dimensions, period = 300, periods = 1, comparison = "GreaterThanThreshold"
        threshold   = var.thresholds.alb_5xx_per_5_minutes, missing = "notBreaching"
      }
      "target-5xx" = {
        description = "API tasks answered 5xx (application errors, database or Redis unavailable, load shedding)."
        namespace   = "AWS/ApplicationELB", metric = "HTTPCode_Target_5XX_Count", statistic = "Sum"
        dimensions  = local.tg_dimensions, period = 300, periods = 1, comparison = "GreaterThanThreshold"
        threshold   = var.thresholds.target_5xx_per_5_minutes, missing = "notBreaching"
      }
      "target-response-time" = {
        description = "p95 response time of the API is high for 5 minutes."
        namespace   = "AWS/ApplicationELB", metric = "TargetResponseTime", statistic = "p95"
        dimensions  = local.tg_dimensions, period = 60, periods = 5, comparison = "GreaterThanThreshold"
        threshold   = var.thresholds.target_response_p95_seconds, missing = "notBreaching"
      }
      "ecs-cpu" = {
        description = "API tasks' average CPU stays high although autoscaling should add tasks (at max count?)."
        namespace   = "AWS/ECS", metric = "CPUUtilization", statistic = "Average"
        dimensions  = local.ecs_dimensions, period = 300, periods = 3, comparison = "GreaterThanThreshold"
        threshold   = var.thresholds.ecs_cpu_percent, missing = "breaching"
      }
      "ecs-memory" = {
        description = "API tasks' average memory is high (leak or undersized task)."
        namespace   = "AWS/ECS", metric = "MemoryUtilization", statistic = "Average"
        dimensions  = local.ecs_dimensions, period = 300, periods = 3, comparison = "GreaterThanThreshold"
        threshold   = var.thresholds.ecs_memory_percent, missing = "breaching"
      }
      "rds-cpu" = {
        description = "Database CPU is high for 15 minutes."
        namespace   = "AWS/RDS", metric = "CPUUtilization", statistic = "Average"
        dimensions  = local.rds_dimensions, period = 300, periods = 3, comparison = "GreaterThanThreshold"
        threshold   = var.thresholds.rds_cpu_percent, missing = "breaching"
      }
      "rds-free-storage" = {
        description = "Database free storage is low (storage autoscaling at its ceiling, or runaway growth)."
        namespace   = "AWS/RDS", metric = "FreeStorageSpace", statistic = "Minimum"
        dimensions  = local.rds_dimensions, period = 300, periods = 1, comparison = "LessThanThreshold"
        threshold   = var.thresholds.rds_free_storage_gib * 1073741824, missing = "breaching"
      }
      "rds-connections" = {
        description = "Database connections are close to what the instance and the API pools allow."
        namespace   = "AWS/RDS", metric = "DatabaseConnections", statistic = "Maximum"
        dimensions  = local.rds_dimensions, period = 300, periods = 2, comparison = "GreaterThanThreshold"
        threshold   = var.thresholds.rds_connections, missing = "breaching"
      }
    },
    {
      for node in local.redis_nodes : "redis-memory-${node}" => {
        description = "Redis node ${node} memory is filling up; with noeviction, writes (logins, rate limits) fail when full."
        namespace   = "AWS/ElastiCache", metric = "DatabaseMemoryUsagePercentage", statistic = "Maximum"
        dimensions  = tomap({ CacheClusterId = node }), period = 300, periods = 2, comparison = "GreaterThanThreshold"
        threshold   = var.thresholds.redis_memory_percent, missing = "breaching"
      }
    },
  )

  percentile_statistics = ["p50", "p90", "p95", "p99"]
}

resource "aws_sns_topic" "alarms" {
  name              = "${var.name}-alarms"
  kms_master_key_id = var.kms_key_arn
  tags              = var.tags
}

resource "aws_sns_topic_policy" "alarms" {
  arn = aws_sns_topic.alarms.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "CloudWatchAlarmsOfThisAccount"
      Effect    = "Allow"
      Principal = { Service = "cloudwatch.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = aws_sns_topic.alarms.arn
      Condition = { StringEquals = { "aws:SourceAccount" = var.account_id } }
    }]
  })
}

resource "aws_sns_topic_subscription" "email" {
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}

resource "aws_cloudwatch_metric_alarm" "this" {
  for_each = local.alarms

  alarm_name          = "${var.name}-${each.key}"
  alarm_description   = each.value.description
  namespace           = each.value.namespace
  metric_name         = each.value.metric
  dimensions          = each.value.dimensions
  statistic           = contains(local.percentile_statistics, each.value.statistic) ? null : each.value.statistic
  extended_statistic  = contains(local.percentile_statistics, each.value.statistic) ? each.value.statistic : null
  period              = each.value.period
  evaluation_periods  = each.value.periods
  datapoints_to_alarm = each.value.periods
  comparison_operator = each.value.comparison
  threshold           = each.value.threshold
  treat_missing_data  = each.value.missing
  alarm_actions       = [aws_sns_topic.alarms.arn]
  ok_actions          = [aws_sns_topic.alarms.arn]
  tags                = var.tags
}
