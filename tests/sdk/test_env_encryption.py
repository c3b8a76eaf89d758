"""encrypt_env_vars: dstack's wire format, decrypted here from the spec alone, and bad input."""

from __future__ import annotations

import asyncio
import json
import secrets
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from phala_cloud_sdk import InvalidParameterError, encrypt_env_vars

ENVS = {"DATABASE_URL": "postgres://u:p@db/x", "_TOKEN": 'a "quoted" \\ value', "EMPTY": ""}
UNICODE_ENVS = {"GREETING": "héllo wörld ✓ 🚀", "NEWLINES": "line1\nline2\ttab"}


def kms_key() -> tuple[X25519PrivateKey, str]:
    """A KMS env-encryption key pair as the API hands out its public half (hex)."""
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return private, public.hex()


def decrypt(private: X25519PrivateKey, encrypted: str) -> bytes:
    """The CVM's side, from the format alone: ephemeral key (32) || IV (12) || sealed."""
    blob = bytes.fromhex(encrypted)
    ephemeral, iv, sealed = blob[:32], blob[32:44], blob[44:]
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    return AESGCM(shared).decrypt(iv, sealed, None)


def expected_plaintext(pairs: list[tuple[str, str]]) -> bytes:
    """dstack-sdk's plaintext: json.dumps with default separators and ASCII escapes."""
    return json.dumps({"env": [{"key": k, "value": v} for k, v in pairs]}).encode()


@pytest.mark.parametrize("envs", [ENVS, UNICODE_ENVS, {}], ids=["ascii", "unicode", "empty"])
def test_mapping_decrypts_to_exactly_the_env(envs: dict[str, str]) -> None:
    private, public = kms_key()
    encrypted = encrypt_env_vars(envs, public)
    plaintext = decrypt(private, encrypted)
    assert plaintext == expected_plaintext(list(envs.items()))
    assert json.loads(plaintext) == {"env": [{"key": k, "value": v} for k, v in envs.items()]}


def test_list_form_keeps_its_order() -> None:
    private, public = kms_key()
    envs = [{"key": "Z", "value": "1"}, {"key": "A", "value": "2"}, {"key": "M", "value": "3"}]
    plaintext = decrypt(private, encrypt_env_vars(envs, public))
    assert plaintext == expected_plaintext([("Z", "1"), ("A", "2"), ("M", "3")])


def test_layout_lengths_and_freshness() -> None:
    private, public = kms_key()
    first = encrypt_env_vars(ENVS, public)
    second = encrypt_env_vars(ENVS, public)
    plaintext_len = len(expected_plaintext(list(ENVS.items())))
    assert len(first) == 2 * (32 + 12 + plaintext_len + 16)
    assert first == first.lower() and not first.startswith("0x")
    # A new ephemeral key and IV per call.
    assert first[:64] != second[:64] and first[64:88] != second[64:88]
    assert decrypt(private, first) == decrypt(private, second)


@pytest.mark.parametrize("form", ["0x", "0X", "upper", "bytes"])
def test_public_key_forms(form: str) -> None:
    private, public = kms_key()
    forms: dict[str, str | bytes] = {
        "0x": "0x" + public,
        "0X": "0X" + public,
        "upper": public.upper(),
        "bytes": bytes.fromhex(public),
    }
    key = forms[form]
    assert decrypt(private, encrypt_env_vars(ENVS, key)) == expected_plaintext(list(ENVS.items()))


@pytest.mark.parametrize("envs", [ENVS, UNICODE_ENVS], ids=["ascii", "unicode"])
def test_dstack_sdk_ciphertext_decrypts_to_the_same_plaintext(envs: dict[str, str]) -> None:
    from dstack_sdk import EnvVar
    from dstack_sdk import encrypt_env_vars as dstack_encrypt
    from dstack_sdk import encrypt_env_vars_sync as dstack_encrypt_sync

    private, public = kms_key()
    env_list = [EnvVar(k, v) for k, v in envs.items()]
    theirs_async = asyncio.run(dstack_encrypt(env_list, public))
    theirs_sync = dstack_encrypt_sync(env_list, public)
    ours = encrypt_env_vars(envs, public)
    assert len(ours) == len(theirs_async) == len(theirs_sync)
    assert decrypt(private, ours) == decrypt(private, theirs_async) == decrypt(private, theirs_sync)


NOT_A_NAME = ["1ABC", "A-B", "", "A B", "Ä", "A\n", "A.B", "é"]


@pytest.mark.parametrize("name", NOT_A_NAME)
def test_invalid_names(name: str) -> None:
    _, public = kms_key()
    with pytest.raises(InvalidParameterError, match="not a valid environment variable name"):
        encrypt_env_vars({name: "v"}, public)
    with pytest.raises(InvalidParameterError) as info:
        encrypt_env_vars([{"key": "OK", "value": "v"}, {"key": name, "value": "v"}], public)
    assert info.value.field == "envs[1].key"


BAD_ENVS: list[tuple[Any, str, str]] = [
    ("A=1", "envs", "got str"),
    (b"A=1", "envs", "got bytes"),
    (42, "envs", "got int"),
    (None, "envs", "got NoneType"),
    ({"A", "B"}, "envs", "got set"),
    ([("A", "1")], "envs[0]", "got tuple"),
    (["A=1"], "envs[0]", "got str"),
    ([{"key": "A"}], "envs[0]", "missing 'value'"),
    ([{"name": "A", "value": "1"}], "envs[0]", "missing 'key'; unexpected 'name'"),
    ([{"key": "A", "value": "1", "secret": True}], "envs[0]", "unexpected 'secret'"),
    ([{"key": 1, "value": "1"}], "envs[0].key", "must be a string, got int"),
    ({1: "x"}, "envs[1]", "must be a string, got int"),
    ({"A": 1}, "envs['A']", "must be a string, got int"),
    ({"A": None}, "envs['A']", "must be a string, got NoneType"),
    ({"A": b"bytes"}, "envs['A']", "must be a string, got bytes"),
    ([{"key": "A", "value": 1.5}], "envs[0].value", "must be a string, got float"),
    ({"A": "nul\x00byte"}, "envs['A']", "NUL character"),
    ({"A": "lone \ud800 surrogate"}, "envs['A']", "lone surrogate"),
    (
        [{"key": "A", "value": "1"}, {"key": "B", "value": "2"}, {"key": "A", "value": "3"}],
        "envs[2].key",
        "duplicate name 'A' (also at envs[0])",
    ),
]


@pytest.mark.parametrize(("envs", "field", "reason"), BAD_ENVS)
def test_bad_envs_raise_before_anything_is_drawn(
    envs: Any, field: str, reason: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, public = kms_key()

    def no_randomness(n: int | None = None) -> bytes:
        raise AssertionError("randomness drawn before the input was checked")

    monkeypatch.setattr(secrets, "token_bytes", no_randomness)
    with pytest.raises(InvalidParameterError) as info:
        encrypt_env_vars(envs, public)
    assert info.value.field == field
    assert reason in str(info.value)
    assert str(info.value).startswith("encrypt_env_vars(): invalid ")
    assert isinstance(info.value, ValueError)


BAD_KEYS: list[tuple[Any, str]] = [
    ("zz" * 32, "with non-hex ones"),
    ("ab" * 31 + "a", "got 63 characters"),
    ("ab" * 33, "got 66 characters"),
    ("", "got 0 characters"),
    ("0x", "got 2 characters"),
    ("ab " * 32, "with non-hex ones"),
    (bytes(31), "expected 32 bytes"),
    (12345, "got int"),
    (None, "got NoneType"),
    ("00" * 32, "low-order point"),
    (bytes([1]) + bytes(31), "low-order point"),
]


@pytest.mark.parametrize(("key", "reason"), BAD_KEYS)
def test_bad_public_keys(key: Any, reason: str) -> None:
    with pytest.raises(InvalidParameterError) as info:
        encrypt_env_vars(ENVS, key)
    assert info.value.field == "public_key"
    assert reason in str(info.value)


def test_input_is_not_modified() -> None:
    _, public = kms_key()
    envs = [{"key": "A", "value": "1"}]
    mapping = dict(ENVS)
    encrypt_env_vars(envs, public)
    encrypt_env_vars(mapping, public)
    assert envs == [{"key": "A", "value": "1"}] and mapping == ENVS
