"""verify_env_encrypt_public_key(_legacy): recover the KMS signer as dstack-sdk does."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from dstack_sdk import verify_env_encrypt_public_key as dstack_verify
from dstack_sdk import verify_env_encrypt_public_key_legacy as dstack_verify_legacy
from eth_keys.datatypes import PrivateKey
from eth_utils.crypto import keccak

from phala_cloud_sdk import (
    InvalidParameterError,
    MissingDependencyError,
    verify_env_encrypt_public_key,
    verify_env_encrypt_public_key_legacy,
)

KMS_KEY = PrivateKey(bytes.fromhex("11" * 32))
KMS_SIGNER = "0x" + KMS_KEY.public_key.to_compressed_bytes().hex()
OTHER_KEY = PrivateKey(bytes.fromhex("22" * 32))
APP_ID = "0x" + "ab" * 20
ENV_PUBLIC_KEY = bytes(range(32))
PREFIX = b"dstack-env-encrypt-pubkey"
NOW = 1_786_194_000


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """One clock for the test, ours and dstack-sdk's: boundaries are exact, never flaky."""
    monkeypatch.setattr(time, "time", lambda: float(NOW))
    yield


def kms_sign(
    public_key: bytes, app_id: str, timestamp: int | None, key: PrivateKey = KMS_KEY
) -> bytes:
    """The KMS's signature (dstack kms/src, sign_message[_with_timestamp]), made with eth-keys.

    keccak256(prefix || ":" || app_id bytes || [timestamp as u64 big-endian] || public_key),
    signed recoverably with secp256k1: 65 bytes r || s || recovery id (0 or 1).
    """
    stamp = b"" if timestamp is None else timestamp.to_bytes(8, "big")
    message = PREFIX + b":" + bytes.fromhex(app_id.removeprefix("0x")) + stamp + public_key
    return bytes(key.sign_msg_hash(keccak(message)).to_bytes())


def test_keccak_is_keccak256_not_sha3() -> None:
    # The test's own signer must use the pre-standard Keccak the KMS uses.
    assert keccak(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"


def test_recovers_the_kms_signer_like_dstack_sdk() -> None:
    now = NOW
    signature = kms_sign(ENV_PUBLIC_KEY, APP_ID, now)
    ours = verify_env_encrypt_public_key(ENV_PUBLIC_KEY, signature, APP_ID, now)
    assert ours == KMS_SIGNER
    assert dstack_verify(ENV_PUBLIC_KEY, signature, APP_ID, now) == ours
    # Hex inputs as the API returns them, with and without 0x.
    assert (
        verify_env_encrypt_public_key(
            ENV_PUBLIC_KEY.hex(), "0x" + signature.hex(), APP_ID.removeprefix("0x"), now
        )
        == KMS_SIGNER
    )


def test_legacy_recovers_the_kms_signer_like_dstack_sdk() -> None:
    signature = kms_sign(ENV_PUBLIC_KEY, APP_ID, None)
    ours = verify_env_encrypt_public_key_legacy(ENV_PUBLIC_KEY, signature, APP_ID)
    assert ours == KMS_SIGNER
    with pytest.warns(DeprecationWarning):
        assert dstack_verify_legacy(ENV_PUBLIC_KEY, signature, APP_ID) == ours


def test_another_signer_is_recovered_as_itself() -> None:
    now = NOW
    signature = kms_sign(ENV_PUBLIC_KEY, APP_ID, now, key=OTHER_KEY)
    recovered = verify_env_encrypt_public_key(ENV_PUBLIC_KEY, signature, APP_ID, now)
    assert recovered == "0x" + OTHER_KEY.public_key.to_compressed_bytes().hex() != KMS_SIGNER


def flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


@pytest.mark.parametrize(
    "tamper", ["public_key", "app_id", "timestamp", "signature_r", "signature_s", "recovery_id"]
)
def test_tampering_never_recovers_the_kms_signer(tamper: str) -> None:
    now = NOW
    public_key, app_id, timestamp = ENV_PUBLIC_KEY, APP_ID, now
    signature = kms_sign(public_key, app_id, timestamp)
    if tamper == "public_key":
        public_key = flip(public_key, 0)
    elif tamper == "app_id":
        app_id = APP_ID[:-1] + ("c" if APP_ID[-1] != "c" else "d")
    elif tamper == "timestamp":
        timestamp -= 1
    elif tamper == "signature_r":
        signature = flip(signature, 5)
    elif tamper == "signature_s":
        signature = flip(signature, 40)
    else:
        signature = signature[:64] + bytes([signature[64] ^ 1])
    ours = verify_env_encrypt_public_key(public_key, signature, app_id, timestamp)
    assert ours != KMS_SIGNER
    assert dstack_verify(public_key, signature, app_id, timestamp) == ours


def test_a_v1_signature_is_not_a_legacy_one_and_back() -> None:
    now = NOW
    v1 = kms_sign(ENV_PUBLIC_KEY, APP_ID, now)
    legacy = kms_sign(ENV_PUBLIC_KEY, APP_ID, None)
    assert verify_env_encrypt_public_key_legacy(ENV_PUBLIC_KEY, v1, APP_ID) != KMS_SIGNER
    assert verify_env_encrypt_public_key(ENV_PUBLIC_KEY, legacy, APP_ID, now) != KMS_SIGNER


@pytest.mark.parametrize(
    ("offset", "max_age", "valid"),
    [
        (0, 300, True),
        (-300, 300, True),
        (-301, 300, False),
        (-3600, 300, False),
        (-3600, 7200, True),
        (30, 300, True),  # up to 60 s in the future: clock skew
        (60, 300, True),
        (61, 300, False),
    ],
)
def test_timestamp_window(offset: int, max_age: int, valid: bool) -> None:
    now = NOW
    timestamp = now + offset
    signature = kms_sign(ENV_PUBLIC_KEY, APP_ID, timestamp)
    ours = verify_env_encrypt_public_key(
        ENV_PUBLIC_KEY, signature, APP_ID, timestamp, max_age_seconds=max_age
    )
    assert ours == (KMS_SIGNER if valid else None)
    assert dstack_verify(ENV_PUBLIC_KEY, signature, APP_ID, timestamp, max_age_seconds=max_age) == (
        ours
    )


@pytest.mark.parametrize(
    "signature",
    [b"", bytes(64), bytes(66), bytes(65), b"\xff" * 65, bytes(64) + b"\x1b"],
    ids=["empty", "64", "66", "zeros", "ff", "v27"],
)
def test_unrecoverable_signatures_give_none(signature: bytes) -> None:
    now = NOW
    assert verify_env_encrypt_public_key(ENV_PUBLIC_KEY, signature, APP_ID, now) is None
    assert verify_env_encrypt_public_key_legacy(ENV_PUBLIC_KEY, signature, APP_ID) is None
    assert dstack_verify(ENV_PUBLIC_KEY, signature, APP_ID, now) is None


SIGNATURE = "00" * 65
BAD_ARGUMENTS: list[tuple[dict[str, Any], str, str]] = [
    ({"public_key": 42}, "public_key", "got int"),
    ({"public_key": "xyz"}, "public_key", "hex"),
    ({"signature": "0x123"}, "signature", "even number of hex digits"),
    ({"signature": None}, "signature", "got NoneType"),
    ({"app_id": b"\xab" * 20}, "app_id", "got bytes"),
    ({"app_id": "not-hex"}, "app_id", "hex"),
    ({"timestamp": "1700000000"}, "timestamp", "got str"),
    ({"timestamp": True}, "timestamp", "got bool"),
    ({"timestamp": -1}, "timestamp", "64-bit"),
    ({"timestamp": 2**64}, "timestamp", "64-bit"),
    ({"max_age_seconds": "300"}, "max_age_seconds", "got str"),
]


@pytest.mark.parametrize(("override", "field", "reason"), BAD_ARGUMENTS)
def test_bad_arguments_raise(override: dict[str, Any], field: str, reason: str) -> None:
    arguments: dict[str, Any] = {
        "public_key": ENV_PUBLIC_KEY,
        "signature": SIGNATURE,
        "app_id": APP_ID,
        "timestamp": NOW,
        **override,
    }
    with pytest.raises(InvalidParameterError) as info:
        verify_env_encrypt_public_key(**arguments)
    assert info.value.field == field
    assert reason in str(info.value)


@pytest.mark.parametrize(
    ("blocked", "package"),
    [(("coincurve",), "coincurve"), (("Crypto", "Crypto.Hash"), "pycryptodome")],
)
def test_missing_extra_names_what_to_install(
    blocked: tuple[str, ...], package: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = NOW
    # Signed first: the test's own signer needs the blocked modules (eth_hash picks its
    # backend on first use, which may be here when this test runs first in a worker).
    signature = kms_sign(ENV_PUBLIC_KEY, APP_ID, now)
    for module in blocked:
        monkeypatch.setitem(sys.modules, module, None)  # makes `import module` fail
    calls: list[Callable[[], object]] = [
        lambda: verify_env_encrypt_public_key(ENV_PUBLIC_KEY, signature, APP_ID, now),
        lambda: verify_env_encrypt_public_key_legacy(ENV_PUBLIC_KEY, signature, APP_ID),
    ]
    for call in calls:
        with pytest.raises(MissingDependencyError) as info:
            call()
        assert info.value.extra == "kms" and info.value.package == package
        assert "pip install 'phala-cloud-sdk[kms]'" in str(info.value)
        assert isinstance(info.value, ImportError)
