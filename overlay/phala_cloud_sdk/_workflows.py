"""The jobs users come for, each one call: deploy, update, wait, watch.

Each is a workflow (see ``_flow``): a generator of steps, written once and run by
``Client`` and ``AsyncClient`` alike. Every step is itself a public method of the
clients (``provision_cvm``, ``commit_cvm_provision``, ``update_cvm_envs``, ...), so
a caller can stop between steps and go on by hand.

Input is checked before the first request. Env values are only ever sent encrypted
(``encrypt_env_vars`` with the app's KMS key). Where an on-chain KMS needs a
transaction the SDK does not send, the workflow stops with a typed error that says
what to register and how to resume.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from ._env_encryption import encrypt_env_vars, env_pairs
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    CvmFailedError,
    InvalidParameterError,
    KmsSignatureError,
    MissingDependencyError,
    OnChainActionRequiredError,
    OperationInProgressError,
    WaitTimeoutError,
)
from ._flow import Call, CloseStream, Emit, NextEvent, Now, OpenStream, Sleep, Typed, Workflow
from ._sse import ServerSentEvent

__all__ = [
    "CvmStateEvent",
    "PendingDeploy",
    "deploy",
    "resume_deploy",
    "update_compose",
    "update_cvm",
    "update_env",
    "wait_for_cvm",
    "watch_cvm_state",
]


class _Api:
    """The client methods the workflows call (the generated operations)."""

    provision = "provision_cvm"
    commit = "commit_cvm_provision"
    cvm_info = "get_cvm_info"
    cvm_state = "get_cvm_state"
    operation_status = "get_cvm_operation_status"
    env_pubkey = "get_app_env_encrypt_pub_key"
    update_envs = "update_cvm_envs"
    patch = "patch_cvm"
    compose_file = "get_cvm_compose_file"
    compose_provision = "provision_cvm_compose_file_update"
    compose_commit = "commit_cvm_compose_file_update"
    kms_list = "get_kms_list"
    inspect_kms = "inspect_kms"


# CVM statuses after which waiting for another status is pointless.
FAILED_STATUSES = frozenset({"error", "exited", "failed"})
# How an SSE event's type reads (the server's names, see GET /cvms/{cvm_id}/state).
STATE_EVENTS = frozenset({"state", "complete"})
KMS_TYPES = ("phala", "ethereum", "base")
# Answers to a stream request that mean "no stream here": the watch polls instead.
NO_STREAM_STATUSES = frozenset({404, 405, 406, 415, 501})
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]{4,62}")


class CvmStateEvent(NamedTuple):
    """One observation of a CVM's state while watching it.

    ``event`` is the stream's event type (``"state"``, ``"complete"``, ``"timeout"``,
    ``"error"``) or ``"poll"`` for a state read by polling; ``state`` the typed state
    (None for events without one); ``data`` the event's decoded JSON.
    """

    event: str
    state: Any
    data: Any

    @property
    def status(self) -> str | None:
        """The CVM's status in this observation, if it has one."""
        return _text(self.data, "status")


class PendingDeploy(NamedTuple):
    """A deploy stopped before its commit: what :func:`resume_deploy` needs to finish it."""

    name: str
    compose_hash: str
    app_id: str | None
    device_id: str | None
    kms_info: dict[str, Any] | None
    env: tuple[tuple[str, str], ...]
    env_keys: tuple[str, ...]
    commit: dict[str, Any]


# -- reading results of any API version -------------------------------------------------


def _field(value: Any, name: str) -> Any:
    """A field of a model or JSON object (None when absent), whatever its version."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        return value.get(name)
    data = value.to_dict() if hasattr(value, "to_dict") else {}
    return data.get(name)


def _text(value: Any, name: str) -> str | None:
    found = _field(value, name)
    return found if isinstance(found, str) and found else None


# -- checking input before any request --------------------------------------------------


def _env_pairs(env: Any, where: str) -> tuple[tuple[str, str], ...]:
    """The env as (name, value) pairs, checked as ``encrypt_env_vars`` checks them."""
    if env is None:
        return ()
    try:
        return tuple(env_pairs(env))
    except InvalidParameterError as exc:
        raise InvalidParameterError(
            where, exc.field.replace("envs", "env", 1), exc.reason
        ) from None


def _flags(where: str, **flags: Any) -> None:
    """Each flag is True or False (``verify_kms_signature`` may also be None)."""
    for field, value in flags.items():
        if not isinstance(value, bool) and not (field == "verify_kms_signature" and value is None):
            raise InvalidParameterError(where, field, f"expected True or False, got {value!r}")


def _options(value: Any, where: str, field: str) -> dict[str, Any]:
    """A mapping of more fields (``provision_options``, ``changes``, ...) as a dict."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidParameterError(
            where, field, f"expected a mapping of fields, got {type(value).__name__}"
        )
    return dict(value)


def _compose_text(docker_compose: Any, where: str) -> str:
    """The docker compose file, checked to be non-empty YAML describing services."""
    if not isinstance(docker_compose, str) or not docker_compose.strip():
        raise InvalidParameterError(where, "docker_compose", "expected the compose file's text")
    import yaml  # imported on first use

    try:
        document = yaml.safe_load(docker_compose)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        raise InvalidParameterError(where, "docker_compose", f"not valid YAML{at}") from None
    if not isinstance(document, dict) or not isinstance(document.get("services"), dict):
        raise InvalidParameterError(where, "docker_compose", "expected a `services:` mapping")
    return docker_compose


def _allowed(env_keys: Sequence[str], allowed_envs: Sequence[str] | None, where: str) -> list[str]:
    """The env names the compose allows: the given list (checked), else the env's names."""
    if allowed_envs is None:
        return sorted(env_keys)
    if isinstance(allowed_envs, str) or not all(isinstance(n, str) for n in allowed_envs):
        raise InvalidParameterError(where, "allowed_envs", "expected a list of names")
    extra = sorted(set(env_keys) - set(allowed_envs))
    if extra:
        raise InvalidParameterError(
            where, "env", f"{', '.join(extra)} not in allowed_envs (the compose would refuse it)"
        )
    return list(allowed_envs)


def _kms_arguments(kms: str | None, kms_id: str | None, where: str) -> dict[str, Any]:
    """``kms`` is a KMS type, ``kms_id`` a KMS slug: catch the usual mix-up early."""
    out: dict[str, Any] = {}
    if kms is not None:
        if not isinstance(kms, str) or kms.lower() not in KMS_TYPES:
            raise InvalidParameterError(
                where, "kms", f"expected a KMS type ({', '.join(KMS_TYPES)}), got {kms!r}"
            )
        out["kms"] = kms.lower()
    if kms_id is not None:
        if not isinstance(kms_id, str) or not kms_id:
            raise InvalidParameterError(where, "kms_id", "expected a KMS slug or id")
        if kms_id.lower() in KMS_TYPES:
            raise InvalidParameterError(
                where,
                "kms_id",
                f"{kms_id!r} is a KMS type, not a KMS: pass kms={kms_id.lower()!r}, or the "
                "slug of one KMS (from get_kms_list) as kms_id",
            )
        out["kms_id"] = kms_id
    return out


def _interval(seconds: Any, where: str, name: str = "poll_interval") -> float:
    if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or seconds <= 0:
        raise InvalidParameterError(where, name, "expected seconds > 0")
    return float(seconds)


def _deadline(now: float, timeout: float | None, where: str) -> float | None:
    if timeout is None:
        return None
    if not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or timeout <= 0:
        raise InvalidParameterError(where, "timeout", "expected seconds > 0 (or None)")
    return now + float(timeout)


# -- the KMS key -----------------------------------------------------------------------


def _env_key(
    app_id: str, kms_info: Any, known_key: str | None, verify: bool | None, where: str
) -> Workflow[str]:
    """The app's env-encryption key: the one given, else the KMS's, signature checked."""
    if known_key and not _onchain(kms_info):
        return known_key
    kms = _text(kms_info, "slug") or _text(kms_info, "id")
    if kms is None:
        if known_key:
            return known_key
        raise InvalidParameterError(where, "kms_id", "the app's KMS is unknown: pass kms_id")
    reply = yield Call(_Api.env_pubkey, {"kms_id": kms, "app_id": app_id})
    public_key = _text(reply, "public_key")
    if public_key is None:
        raise KmsSignatureError(f"{where}: the KMS returned no public key for app {app_id}")
    signature = _text(reply, "signature")
    if verify is False or (signature is None and verify is None):
        return public_key
    expected = _text(kms_info, "k256_pubkey")
    if expected is None and signature is not None:
        expected = yield from _kms_signer(kms)
    if signature is None or expected is None:
        if verify:
            raise KmsSignatureError(
                f"{where}: cannot check the KMS signature of the app key "
                f"({'no signature' if signature is None else 'the KMS signer key is unknown'})"
            )
        return public_key
    from ._kms_signature import verify_env_encrypt_public_key_legacy

    try:
        signer = verify_env_encrypt_public_key_legacy(public_key, signature, app_id)
    except MissingDependencyError:
        if verify:
            raise
        import logging

        logging.getLogger("phala_cloud_sdk").warning(
            "%s: the KMS signature of the app key is not checked: "
            "pip install 'phala-cloud-sdk[kms]' (or pass verify_kms_signature=False)",
            where,
        )
        return public_key
    if signer is None or signer.lower().removeprefix("0x") != expected.lower().removeprefix("0x"):
        raise KmsSignatureError(
            f"{where}: the app key is not signed by the app's KMS (signer {signer}, "
            f"expected {expected}); not encrypting secrets with it"
        )
    return public_key


def _kms_signer(kms: str) -> Workflow[str | None]:
    """The KMS's secp256k1 key that signs app keys (``inspect_kms``), None if unknown."""
    try:
        inspected = yield Call(_Api.inspect_kms, {"kms_id": kms})
    except APIStatusError:
        return None
    bootstrap = _field(_field(inspected, "rpc"), "bootstrap_info")
    return _text(bootstrap, "k256_pubkey")


def _onchain(kms_info: Any) -> bool:
    """Whether a KMS (``KMSInfo``, or a CVM's ``CVMKmsInfo``) is an on-chain contract."""
    return _field(kms_info, "chain_id") is not None and bool(
        _text(kms_info, "kms_contract_address") or _text(kms_info, "dstack_kms_address")
    )


def _provision_kms(provision: Any, asked: str | None) -> Workflow[dict[str, Any] | None]:
    """The KMS a provision chose, with its chain details.

    2025-10-28 embeds it (``kms_info``); 2026-01-21 only names it (``kms_id``,
    ``kms_contract_id``), so whether it is on chain is read from the KMS list.
    """
    info = _as_dict(_field(provision, "kms_info"))
    if info is not None and "chain_id" in info:
        return info
    names = {_text(provision, "kms_id"), _text(provision, "kms_contract_id"), asked} - {None}
    if not names:
        return info
    page = yield Call(_Api.kms_list, {"page_size": 100})
    for item in getattr(page, "items", None) or _field(page, "items") or []:
        data = _as_dict(item)
        if data is not None and names & {data.get("slug"), data.get("id")}:
            return data
    return info


# -- operations in progress ----------------------------------------------------------------


def _retrying_busy(
    call: Call, cvm_id: str, deadline: float | None, poll_interval: float
) -> Workflow[Any]:
    """``call``, waiting out another operation on the CVM (409) and trying again.

    The last 409 (an :class:`OperationInProgressError` naming the operation) is raised
    once the deadline passes, also while the operation status still says busy.
    """
    while True:
        try:
            return (yield call)
        except OperationInProgressError as busy:
            yield from _wait_idle(cvm_id, deadline, busy, poll_interval)


def _wait_idle(
    cvm_id: str, deadline: float | None, busy: OperationInProgressError, poll_interval: float
) -> Workflow[None]:
    """Poll the CVM's operation status until no operation runs; ``busy`` at the deadline."""
    delay = min(0.5, poll_interval)
    while True:
        yield from _sleep_until(delay, deadline, busy)
        try:
            status = yield Call(_Api.operation_status, {"cvm_id": cvm_id})
        except APIStatusError:
            return  # no status to read: just try the call again
        if not _busy(status):
            return
        delay = min(delay * 2, poll_interval)


def _sleep_until(delay: float, deadline: float | None, late: Exception) -> Workflow[None]:
    """Sleep ``delay`` seconds, cut short at the deadline; raise ``late`` once it passed."""
    if deadline is not None:
        left = deadline - (yield Now())
        if left <= 0:
            raise late
        delay = min(delay, left)
    yield Sleep(delay)


def _busy(status: Any) -> bool:
    if _field(status, "in_progress") is True:
        return True
    text = _text(status, "status") or _text(status, "state")
    return text not in {None, "idle", "completed", "none", "failed"}


# -- deploy -------------------------------------------------------------------------------


def deploy(
    *,
    name: str,
    docker_compose: str,
    env: Any = None,
    allowed_envs: Sequence[str] | None = None,
    instance_type: str | None = None,
    kms: str | None = None,
    kms_id: str | None = None,
    pre_launch_script: str | None = None,
    provision_options: Mapping[str, Any] | None = None,
    compose_options: Mapping[str, Any] | None = None,
    verify_kms_signature: bool | None = None,
    wait: bool = False,
    timeout: float | None = 600.0,
    poll_interval: float = 2.0,
) -> Workflow[Any]:
    """Provision, encrypt the env for the app's KMS key, commit, and optionally wait."""
    where = "deploy"
    _flags(where, wait=wait, verify_kms_signature=verify_kms_signature)
    provision_options = _options(provision_options, where, "provision_options")
    compose_options = _options(compose_options, where, "compose_options")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise InvalidParameterError(
            where, "name", "5-63 letters, digits or hyphens, starting with a letter"
        )
    compose = _compose_text(docker_compose, where)
    pairs = _env_pairs(env, where)
    keys = [k for k, _ in pairs]
    allowed = _allowed(keys, allowed_envs, where)
    compose_file: dict[str, Any] = {
        "name": "",
        "docker_compose_file": compose,
        "allowed_envs": allowed,
        **dict(compose_options or {}),
    }
    if pre_launch_script is not None:
        compose_file["pre_launch_script"] = pre_launch_script
    arguments: dict[str, Any] = {
        "name": name,
        "compose_file": compose_file,
        **_kms_arguments(kms, kms_id, where),
        **dict(provision_options or {}),
    }
    if instance_type is not None:
        arguments["instance_type"] = instance_type
    _interval(poll_interval, where)
    deadline = _deadline((yield Now()), timeout, where)
    provision = yield Call(_Api.provision, arguments)
    compose_hash = _text(provision, "compose_hash")
    if compose_hash is None:
        raise InvalidParameterError(where, "provision", "the API returned no compose hash")
    app_id = _text(provision, "app_id")
    kms_info = _as_dict(_field(provision, "kms_info"))
    if app_id is None:  # an on-chain KMS: the app id comes from the app's contract
        kms_info = yield from _provision_kms(provision, kms_id or kms)
    kms_slug = _text(kms_info, "slug") or _text(kms_info, "id") or kms_id
    pending = PendingDeploy(
        name=name,
        compose_hash=compose_hash,
        app_id=app_id,
        device_id=_text(provision, "device_id"),
        kms_info=kms_info,
        env=pairs,
        env_keys=tuple(keys),
        commit={"kms_id": kms_slug} if kms_slug and (kms_id or app_id is None) else {},
    )
    if app_id is None:
        contract = _text(kms_info, "kms_contract_address")
        raise OnChainActionRequiredError(
            f"deploy: the KMS {kms_slug or '(unknown)'} is an on-chain contract"
            + (f" ({contract} on chain {_field(kms_info, 'chain_id')})" if contract else "")
            + ": deploy the app's contract and register the compose hash "
            f"{compose_hash} and device {pending.device_id} (e.g. the KMS contract's "
            "deployAndRegisterApp), then call client.resume_deploy(error.pending, "
            "app_id=..., contract_address=..., deployer_address=...)",
            action="deploy_app",
            pending=pending,
        )
    return (
        yield from _finish_deploy(
            pending,
            _text(provision, "app_env_encrypt_pubkey"),
            verify_kms_signature,
            wait,
            deadline,
            poll_interval,
        )
    )


def resume_deploy(
    pending: PendingDeploy,
    *,
    app_id: str | None = None,
    contract_address: str | None = None,
    deployer_address: str | None = None,
    verify_kms_signature: bool | None = None,
    wait: bool = False,
    timeout: float | None = 600.0,
    poll_interval: float = 2.0,
) -> Workflow[Any]:
    """Finish a deploy that stopped for an on-chain transaction (:class:`PendingDeploy`)."""
    where = "resume_deploy"
    _flags(where, wait=wait, verify_kms_signature=verify_kms_signature)
    _interval(poll_interval, where)
    if not isinstance(pending, PendingDeploy):
        raise InvalidParameterError(where, "pending", "expected the error's .pending")
    app = app_id or pending.app_id
    if not app:
        raise InvalidParameterError(where, "app_id", "the app id of the deployed contract")
    commit = dict(pending.commit)
    if contract_address:
        commit["contract_address"] = contract_address
    if deployer_address:
        commit["deployer_address"] = deployer_address
    deadline = _deadline((yield Now()), timeout, where)
    resumed = pending._replace(app_id=app, commit=commit)
    return (
        yield from _finish_deploy(
            resumed, None, verify_kms_signature, wait, deadline, poll_interval
        )
    )


def _finish_deploy(  # noqa: PLR0917 - the deploy's state, as deploy and resume have it
    pending: PendingDeploy,
    known_key: str | None,
    verify: bool | None,
    wait: bool,
    deadline: float | None,
    poll_interval: float,
) -> Workflow[Any]:
    if pending.app_id is None:
        raise InvalidParameterError("resume_deploy", "app_id", "the app id to commit with")
    commit: dict[str, Any] = {
        "app_id": pending.app_id,
        "compose_hash": pending.compose_hash,
        **pending.commit,
    }
    if pending.env:
        key = yield from _env_key(pending.app_id, pending.kms_info, known_key, verify, "deploy")
        commit["encrypted_env"] = encrypt_env_vars(dict(pending.env), key)
        commit["env_keys"] = list(pending.env_keys)
    cvm = yield Call(_Api.commit, commit)
    if not wait:
        return cvm
    cvm_id = _text(cvm, "vm_uuid") or _text(cvm, "id") or _text(cvm, "app_id") or pending.app_id
    yield from _wait(cvm_id, "running", deadline, poll_interval)
    return (yield Call(_Api.cvm_info, {"cvm_id": cvm_id}))


def _as_dict(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    data = value.to_dict() if hasattr(value, "to_dict") else value
    return dict(data) if isinstance(data, Mapping) else None


# -- updates ------------------------------------------------------------------------------


def _app_key_for(cvm_id: str, verify: bool | None, where: str) -> Workflow[str]:
    """The env-encryption key of the app a CVM runs."""
    info = yield Call(_Api.cvm_info, {"cvm_id": cvm_id})
    app_id = _text(info, "app_id")
    kms_info = _field(info, "kms_info")
    known = _text(kms_info, "encrypted_env_pubkey") or _text(info, "encrypted_env_pubkey")
    if app_id is None:
        raise InvalidParameterError(where, "cvm_id", f"CVM {cvm_id} has no app id to key by")
    return (yield from _env_key(app_id, kms_info, known, verify, where))


def update_env(
    cvm_id: str,
    env: Any,
    *,
    compose_hash: str | None = None,
    transaction_hash: str | None = None,
    verify_kms_signature: bool | None = None,
    wait: bool = False,
    timeout: float | None = 600.0,
    poll_interval: float = 2.0,
) -> Workflow[Any]:
    """Encrypt ``env`` for the CVM's app and replace its environment (``PATCH .../envs``).

    Changing the set of names on an on-chain KMS raises
    :class:`ComposeHashRegistrationRequiredError` (465) with the hash to register; after
    the transaction, call again with ``compose_hash=`` and ``transaction_hash=``.
    """
    where = "update_env"
    _flags(where, wait=wait, verify_kms_signature=verify_kms_signature)
    _cvm_id(cvm_id, where)
    pairs = _env_pairs(env, where)
    if not pairs:
        raise InvalidParameterError(where, "env", "expected at least one variable")
    _interval(poll_interval, where)
    deadline = _deadline((yield Now()), timeout, where)
    key = yield from _app_key_for(cvm_id, verify_kms_signature, where)
    arguments: dict[str, Any] = {
        "cvm_id": cvm_id,
        "encrypted_env": encrypt_env_vars(dict(pairs), key),
        "env_keys": sorted(k for k, _ in pairs),
    }
    if compose_hash is not None:
        arguments["compose_hash"] = compose_hash
    if transaction_hash is not None:
        arguments["transaction_hash"] = transaction_hash
    result = yield from _retrying_busy(
        Call(_Api.update_envs, arguments), cvm_id, deadline, poll_interval
    )
    if wait:
        yield from _wait(cvm_id, "running", deadline, poll_interval)
    return result


def update_cvm(
    cvm_id: str,
    *,
    docker_compose: str | None = None,
    pre_launch_script: str | None = None,
    env: Any = None,
    allowed_envs: Sequence[str] | None = None,
    changes: Mapping[str, Any] | None = None,
    prepare_only: bool = False,
    compose_hash: str | None = None,
    transaction_hash: str | None = None,
    verify_kms_signature: bool | None = None,
    wait: bool = False,
    timeout: float | None = 600.0,
    poll_interval: float = 2.0,
) -> Workflow[Any]:
    """The unified update (``PATCH /cvms/{cvm_id}``): compose, script, env, resources.

    On an on-chain KMS a change of the compose hash raises
    :class:`ComposeHashRegistrationRequiredError` (465); register the hash, then call
    again with ``compose_hash=`` and ``transaction_hash=`` (phase 2). With
    ``prepare_only=True`` the 465 carries a ``commit_token`` for a multisig to approve;
    commit it with the commit-update operation once registered.
    """
    where = "update_cvm"
    _flags(where, wait=wait, prepare_only=prepare_only, verify_kms_signature=verify_kms_signature)
    changes = _options(changes, where, "changes")
    _cvm_id(cvm_id, where)
    body: dict[str, Any] = dict(changes or {})
    if docker_compose is not None:
        body["docker_compose_file"] = _compose_text(docker_compose, where)
    if pre_launch_script is not None:
        body["pre_launch_script"] = pre_launch_script
    pairs = _env_pairs(env, where)
    if pairs or allowed_envs is not None:
        body["allowed_envs"] = _allowed([k for k, _ in pairs], allowed_envs, where)
    phase_two = compose_hash is not None or transaction_hash is not None
    if phase_two and (compose_hash is None or transaction_hash is None):
        raise InvalidParameterError(
            where, "transaction_hash", "phase 2 needs both compose_hash and transaction_hash"
        )
    if not body and not phase_two:
        raise InvalidParameterError(where, "changes", "nothing to update")
    _interval(poll_interval, where)
    deadline = _deadline((yield Now()), timeout, where)
    if pairs:
        key = yield from _app_key_for(cvm_id, verify_kms_signature, where)
        body["encrypted_env"] = encrypt_env_vars(dict(pairs), key)
    arguments: dict[str, Any] = {"cvm_id": cvm_id, **body}
    if prepare_only:
        arguments["prepare_only"] = True
    if phase_two:
        arguments["compose_hash"] = compose_hash
        arguments["transaction_hash"] = transaction_hash
    result = yield from _retrying_busy(Call(_Api.patch, arguments), cvm_id, deadline, poll_interval)
    if wait:
        yield from _wait(cvm_id, "running", deadline, poll_interval)
    return result


def update_compose(
    cvm_id: str,
    docker_compose: str,
    *,
    env: Any = None,
    allowed_envs: Sequence[str] | None = None,
    pre_launch_script: str | None = None,
    verify_kms_signature: bool | None = None,
    wait: bool = False,
    timeout: float | None = 600.0,
    poll_interval: float = 2.0,
) -> Workflow[Any]:
    """Replace the compose file: provision the new app-compose, then commit it.

    The current app-compose (``get_cvm_compose_file``) is kept but for what is given.
    On an on-chain KMS whose contract does not allow the new hash yet, the workflow
    stops with :class:`OnChainActionRequiredError` (``action="add_compose_hash"``):
    register the hash, then commit with ``commit_cvm_compose_file_update`` using the
    error's ``compose_hash`` (and the encrypted env in ``error.pending.commit``).
    """
    where = "update_compose"
    _flags(where, wait=wait, verify_kms_signature=verify_kms_signature)
    _cvm_id(cvm_id, where)
    compose = _compose_text(docker_compose, where)
    pairs = _env_pairs(env, where)
    if allowed_envs is not None:
        _allowed([k for k, _ in pairs], allowed_envs, where)
    _interval(poll_interval, where)
    deadline = _deadline((yield Now()), timeout, where)
    current = _as_dict((yield Call(_Api.compose_file, {"cvm_id": cvm_id}))) or {}
    app_compose = {**current, "docker_compose_file": compose}
    app_compose.setdefault("name", "")
    if pre_launch_script is not None:
        app_compose["pre_launch_script"] = pre_launch_script
    keys = [k for k, _ in pairs]
    if pairs or allowed_envs is not None:
        app_compose["allowed_envs"] = _allowed(keys, allowed_envs, where)
    provision = yield Call(_Api.compose_provision, {"cvm_id": cvm_id, **app_compose})
    compose_hash = _text(provision, "compose_hash")
    if compose_hash is None:
        raise InvalidParameterError(where, "provision", "the API returned no compose hash")
    commit: dict[str, Any] = {"cvm_id": cvm_id, "compose_hash": compose_hash}
    if pairs:
        key = yield from _app_key_for(cvm_id, verify_kms_signature, where)
        commit["encrypted_env"] = encrypt_env_vars(dict(pairs), key)
        commit["env_keys"] = sorted(keys)
    kms_info = _field(provision, "kms_info")
    if _onchain(kms_info) and _field(provision, "compose_hash_registered") is not True:
        raise OnChainActionRequiredError(
            f"update_compose: register compose hash {compose_hash} for app "
            f"{_text(provision, 'app_id')} on its contract (addComposeHash), then call "
            "client.commit_cvm_compose_file_update(**error.pending.commit)",
            action="add_compose_hash",
            pending=PendingDeploy(
                name=cvm_id,
                compose_hash=compose_hash,
                app_id=_text(provision, "app_id"),
                device_id=_text(provision, "device_id"),
                kms_info=_as_dict(kms_info),
                env=pairs,
                env_keys=tuple(sorted(keys)),
                commit=commit,
            ),
        )
    result = yield from _retrying_busy(
        Call(_Api.compose_commit, commit), cvm_id, deadline, poll_interval
    )
    if wait:
        yield from _wait(cvm_id, "running", deadline, poll_interval)
    return result


def _cvm_id(cvm_id: Any, where: str) -> None:
    if not isinstance(cvm_id, str) or not cvm_id or cvm_id in {".", ".."}:
        raise InvalidParameterError(where, "cvm_id", "expected the CVM's id")


# -- watching and waiting -------------------------------------------------------------------


def watch_cvm_state(
    cvm_id: str,
    *,
    target: str | None = None,
    interval: int = 5,
    timeout: float | None = None,
    poll_interval: float = 2.0,
    reconnect_delay: float = 1.0,
) -> Workflow[Any]:
    """Emit :class:`CvmStateEvent` s: the state stream, reconnecting; polling as fallback.

    Ends when the state reaches ``target`` (or the stream says ``complete``), or after
    ``timeout`` seconds with :class:`WaitTimeoutError`, also while the stream stays
    open without events; without a target it runs until the caller stops iterating.
    """
    where = "watch_cvm_state"
    _cvm_id(cvm_id, where)
    if target is not None and (not isinstance(target, str) or not target):
        raise InvalidParameterError(where, "target", "expected a status such as 'running'")
    if isinstance(interval, bool) or not isinstance(interval, int) or not 5 <= interval <= 30:
        raise InvalidParameterError(where, "interval", "expected whole seconds from 5 to 30")
    _interval(poll_interval, where)
    _interval(reconnect_delay, where, "reconnect_delay")
    deadline = _deadline((yield Now()), timeout, where)
    last: CvmStateEvent | None = None
    # The server streams only for a target; without one it answers the current state.
    streaming = target is not None
    while True:
        if streaming:
            arguments: dict[str, Any] = {"cvm_id": cvm_id, "interval": interval}
            arguments["target"] = target
            if deadline is not None:  # the server's own limit: 10 to 600 seconds
                left = deadline - (yield Now())
                arguments["wait_timeout"] = min(600, max(10, math.ceil(left)))
            try:
                kind, opened = yield OpenStream(_Api.cvm_state, arguments, deadline)
            except APIConnectionError:
                kind, opened = "dropped", None
            except APIStatusError as exc:
                if exc.status_code not in NO_STREAM_STATUSES:
                    raise
                streaming = False  # no stream here: poll instead
                continue
            if kind == "events":
                done, seen = yield from _read_events(opened, target, cvm_id)
                last = seen or last
                if done:
                    return last
            elif kind == "json":
                streaming = False  # the server answers without streaming: poll
                last = CvmStateEvent("poll", opened, _as_dict(opened))
                yield Emit(last)
                if _reached(last, target, cvm_id):
                    return last
        else:
            state = yield Call(_Api.cvm_state, {"cvm_id": cvm_id})
            last = CvmStateEvent("poll", state, _as_dict(state))
            yield Emit(last)
            if _reached(last, target, cvm_id):
                return last
        late = WaitTimeoutError(cvm_id=cvm_id, target=target, last_state=last)
        yield from _sleep_until(reconnect_delay if streaming else poll_interval, deadline, late)


def _read_events(
    handle: Any, target: str | None, cvm_id: str
) -> Workflow[tuple[bool, CvmStateEvent | None]]:
    """Emit a stream's events: (done, the last state event) once it ends or drops.

    The stream is closed here on every way out but an error, which leaves it to the
    runner (it closes what a workflow leaves open).
    """
    last: CvmStateEvent | None = None
    done = False
    while not done:
        try:
            event: ServerSentEvent | None = yield NextEvent(handle)
        except APIConnectionError:
            break  # the stream dropped: the caller reconnects
        if event is None:
            break  # the server (or the deadline) ended it
        observed = _event(event)
        if observed.state is not None:
            observed = observed._replace(state=(yield Typed(_Api.cvm_state, observed.state)))
            last = observed
        yield Emit(observed)
        done = observed.event == "complete" or (
            observed.state is not None and _reached(observed, target, cvm_id)
        )
    yield CloseStream(handle)
    return done, last


def _event(event: ServerSentEvent) -> CvmStateEvent:
    """A stream event; only state events (``state``, ``complete``) carry a state."""
    from . import _json

    try:
        data = _json.loads(event.data.encode()) if event.data else None
    except _json.JSONDecodeError:
        data = {"raw": event.data}
    has_state = event.event in STATE_EVENTS and isinstance(data, dict) and "status" in data
    return CvmStateEvent(event.event, data if has_state else None, data)


def _reached(observed: CvmStateEvent, target: str | None, cvm_id: str = "") -> bool:
    """Whether ``observed`` is the awaited state; a failed CVM raises CvmFailedError."""
    if target is None:
        return False
    if _failed(observed) and target not in FAILED_STATUSES:
        raise CvmFailedError(cvm_id=cvm_id, target=target, last_state=observed)
    return observed.status == target and _field(observed.data, "in_progress") is not True


def _wait(
    cvm_id: str, status: str, deadline: float | None, poll_interval: float
) -> Workflow[CvmStateEvent]:
    """Poll the CVM's state until ``status`` (or a failed status, or the deadline)."""
    last: CvmStateEvent | None = None
    delay = min(0.5, poll_interval)
    while True:
        state = yield Call(_Api.cvm_state, {"cvm_id": cvm_id})
        last = CvmStateEvent("poll", state, _as_dict(state))
        if _reached(last, status, cvm_id):
            return last
        late = WaitTimeoutError(cvm_id=cvm_id, target=status, last_state=last)
        yield from _sleep_until(delay, deadline, late)
        delay = min(delay * 2, poll_interval)


def _failed(observed: CvmStateEvent) -> bool:
    return observed.status in FAILED_STATUSES or bool(_text(observed.data, "boot_error"))


def wait_for_cvm(
    cvm_id: str,
    *,
    status: str = "running",
    timeout: float | None = 300.0,
    poll_interval: float = 2.0,
) -> Workflow[CvmStateEvent]:
    """Block until the CVM reaches ``status``; a failed CVM or the timeout raise."""
    where = "wait_for_cvm"
    _cvm_id(cvm_id, where)
    if not isinstance(status, str) or not status:
        raise InvalidParameterError(where, "status", "expected a status such as 'running'")
    _interval(poll_interval, where)
    deadline = _deadline((yield Now()), timeout, where)
    return (yield from _wait(cvm_id, status, deadline, poll_interval))
