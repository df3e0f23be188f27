# Tasks take traffic from the load balancer only, on the app port; they reach the database and
# cache by security group, and the internet (AWS APIs, registry, SMTP) only on the listed ports.
resource "aws_security_group" "tasks" {
  name        = "${var.name}-tasks"
  description = "API tasks: app port from the load balancer only"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-tasks" })
}

resource "aws_vpc_security_group_ingress_rule" "from_alb" {
  security_group_id            = aws_security_group.tasks.id
  description                  = "App port from the load balancer"
  ip_protocol                  = "tcp"
  from_port                    = var.container_port
  to_port                      = var.container_port
  referenced_security_group_id = var.alb_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "alb_to_tasks" {
  security_group_id            = var.alb_security_group_id
  description                  = "Load balancer to the API tasks"
  ip_protocol                  = "tcp"
  from_port                    = var.container_port
  to_port                      = var.container_port
  referenced_security_group_id = aws_security_group.tasks.id
}

resource "aws_vpc_security_group_egress_rule" "to_services" {
  for_each = var.egress_to_security_groups

  security_group_id            = aws_security_group.tasks.id
  description                  = "To ${each.key}"
  ip_protocol                  = "tcp"
  from_port                    = each.value.port
  to_port                      = each.value.port
  referenced_security_group_id = each.value.security_group_id
}

resource "aws_vpc_security_group_egress_rule" "to_internet" {
  for_each = toset([for port in var.egress_internet_ports : tostring(port)])

  security_group_id = aws_security_group.tasks.id
  description       = "TCP ${each.key} through the NAT gateways"
  ip_protocol       = "tcp"
  from_port         = tonumber(each.key)
  to_port           = tonumber(each.key)
  cidr_ipv4         = "0.0.0.0/0"
}
