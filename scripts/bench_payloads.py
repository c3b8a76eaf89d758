"""Deterministic, realistic app-list payloads for the benchmarks (stdlib only).

Pages follow ``DstackAppListResponseV20260121`` in ``openapi.json``: every app is a
``DstackAppFullResponseV20260121`` with a ``current_cvm`` and its ``cvms``, every CVM a
``CvmInfoV20260121`` with each nested object filled in (resource, node_info, os, kms_info,
progress, gateway, logs, services, endpoints, workspace, creator). Values look like the
real service's: hashids, hex app ids, UUIDs, ISO 8601 timestamps, region and node names.

The same seed always gives the same bytes, so the ours/peer/floor sides of a benchmark
parse identical input. This module imports only the standard library because the
benchmark also runs it under the peer SDK's virtual environment.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

__all__ = [
    "DEFAULT_SEED",
    "app_list_page",
    "big_page_bytes",
    "paged_apps",
    "to_bytes",
]

DEFAULT_SEED = 20260121
"""Seed of the 100-app page that the parse benchmark uses."""

JsonObject = dict[str, Any]

_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_REGIONS = ("us-west-1", "us-east-1", "eu-central-1", "eu-west-2", "ap-southeast-1", "ap-east-1")
_INSTANCE_TYPES = (
    ("tdx.small", 1, 2.0, 20, 0, "0.058"),
    ("tdx.medium", 2, 4.0, 40, 0, "0.116"),
    ("tdx.large", 4, 8.0, 80, 0, "0.232"),
    ("tdx.xlarge", 8, 16.0, 160, 0, "0.464"),
    ("h200.small", 24, 256.0, 500, 1, "3.500"),
)
_STATUSES = ("running", "running", "running", "stopped", "starting", "stopping", "exited")
_IMAGES = (
    "nginx:1.27-alpine",
    "ghcr.io/phala-network/dstack-ingress:0.4.2",
    "postgres:16.4",
    "redis:7.4-alpine",
    "ghcr.io/acme/llm-gateway:2.3.1",
    "vllm/vllm-openai:v0.6.3",
)
_WORD_LIST = (
    "agent oracle relay vault indexer bridge signer gateway"
    " inference worker scheduler ledger mirror proxy keeper notary"
)
_WORDS = tuple(_WORD_LIST.split())
_EPOCH = datetime(2025, 3, 1, tzinfo=timezone.utc)


def _hashid(rng: random.Random, prefix: str, length: int = 12) -> str:
    return prefix + "".join(rng.choice(_ALPHABET) for _ in range(length))


def _hex(rng: random.Random, nbytes: int) -> str:
    return rng.getrandbits(nbytes * 8).to_bytes(nbytes, "big").hex()


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _timestamp(rng: random.Random, days: int = 300) -> str:
    moment = _EPOCH + timedelta(seconds=rng.randrange(days * 86_400))
    return moment.isoformat().replace("+00:00", "Z")


def _slug(rng: random.Random) -> str:
    return f"{rng.choice(_WORDS)}-{rng.choice(_WORDS)}-{rng.randrange(1000):03d}"


def _services(rng: random.Random, count: int) -> list[JsonObject]:
    services: list[JsonObject] = []
    for index in range(count):
        image = rng.choice(_IMAGES)
        services.append(
            {
                "name": image.split("/")[-1].split(":")[0] + f"-{index}",
                "image": image,
                "status": rng.choice(("running", "running", "restarting", "exited")),
                "container_id": _hex(rng, 6),
                "ports": [{"host": 8000 + index, "container": 80 + index, "protocol": "tcp"}],
                "restart_count": rng.randrange(4),
            }
        )
    return services


def cvm(rng: random.Random, app_id: str, *, full: bool = True) -> JsonObject:
    """One ``CvmInfoV20260121`` of app ``app_id``; ``full=False`` leaves out the bulky parts."""
    name = _slug(rng)
    vm_uuid = _uuid(rng)
    node_no = rng.randrange(1, 40)
    region = rng.choice(_REGIONS)
    base_domain = f"dstack-prod{node_no}.phala.network"
    instance_type, vcpu, memory, disk, gpus, price = rng.choice(_INSTANCE_TYPES)
    created = _timestamp(rng)
    logs = f"https://{vm_uuid}-9090.{base_domain}/logs"
    item: JsonObject = {
        "id": _hashid(rng, "cvm_"),
        "name": name,
        "app_id": app_id,
        "vm_uuid": vm_uuid,
        "instance_id": _hex(rng, 20),
        "resource": {
            "instance_type": instance_type,
            "vcpu": vcpu,
            "memory_in_gb": memory,
            "disk_in_gb": disk,
            "gpus": gpus,
            "compute_billing_price": price,
            "billing_period": rng.choice(("hourly", "monthly")),
        },
        "status": rng.choice(_STATUSES),
        "in_progress": False,
        "gateway": {"base_domain": base_domain, "cname": f"{app_id}-8080.{base_domain}"},
        "created_at": created,
    }
    if not full:
        return item
    item.update(
        {
            "node_info": {
                "object_type": "node",
                "id": node_no,
                "node_id": 1000 + node_no,
                "name": f"prod{node_no}",
                "region": region,
                "device_id": _hex(rng, 32),
                "ppid": _hex(rng, 16),
                "status": rng.choice(("ONLINE", "ONLINE", "ONLINE", "MAINTENANCE")),
                "version": f"0.5.{rng.randrange(10)}",
            },
            "os": {
                "name": "dstack-prod",
                "version": f"0.5.{rng.randrange(10)}",
                "is_dev": False,
                "os_image_hash": _hex(rng, 32),
            },
            "kms_type": rng.choice(("phala", "ethereum", "base")),
            "kms_info": {
                "chain_id": rng.choice((1, 8453)),
                "dstack_kms_address": "0x" + _hex(rng, 20),
                "dstack_app_address": "0x" + _hex(rng, 20),
                "deployer_address": "0x" + _hex(rng, 20),
                "rpc_endpoint": f"https://rpc-{rng.randrange(1, 9)}.phala.network/base",
                "encrypted_env_pubkey": _hex(rng, 32),
            },
            "progress": {
                "target": rng.choice(("running", "stopped")),
                "started_at": created,
                "correlation_id": _uuid(rng),
            },
            "compose_hash": _hex(rng, 32),
            "docker_compose_hash": _hex(rng, 32),
            "pre_launch_script_hash": _hex(rng, 32) if rng.random() < 0.5 else None,
            "logs": {
                "serial": f"{logs}/serial",
                "stdout": f"{logs}/stdout",
                "stderr": f"{logs}/stderr",
                "container_log_base": f"{logs}/containers/",
            },
            "services": _services(rng, 1),
            "endpoints": [
                {
                    "app": f"https://{app_id}-{port}.{base_domain}",
                    "instance": f"https://{vm_uuid}-{port}.{base_domain}",
                }
                for port in (rng.choice((443, 8080, 3000)),)
            ],
            "public_logs": rng.random() < 0.5,
            "public_sysinfo": rng.random() < 0.5,
            "public_tcbinfo": True,
            "gateway_enabled": True,
            "secure_time": rng.random() < 0.3,
            "storage_fs": rng.choice(("zfs", "ext4")),
            "workspace": {
                "object_type": "workspace",
                "id": _hashid(rng, "wks_"),
                "name": f"{rng.choice(_WORDS).title()} Labs",
                "slug": _slug(rng),
                "avatar_url": None,
            },
            "creator": {
                "object_type": "user",
                "id": _hashid(rng, "usr_"),
                "username": f"{rng.choice(_WORDS)}{rng.randrange(100)}",
                "avatar_url": f"https://avatars.phala.network/u/{_hex(rng, 8)}.png",
            },
            "deleted_at": None,
            "listed": rng.random() < 0.2,
            "project_type": rng.choice(("webdata", "custom", "template")),
        }
    )
    return item


def app(rng: random.Random, *, cvm_count: int = 2, full: bool = True) -> JsonObject:
    """One ``DstackAppFullResponseV20260121`` with ``cvm_count`` CVMs (the first is current)."""
    app_id = _hex(rng, 20)
    name = _slug(rng)
    cvms = [cvm(rng, app_id, full=full) for _ in range(cvm_count)]
    item: JsonObject = {
        "id": _hashid(rng, "prj_"),
        "name": name,
        "app_id": app_id,
        "app_provision_type": rng.choice(("dstack", "phala_cloud", "dstack_kms")),
        "app_icon_url": f"https://assets.phala.network/icons/{_hex(rng, 8)}.svg",
        "created_at": _timestamp(rng),
        "kms_type": rng.choice(("phala", "ethereum", "base")),
        "current_cvm": cvms[0] if cvms else None,
        "cvms": cvms,
        "cvm_count": cvm_count,
    }
    if full:
        item["profile"] = {
            "display_name": name.replace("-", " ").title(),
            "avatar_url": f"https://avatars.phala.network/a/{_hex(rng, 8)}.png",
            "description": f"{name} runs {rng.choice(_IMAGES)} in a TDX confidential VM.",
            "custom_domain": f"{name}.example.org" if rng.random() < 0.3 else None,
        }
    return item


def app_list_page(
    seed: int = DEFAULT_SEED,
    *,
    apps: int = 100,
    page: int = 1,
    page_size: int = 100,
    total: int | None = None,
    full: bool = True,
) -> JsonObject:
    """A ``DstackAppListResponseV20260121`` page of ``apps`` apps, the same for the same seed."""
    rng = random.Random(seed)
    total = apps if total is None else total
    return {
        "dstack_apps": [app(rng, full=full) for _ in range(apps)],
        "page": page,
        "page_size": page_size,
        "total": total,
        "total_pages": -(-total // page_size),
    }


def to_bytes(document: JsonObject) -> bytes:
    """Compact JSON bytes, as the API sends them."""
    return json.dumps(document, separators=(",", ":")).encode()


def big_page_bytes(seed: int = DEFAULT_SEED) -> bytes:
    """The parse benchmark's body: 100 full apps, each with 2 CVMs and a current one, ~950 KB."""
    return to_bytes(app_list_page(seed))


def paged_apps(total: int, page_size: int, seed: int = DEFAULT_SEED) -> list[bytes]:
    """``total`` smaller apps split into pages of ``page_size`` (JSON bytes, page 1 first)."""
    pages = -(-total // page_size)
    out: list[bytes] = []
    for number in range(1, pages + 1):
        count = min(page_size, total - (number - 1) * page_size)
        document = app_list_page(
            seed + number,
            apps=count,
            page=number,
            page_size=page_size,
            total=total,
            full=False,
        )
        out.append(to_bytes(document))
    return out
