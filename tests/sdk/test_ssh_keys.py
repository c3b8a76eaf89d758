"""The SSH Keys methods (spec/ssh_keys.yaml): requests, typed results, 204, retries.

Every operation, sync and async, in both API versions and both call styles, and the
official SDK's calls with the requests it was captured sending.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from phala_cloud_api.operations import OPERATIONS
from phala_cloud_api.types import Unset
from phala_cloud_sdk import BadRequestError, NotFoundError
from tests.support.mock_api import MakeAsyncClient, MakeClient, Router
from tests.support.payloads import VERSIONS
from tests.support.tag_calls import (
    Call,
    check_request,
    check_result,
    parse_capture,
    request_form,
    run_async,
    run_sync,
)

TAG = "SSH Keys"
PUBLIC_KEY = (
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZ1bmRhbWVudGFsbHkgYSB0ZXN0IGtleSBvbmx5 dev@laptop"
)
KEY: dict[str, Any] = {
    "id": "sshk_4Qm9",
    "user_id": "usr_81x",
    "name": "laptop",
    "public_key": PUBLIC_KEY,
    "fingerprint": "SHA256:q5TZKzv0w4JfB6c2Yb7eXh1uQk0m2l3o9nR8sT4vW6E",
    "key_type": "ed25519",
    "source": "manual",
    "key_metadata": {"bits": 256},
    "last_synced_at": None,
    "created_at": "2026-01-05T09:12:44Z",
    "updated_at": "2026-01-05T09:12:44Z",
}
GITHUB_KEY: dict[str, Any] = {
    **KEY,
    "id": "sshk_7Tz2",
    "name": "github: octocat",
    "source": "github",
    "key_metadata": None,
    "last_synced_at": "2026-01-20T16:03:11Z",
}
CALLS = [
    Call("list_ssh_keys", {}, "GET", "/user/ssh-keys", "SshKeyResponse", [KEY, GITHUB_KEY]),
    Call(
        "create_ssh_key",
        {"name": "laptop", "public_key": PUBLIC_KEY},
        "POST",
        "/user/ssh-keys",
        "SshKeyResponse",
        KEY,
        status=201,
        json={"name": "laptop", "public_key": PUBLIC_KEY},
    ),
    Call(
        "delete_ssh_key",
        {"key_id": "sshk_4Qm9"},
        "DELETE",
        "/user/ssh-keys/sshk_4Qm9",
        "None",
        status=204,
    ),
    Call(
        "import_github_profile_ssh_keys",
        {"github_username": "octocat"},
        "POST",
        "/user/ssh-keys/github-profile",
        "GithubProfileImportResponse",
        {"github_username": "octocat", "keys_added": 2, "keys_skipped": 1, "errors": []},
        json={"github_username": "octocat"},
    ),
    Call(
        "sync_github_ssh_keys",
        {},
        "POST",
        "/user/ssh-keys/github-sync",
        "GithubSyncResponse",
        {
            "synced_count": 3,
            "keys_added": 1,
            "keys_updated": 1,
            "keys_removed": 1,
            "errors": ["key 3: unsupported type ssh-dss"],
        },
    ),
]
IDS = [call.id for call in CALLS]


def test_every_ssh_keys_operation_has_a_call() -> None:
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


# (method, args, captured request, query, JSON body); phala-cloud 0.2.0.
OFFICIAL = [
    ("list_ssh_keys", [], "GET /user/ssh-keys", None, None),
    (
        "create_ssh_key",
        [{"name": "n", "public_key": "pk"}],
        "POST /user/ssh-keys",
        None,
        {"name": "n", "public_key": "pk"},
    ),
    ("delete_ssh_key", [{"keyId": "k"}], "DELETE /user/ssh-keys/k", None, None),
    (
        "import_github_profile_ssh_keys",
        [{"github_username": "octo"}],
        "POST /user/ssh-keys/github-profile",
        None,
        {"github_username": "octo"},
    ),
    # The official SDK sends a `{}` body the spec does not declare; we send none.
    ("sync_github_ssh_keys", [], "POST /user/ssh-keys/github-sync", None, {}),
]
BY_OPERATION = {call.operation: call for call in CALLS}


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
    BY_OPERATION[method].serve(router)
    getattr(make_client(), method)(*args)
    assert request_form(router.last, method) == parse_capture(method, http, query, body)


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
    BY_OPERATION[method].serve(router)
    await getattr(make_async_client(), method)(*args)
    assert request_form(router.last, method) == parse_capture(method, http, query, body)


def test_key_fields_and_timestamps(router: Router, make_client: MakeClient) -> None:
    BY_OPERATION["list_ssh_keys"].serve(router)
    manual, github = make_client().list_ssh_keys()
    utc = datetime.timezone.utc
    assert manual.created_at == datetime.datetime(2026, 1, 5, 9, 12, 44, tzinfo=utc)
    assert not isinstance(manual.key_metadata, Unset | None)
    assert manual.key_metadata.to_dict() == {"bits": 256}
    assert (github.source, github.key_metadata) == ("github", None)
    assert github.last_synced_at == "2026-01-20T16:03:11Z"


def test_delete_returns_none_and_missing_key_raises(
    router: Router, make_client: MakeClient
) -> None:
    router.add(204, content=b"").add(404, {"detail": "Key not found"})
    client = make_client(max_retries=0)
    assert client.delete_ssh_key(key_id="sshk_4Qm9") is None
    with pytest.raises(NotFoundError):
        client.delete_ssh_key({"keyId": "sshk_gone"})  # type: ignore[call-overload]
    assert router.last.url.path == "/api/v1/user/ssh-keys/sshk_gone"


@pytest.mark.parametrize(
    ("operation", "arguments"),
    [
        ("create_ssh_key", {"name": "", "public_key": PUBLIC_KEY}),
        ("create_ssh_key", {"name": "x" * 101, "public_key": PUBLIC_KEY}),
        ("import_github_profile_ssh_keys", {"github_username": "o" * 40}),
    ],
)
def test_length_limits_are_checked_before_sending(
    operation: str, arguments: dict[str, Any], router: Router, make_client: MakeClient
) -> None:
    from phala_cloud_sdk import InvalidParameterError

    with pytest.raises(InvalidParameterError):
        getattr(make_client(), operation)(**arguments)
    assert router.requests == []


def test_a_weak_key_is_a_bad_request(router: Router, make_client: MakeClient) -> None:
    router.add(400, {"detail": "RSA keys must be at least 2048 bits"})
    with pytest.raises(BadRequestError) as caught:
        make_client().create_ssh_key(name="old", public_key="ssh-rsa AAAAB3Nza... old")
    assert "2048" in str(caught.value)


@pytest.mark.parametrize("operation", ["import_github_profile_ssh_keys", "sync_github_ssh_keys"])
def test_github_imports_are_retried(
    operation: str, router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    # Both converge (duplicates skipped, sync reaches GitHub's state): safe to repeat.
    assert OPERATIONS[operation].retry_safe
    call = BY_OPERATION[operation]
    router.add(503, {"detail": "busy"})
    call.serve(router)
    check_result(getattr(make_client(max_retries=1), operation)(**call.kwargs), call)
    assert len(router.requests) == 2


def test_create_is_not_retried(
    router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    from phala_cloud_sdk import APIStatusError

    assert not OPERATIONS["create_ssh_key"].retry_safe
    router.add(503, {"detail": "busy"})
    with pytest.raises(APIStatusError):
        make_client(max_retries=2).create_ssh_key(name="laptop", public_key=PUBLIC_KEY)
    assert len(router.requests) == 1
