output "certificate_arn" {
  description = "ARN of the certificate, available once DNS validation completed (use it for listeners)."
  value       = aws_acm_certificate_validation.this.certificate_arn
}

output "fqdns" {
  description = "Names pointed at the load balancer."
  value       = [for name in local.names : aws_route53_record.alias[name].fqdn]
}
