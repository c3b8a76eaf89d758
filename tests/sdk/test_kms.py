"""The KMS methods (spec/kms.yaml): requests, typed results, pages, the env-encryption key.

Every operation, sync and async, in both API versions and both call styles; the
official SDK's calls with the requests it was captured sending; the deploy flow's use
of the env-encryption key (verify its signature, encrypt with it).
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from phala_cloud_api.operations import OPERATIONS
from phala_cloud_sdk import ArgumentError, ResponseValidationError, encrypt_env_vars
from tests.support.mock_api import MakeAsyncClient, MakeClient, Router
from tests.support.operations import responses
from tests.support.payloads import V2026, VERSIONS
from tests.support.tag_calls import (
    Call,
    check_request,
    check_result,
    parse_capture,
    request_form,
    run_async,
    run_sync,
)

TAG = "KMS"
APP_ID = "3f9a1c0e5b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d"
KMS_BASE: dict[str, Any] = {
    "id": "kms_3b7e50c4",
    "slug": "kms-base-prod9",
    "url": "https://kms.kms-base-prod9.phala.network",
    "version": "v0.5.7",
    "chain_id": 8453,
    "kms_contract_address": "0x2f83172A49584C017F2B256F0FB2Dca14126Ba9C",
    "gateway_app_id": "1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b",
}
KMS_PHALA: dict[str, Any] = {
    "id": "kms_8f2c1a9d",
    "slug": "phala-prod10",
    "url": "https://kms.phala-prod10.phala.network",
    "version": "v0.5.3",
    "chain_id": None,
    "kms_contract_address": None,
    "gateway_app_id": None,
}
PUBKEY: dict[str, Any] = {"public_key": "ab" * 32, "signature": "cd" * 65}
INSPECTION: dict[str, Any] = {
    "id": "kms_3b7e50c4",
    "slug": "kms-base-prod9",
    "endpoint": "https://kms.kms-base-prod9.phala.network",
    "kms_type": "ethereum",
    "db_version": "v0.5.7",
    "rpc": {
        "version": "v0.5.7",
        "is_dev": False,
        "chain_id": 8453,
        "kms_contract_address": "0x2f83172A49584C017F2B256F0FB2Dca14126Ba9C",
        "bootstrap_info": {
            "k256_pubkey": "02" + "aa" * 32,
            "ca_pubkey": "04" + "bb" * 64,
            "quote_length": 5006,
            "eventlog_length": 12000,
        },
        "version_synced": True,
    },
    "rpc_error": None,
    "guest_agent": {"device_id": "dd" * 32, "mr_aggregated": None},
    "guest_agent_error": None,
    "teepods": [
        {
            "id": 12,
            "name": "prod9-base",
            "kms_urls": ["https://kms.kms-base-prod9.phala.network"],
            "available_os_images": [{"name": "dstack-0.5.3", "version": "0.5.3", "is_dev": False}],
        }
    ],
    "on_chain": {
        "kms_info": None,
        "owner": "0x1111111111111111111111111111111111111111",
        "verification": {"k256_pubkey_match": True, "device_id_allowed": None},
    },
}
ON_CHAIN: dict[str, Any] = {
    "chain_name": "base",
    "chain_id": 8453,
    "contracts": [
        {
            "contract_address": "0x2f83172A49584C017F2B256F0FB2Dca14126Ba9C",
            "chain_id": 8453,
            "chain_name": "base",
            "devices": [{"device_id": "dd" * 32, "node_name": "prod9", "on_chain_allowed": True}],
            "os_images": [{"name": "dstack-0.5.3", "version": "0.5.3", "on_chain_allowed": None}],
        }
    ],
}


def kms_page(items: list[dict[str, Any]], page: int = 1, pages: int = 1) -> dict[str, Any]:
    return {
        "items": items,
        "total": len(items) * pages,
        "page": page,
        "page_size": max(1, len(items)),
        "pages": pages,
    }


CALLS = [
    Call(
        "get_kms_list",
        {"page": 2, "page_size": 50, "is_onchain": True},
        "GET",
        "/kms",
        "KMSInfo",
        kms_page([KMS_BASE, KMS_PHALA], page=2, pages=2),
        query={"page": ["2"], "page_size": ["50"], "is_onchain": ["true"]},
        page="KmsListResponse",
    ),
    Call(
        "get_kms_info",
        {"kms_id": "kms-base-prod9"},
        "GET",
        "/kms/kms-base-prod9",
        "KMSInfo",
        KMS_BASE,
    ),
    Call(
        "get_app_env_encrypt_pub_key",
        {"kms_id": "kms-base-prod9", "app_id": APP_ID},
        "GET",
        f"/kms/kms-base-prod9/pubkey/{APP_ID}",
        "AppEnvEncryptPubKeyResponse",
        PUBKEY,
    ),
    Call(
        "next_app_ids",
        {"counts": 2},
        "GET",
        "/kms/phala/next_app_id",
        "NextAppIdsResponse",
        {"app_ids": [{"app_id": APP_ID, "nonce": 7}, {"app_id": "ab" * 20, "nonce": 8}]},
        query={"counts": ["2"]},
    ),
    Call(
        "inspect_kms",
        {"kms_id": "kms_3b7e50c4"},
        "GET",
        "/kms/kms_3b7e50c4/info",
        "KmsInspectResponse",
        INSPECTION,
    ),
    Call(
        "get_kms_on_chain_detail",
        {"chain": "base"},
        "GET",
        "/kms/on-chain/base",
        "OnChainKmsResponse",
        ON_CHAIN,
    ),
]
IDS = [call.id for call in CALLS]


def test_every_kms_operation_has_a_call() -> None:
    ours = sorted(name for name, op in OPERATIONS.items() if op.tag == TAG)
    assert sorted(IDS) == ours


@pytest.mark.parametrize("call", CALLS, ids=IDS)
def test_responses_fit_the_schema(call: Call) -> None:
    call.validate_response()


@pytest.mark.parametrize("call", CALLS, ids=IDS)
def test_no_kms_result_depends_on_the_version(call: Call) -> None:
    # Upstream has one shape for every KMS response: no versioned classes (see kms.yaml).
    success = next(s for s in responses(call.operation) if s.startswith("2"))
    assert all(
        not (name or "").endswith(("V20251028", "V20260121"))
        for _, name in responses(call.operation)[success]
    )


@pytest.mark.parametrize("style", ["keywords", "mapping"])
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("call", CALLS, ids=IDS)
def test_sync(
    call: Call, version: str, style: str, router: Router, make_client: MakeClient
) -> None:
    call.serve(router)
    result = run_sync(make_client, call, version, style)
    assert len(router.requests) == 1
    check_request(router.last, call, version)
    check_result(result, call)


@pytest.mark.asyncio
@pytest.mark.parametrize("style", ["keywords", "mapping"])
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("call", CALLS, ids=IDS)
async def test_async(
    call: Call, version: str, style: str, router: Router, make_async_client: MakeAsyncClient
) -> None:
    call.serve(router)
    result = await run_async(make_async_client, call, version, style)
    assert len(router.requests) == 1
    check_request(router.last, call, version)
    check_result(result, call)


def test_aliases_are_the_official_names() -> None:
    assert OPERATIONS["get_kms_list"].aliases == ("list_kms_contracts",)
    assert OPERATIONS["get_kms_info"].aliases == ("get_kms_contract",)


# -- the official SDK's calls -----------------------------------------------------------

# (method, args, captured request: "METHOD /path", query, JSON body); phala-cloud 0.2.0.
OFFICIAL = [
    ("get_kms_list", [], "GET /kms", None, None),
    (
        "get_kms_list",
        [{"page": 1, "page_size": 20, "is_onchain": True}],
        "GET /kms",
        "page=1&page_size=20&is_onchain=true",
        None,
    ),
    # list_kms_contracts() takes no arguments and sends the same GET /kms.
    ("list_kms_contracts", [], "GET /kms", None, None),
    ("get_kms_info", [{"kms_id": "k1"}], "GET /kms/k1", None, None),
    (
        "get_app_env_encrypt_pub_key",
        [{"kms": "phala", "app_id": "a"}],
        "GET /kms/phala/pubkey/a",
        None,
        None,
    ),
    # The official SDK always sends ?counts=1, the spec default we leave out.
    ("next_app_ids", [], "GET /kms/phala/next_app_id", "counts=1", None),
    ("get_kms_on_chain_detail", [{"chain": "base"}], "GET /kms/on-chain/base", None, None),
]
BODIES = {call.operation: call for call in CALLS}


@pytest.mark.parametrize(("method", "args", "http", "query", "body"), OFFICIAL)
def test_official_calls_send_the_official_request(  # noqa: PLR0917
    method: str,
    args: list[Any],
    http: str,
    query: str | None,
    body: Any,
    router: Router,
    make_client: MakeClient,
) -> None:
    operation = OPERATIONS[method].name if method in OPERATIONS else _primary(method)
    BODIES[operation].serve(router)
    getattr(make_client(), method)(*copy.deepcopy(args))
    assert request_form(router.last, operation) == parse_capture(operation, http, query, body)


@pytest.mark.asyncio
@pytest.mark.parametrize(("method", "args", "http", "query", "body"), OFFICIAL)
async def test_official_calls_send_the_official_request_async(  # noqa: PLR0917
    method: str,
    args: list[Any],
    http: str,
    query: str | None,
    body: Any,
    router: Router,
    make_async_client: MakeAsyncClient,
) -> None:
    operation = OPERATIONS[method].name if method in OPERATIONS else _primary(method)
    BODIES[operation].serve(router)
    await getattr(make_async_client(), method)(*copy.deepcopy(args))
    assert request_form(router.last, operation) == parse_capture(operation, http, query, body)


def _primary(alias: str) -> str:
    from phala_cloud_api.operations import ALIASES

    return ALIASES[alias]


def test_official_positional_slug(router: Router, make_client: MakeClient) -> None:
    # The official SDK passes a single id as a bare string; it fills the one path argument.
    router.add(200, KMS_BASE)
    make_client().get_kms_contract("phala")  # type: ignore[call-overload]
    assert router.last.url.path == "/api/v1/kms/phala"


def test_a_bare_string_needs_a_call_with_one_id(router: Router, make_client: MakeClient) -> None:
    with pytest.raises(ArgumentError, match="one id"):
        make_client().get_app_env_encrypt_pub_key("phala")  # type: ignore[call-overload]
    assert router.requests == []


def test_pubkey_accepts_kms_and_kms_id(router: Router, make_client: MakeClient) -> None:
    # Official mapping keys (kms, kmsId, appId) and our keywords name the same arguments.
    router.add(200, PUBKEY)
    client = make_client()
    client.get_app_env_encrypt_pub_key({"kms": "phala", "app_id": APP_ID})  # type: ignore[call-overload]
    client.get_app_env_encrypt_pub_key({"kmsId": "phala", "appId": APP_ID})  # type: ignore[call-overload]
    client.get_app_env_encrypt_pub_key(kms_id="phala", app_id=APP_ID)
    assert [r.url.path for r in router.requests] == [f"/api/v1/kms/phala/pubkey/{APP_ID}"] * 3


# -- results ----------------------------------------------------------------------------


def test_kms_list_walks_every_page(router: Router, make_client: MakeClient) -> None:
    infos = [{**KMS_BASE, "id": f"kms_{n}"} for n in range(5)]
    router.add(200, kms_page(infos[0:2], page=1, pages=3))
    router.add(200, kms_page(infos[2:4], page=2, pages=3))
    router.add(200, kms_page(infos[4:], page=3, pages=3))
    page = make_client().get_kms_list(page_size=2)
    assert (page.total, page.pages) == (6, 3)
    assert [k.id for k in page] == [f"kms_{n}" for n in range(5)]
    assert [r.url.params.get("page") for r in router.requests] == [None, "2", "3"]
    assert all(r.url.params["page_size"] == "2" for r in router.requests)


@pytest.mark.asyncio
async def test_kms_list_walks_every_page_async(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    def serve(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        items = [{**KMS_BASE, "id": f"kms_{number}"}]
        return httpx.Response(200, json=kms_page(items, page=number, pages=4))

    router.add_handler(serve)
    page = await make_async_client().get_kms_list()
    assert [k.id async for k in page] == [f"kms_{n}" for n in range(1, 5)]
    assert len(router.requests) == 4


def test_kms_list_stops_at_the_last_page(router: Router, make_client: MakeClient) -> None:
    router.add(200, kms_page([KMS_BASE], page=1, pages=1))
    page = make_client().list_kms_contracts()
    assert not page.has_next_page()
    assert [k.slug for k in page] == ["kms-base-prod9"]
    assert len(router.requests) == 1


def test_kms_info_fields(router: Router, make_client: MakeClient) -> None:
    router.add(200, KMS_PHALA)
    info = make_client().get_kms_contract({"kms_id": "phala-prod10"})
    assert (info.id, info.chain_id, info.kms_contract_address) == ("kms_8f2c1a9d", None, None)


def test_inspection_nested_models(router: Router, make_client: MakeClient) -> None:
    router.add(200, INSPECTION)
    # Any: the optional parts are `X | Unset | None`; this body has them all.
    inspection: Any = make_client().inspect_kms(kms_id="kms_3b7e50c4")
    assert inspection.rpc.bootstrap_info.k256_pubkey == "02" + "aa" * 32
    assert inspection.teepods[0].available_os_images[0].name == "dstack-0.5.3"
    assert inspection.on_chain.verification.k256_pubkey_match is True
    assert inspection.on_chain.verification.device_id_allowed is None


def test_next_app_ids_are_typed(router: Router, make_client: MakeClient) -> None:
    router.add(200, {"app_ids": [{"app_id": APP_ID, "nonce": 0}]})
    result = make_client().next_app_ids()
    assert [(a.app_id, a.nonce) for a in result.app_ids] == [(APP_ID, 0)]
    assert router.last.url.params.get("counts") is None  # the spec default (1) is left out


@pytest.mark.parametrize("counts", [0, 21])
def test_next_app_ids_counts_is_checked(
    counts: int, router: Router, make_client: MakeClient
) -> None:
    from phala_cloud_sdk import InvalidParameterError

    with pytest.raises(InvalidParameterError):
        make_client().next_app_ids(counts=counts)
    assert router.requests == []


@pytest.mark.parametrize(
    "body",
    [{"public_key": "ab" * 32}, {"signature": "cd" * 65}, {"public_key": 1, "signature": "x"}],
)
def test_pubkey_without_key_or_signature_is_rejected(
    body: dict[str, Any], router: Router, make_client: MakeClient
) -> None:
    router.add(200, body)
    with pytest.raises(ResponseValidationError) as caught:
        make_client().get_app_env_encrypt_pub_key(kms_id="phala", app_id=APP_ID)
    assert "AppEnvEncryptPubKeyResponse" in str(caught.value)


def test_env_encryption_key_drives_the_deploy_flow(router: Router, make_client: MakeClient) -> None:
    """Get the key, check who signed it (both signature forms), encrypt the env with it."""
    pytest.importorskip("coincurve")
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
    from eth_keys.datatypes import PrivateKey
    from eth_utils.crypto import keccak

    from phala_cloud_sdk import (
        verify_env_encrypt_public_key,
        verify_env_encrypt_public_key_legacy,
    )

    kms_key = PrivateKey(bytes.fromhex("11" * 32))
    env_key = X25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    timestamp = 1_786_194_000
    message = b"dstack-env-encrypt-pubkey:" + bytes.fromhex(APP_ID) + env_key
    stamped = (
        b"dstack-env-encrypt-pubkey:"
        + bytes.fromhex(APP_ID)
        + timestamp.to_bytes(8, "big")
        + env_key
    )
    router.add(
        200,
        {
            "public_key": env_key.hex(),
            "signature": kms_key.sign_msg_hash(keccak(message)).to_bytes().hex(),
            "signature_v1": kms_key.sign_msg_hash(keccak(stamped)).to_bytes().hex(),
            "timestamp": timestamp,
        },
    )
    reply = make_client(api_version=V2026).get_app_env_encrypt_pub_key(
        {"kms": "kms-base-prod9", "app_id": APP_ID}  # type: ignore[call-overload]
    )
    signer = "0x" + kms_key.public_key.to_compressed_bytes().hex()
    assert verify_env_encrypt_public_key_legacy(reply.public_key, reply.signature, APP_ID) == signer
    assert isinstance(reply.timestamp, int)
    assert (
        verify_env_encrypt_public_key(
            reply.public_key, reply.signature_v1, APP_ID, reply.timestamp, max_age_seconds=10**10
        )
        == signer
    )
    encrypted = encrypt_env_vars({"API_TOKEN": "s3cr3t"}, reply.public_key)
    assert isinstance(encrypted, str) and len(encrypted) > 64


def test_pubkey_without_the_newer_fields(router: Router, make_client: MakeClient) -> None:
    router.add(200, PUBKEY)
    reply = make_client().get_app_env_encrypt_pub_key(kms_id="phala", app_id=APP_ID)

    assert reply.signature_v1 is None and not reply.has_field("signature_v1")
    assert reply.timestamp is None and not reply.has_field("timestamp")
    assert "signature_v1" not in reply.to_dict()
