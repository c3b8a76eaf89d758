"""What every method accepts beside its own arguments: escape hatches, aliases, pagers."""

from __future__ import annotations

import json

import pytest

from phala_cloud_sdk import (
    APIResponse,
    ArgumentError,
    AsyncPage,
    InvalidParameterError,
)
from tests.support.mock_api import MakeAsyncClient, MakeClient, Router
from tests.support.payloads import APP_FULL_2026, V2026, app_list, payload


def test_extra_headers_and_query_are_added(router: Router, make_client: MakeClient) -> None:
    router.add(200, APP_FULL_2026)
    make_client().get_app_info(
        app_id="a", extra_headers={"X-Trace": "t1"}, extra_query={"expand": "cvms", "n": 2}
    )
    assert router.last.headers["x-trace"] == "t1"
    assert router.last.url.params["expand"] == "cvms"
    assert router.last.url.params["n"] == "2"


@pytest.mark.parametrize("name", ["X-API-Key", "x-phala-version"])
def test_extra_headers_cannot_replace_the_key_or_version(
    name: str, router: Router, make_client: MakeClient
) -> None:
    with pytest.raises(InvalidParameterError, match="extra_headers"):
        make_client().get_app_info(app_id="a", extra_headers={name: "other"})
    assert router.requests == []


def test_extra_body_is_merged_into_the_json_body(router: Router, make_client: MakeClient) -> None:
    router.add(*payload("check_app_is_allowed", V2026)[:2])
    make_client().check_app_is_allowed(
        app_id="a", compose_hash="h", extra_body={"experimental": True}
    )
    assert json.loads(router.last.content) == {"compose_hash": "h", "experimental": True}


def test_extra_body_makes_a_body_where_none_was_given(
    router: Router, make_client: MakeClient
) -> None:
    router.add(*payload("create_app_instance", V2026)[:2])
    make_client().create_app_instance(app_id="a", extra_body={"name": "replica"})
    assert json.loads(router.last.content) == {"name": "replica"}
    assert router.last.headers["content-type"] == "application/json"


def test_official_key_names_work_in_the_mapping(router: Router, make_client: MakeClient) -> None:
    router.add(200, APP_FULL_2026)
    router.add(*payload("get_app_revision_detail", V2026)[:2])
    client = make_client()
    # The official SDK's key names work at run time; type checkers know the snake_case ones.
    client.get_app_info({"appId": "a1"})  # type: ignore[call-overload]
    assert router.last.url.path.endswith("/apps/a1")
    client.get_app_revision_detail(
        {"appId": "a2", "revisionId": "r", "rawComposeFile": True}  # type: ignore[call-overload]
    )
    assert router.last.url.path.endswith("/apps/a2/revisions/r")
    assert router.last.url.params["raw_compose_file"] == "true"


def test_one_argument_under_two_names_must_agree(router: Router, make_client: MakeClient) -> None:
    with pytest.raises(ArgumentError, match="given twice"):
        make_client().get_app_info({"app_id": "a", "appId": "b"})  # type: ignore[call-overload]
    assert router.requests == []


def test_unknown_names_are_argument_errors_with_a_hint(
    router: Router, make_client: MakeClient
) -> None:
    client = make_client()
    with pytest.raises(ArgumentError, match="app_id") as by_keyword:
        client.get_app_info(ap_id="a")  # type: ignore[call-overload]
    assert isinstance(by_keyword.value, TypeError)
    with pytest.raises(ArgumentError, match="app_id"):
        client.get_app_info({"app_idd": "a"})  # type: ignore[call-overload]
    assert router.requests == []


def two_pages(router: Router) -> None:
    router.add(200, app_list(V2026, [{"app_id": "a1"}, {"app_id": "a2"}], page=1, total_pages=2))
    router.add(200, app_list(V2026, [{"app_id": "a3"}], page=2, total_pages=2))


@pytest.mark.asyncio
async def test_async_list_iterates_without_awaiting_first(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    two_pages(router)
    ids = [app.app_id async for app in make_async_client().get_app_list(page_size=2)]
    assert ids == ["a1", "a2", "a3"]


@pytest.mark.asyncio
async def test_async_list_awaited_gives_the_first_page(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    two_pages(router)
    page = await make_async_client().get_app_list(page_size=2)
    assert isinstance(page, AsyncPage)
    assert [app.app_id for app in page.items] == ["a1", "a2"]
    assert [app.app_id async for app in page] == ["a1", "a2", "a3"]


@pytest.mark.asyncio
async def test_async_list_checks_arguments_before_any_await(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    with pytest.raises(InvalidParameterError, match="page_size"):
        make_async_client().get_app_list(page_size=0)
    assert router.requests == []


@pytest.mark.asyncio
async def test_async_raw_list_gives_the_first_page_with_its_response(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    two_pages(router)
    raw = await make_async_client().with_raw_response.get_app_list(page_size=2)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert isinstance(raw.parsed, AsyncPage)
    assert [app.app_id async for app in raw.parsed] == ["a1", "a2", "a3"]
