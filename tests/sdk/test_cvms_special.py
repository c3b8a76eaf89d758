"""The CVMs tag's special kinds of call: text bodies and downloads, uploads, no-content
answers, both pagination styles, header keywords, renamed and nested arguments."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from phala_cloud_sdk import ArgumentError, AsyncPage, SyncPage
from tests.support.mock_api import MakeAsyncClient, MakeClient, Router
from tests.support.payloads import CVM_INFO_2026, HOSTED_CVM_2025, V2025, V2026, query_of

ACCEPTED = {"status": "in_progress", "message": "Update initiated", "correlation_id": "corr-1"}


# -- text downloads ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "media"),
    [("get_cvm_docker_compose", "text/yaml"), ("get_cvm_pre_launch_script", "text/plain")],
)
def test_text_downloads_are_str(
    operation: str, media: str, router: Router, make_client: MakeClient
) -> None:
    text = "services:\n  app:\n    image: nginx:1.27\n"
    router.add(200, content=text.encode(), headers={"content-type": f"{media}; charset=utf-8"})
    result = getattr(make_client(), operation)(cvm_id="cvm_1")
    assert result == text
    assert isinstance(result, str)


def test_text_download_sent_as_a_json_string_is_str_too(
    router: Router, make_client: MakeClient
) -> None:
    # Upstream declares these as JSON strings: a server that answers so still gives the text.
    router.add(200, "#!/bin/sh\necho hi\n")
    client: Any = make_client()  # the official key `id` (not in the typed dict)
    assert client.get_cvm_pre_launch_script({"id": "c1"}) == "#!/bin/sh\necho hi\n"


@pytest.mark.asyncio
async def test_async_text_download(router: Router, make_async_client: MakeAsyncClient) -> None:
    router.add(200, content=b"services: {}\n", headers={"content-type": "text/yaml"})
    assert await make_async_client().get_cvm_docker_compose(cvm_id="c1") == "services: {}\n"


# -- text request bodies (the default) and the multipart alternative --------------------

TEXT_UPDATES = [
    ("update_docker_compose", "docker_compose_file", "text/yaml", "services: {}\n"),
    ("update_pre_launch_script", "pre_launch_script", "text/plain", "#!/bin/sh\necho hi\n"),
]


@pytest.mark.parametrize(("operation", "argument", "media", "text"), TEXT_UPDATES)
def test_text_body_is_the_default(  # noqa: PLR0917 - pytest parameters
    operation: str, argument: str, media: str, text: str, router: Router, make_client: MakeClient
) -> None:
    router.add(202, ACCEPTED)
    result = getattr(make_client(), operation)(cvm_id="c1", **{argument: text})
    request = router.last
    assert request.headers["content-type"] == media
    assert request.content.decode() == text
    assert result.correlation_id == "corr-1"


@pytest.mark.parametrize(("operation", "argument", "media", "text"), TEXT_UPDATES)
def test_file_keyword_uploads_multipart(  # noqa: PLR0917 - pytest parameters
    operation: str, argument: str, media: str, text: str, router: Router, make_client: MakeClient
) -> None:
    router.add(202, ACCEPTED)
    getattr(make_client(), operation)(cvm_id="c1", file=("compose.yml", text.encode()))
    request = router.last
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    body = request.content.decode()
    assert 'name="file"; filename="compose.yml"' in body
    assert text in body


@pytest.mark.parametrize(("operation", "argument", "media", "text"), TEXT_UPDATES)
def test_text_and_file_together_are_refused(  # noqa: PLR0917 - pytest parameters
    operation: str, argument: str, media: str, text: str, router: Router, make_client: MakeClient
) -> None:
    with pytest.raises(ArgumentError, match="different request forms"):
        getattr(make_client(), operation)(cvm_id="c1", file=b"x", **{argument: text})
    assert router.requests == []


@pytest.mark.asyncio
@pytest.mark.parametrize(("operation", "argument", "media", "text"), TEXT_UPDATES)
async def test_async_text_and_multipart(  # noqa: PLR0917 - pytest parameters
    operation: str,
    argument: str,
    media: str,
    text: str,
    router: Router,
    make_async_client: MakeAsyncClient,
) -> None:
    router.add(202, ACCEPTED)
    client = make_async_client()
    await getattr(client, operation)({"id": "c1", argument: text})
    assert router.last.headers["content-type"] == media
    await getattr(client, operation)(cvm_id="c1", file=text.encode())
    assert router.last.headers["content-type"].startswith("multipart/form-data")


# -- no content ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "kwargs"),
    [("delete_cvm", {"cvm_id": "c1"}), ("update_cvm_name", {"cvm_id": "c1", "name": "n2"})],
)
def test_204_is_none(
    operation: str, kwargs: dict[str, Any], router: Router, make_client: MakeClient
) -> None:
    router.add_handler(lambda _request: httpx.Response(204))
    assert getattr(make_client(), operation)(**kwargs) is None


@pytest.mark.asyncio
async def test_async_204_is_none(router: Router, make_async_client: MakeAsyncClient) -> None:
    router.add_handler(lambda _request: httpx.Response(204))
    client: Any = make_async_client()
    assert await client.delete_cvm({"id": "c1"}) is None
    raw = await make_async_client().with_raw_response.delete_cvm(cvm_id="c1")
    assert raw.status_code == 204
    assert raw.parsed is None


# -- pagination ---------------------------------------------------------------------------


def _cvm_page(version: str, page: int, pages: int, names: list[str]) -> dict[str, Any]:
    template = HOSTED_CVM_2025 if version == V2025 else CVM_INFO_2026
    items = [{**template, "name": name} for name in names]
    return {"items": items, "total": 5, "page": page, "page_size": 2, "pages": pages}


@pytest.mark.parametrize("version", [V2025, V2026])
def test_cvm_list_walks_every_page(version: str, router: Router, make_client: MakeClient) -> None:
    router.add(200, _cvm_page(version, 1, 3, ["a", "b"]))
    router.add(200, _cvm_page(version, 2, 3, ["c", "d"]))
    router.add(200, _cvm_page(version, 3, 3, ["e"]))
    page = make_client(api_version=version).get_cvm_list(page_size=2)
    assert isinstance(page, SyncPage)
    assert page.total_pages == 3
    assert [cvm.name for cvm in page] == ["a", "b", "c", "d", "e"]
    assert [query_of(r) for r in router.requests] == [
        {"page_size": ["2"]},
        {"page_size": ["2"], "page": ["2"]},
        {"page_size": ["2"], "page": ["3"]},
    ]


def test_cvm_list_stops_on_the_last_page(router: Router, make_client: MakeClient) -> None:
    router.add(200, _cvm_page(V2026, 1, 1, ["only"]))
    page = make_client().get_cvm_list()
    assert not page.has_next_page()
    assert [cvm.name for cvm in page] == ["only"]
    assert len(router.requests) == 1


def _operations_page(ids: list[str], next_cursor: str | None) -> dict[str, Any]:
    item = {
        "operation_type": "compose_update",
        "target_state": "running",
        "triggered_by": 7,
        "started_at": "2026-01-20T16:03:11Z",
        "status": "completed",
        "sub_operations": ["instance.power_off", "instance.power_on"],
        "events": [
            {
                "event_type": "instance.power_on.start",
                "timestamp": "2026-01-20T16:03:12Z",
                "state": "starting",
            }
        ],
        "instance_name": "oracle-1",
    }
    items = [{**item, "correlation_id": i} for i in ids]
    return {"items": items, "next_cursor": next_cursor, "total": 3}


def test_operations_follow_the_cursor_to_the_end(router: Router, make_client: MakeClient) -> None:
    router.add(200, _operations_page(["op-3", "op-2"], "cur-1"))
    router.add(200, _operations_page(["op-1"], None))
    page = make_client().get_cvm_operations(cvm_id="c1", limit=2)
    assert page.has_next_page()
    operations = list(page)
    assert [op.correlation_id for op in operations] == ["op-3", "op-2", "op-1"]
    assert operations[0].events[0].event_type == "instance.power_on.start"
    assert [query_of(r) for r in router.requests] == [
        {"limit": ["2"]},
        {"limit": ["2"], "cursor": ["cur-1"]},
    ]


@pytest.mark.asyncio
async def test_async_pages(router: Router, make_async_client: MakeAsyncClient) -> None:
    router.add(200, _operations_page(["op-2"], "cur-1"))
    router.add(200, _operations_page(["op-1"], None))
    page = await make_async_client().get_cvm_operations(cvm_id="c1")
    assert isinstance(page, AsyncPage)
    assert [op.correlation_id async for op in page] == ["op-2", "op-1"]
    router.add(200, _cvm_page(V2026, 1, 2, ["a"]))
    router.add(200, _cvm_page(V2026, 2, 2, ["b"]))
    cvms = await make_async_client().get_cvm_list(page_size=1)
    assert [cvm.name async for cvm in cvms] == ["a", "b"]


def test_cvm_list_official_filters(router: Router, make_client: MakeClient) -> None:
    router.add(200, _cvm_page(V2026, 1, 1, ["a"]))
    make_client().get_cvm_list(family="gpu", instance_types=["h200.small", "tdx.large"])
    assert query_of(router.last) == {
        "family": ["gpu"],
        "instance_types": ["h200.small", "tdx.large"],
    }


# -- header keywords ----------------------------------------------------------------------


@pytest.mark.parametrize(("given", "sent"), [(True, "true"), (False, "false")])
def test_prepare_only_is_sent_as_text(
    given: bool, sent: str, router: Router, make_client: MakeClient
) -> None:
    router.add(202, ACCEPTED)
    make_client().patch_cvm(cvm_id="c1", docker_compose_file="services: {}", prepare_only=given)
    assert router.last.headers["X-Prepare-Only"] == sent
    router.add(200, {"id": 1, "name": "r", "status": "starting"})
    make_client().replicate_cvm(cvm_id="c1", prepare_only=given)
    assert router.last.headers["X-Prepare-Only"] == sent


def test_two_phase_headers(router: Router, make_client: MakeClient) -> None:
    router.add(202, ACCEPTED)
    client: Any = make_client()
    result = client.confirm_cvm_patch(
        {"id": "c1", "composeHash": "ab" * 32, "transactionHash": "0xtx"}
    )
    request = router.last
    assert request.headers["X-Compose-Hash"] == "ab" * 32
    assert request.headers["X-Transaction-Hash"] == "0xtx"
    assert "X-Prepare-Only" not in request.headers
    assert json.loads(request.content) == {}
    assert result.correlation_id == "corr-1"


def test_no_change_answer(router: Router, make_client: MakeClient) -> None:
    router.add(202, {"status": "no_change", "message": "Compose configuration unchanged"})
    result = make_client().patch_cvm(cvm_id="c1", public_logs=True)
    assert result.status == "no_change"
    assert result.correlation_id is None or not result.correlation_id


# -- renamed, nested and added arguments --------------------------------------------------


def test_state_wait_timeout_is_the_timeout_query(router: Router, make_client: MakeClient) -> None:
    router.add(200, {"status": "running", "name": "oracle-1", "id": "cvm_1"})
    client: Any = make_client()
    state = client.get_cvm_state(cvm_id="c1", target="running", interval=10, wait_timeout=60)
    assert query_of(router.last) == {"target": ["running"], "interval": ["10"], "timeout": ["60"]}
    assert state.status == "running"
    client.get_cvm_state({"id": "c1", "timeout": 30})  # the official key still works
    assert query_of(router.last) == {"timeout": ["30"]}


def test_state_bounds_are_checked_before_sending(router: Router, make_client: MakeClient) -> None:
    from phala_cloud_sdk import InvalidParameterError

    with pytest.raises(InvalidParameterError, match="wait_timeout"):
        make_client().get_cvm_state(cvm_id="c1", wait_timeout=5)
    assert router.requests == []


def test_commit_token_in_body_or_query(router: Router, make_client: MakeClient) -> None:
    router.add(202, {"correlation_id": "corr-9", "status": "in_progress"})
    client = make_client()
    result = client.commit_cvm_update(
        cvm_id="c1", token="tok", transaction_hash="already-registered"
    )
    assert json.loads(router.last.content) == {
        "token": "tok",
        "transaction_hash": "already-registered",
    }
    assert query_of(router.last) == {}
    assert result.correlation_id == "corr-9"
    client.commit_cvm_update(cvm_id="c1", query_token="tok")
    assert query_of(router.last) == {"token": ["tok"]}
    assert router.last.content == b""


def test_provision_defaults_compose_name(router: Router, make_client: MakeClient) -> None:
    router.add(200, {"compose_hash": "ab" * 32, "app_id": "app_1", "device_id": "dev"})
    client = make_client()
    result = client.provision_cvm(name="hello1", compose_file={"docker_compose_file": "x"})
    assert json.loads(router.last.content)["compose_file"] == {
        "docker_compose_file": "x",
        "name": "",
    }
    assert (result.compose_hash, result.app_id) == ("ab" * 32, "app_1")
    client.provision_cvm(name="hello1", compose_file={"docker_compose_file": "x", "name": "kept"})
    assert json.loads(router.last.content)["compose_file"]["name"] == "kept"


def test_compose_update_provision_unwraps_app_compose(
    router: Router, make_client: MakeClient
) -> None:
    router.add(
        200, {"app_id": "app_1", "compose_hash": "ab" * 32, "compose_hash_registered": False}
    )
    client: Any = make_client()
    result = client.provision_cvm_compose_file_update(
        {
            "id": "c1",
            "app_compose": {"name": "x", "docker_compose_file": "s"},
            "update_env_vars": True,
        }
    )
    assert json.loads(router.last.content) == {
        "name": "x",
        "docker_compose_file": "s",
        "update_env_vars": True,
    }
    assert result.compose_hash_registered is False


def test_compose_update_provision_without_a_name(router: Router, make_client: MakeClient) -> None:
    # Upstream requires the app compose's name here, but the official SDK sends none: the
    # layer relaxes it (x-sdk-relaxed-required), so the official call sends its request.
    router.add(200, {"compose_hash": "ab" * 32, "app_id": "a"})
    client: Any = make_client()
    client.provision_cvm_compose_file_update(
        {"id": "c1", "app_compose": {"docker_compose_file": "s"}}
    )
    assert json.loads(router.last.content) == {"docker_compose_file": "s"}


def test_resize_fields_the_official_sdk_sends(router: Router, make_client: MakeClient) -> None:
    router.add(202, ACCEPTED)
    make_client().update_cvm_resources(
        cvm_id="c1", vcpu=4, memory=8192, instance_type="tdx.large", allow_restart=True
    )
    assert json.loads(router.last.content) == {
        "vcpu": 4,
        "memory": 8192,
        "instance_type": "tdx.large",
        "allow_restart": True,
    }


def test_status_batch_is_a_map_of_models(router: Router, make_client: MakeClient) -> None:
    router.add(
        200,
        {
            "vm-1": {"vm_uuid": "vm-1", "status": "running", "in_progress": False},
            "vm-2": {
                "vm_uuid": "vm-2",
                "status": "starting",
                "in_progress": True,
                "operation_type": "power_on",
                "correlation_id": "corr-2",
            },
        },
    )
    client: Any = make_client()
    statuses = client.get_cvm_status_batch({"vmUuids": ["vm-1", "vm-2"]})
    assert json.loads(router.last.content) == {"vm_uuids": ["vm-1", "vm-2"]}
    assert {k: (s.status, s.in_progress) for k, s in statuses.items()} == {
        "vm-1": ("running", False),
        "vm-2": ("starting", True),
    }
    assert statuses["vm-2"].correlation_id == "corr-2"


def test_batch_stop_limit_is_checked_before_sending(
    router: Router, make_client: MakeClient
) -> None:
    from phala_cloud_sdk import InvalidParameterError

    with pytest.raises(InvalidParameterError):
        make_client().batch_stop_cvms(cvm_ids=[f"cvm_{n}" for n in range(51)])
    assert router.requests == []


def test_retry_safe_posts(router: Router, make_client: MakeClient) -> None:
    from phala_cloud_api.operations import OPERATIONS

    assert OPERATIONS["get_cvm_status_batch"].retry_safe
    assert OPERATIONS["diagnose_cvm_custom_domains"].retry_safe
    assert not OPERATIONS["patch_cvm"].retry_safe
    assert not OPERATIONS["start_cvm"].retry_safe
    assert OPERATIONS["patch_cvm"].aliases == ("confirm_cvm_patch", "update_cvm_resources")
