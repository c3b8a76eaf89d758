"""``make demo``: the seed methods, CVM and KMS reads, as a user calls them, in both versions.

Without ``PHALA_CLOUD_API_KEY`` it starts Prism on loopback from openapi.json and
asks it for each version's example responses (no account needed). With the key
set it talks to the real API (or ``PHALA_CLOUD_API_PREFIX``), read-only calls only.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from phala_cloud_sdk import SUPPORTED_VERSIONS, APIError, Client
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
