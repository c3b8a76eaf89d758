"""The Attestations methods (spec/attestations.yaml): multipart upload, bytes, HEAD, pages.

Every operation, sync and async, in both API versions and both call styles; the quote
verification as a file or as hex (multipart, as the spec declares), the raw quote as
bytes, the existence check (HEAD: None, or NotFoundError), and the skip/limit pages of
recent quotes.
"""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest

from phala_cloud_api.operations import OPERATIONS
from phala_cloud_sdk import ArgumentError, InvalidParameterError, NotFoundError
from tests.support.mock_api import MakeAsyncClient, MakeClient, Router
from tests.support.payloads import VERSIONS
from tests.support.tag_calls import (
    Call,
    check_request,
    check_result,
    multipart_parts,
    run_async,
    run_sync,
)

TAG = "Attestations"
CHECKSUM = "9d1f0c7ab8e54e5d8a3a6f1e2b7c4d90a1b2c3d4e5f60718293a4b5c6d7e8f90"
RAW_QUOTE = bytes.fromhex("04000200810000000000000093") + bytes(range(256)) * 2
HEADER: dict[str, Any] = {
    "version": 4,
    "ak_type": "ECDSA_P256",
    "tee_type": "TEE_TDX",
    "qe_vendor": "0x939a7233f79c4ca9940a0db3957f0607",
    "user_data": "0x" + "00" * 20,
}
BODY: dict[str, Any] = {
    "tee_tcb_svn": "06010300000000000000000000000000",
    **{
        name: "0x" + "ab" * 48
        for name in ("mrseam", "mrsignerseam", "mrtd", "mrconfig", "mrowner", "mrownerconfig")
    },
    **{name: "0x" + "00" * 8 for name in ("seamattributes", "tdattributes", "xfam")},
    **{f"rtmr{n}": "0x" + f"{n}{n}" * 48 for n in range(4)},
    "reportdata": "0x" + "cd" * 64,
}
QUOTE: dict[str, Any] = {
    "header": HEADER,
    "cert_data": "-----BEGIN CERTIFICATE-----\nMIIE...\n-----END CERTIFICATE-----\n",
    "body": BODY,
    "verified": True,
}
COLLATERAL: dict[str, Any] = {
    "pck_crl_issuer_chain": "-----BEGIN CERTIFICATE-----...",
    "root_ca_crl": "308201...",
    "pck_crl": "308204...",
    "tcb_info_issuer_chain": "-----BEGIN CERTIFICATE-----...",
    "tcb_info": '{"id":"TDX","version":3}',
    "tcb_info_signature": "ab" * 64,
    "qe_identity_issuer_chain": "-----BEGIN CERTIFICATE-----...",
    "qe_identity": '{"id":"TD_QE","version":2}',
    "qe_identity_signature": "cd" * 64,
}
PROVIDER: dict[str, Any] = {"proof_of_cloud": True, "provider": "phala", "ppid": "5e" * 16}
VERIFICATION: dict[str, Any] = {
    "id": CHECKSUM,
    "success": True,
    "proof_of_cloud": True,
    "quote": QUOTE,
    "checksum": CHECKSUM,
    "can_download": True,
    "uploaded_at": "2026-01-20T16:03:11Z",
    "verified_at": "2026-01-20T16:03:12Z",
    "quote_collateral": COLLATERAL,
    "node_provider": PROVIDER,
}
NODE: dict[str, Any] = {
    "object_type": "node",
    "id": 12,
    "node_id": 7,
    "name": "prod5-us-west",
    "region": "us-west",
    "device_id": "dd" * 32,
    "ppid": "5e" * 16,
    "status": "ONLINE",
    "version": "0.5.3",
}


def recent(n: int) -> dict[str, Any]:
    return {"checksum": f"{n:064x}", "created_at": "2026-01-20T16:03:11", "verified": n % 2 == 0}


CALLS = [
    Call(
        "verify_attestation",
        {"file": RAW_QUOTE},
        "POST",
        "/attestations/verify",
        "VerificationResponse",
        VERIFICATION,
        form={"file": ("upload", RAW_QUOTE)},
    ),
    Call(
        "list_recent_attestations",
        {"skip": 40, "limit": 2},
        "GET",
        "/attestations/recent",
        "RecentAttestation",
        [recent(41), recent(42)],
        query={"skip": ["40"], "limit": ["2"]},
        page="list",
    ),
    Call(
        "get_attestation",
        {"checksum": CHECKSUM},
        "GET",
        f"/attestations/view/{CHECKSUM}",
        "AttestationView",
        {**VERIFICATION, "verified": True},
    ),
    Call(
        "get_attestation_collateral",
        {"checksum": CHECKSUM},
        "GET",
        f"/attestations/collateral/{CHECKSUM}",
        "AttestationCollateral",
        COLLATERAL,
    ),
    Call(
        "download_attestation",
        {"checksum": CHECKSUM},
        "GET",
        f"/attestations/raw/{CHECKSUM}",
        "bytes",
        RAW_QUOTE,
    ),
    Call(
        "check_attestation_exists",
        {"checksum": CHECKSUM},
        "HEAD",
        f"/attestations/raw/{CHECKSUM}",
        "None",
    ),
    Call(
        "list_attestation_ppids",
        {},
        "GET",
        "/attestations/ppids",
        "Any",
        ["5e" * 16, "7a" * 16, "5e" * 16],
    ),
    Call(
        "list_attestation_device_ids",
        {},
        "GET",
        "/attestations/device_ids",
        "Any",
        ["dd" * 32],
    ),
    Call("list_attestation_nodes", {}, "GET", "/attestations/nodes", "NodeRef", [NODE]),
]
IDS = [call.id for call in CALLS]
BY_OPERATION = {call.operation: call for call in CALLS}


def test_every_attestations_operation_has_a_call() -> None:
    assert sorted(IDS) == sorted(name for name, op in OPERATIONS.items() if op.tag == TAG)


@pytest.mark.parametrize("call", CALLS, ids=IDS)
def test_responses_fit_the_schema(call: Call) -> None:
    call.validate_response()


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


# -- verify: a multipart upload -------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "part"),
    [
        (RAW_QUOTE, ("upload", RAW_QUOTE)),
        (io.BytesIO(RAW_QUOTE), ("upload", RAW_QUOTE)),
        (("quote.bin", RAW_QUOTE), ("quote.bin", RAW_QUOTE)),
        (("quote.bin", RAW_QUOTE, "application/octet-stream"), ("quote.bin", RAW_QUOTE)),
    ],
)
def test_verify_a_quote_file(
    file: Any, part: tuple[str, bytes], router: Router, make_client: MakeClient
) -> None:
    router.add(200, VERIFICATION)
    result = make_client().verify_attestation(file=file)
    assert multipart_parts(router.last) == {"file": part}
    assert result.checksum == CHECKSUM


@pytest.mark.asyncio
async def test_verify_hex_text_async(router: Router, make_async_client: MakeAsyncClient) -> None:
    router.add(200, {"id": CHECKSUM, "success": False, "proof_of_cloud": False})
    result = await make_async_client().verify_attestation({"hex": "0x" + RAW_QUOTE.hex()})
    request = router.last
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert multipart_parts(request) == {"hex": (None, ("0x" + RAW_QUOTE.hex()).encode())}
    assert (result.success, result.quote) == (False, None)
    assert not result.has_field("quote")


def test_verify_refuses_text_as_a_file(router: Router, make_client: MakeClient) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        make_client().verify_attestation(file=RAW_QUOTE.hex())  # type: ignore[arg-type]
    assert caught.value.field == "file"
    assert router.requests == []


def test_verify_is_not_retried(
    router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    # A file object can be read once: a second try would upload nothing.
    assert not OPERATIONS["verify_attestation"].retry_safe
    router.add(503, {"detail": "busy"})
    from phala_cloud_sdk import APIStatusError

    with pytest.raises(APIStatusError):
        make_client(max_retries=2).verify_attestation(file=io.BytesIO(RAW_QUOTE))
    assert len(router.requests) == 1


@pytest.mark.parametrize(("ak_type", "tee_type"), [("ECDSA_P256", "TEE_TDX"), (2, 129), (3, 0)])
def test_quote_header_codes_and_names(
    ak_type: Any, tee_type: Any, router: Router, make_client: MakeClient
) -> None:
    """The server's models send enum names; upstream's schema declares the codes: both read."""
    from phala_cloud_api.models import AttestationKeyCode, TeeTypeCode

    quote = {**QUOTE, "header": {**HEADER, "ak_type": ak_type, "tee_type": tee_type}}
    router.add(200, {**VERIFICATION, "quote": quote})
    result: Any = make_client().verify_attestation(hex="00")
    header = result.quote.header
    if isinstance(ak_type, int):
        assert header.ak_type == AttestationKeyCode(ak_type)
        assert header.tee_type == TeeTypeCode(tee_type)
    else:
        assert (header.ak_type, header.tee_type) == (ak_type, tee_type)


def test_quote_measurements_are_hex_text(router: Router, make_client: MakeClient) -> None:
    router.add(200, VERIFICATION)
    # Any: the optional parts are `X | Unset | None`; this body has them all.
    result: Any = make_client().verify_attestation(hex="00")
    body = result.quote.body
    assert body.mrtd == "0x" + "ab" * 48
    assert bytes.fromhex(body.reportdata.removeprefix("0x")) == b"\xcd" * 64
    assert result.node_provider.ppid == "5e" * 16
    assert result.quote_collateral.tcb_info.startswith("{")


# -- raw bytes and HEAD ---------------------------------------------------------------


def test_download_returns_the_bytes_as_sent(router: Router, make_client: MakeClient) -> None:
    router.add(200, content=RAW_QUOTE, headers={"content-type": "application/octet-stream"})
    data = make_client().download_attestation(checksum=CHECKSUM)
    assert data == RAW_QUOTE


def test_head_returns_none_and_not_found_raises(router: Router, make_client: MakeClient) -> None:
    router.add(200, content=b"", headers={"content-length": str(len(RAW_QUOTE))})
    router.add(404, content=b"")
    client = make_client(max_retries=0)
    assert client.check_attestation_exists(checksum=CHECKSUM) is None
    assert router.last.method == "HEAD"
    with pytest.raises(NotFoundError) as caught:
        client.check_attestation_exists(checksum="0" * 64)
    assert caught.value.status_code == 404


def test_head_raw_response_carries_the_size(router: Router, make_client: MakeClient) -> None:
    router.add(200, content=b"", headers={"content-length": str(len(RAW_QUOTE))})
    raw = make_client().with_raw_response.check_attestation_exists(checksum=CHECKSUM)
    assert raw.parsed is None
    assert int(raw.headers["content-length"]) == len(RAW_QUOTE)


@pytest.mark.asyncio
async def test_head_and_download_async(router: Router, make_async_client: MakeAsyncClient) -> None:
    router.add(404, content=b"")
    router.add(200, content=RAW_QUOTE, headers={"content-type": "application/octet-stream"})
    client = make_async_client(max_retries=0)
    with pytest.raises(NotFoundError):
        await client.check_attestation_exists(checksum=CHECKSUM)
    assert await client.download_attestation({"checksum": CHECKSUM}) == RAW_QUOTE


# -- recent quotes: skip/limit pages ----------------------------------------------------


def serve_recent(router: Router, total: int) -> None:
    def serve(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params.get("limit", "20"))
        skip = int(request.url.params.get("skip", "0"))
        return httpx.Response(
            200, json=[recent(n) for n in range(skip + 1, min(skip + limit, total) + 1)]
        )

    router.add_handler(serve)


@pytest.mark.parametrize(
    ("total", "limit", "requests"),
    [(45, None, 3), (40, None, 3), (7, 3, 3), (3, 5, 1), (0, None, 1)],
)
def test_recent_walks_every_page_with_skip(
    total: int, limit: int | None, requests: int, router: Router, make_client: MakeClient
) -> None:
    serve_recent(router, total)
    client = make_client()
    page = (
        client.list_recent_attestations(limit=limit) if limit else client.list_recent_attestations()
    )
    assert [int(a.checksum, 16) for a in page] == list(range(1, total + 1))
    assert len(router.requests) == requests
    step = limit or 20
    assert [r.url.params.get("skip") for r in router.requests] == [None] + [
        str(step * n) for n in range(1, requests)
    ]
    assert all("offset" not in r.url.params for r in router.requests)


@pytest.mark.asyncio
async def test_recent_pages_async(router: Router, make_async_client: MakeAsyncClient) -> None:
    serve_recent(router, 5)
    page = await make_async_client().list_recent_attestations(limit=2, skip=1)
    assert [int(a.checksum, 16) async for a in page] == [2, 3, 4, 5]
    assert [r.url.params["skip"] for r in router.requests] == ["1", "3", "5"]


def test_recent_item_fields(router: Router, make_client: MakeClient) -> None:
    router.add(200, [recent(2)])
    item = make_client().list_recent_attestations().items[0]
    assert item.verified is True
    assert item.created_at.isoformat() == "2026-01-20T16:03:11"


@pytest.mark.parametrize("arguments", [{"limit": 0}, {"limit": 101}, {"skip": -1}])
def test_recent_limits_are_checked(
    arguments: dict[str, int], router: Router, make_client: MakeClient
) -> None:
    with pytest.raises(InvalidParameterError):
        make_client().list_recent_attestations(dict(arguments))  # type: ignore[arg-type]
    assert router.requests == []


def test_recent_takes_no_offset(make_client: MakeClient) -> None:
    with pytest.raises(ArgumentError):
        make_client().list_recent_attestations(offset=20)  # type: ignore[arg-type]


# -- public lists -----------------------------------------------------------------------


def test_ppids_come_back_as_decoded_json(router: Router, make_client: MakeClient) -> None:
    router.add(200, ["5e" * 16, "5e" * 16])
    ppids = make_client().list_attestation_ppids()
    assert ppids == ["5e" * 16, "5e" * 16]
    assert sorted(set(ppids)) == ["5e" * 16]


def test_nodes_are_typed(router: Router, make_client: MakeClient) -> None:
    router.add(200, [NODE])
    [node] = make_client().list_attestation_nodes()
    assert (node.name, node.ppid, node.device_id) == ("prod5-us-west", "5e" * 16, "dd" * 32)
