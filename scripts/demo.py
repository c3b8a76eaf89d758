"""``make demo``: the seed methods, CVM and KMS reads, as a user calls them, in both versions.

Without ``PHALA_CLOUD_API_KEY`` it starts Prism on loopback from openapi.json and
asks it for each version's example responses (no account needed). With the key
set it talks to the real API (or ``PHALA_CLOUD_API_PREFIX``), read-only calls only.

Then, in both versions, a deploy against the stateful local fake (scripts/fake_cloud.py,
never the real API): each step by hand (provision, check the KMS key, encrypt, commit,
wait until running), a couple of reads, and the same deploy in one call.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from phala_cloud_sdk import (
    SUPPORTED_VERSIONS,
    APIError,
    Client,
    encrypt_env_vars,
    verify_env_encrypt_public_key_legacy,
)
from phala_cloud_sdk.types import App

ROOT = Path(__file__).resolve().parents[1]


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    """A plain text table."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), line]
    out += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(out)


def shorten(value: object, width: int = 18) -> str:
    """``value`` as text, cut to ``width``."""
    text = "-" if not value and value != 0 else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def walk(client: Client) -> None:
    """Run the read-only seed methods and print what they return."""
    apps: list[App] = list(client.get_app_list(page_size=20))
    print(
        table(
            [
                (shorten(a.app_id), shorten(a.name), shorten(a.status), type(a).__name__)
                for a in apps
            ],
            ("app_id", "name", "status", "model"),
        )
    )
    full = next((a for a in apps if a.name), None)
    if full is None:
        print("(no app with details to show)")
        return
    app = client.get_app_info({"app_id": full.app_id})
    print(f"\nget_app_info: {app.name} ({type(app).__name__}), status {app.status}")
    cvms = client.get_app_cvms(app_id=full.app_id)
    print(
        table(
            [(shorten(c.id), shorten(c.name), shorten(c.status), type(c).__name__) for c in cvms],
            ("cvm id", "name", "status", "model"),
        )
    )
    print("\nget_app_revisions (every page, fetched as needed):")
    revisions = client.get_app_revisions({"app_id": full.app_id, "page": 1, "page_size": 10})
    print(
        table(
            [(r.revision_id, r.operation_type, r.created_at.isoformat()) for r in revisions],
            ("revision_id", "operation", "created_at (datetime)"),
        )
    )


def walk_cvms_and_kms(client: Client) -> None:
    """Read CVMs (paged list, detail, state) and KMS instances; print their models."""
    print("\nget_cvm_list (every page, fetched as needed):")
    cvms = list(client.get_cvm_list(page_size=10))
    print(
        table(
            [(shorten(c.id), shorten(c.name), shorten(c.status), type(c).__name__) for c in cvms],
            ("cvm id", "name", "status", "model"),
        )
    )
    if cvms and cvms[0].id:
        info = client.get_cvm_info(cvm_id=cvms[0].id)
        print(f"\nget_cvm_info: {info.name} ({type(info).__name__}), status {info.status}")
        state = client.get_cvm_state(cvm_id=cvms[0].id)
        print(f"get_cvm_state: {state.status}, in progress: {state.in_progress}")
    print("\nget_kms_list:")
    print(
        table(
            [
                (shorten(k.slug), shorten(k.version), shorten(k.chain_id), shorten(k.url, 40))
                for k in client.get_kms_list()
            ],
            ("slug", "version", "chain_id", "url"),
        )
    )


DEMO_COMPOSE = "services:\n  web:\n    image: nginx:1.27\n    environment: [API_TOKEN]\n"
DEMO_ENV = {"API_TOKEN": "demo-token-not-secret"}


def deploy_walk(client: Client) -> None:
    """A deploy step by step, each step a public method, then the same in one call."""
    print("1. provision_cvm: check the compose, pick a node, compute the compose hash")
    provision = client.provision_cvm(
        name="demo-web",
        compose_file={"docker_compose_file": DEMO_COMPOSE, "allowed_envs": list(DEMO_ENV)},
        instance_type="tdx.small",
    )
    app_id = provision.app_id
    if app_id is None:  # only an on-chain KMS leaves it out; this deploy uses Phala's
        raise SystemExit("the provision returned no app id")
    print(f"   app_id {app_id}, compose_hash {shorten(provision.compose_hash, 20)}")
    kms = client.get_kms_list()
    phala = next(k for k in kms.items if k.chain_id is None)
    slug = phala.slug or phala.id
    print(f"2. the app key, signed by KMS {slug}: get_app_env_encrypt_pub_key")
    reply = client.get_app_env_encrypt_pub_key(kms_id=slug, app_id=app_id)
    signer = verify_env_encrypt_public_key_legacy(reply.public_key, reply.signature, app_id)
    inspected = client.inspect_kms(kms_id=slug)
    expected = inspected.rpc.bootstrap_info.k256_pubkey if inspected.rpc else None
    if signer is None or expected is None or signer.removeprefix("0x") != expected:
        raise SystemExit("the app key is not signed by the KMS: not encrypting with it")
    print(f"   signer {shorten(signer, 20)} is the KMS's key (inspect_kms): ok")
    print(f"3. encrypt_env_vars: {', '.join(DEMO_ENV)} sealed for the app key (X25519+AES-GCM)")
    encrypted = encrypt_env_vars(DEMO_ENV, reply.public_key)
    print(f"   {len(encrypted) // 2} bytes, never the values in clear")
    print("4. commit_cvm_provision: create the CVM")
    vm = client.commit_cvm_provision(
        app_id=app_id,
        compose_hash=provision.compose_hash,
        encrypted_env=encrypted,
        env_keys=list(DEMO_ENV),
    )
    cvm_id = vm.vm_uuid or str(vm.id)
    print(f"   CVM {cvm_id}, status {vm.status}")
    print("5. wait_for_cvm: poll its state until running")
    event = client.wait_for_cvm(cvm_id, timeout=10, poll_interval=0.05)
    print(f"   {event.status}")
    cvm = client.get_cvm_info(cvm_id=cvm_id)
    print(f"reads: get_cvm_info -> {type(cvm).__name__} {cvm.name} ({cvm.status})")
    print(
        "       get_kms_list -> "
        + ", ".join(
            f"{k.slug} ({'chain ' + str(k.chain_id) if k.chain_id else 'phala'})" for k in kms.items
        )
    )
    print("the same in one call: client.deploy(..., wait=True)")
    cvm = client.deploy(
        name="demo-web-2",
        docker_compose=DEMO_COMPOSE,
        env=DEMO_ENV,
        wait=True,
        timeout=10,
        poll_interval=0.05,
    )
    print(f"   {type(cvm).__name__} {cvm.name}: {cvm.status}")


def deploy_demo() -> int:
    """The deploy walk in both versions against the local fake."""
    from fake_cloud import FakeCloud

    for version in SUPPORTED_VERSIONS:
        with FakeCloud() as cloud:
            where = f"the local fake at {cloud.base_url}"
            print(f"\n=== deploy, API version {version}, against {where} ===")
            with Client(
                "demo-key-not-secret",
                base_url=cloud.base_url,
                api_version=version,
                allow_insecure_http=True,
            ) as client:
                try:
                    deploy_walk(client)
                except APIError as exc:
                    print(f"error: {type(exc).__name__}: {exc}")
                    return 1
            print(f"({len(cloud.requests)} requests over loopback, none to the real API)")
    return 0


@contextlib.contextmanager
def target() -> Iterator[tuple[str | None, str | None, bool]]:
    """(api_key, base_url, is_mock) for the demo."""
    key = os.environ.get("PHALA_CLOUD_API_KEY")
    if key:
        yield key, None, False
        return
    from prism_mock import running_prism

    with running_prism(ROOT / "openapi.json") as url:
        yield "demo-key-not-secret", url, True


def main() -> int:
    """Walk the seed methods in both versions."""
    with target() as (key, base_url, is_mock):
        where = f"Prism mock at {base_url}" if is_mock else "the Phala Cloud API"
        for version in SUPPORTED_VERSIONS:
            print(f"\n=== API version {version} against {where} ===")
            headers = {"Prefer": f"example=v{version.replace('-', '')}"} if is_mock else None
            with Client(
                key, base_url=base_url, api_version=version, default_headers=headers
            ) as client:
                try:
                    walk(client)
                    walk_cvms_and_kms(client)
                except APIError as exc:
                    print(f"error: {type(exc).__name__}: {exc}")
                    return 1
    return deploy_demo()


if __name__ == "__main__":
    raise SystemExit(main())
