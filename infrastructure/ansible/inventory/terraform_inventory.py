#!/usr/bin/env python3
"""Ansible dynamic inventory built from the dev Terraform root module's outputs.

The manager is reached through its public IP; workers only have private addresses, so SSH reaches
them through the manager (ProxyJump). Terraform is the source of truth for node roles and labels.

Input: the JSON of `terraform output -json`, read from the file named by PROMATA_TF_OUTPUTS, or
produced by running terraform in PROMATA_TF_DIR (default: environments/dev/azure).
"""

import ipaddress
import json
import os
import re
import subprocess
import sys
from pathlib import Path

INFRA_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TF_DIR = INFRA_ROOT / "environments" / "dev" / "azure"
NAME = re.compile(r"^[a-z0-9]([a-z0-9-]{0,62})$")
LABEL_KEY = re.compile(r"^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$")
USER = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")
ROLES = ("manager", "worker")


class InventoryError(Exception):
    pass


def load_outputs():
    path = os.environ.get("PROMATA_TF_OUTPUTS")
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        tf_dir = os.environ.get("PROMATA_TF_DIR", str(DEFAULT_TF_DIR))
        result = subprocess.run(
            ["terraform", f"-chdir={tf_dir}", "output", "-json"],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise InventoryError(f"terraform output failed in {tf_dir}: {result.stderr.strip()}")
        text = result.stdout
    outputs = json.loads(text)
    # `terraform output -json` wraps each output as {"value": ..., "type": ..., "sensitive": ...}.
    return {key: (item["value"] if isinstance(item, dict) and "value" in item else item) for key, item in outputs.items()}


def require(outputs, key, kind):
    if key not in outputs:
        raise InventoryError(f"terraform output '{key}' is missing")
    value = outputs[key]
    if not isinstance(value, kind):
        raise InventoryError(f"terraform output '{key}' must be a {kind.__name__}")
    return value


def ip(value, where):
    try:
        return str(ipaddress.ip_address(value))
    except (ValueError, TypeError) as error:
        raise InventoryError(f"{where} is not an IP address: {value!r}") from error


def build(outputs):
    public_ip = ip(require(outputs, "manager_public_ip", str), "manager_public_ip")
    admin = require(outputs, "admin_username", str)
    if not USER.match(admin) or admin == "root":
        raise InventoryError(f"admin_username {admin!r} is not a valid non-root user name")
    nodes = require(outputs, "nodes", dict)
    if not nodes:
        raise InventoryError("terraform output 'nodes' is empty")

    hostvars = {}
    groups = {"swarm_managers": [], "swarm_workers": []}
    for name in sorted(nodes):
        node = nodes[name]
        if not NAME.match(name):
            raise InventoryError(f"node name {name!r} is not a valid host name")
        if not isinstance(node, dict):
            raise InventoryError(f"node {name} must be an object")
        role = node.get("role")
        if role not in ROLES:
            raise InventoryError(f"node {name} has role {role!r}; expected one of {', '.join(ROLES)}")
        labels = node.get("labels") or {}
        if not isinstance(labels, dict) or not all(
            isinstance(k, str) and LABEL_KEY.match(k) and isinstance(v, str) for k, v in labels.items()
        ):
            raise InventoryError(f"node {name} labels must be a map of label keys to strings")
        hostvars[name] = {
            "private_ip": ip(node.get("private_ip"), f"node {name} private_ip"),
            "swarm_role": role,
            "swarm_node_labels": dict(sorted(labels.items())),
            "ansible_user": admin,
        }
        groups["swarm_managers" if role == "manager" else "swarm_workers"].append(name)

    # One public IP means one manager the operator can reach directly; more managers would need
    # their own addresses in the Terraform contract.
    if len(groups["swarm_managers"]) != 1:
        raise InventoryError(f"expected exactly one manager node, found {len(groups['swarm_managers'])}")
    manager = groups["swarm_managers"][0]
    hostvars[manager]["ansible_host"] = public_ip
    for worker in groups["swarm_workers"]:
        hostvars[worker]["ansible_host"] = hostvars[worker]["private_ip"]
        hostvars[worker]["ansible_ssh_common_args"] = f"-o ProxyJump={admin}@{public_ip}"

    all_vars = {"manager_public_ip": public_ip, "admin_username": admin}
    # Optional outputs pass through as variables: they override the roles' defaults.
    for optional in ("key_vault_name", "key_vault_uri", "vnet_cidr", "domain", "swarm_address_pool"):
        if isinstance(outputs.get(optional), str):
            all_vars[optional] = outputs[optional]
    return {
        "_meta": {"hostvars": hostvars},
        "all": {"children": ["swarm"], "vars": all_vars},
        "swarm": {"children": ["swarm_managers", "swarm_workers"]},
        "swarm_managers": {"hosts": groups["swarm_managers"]},
        "swarm_workers": {"hosts": groups["swarm_workers"]},
    }


def main(argv):
    if len(argv) == 3 and argv[1] == "--host":
        # Host variables are all in _meta; Ansible only asks when _meta is absent.
        print(json.dumps({}))
        return 0
    if len(argv) != 2 or argv[1] != "--list":
        print("usage: terraform_inventory.py --list | --host <name>", file=sys.stderr)
        return 2
    try:
        print(json.dumps(build(load_outputs()), indent=2, sort_keys=True))
    except (InventoryError, OSError, json.JSONDecodeError) as error:
        print(f"inventory error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
