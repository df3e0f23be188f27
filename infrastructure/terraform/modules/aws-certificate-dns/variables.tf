variable "zone_id" {
  description = "Route 53 public hosted zone that holds the domain."
  type        = string
}

variable "domain_name" {
  description = "Domain served by the load balancer, e.g. reservas.example.org."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.domain_name))
    error_message = "The domain name must be a lowercase fully qualified domain name without a trailing dot."
  }
}

variable "subject_alternative_names" {
  description = "Other names on the certificate, each also pointed at the load balancer (e.g. www.<domain>)."
  type        = list(string)
  default     = []
}

variable "alb_dns_name" {
  description = "DNS name of the load balancer the alias records point at."
  type        = string
}

variable "alb_zone_id" {
  description = "Route 53 zone id of the load balancer's DNS name."
  type        = string
}

variable "tags" {
  description = "Tags added to the certificate."
  type        = map(string)
  default     = {}
}
