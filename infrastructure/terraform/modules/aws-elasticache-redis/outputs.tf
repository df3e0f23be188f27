output "replication_group_id" {
  description = "Id of the replication group."
  value       = aws_elasticache_replication_group.this.id
}

output "member_clusters" {
  description = "Node ids (CloudWatch dimension CacheClusterId)."
  value       = sort(tolist(aws_elasticache_replication_group.this.member_clusters))
}

output "primary_endpoint_address" {
  description = "Host of the primary endpoint (use rediss:// with the AUTH token)."
  value       = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "port" {
  description = "Port of the cache."
  value       = aws_elasticache_replication_group.this.port
}

output "security_group_id" {
  description = "Security group of the cache."
  value       = aws_security_group.this.id
}
