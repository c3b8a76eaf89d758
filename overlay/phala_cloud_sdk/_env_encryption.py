"""Encrypt a CVM's environment variables for its KMS key, in dstack's wire format.

The format is the one ``dstack_sdk.encrypt_env_vars`` (PyPI ``dstack-sdk``) produces and
the CVM decrypts: an ephemeral X25519 key pair; the raw X25519 shared secret with the
app's env-encryption public key, used as is as the AES-256-GCM key; a random 12-byte IV;
and the hex of ``ephemeral public key (32 bytes) || IV (12 bytes) || ciphertext || tag
(16 bytes)``. The plaintext is ``json.dumps({"env": [{"key": ..., "value": ...}, ...]})``
with the standard library's default separators (``", "`` and ``": "``) and ASCII escapes,
byte for byte what ``dstack-sdk`` encrypts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from ._exceptions import InvalidParameterError

__all__ = ["EnvVars", "encrypt_env_vars"]

EnvVars = Mapping[str, str] | Sequence[Mapping[str, str]]
"""``{"NAME": "value"}``, or ``[{"key": "NAME", "value": "value"}, ...]`` (order kept)."""

_OPERATION = "encrypt_env_vars"
# Patterns, compiled on first use (by re's cache) rather than at import.
_ENV_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_HEX_KEY = r"(?:0[xX])?([0-9a-fA-F]{64})"
_X25519_KEY_BYTES = 32
_IV_BYTES = 12


def encrypt_env_vars(envs: EnvVars, public_key: str | bytes) -> str:
    """Encrypt environment variables so that only the app's CVMs can read them.

    Example::

        from phala_cloud_sdk import encrypt_env_vars

        encrypted = encrypt_env_vars({"DATABASE_URL": "postgres://..."}, pubkey_hex)

    Args:
        envs: a mapping ``{name: value}``, or a list of ``{"key": name, "value": value}``
            dicts. Names must match ``[A-Za-z_][A-Za-z0-9_]*`` and be unique; values are
            strings (without NUL characters).
        public_key: the app's env-encryption X25519 public key (the KMS ``pubkey``
            endpoint's ``public_key``), as 64 hex digits with or without ``0x``, or 32 bytes.

    Returns:
        Hex (no ``0x``) of ``ephemeral public key || IV || AES-256-GCM ciphertext and tag``,
        the ``encrypted_env`` value the API takes. A new key pair and IV are drawn per call,
        so two calls never give the same result.

    Raises:
        InvalidParameterError: ``envs`` or ``public_key`` is malformed (its ``field`` says
            which entry); nothing was encrypted.
    """
    pairs = env_pairs(envs)
    remote_key = _public_key_bytes(public_key)
    plaintext = json.dumps({"env": [{"key": k, "value": v} for k, v in pairs]}).encode("utf-8")

    # Imported here: `import phala_cloud_sdk` stays free of their import cost.
    import secrets

    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    ephemeral = X25519PrivateKey.generate()
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(remote_key))
    except ValueError as exc:  # a low-order point: the shared secret would be all zeros
        raise InvalidParameterError(
            _OPERATION, "public_key", "not a usable X25519 public key (a low-order point)"
        ) from exc
    iv = secrets.token_bytes(_IV_BYTES)
    sealed = AESGCM(shared).encrypt(iv, plaintext, None)
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return (ephemeral_public + iv + sealed).hex()


def env_pairs(envs: object) -> list[tuple[str, str]]:
    """The (name, value) pairs of ``envs``, every name and value checked."""
    if isinstance(envs, Mapping):
        pairs = [(_name(name, f"envs[{name!r}]"), value) for name, value in envs.items()]
        return [(name, _value(value, f"envs[{name!r}]")) for name, value in pairs]
    if not isinstance(envs, Sequence) or isinstance(envs, str | bytes | bytearray):
        raise InvalidParameterError(
            _OPERATION,
            "envs",
            "expected a mapping {name: value} or a list of {'key': ..., 'value': ...} dicts, "
            f"got {type(envs).__name__}",
        )
    out: list[tuple[str, str]] = []
    first_index: dict[str, int] = {}
    for index, item in enumerate(envs):
        where = f"envs[{index}]"
        if not isinstance(item, Mapping):
            raise InvalidParameterError(
                _OPERATION,
                where,
                f"expected a {{'key': ..., 'value': ...}} dict, got {type(item).__name__}",
            )
        fields = set(item)
        if fields != {"key", "value"}:
            missing = sorted({"key", "value"} - fields)
            extra = sorted(map(repr, fields - {"key", "value"}))
            problem = f"missing {', '.join(map(repr, missing))}" if missing else ""
            problem += ("; " if problem and extra else "") + (
                f"unexpected {', '.join(extra)}" if extra else ""
            )
            raise InvalidParameterError(
                _OPERATION, where, f"expected exactly the fields 'key' and 'value': {problem}"
            )
        name = _name(item["key"], f"{where}.key")
        if name in first_index:
            raise InvalidParameterError(
                _OPERATION,
                f"{where}.key",
                f"duplicate name {name!r} (also at envs[{first_index[name]}])",
            )
        first_index[name] = index
        out.append((name, _value(item["value"], f"{where}.value")))
    return out


def _name(name: object, where: str) -> str:
    if not isinstance(name, str):
        raise InvalidParameterError(
            _OPERATION, where, f"a name must be a string, got {type(name).__name__}"
        )
    if not re.fullmatch(_ENV_NAME, name):
        raise InvalidParameterError(
            _OPERATION,
            where,
            f"{name!r} is not a valid environment variable name ([A-Za-z_][A-Za-z0-9_]*)",
        )
    return name


def _value(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise InvalidParameterError(
            _OPERATION, where, f"a value must be a string, got {type(value).__name__}"
        )
    if "\x00" in value:
        raise InvalidParameterError(
            _OPERATION, where, "contains a NUL character, which no environment variable can hold"
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidParameterError(
            _OPERATION, where, "is not valid Unicode text (a lone surrogate)"
        ) from exc
    return value


def _public_key_bytes(public_key: object) -> bytes:
    if isinstance(public_key, bytes | bytearray):
        if len(public_key) != _X25519_KEY_BYTES:
            raise InvalidParameterError(
                _OPERATION,
                "public_key",
                f"expected {_X25519_KEY_BYTES} bytes (an X25519 public key), got {len(public_key)}",
            )
        return bytes(public_key)
    if not isinstance(public_key, str):
        raise InvalidParameterError(
            _OPERATION,
            "public_key",
            f"expected a hex string or bytes, got {type(public_key).__name__}",
        )
    match = re.fullmatch(_HEX_KEY, public_key)
    if match is None:
        raise InvalidParameterError(
            _OPERATION,
            "public_key",
            "expected 64 hex digits (32 bytes), with or without 0x; "
            f"got {len(public_key)} characters"
            + ("" if re.fullmatch(r"(?:0[xX])?[0-9a-fA-F]*", public_key) else " with non-hex ones"),
        )
    return bytes.fromhex(match.group(1))
