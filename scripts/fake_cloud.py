"""A stateful fake of the Phala Cloud deploy, update and wait endpoints, on loopback.

The workflow tests (tests/sdk/test_workflows*.py) and ``make demo`` run the SDK's
deploy, update and wait flows against it over real HTTP::

    with FakeCloud() as cloud:
        client = Client("key", base_url=cloud.base_url, allow_insecure_http=True)
        cvm = client.deploy(name="my-app", docker_compose=compose, env={"A": "1"})
        cloud.paths()            # ["POST /cvms/provision", "POST /cvms"]
        cloud.decrypt_env(cvm)   # {"A": "1"}: what the CVM would read

It keeps provisions, CVMs and their state in memory and answers each request in the
shape of the API version the request names (``X-Phala-Version``). Where the upstream
spec leaves a body open (provision, state, operation status) the shapes are those of
our openapi.json; the version difference modelled for provision: 2025-10-28 embeds the
chosen KMS (``kms_info``), 2026-01-21 names it only (``kms_id``, ``kms_contract_id``),
so a client finds out whether it is on chain from the KMS list.

Knobs (attributes, set before or between calls):

* ``conflicts``: answer the next N update calls 409 "another operation in progress";
  ``busy_polls``: after each 409, how many operation-status reads still say busy.
* ``boot``: the statuses a new or updated CVM goes through, one per state read or
  streamed event (the last one stays).
* ``stream``: ``"sse"`` (default), ``"json"`` (a plain body even with ``target``),
  ``"unavailable"`` (``unavailable_status``, 501, for a stream) or ``"silent"`` (the
  stream stays open with keep-alive comments and no events).
* ``drop_after``: drop the next stream connection after this many events (once).
* ``signature``: ``"good"``, ``"bad"`` (signed by another key) for the app key.

Stdlib only, plus ``cryptography`` (the SDK's own dependency) to hold the app's X25519
key and ``coincurve``/``pycryptodome`` (the SDK's ``kms`` extra) to sign it like a KMS.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

__all__ = ["FakeCloud", "FakeCvm", "Recorded"]

VERSIONS = ("2025-10-28", "2026-01-21")
DEFAULT_VERSION = "2026-01-21"
PREFIX = "/api/v1"
FAILED = frozenset({"error", "exited", "failed"})

PHALA_KMS: dict[str, Any] = {
    "id": "kms_phala01",
    "slug": "phala-prod",
    "url": "https://kms.phala-prod.example",
    "version": "v0.5.3",
    "chain_id": None,
    "kms_contract_address": None,
    "gateway_app_id": "8f0c6b1d2e3a4f5b6c7d8e9f0a1b2c3d4e5f6a7b",
}
BASE_KMS: dict[str, Any] = {
    "id": "kms_base01",
    "slug": "kms-base-prod",
    "url": "https://kms.kms-base-prod.example",
    "version": "v0.5.7",
    "chain_id": 8453,
    "kms_contract_address": "0x2f83172A49584C017F2B256F0FB2Dca14126Ba9C",
    "gateway_app_id": "1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b",
}
KMS_BY_TYPE: dict[str, dict[str, Any]] = {
    "phala": PHALA_KMS,
    "base": BASE_KMS,
    "ethereum": BASE_KMS,
}


@dataclass
class Recorded:
    """One request the fake received (the body decoded as JSON when it is)."""

    method: str
    path: str  # below /api/v1
    query: dict[str, str]
    headers: dict[str, str]
    body: Any
    raw: bytes
    version: str
    at: float = field(default_factory=time.monotonic)


@dataclass
class FakeCvm:
    """A CVM the fake created, with what the commit sent."""

    number: int
    name: str
    app_id: str
    compose: dict[str, Any]
    compose_hash: str
    kms: dict[str, Any]
    encrypted_env: str | None = None
    env_keys: list[str] | None = None
    contract_address: str | None = None
    statuses: list[str] = field(default_factory=list)
    seen: int = 0

    @property
    def id(self) -> str:
        """The hashed id (``cvm_...``)."""
        return f"cvm_{self.number:06x}"

    @property
    def vm_uuid(self) -> str:
        """The VM's UUID."""
        return f"00000000-0000-4000-8000-{self.number:012x}"

    @property
    def onchain(self) -> bool:
        """Whether the CVM's KMS is a contract."""
        return self.kms["chain_id"] is not None

    def status(self, advance: bool) -> str:
        """The current status; ``advance`` moves to the next one (a state observation)."""
        status = self.statuses[min(self.seen, len(self.statuses) - 1)]
        if advance:
            self.seen += 1
        return status


def compose_hash(app_compose: dict[str, Any]) -> str:
    """A stand-in for the app-compose hash (sha256 of canonical JSON)."""
    text = json.dumps(app_compose, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


class FakeCloud:
    """The fake on 127.0.0.1 (a free port) in a background thread; a context manager."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.cvms: dict[str, FakeCvm] = {}
        self.provisions: dict[str, dict[str, Any]] = {}
        self.registered_hashes: set[str] = set()
        self.commit_tokens: dict[str, tuple[str, dict[str, Any]]] = {}
        self.pending_patches: dict[str, dict[str, Any]] = {}
        self.env_private_key = X25519PrivateKey.generate()
        self.kms_secret = hashlib.sha256(b"fake-cloud kms signer").digest()
        # knobs
        self.conflicts = 0
        self.busy_polls = 1
        self.busy_operation = "compose_update"
        self.boot: list[str] = ["starting", "running"]
        self.stream = "sse"
        self.unavailable_status = 501
        self.drop_after: int | None = None
        self.signature = "good"
        self.event_gap = 0.01
        # observations
        self.streams_opened = 0
        self.streams_closed_by_client = 0
        self._busy_left = 0
        self._numbers = itertools.count(1)
        self._lock = threading.RLock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- what a test looks at ---------------------------------------------------------

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/api/v1``."""
        assert self._httpd is not None, "use FakeCloud as a context manager"
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}{PREFIX}"

    @property
    def env_public_key(self) -> str:
        """The app env-encryption key the fake hands out (hex)."""
        raw = self.env_private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return raw.hex()

    @property
    def kms_signer(self) -> str:
        """The KMS's compressed secp256k1 public key (hex), as ``inspect_kms`` reports it."""
        from coincurve import PrivateKey

        return PrivateKey(self.kms_secret).public_key.format(compressed=True).hex()

    def paths(self) -> list[str]:
        """``"METHOD /path"`` of each request, in order (paths below /api/v1)."""
        with self._lock:
            return [f"{r.method} {r.path}" for r in self.requests]

    def bodies(self) -> list[bytes]:
        """The raw bodies of every request."""
        with self._lock:
            return [r.raw for r in self.requests]

    def cvm(self, key: str | None = None) -> FakeCvm:
        """The CVM by any of its ids, or the only/last one created."""
        with self._lock:
            if key is None:
                return list(self.cvms.values())[-1]
            found = self._find(key)
            assert found is not None, f"no CVM {key}"
            return found

    def decrypt_env(self, encrypted: str) -> dict[str, str]:
        """What a CVM reads from ``encrypted`` (dstack's format), as ``{name: value}``."""
        blob = bytes.fromhex(encrypted.removeprefix("0x"))
        ephemeral, iv, sealed = blob[:32], blob[32:44], blob[44:]
        shared = self.env_private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        document = json.loads(AESGCM(shared).decrypt(iv, sealed, None))
        return {item["key"]: item["value"] for item in document["env"]}

    # -- lifecycle --------------------------------------------------------------------

    def __enter__(self) -> FakeCloud:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out at once, no 40 ms stall

            def log_message(self, format: str, *args: Any) -> None:
                del format, args

            def _handle(self) -> None:
                fake._serve(self)

            do_GET = _handle  # noqa: N815
            do_POST = _handle  # noqa: N815
            do_PATCH = _handle  # noqa: N815
            do_PUT = _handle  # noqa: N815
            do_DELETE = _handle  # noqa: N815

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    # -- dispatch ---------------------------------------------------------------------

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        parsed = urllib.parse.urlsplit(handler.path)
        path = parsed.path.removeprefix(PREFIX) or "/"
        query = dict(urllib.parse.parse_qsl(parsed.query))
        version = handler.headers.get("X-Phala-Version") or DEFAULT_VERSION
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        recorded = Recorded(
            handler.command, path, query, dict(handler.headers.items()), body, raw, version
        )
        with self._lock:
            self.requests.append(recorded)
        if version not in VERSIONS:
            _send_json(handler, 400, {"detail": f"unsupported version {version}"}, version)
            return
        try:
            if handler.command == "GET" and _match(path, "/cvms/*/state") and "target" in query:
                self._state_stream(handler, recorded)
                return
            with self._lock:
                status, payload = self._route(recorded)
        except _Reply as reply:
            status, payload = reply.status, reply.body
        _send_json(handler, status, payload, version)

    def _route(self, r: Recorded) -> tuple[int, Any]:
        m, p = r.method, r.path
        if (m, p) == ("POST", "/cvms/provision"):
            return 200, self._provision(r)
        if (m, p) == ("POST", "/cvms"):
            return 200, self._vm(self._commit(r))
        if (m, p) == ("GET", "/kms"):
            return 200, self._kms_list(r)
        if m == "GET" and _match(p, "/kms/*/pubkey/*"):
            return 200, self._pubkey(p.split("/")[2], p.split("/")[4])
        if m == "GET" and _match(p, "/kms/*/info"):
            return 200, self._inspect(_kms(p.split("/")[2]))
        if m == "GET" and _match(p, "/kms/*"):
            return 200, _kms(p.split("/")[2])
        if not p.startswith("/cvms/"):
            raise _Reply(404, {"detail": f"the fake has no {m} {p}"})
        parts = p.split("/")
        cvm = self._find(parts[2])
        if cvm is None:
            raise _Reply(404, {"detail": f"CVM {parts[2]} not found"})
        rest = "/".join(parts[3:])
        if (m, rest) == ("GET", ""):
            return 200, self._cvm_info(cvm, r.version)
        if (m, rest) == ("GET", "state"):
            return 200, self._state(cvm, advance=True)
        if (m, rest) == ("GET", "operation-status"):
            return 200, self._operation_status(cvm)
        if (m, rest) == ("GET", "compose_file"):
            return 200, dict(cvm.compose)
        if (m, rest) == ("POST", "compose_file/provision"):
            return 200, self._compose_provision(cvm, r)
        if (m, rest) == ("PATCH", "compose_file"):
            self._conflict()
            return 202, self._compose_commit(cvm, r)
        if (m, rest) == ("PATCH", "envs"):
            self._conflict()
            return 202, self._envs(cvm, r)
        if (m, rest) == ("PATCH", ""):
            self._conflict()
            return 202, self._patch(cvm, r)
        if (m, rest) == ("POST", "commit-update"):
            return 202, self._commit_update(cvm, r)
        raise _Reply(404, {"detail": f"the fake has no {m} {p}"})

    # -- deploy -----------------------------------------------------------------------

    def _provision(self, r: Recorded) -> dict[str, Any]:
        body = r.body if isinstance(r.body, dict) else {}
        app_compose = body.get("compose_file")
        if not isinstance(app_compose, dict) or not app_compose.get("docker_compose_file"):
            raise _Reply(400, {"detail": "compose_file.docker_compose_file is required"})
        kms = _kms(body.get("kms_id") or body.get("kms") or "phala")
        digest = compose_hash(app_compose)
        onchain = kms["chain_id"] is not None
        seed = f"app:{digest}:{len(self.provisions)}".encode()  # a new app per provision
        app_id = None if onchain else hashlib.sha256(seed).hexdigest()[:40]
        self.provisions[digest] = {"name": body.get("name"), "compose": app_compose, "kms": kms}
        out: dict[str, Any] = {
            "compose_hash": digest,
            "app_id": app_id,
            "app_env_encrypt_pubkey": None if onchain else self.env_public_key,
            "device_id": "d" * 64,
            "fmspc": "00906ED50000",
            "os_image_hash": "0" * 64,
            "instance_type": body.get("instance_type") or "tdx.small",
            "node_id": 12,
        }
        if r.version == "2025-10-28":
            out["kms_info"] = dict(kms)
            out["teepod_id"] = 12
            out["kms_id"] = kms["slug"]
        else:
            out["kms_info"] = None
            out["kms_id"] = kms["slug"]
            out["kms_contract_id"] = "kc_base01" if onchain else None
        return out

    def _commit(self, r: Recorded) -> FakeCvm:
        body = r.body if isinstance(r.body, dict) else {}
        provision = self.provisions.get(str(body.get("compose_hash")))
        if provision is None:
            raise _Reply(422, {"detail": "Provision data not found"})
        if not body.get("app_id"):
            raise _Reply(400, {"detail": "app_id is required"})
        if provision["kms"]["chain_id"] is not None and not body.get("contract_address"):
            raise _Reply(400, {"detail": "an on-chain KMS needs the app's contract_address"})
        for other in self.cvms.values():
            if other.app_id == body["app_id"] and other.compose_hash != body["compose_hash"]:
                raise _Reply(409, {"error_code": "ERR-03-007", "message": "app id committed"})
            if other.app_id == body["app_id"]:
                return other  # repeated commit: harmless
        cvm = FakeCvm(
            number=next(self._numbers),
            name=str(provision["name"]),
            app_id=str(body["app_id"]),
            compose=dict(provision["compose"]),
            compose_hash=str(body["compose_hash"]),
            kms=provision["kms"],
            encrypted_env=body.get("encrypted_env"),
            env_keys=body.get("env_keys"),
            contract_address=body.get("contract_address"),
            statuses=list(self.boot),
        )
        self.cvms[cvm.id] = cvm
        return cvm

    def _kms_list(self, r: Recorded) -> dict[str, Any]:
        items = [dict(PHALA_KMS), dict(BASE_KMS)]
        flag = r.query.get("is_onchain")
        if flag is not None:
            wanted = flag.lower() == "true"
            items = [k for k in items if (k["chain_id"] is not None) == wanted]
        return {"items": items, "total": len(items), "page": 1, "page_size": 20, "pages": 1}

    def _inspect(self, kms: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": kms["id"],
            "slug": kms["slug"],
            "endpoint": kms["url"],
            "kms_type": "onchain" if kms["chain_id"] is not None else "phala",
            "db_version": kms["version"],
            "rpc": {
                "version": kms["version"],
                "is_dev": False,
                "chain_id": kms["chain_id"],
                "kms_contract_address": kms["kms_contract_address"],
                "gateway_app_id": kms["gateway_app_id"],
                "bootstrap_info": {
                    "k256_pubkey": self.kms_signer,
                    "ca_pubkey": "04" + "ab" * 64,
                    "quote_length": 8000,
                    "eventlog_length": 30000,
                },
                "version_synced": True,
            },
            "teepods": [],
        }

    def _pubkey(self, kms_id: str, app_id: str) -> dict[str, Any]:
        _kms(kms_id)
        from coincurve import PrivateKey
        from Crypto.Hash import keccak

        public = bytes.fromhex(self.env_public_key)
        message = b"dstack-env-encrypt-pubkey:" + bytes.fromhex(app_id.removeprefix("0x"))
        digest = keccak.new(digest_bits=256, data=message + public).digest()
        secret = self.kms_secret if self.signature == "good" else b"\x07" * 32
        signature = PrivateKey(secret).sign_recoverable(digest, hasher=None)
        return {"public_key": public.hex(), "signature": signature.hex()}

    # -- reading a CVM --------------------------------------------------------------

    def _find(self, key: str) -> FakeCvm | None:
        for cvm in self.cvms.values():
            if key in {cvm.id, cvm.vm_uuid, cvm.app_id, f"app_{cvm.app_id}", str(cvm.number)}:
                return cvm
        return None

    def _vm(self, cvm: FakeCvm) -> dict[str, Any]:
        return {
            "id": cvm.number,
            "name": cvm.name,
            "status": cvm.status(advance=False),
            "teepod_id": 12,
            "app_id": cvm.app_id,
            "vm_uuid": cvm.vm_uuid,
            "instance_id": None,
            "vcpu": 1,
            "memory": 2048,
            "disk_size": 20,
            "created_at": "2026-01-05T09:12:44Z",
            "encrypted_env_pubkey": self.env_public_key,
        }

    def _cvm_info(self, cvm: FakeCvm, version: str) -> dict[str, Any]:
        status = cvm.status(advance=False)
        if version == "2025-10-28":
            return {
                **self._vm(cvm),
                "in_progress": False,
                "kms_info": dict(cvm.kms),
                "instance_type": "tdx.small",
            }
        return {
            "id": cvm.id,
            "name": cvm.name,
            "app_id": cvm.app_id,
            "vm_uuid": cvm.vm_uuid,
            "resource": {"instance_type": "tdx.small", "vcpu": 1, "memory_in_gb": 2},
            "kms_type": "base" if cvm.onchain else "phala",
            "kms_info": {
                "chain_id": cvm.kms["chain_id"],
                "dstack_kms_address": cvm.kms["kms_contract_address"],
                "dstack_app_address": cvm.contract_address,
                "encrypted_env_pubkey": self.env_public_key,
            },
            "status": status,
            "in_progress": False,
            "compose_hash": cvm.compose_hash,
            "gateway": {"base_domain": "fake.example", "cname": None},
            "compose_file": dict(cvm.compose),
        }

    def _state(self, cvm: FakeCvm, *, advance: bool) -> dict[str, Any]:
        status = cvm.status(advance=advance)
        return {
            "id": cvm.id,
            "name": cvm.name,
            "status": status,
            "boot_progress": "done" if status == "running" else "booting",
            "boot_error": "container exited with code 1" if status in FAILED else "",
            "in_progress": status not in {"running", *FAILED},
        }

    def _operation_status(self, cvm: FakeCvm) -> dict[str, Any]:
        del cvm
        if self._busy_left > 0:
            self._busy_left -= 1
            return {
                "status": "in_progress",
                "in_progress": True,
                "operation_type": self.busy_operation,
                "correlation_id": "op_busy",
                "phase": "running",
            }
        return {"status": "idle", "in_progress": False}

    # -- updates ----------------------------------------------------------------------

    def _conflict(self) -> None:
        if self.conflicts > 0:
            self.conflicts -= 1
            self._busy_left = self.busy_polls
            raise _Reply(
                409,
                {
                    "detail": "Another operation is in progress for this CVM",
                    "operation_type": self.busy_operation,
                    "correlation_id": "op_busy",
                },
            )

    def _accepted(self, cvm: FakeCvm, **extra: Any) -> dict[str, Any]:
        cvm.statuses, cvm.seen = ["updating", *self.boot[-1:]], 0
        return {"status": "in_progress", "message": "accepted", "correlation_id": "op_1", **extra}

    def _needs_registration(self, cvm: FakeCvm, new_hash: str, token: str | None) -> None:
        if not cvm.onchain or new_hash in self.registered_hashes:
            return
        details = [
            {"field": "compose_hash", "value": new_hash},
            {"field": "app_id", "value": cvm.app_id},
            {"field": "device_id", "value": "d" * 64},
            {"field": "kms_info", "value": dict(cvm.kms)},
        ]
        if token is not None:
            details.append({"field": "commit_token", "value": token})
        raise _Reply(
            465,
            {
                "error_code": "ERR-01-005",
                "message": "Compose hash registration required on-chain",
                "details": details,
                "suggestions": ["Register the compose hash on the app contract"],
            },
        )

    def _second_phase(self, compose_hash_: Any, transaction_hash: Any) -> bool:
        if compose_hash_ and transaction_hash:
            self.registered_hashes.add(str(compose_hash_))
            return True
        return False

    def _envs(self, cvm: FakeCvm, r: Recorded) -> dict[str, Any]:
        body = r.body if isinstance(r.body, dict) else {}
        if not body.get("encrypted_env"):
            raise _Reply(422, {"detail": [{"loc": ["body", "encrypted_env"], "msg": "required"}]})
        keys = body.get("env_keys")
        allowed = sorted(cvm.compose.get("allowed_envs", []))
        changed = isinstance(keys, list) and sorted(keys) != allowed
        if changed:
            new = {**cvm.compose, "allowed_envs": sorted(keys or [])}
            if not self._second_phase(body.get("compose_hash"), body.get("transaction_hash")):
                self._needs_registration(cvm, compose_hash(new), None)
            cvm.compose = new
            cvm.compose_hash = compose_hash(new)
        cvm.encrypted_env, cvm.env_keys = body["encrypted_env"], keys
        return self._accepted(cvm, allowed_envs_changed=changed)

    def _compose_provision(self, cvm: FakeCvm, r: Recorded) -> dict[str, Any]:
        body = dict(r.body) if isinstance(r.body, dict) else {}
        if not body.get("docker_compose_file"):
            raise _Reply(400, {"detail": "docker_compose_file is required"})
        digest = compose_hash(body)
        self.provisions[digest] = {"name": cvm.name, "compose": body, "kms": cvm.kms}
        return {
            "app_id": cvm.app_id,
            "device_id": "d" * 64,
            "compose_hash": digest,
            "kms_info": dict(cvm.kms),
            "compose_hash_registered": not cvm.onchain or digest in self.registered_hashes,
        }

    def _compose_commit(self, cvm: FakeCvm, r: Recorded) -> dict[str, Any]:
        body = r.body if isinstance(r.body, dict) else {}
        provision = self.provisions.get(str(body.get("compose_hash")))
        if provision is None:
            raise _Reply(400, {"detail": "compose hash not provisioned (or expired)"})
        if cvm.onchain and body["compose_hash"] not in self.registered_hashes:
            raise _Reply(468, {"message": "the contract does not allow the compose hash"})
        cvm.compose, cvm.compose_hash = dict(provision["compose"]), str(body["compose_hash"])
        if body.get("encrypted_env"):
            cvm.encrypted_env, cvm.env_keys = body["encrypted_env"], body.get("env_keys")
        return self._accepted(cvm)

    def _patch(self, cvm: FakeCvm, r: Recorded) -> dict[str, Any]:
        body = dict(r.body) if isinstance(r.body, dict) else {}
        headers = {k.lower(): v for k, v in r.headers.items()}
        compose_fields = {"docker_compose_file", "pre_launch_script", "allowed_envs"}
        new = {**cvm.compose, **{k: v for k, v in body.items() if k in compose_fields}}
        digest = compose_hash(new)
        confirmed = self._second_phase(
            headers.get("x-compose-hash"), headers.get("x-transaction-hash")
        )
        if confirmed and not body:  # phase 2 without fields: the update phase 1 described
            body = self.pending_patches.pop(headers["x-compose-hash"], {})
            new = {**cvm.compose, **{k: v for k, v in body.items() if k in compose_fields}}
            digest = compose_hash(new)
        if digest != cvm.compose_hash and not confirmed:
            token = None
            if headers.get("x-prepare-only") == "true":
                token = f"tok_{digest[:12]}"
                self.commit_tokens[token] = (digest, body)
            self.pending_patches[digest] = body
            self._needs_registration(cvm, digest, token)
        if digest == cvm.compose_hash and not body.get("encrypted_env") and not confirmed:
            return {"status": "no_change", "message": "nothing to change"}
        self._apply(cvm, new, digest, body)
        return self._accepted(cvm)

    def _apply(self, cvm: FakeCvm, new: dict[str, Any], digest: str, body: dict[str, Any]) -> None:
        cvm.compose, cvm.compose_hash = new, digest
        if body.get("encrypted_env"):
            cvm.encrypted_env = body["encrypted_env"]

    def _commit_update(self, cvm: FakeCvm, r: Recorded) -> dict[str, Any]:
        body = r.body if isinstance(r.body, dict) else {}
        token = r.query.get("token") or str(body.get("token") or "")
        if token not in self.commit_tokens:
            raise _Reply(466, {"message": "commit token unknown or expired"})
        digest, patch = self.commit_tokens.pop(token)
        if digest not in self.registered_hashes:
            raise _Reply(468, {"message": "the contract does not allow the compose hash"})
        compose_fields = {"docker_compose_file", "pre_launch_script", "allowed_envs"}
        new = {**cvm.compose, **{k: v for k, v in patch.items() if k in compose_fields}}
        self._apply(cvm, new, digest, patch)
        accepted = self._accepted(cvm)
        return {"status": accepted["status"], "correlation_id": accepted["correlation_id"]}

    # -- the state stream -------------------------------------------------------------

    def _state_stream(self, handler: BaseHTTPRequestHandler, r: Recorded) -> None:
        cvm_key = r.path.split("/")[2]
        with self._lock:
            cvm = self._find(cvm_key)
            mode = self.stream
            drop = self.drop_after
            if mode == "sse" and drop is not None:
                self.drop_after = None  # once
            self.streams_opened += 1
        if cvm is None:
            _send_json(handler, 404, {"detail": f"CVM {cvm_key} not found"}, r.version)
            return
        if mode == "unavailable":
            _send_json(handler, self.unavailable_status, {"detail": "no stream"}, r.version)
            return
        if mode == "json":
            with self._lock:
                state = self._state(cvm, advance=True)
            _send_json(handler, 200, state, r.version)
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Cache-Control", "no-cache")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.send_header("X-Phala-Version", r.version)
        handler.end_headers()
        target = r.query["target"]
        sent = 0
        try:
            if mode == "silent":
                for _ in range(200):  # about 10 s of keep-alives, then the fake gives up
                    _chunk(handler, b": keep-alive\n\n")
                    time.sleep(0.05)
                return
            while True:
                if drop is not None and sent >= drop:
                    handler.close_connection = True
                    handler.wfile.flush()
                    handler.connection.shutdown(2)  # mid-body: no last chunk
                    return
                with self._lock:
                    state = self._state(cvm, advance=True)
                _chunk(handler, _event("state", state))
                sent += 1
                if state["status"] == target:
                    _chunk(handler, _event("complete", state))
                    break
                if state["status"] in FAILED:
                    _chunk(handler, _event("error", {"message": state["boot_error"]}))
                    break
                # keep-alives between events show a client that went away
                for _ in range(3):
                    time.sleep(self.event_gap / 3)
                    _chunk(handler, b": keep-alive\n\n")
            _chunk(handler, b"")  # the last chunk: the stream ends cleanly
        except (BrokenPipeError, ConnectionResetError, OSError):
            with self._lock:
                self.streams_closed_by_client += 1
            handler.close_connection = True


class _Reply(Exception):  # noqa: N818 - control flow, not an error
    def __init__(self, status: int, body: Any) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


def _kms(key: Any) -> dict[str, Any]:
    text = str(key)
    for kms in (PHALA_KMS, BASE_KMS):
        if text in {kms["id"], kms["slug"]}:
            return kms
    if text.lower() in KMS_BY_TYPE:
        return KMS_BY_TYPE[text.lower()]
    raise _Reply(404, {"detail": f"KMS {text} not found"})


def _match(path: str, pattern: str) -> bool:
    parts, wanted = path.split("/"), pattern.split("/")
    if len(parts) != len(wanted):
        return False
    return all(w in {"*", p} for p, w in zip(parts, wanted, strict=True))


def _event(name: str, data: Any) -> bytes:
    return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()


def _chunk(handler: BaseHTTPRequestHandler, data: bytes) -> None:
    handler.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
    handler.wfile.flush()


def _send_json(handler: BaseHTTPRequestHandler, status: int, body: Any, version: str) -> None:
    data = b"" if body is None else json.dumps(body).encode()
    try:
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("X-Phala-Version", version)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
    except (BrokenPipeError, ConnectionResetError):
        handler.close_connection = True
