"""Who signed an app's env-encryption public key: recover the KMS signer (secp256k1).

The KMS signs the X25519 public key it hands out for an app (dstack ``kms/src``:
``sign_message`` and ``sign_message_with_timestamp``) with its secp256k1 key, over

* ``signature_v1``: ``keccak256(b"dstack-env-encrypt-pubkey" + b":" + app_id (20 bytes)
  + timestamp (8 bytes, big-endian u64) + public_key)``;
* ``signature`` (legacy, no timestamp, replayable): the same without the timestamp;

as 65 bytes ``r || s || recovery id``. The functions here mirror ``dstack-sdk``'s
``verify_env_encrypt_public_key`` and ``verify_env_encrypt_public_key_legacy``: they
return the signer's compressed public key, which the caller compares with the KMS's
known key (for example the ``k256_pubkey`` of the KMS the app uses).

Recovery needs the ``kms`` extra (``coincurve`` for secp256k1, ``pycryptodome`` for
Keccak-256, which ``hashlib`` does not have): ``pip install 'phala-cloud-sdk[kms]'``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from ._exceptions import InvalidParameterError, MissingDependencyError

__all__ = [
    "DEFAULT_MAX_AGE_SECONDS",
    "verify_env_encrypt_public_key",
    "verify_env_encrypt_public_key_legacy",
]

DEFAULT_MAX_AGE_SECONDS = 300
# The KMS's clock may run a little ahead of ours (dstack-sdk allows the same).
_FUTURE_SKEW_SECONDS = 60
_PREFIX = b"dstack-env-encrypt-pubkey:"
_SIGNATURE_BYTES = 65
_HEX = r"(?:0[xX])?((?:[0-9a-fA-F]{2})*)"  # compiled on first use, not at import
_U64_LIMIT = 1 << 64


def verify_env_encrypt_public_key(
    public_key: bytes | str,
    signature: bytes | str,
    app_id: str,
    timestamp: int,
    *,
    max_age_seconds: int = DEFAULT_MAX_AGE_SECONDS,
) -> str | None:
    """Recover who signed an env-encryption public key with a timestamp (``signature_v1``).

    Example::

        from phala_cloud_sdk import verify_env_encrypt_public_key

        signer = verify_env_encrypt_public_key(
            reply["public_key"], reply["signature_v1"], app_id, reply["timestamp"]
        )
        if signer is None or signer != kms_k256_pubkey:
            raise RuntimeError("the env-encryption key was not signed by our KMS")

    Args:
        public_key: the X25519 public key the KMS returned (bytes, or hex with or
            without ``0x``).
        signature: its ``signature_v1``: 65 bytes ``r || s || recovery id`` (or hex).
        app_id: the app id the key is for (hex, with or without ``0x``).
        timestamp: the KMS reply's ``timestamp`` (Unix seconds).
        max_age_seconds: how old the reply may be (default 300); one up to 60 s in the
            future is accepted for clock skew.

    Returns:
        The signer's compressed secp256k1 public key as ``0x`` + 66 hex digits; ``None``
        when the signature is not 65 bytes, cannot be recovered, or the timestamp is out
        of range. A returned key proves nothing until compared with the KMS's own key:
        a signature over other data recovers some other key.

    Raises:
        InvalidParameterError: an argument has the wrong type or is not hex.
        MissingDependencyError: the ``kms`` extra is not installed.
    """
    operation = "verify_env_encrypt_public_key"
    key = _bytes(operation, "public_key", public_key)
    sig = _bytes(operation, "signature", signature)
    app = _app_id(operation, app_id)
    if isinstance(timestamp, bool) or not isinstance(timestamp, int):
        raise InvalidParameterError(
            operation, "timestamp", f"expected Unix seconds (int), got {type(timestamp).__name__}"
        )
    if not 0 <= timestamp < _U64_LIMIT:
        raise InvalidParameterError(operation, "timestamp", "out of the unsigned 64-bit range")
    if isinstance(max_age_seconds, bool) or not isinstance(max_age_seconds, int):
        raise InvalidParameterError(
            operation,
            "max_age_seconds",
            f"expected an int, got {type(max_age_seconds).__name__}",
        )
    recover = _recoverer(operation)
    if len(sig) != _SIGNATURE_BYTES:
        return None
    age = int(time.time()) - timestamp
    if age < -_FUTURE_SKEW_SECONDS or age > max_age_seconds:
        return None
    return recover(_PREFIX + app + timestamp.to_bytes(8, "big") + key, sig)


def verify_env_encrypt_public_key_legacy(
    public_key: bytes | str, signature: bytes | str, app_id: str
) -> str | None:
    """Recover who signed an env-encryption public key without a timestamp (``signature``).

    This is the signature the Phala Cloud ``GET /kms/{kms}/pubkey/{app_id}`` reply
    carries. It binds the key to the app but not to a time, so an old reply can be
    replayed: prefer :func:`verify_env_encrypt_public_key` when the reply has a
    ``signature_v1`` and ``timestamp``.

    Example::

        signer = verify_env_encrypt_public_key_legacy(
            reply["public_key"], reply["signature"], app_id
        )

    Returns:
        The signer's compressed secp256k1 public key (``0x`` + 66 hex digits), to compare
        with the KMS's key; ``None`` when the signature is not 65 bytes or cannot be
        recovered.

    Raises:
        InvalidParameterError: an argument has the wrong type or is not hex.
        MissingDependencyError: the ``kms`` extra is not installed.
    """
    operation = "verify_env_encrypt_public_key_legacy"
    key = _bytes(operation, "public_key", public_key)
    sig = _bytes(operation, "signature", signature)
    app = _app_id(operation, app_id)
    recover = _recoverer(operation)
    if len(sig) != _SIGNATURE_BYTES:
        return None
    return recover(_PREFIX + app + key, sig)


def _recoverer(operation: str) -> Callable[[bytes, bytes], str | None]:
    """The recovery function, or the error that names the extra to install."""
    try:
        import coincurve
    except ImportError as exc:
        raise MissingDependencyError(operation, extra="kms", package="coincurve") from exc
    try:
        from Crypto.Hash import keccak
    except ImportError as exc:
        raise MissingDependencyError(operation, extra="kms", package="pycryptodome") from exc

    def recover(message: bytes, signature: bytes) -> str | None:
        digest = keccak.new(digest_bits=256, data=message).digest()
        try:
            signer = coincurve.PublicKey.from_signature_and_message(signature, digest, hasher=None)
        except ValueError:  # invalid r/s, recovery id out of 0..3, or no such point
            return None
        return "0x" + signer.format(compressed=True).hex()

    return recover


def _bytes(operation: str, field: str, value: object) -> bytes:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, str):
        match = re.fullmatch(_HEX, value)
        if match is None:
            raise InvalidParameterError(
                operation, field, "expected bytes or hex (an even number of hex digits)"
            )
        return bytes.fromhex(match.group(1))
    raise InvalidParameterError(
        operation, field, f"expected bytes or a hex string, got {type(value).__name__}"
    )


def _app_id(operation: str, app_id: object) -> bytes:
    if not isinstance(app_id, str):
        raise InvalidParameterError(
            operation, "app_id", f"expected a hex string, got {type(app_id).__name__}"
        )
    return _bytes(operation, "app_id", app_id)
