"""Arguments are checked before anything is sent."""

from __future__ import annotations

from typing import Any

import pytest

from phala_cloud_sdk import ArgumentError, InvalidParameterError
from tests.support.mock_api import MakeAsyncClient, MakeClient, Router
from tests.support.payloads import APP_FULL_2026, VM, revisions

INVALID_VALUES: list[tuple[str, dict[str, Any], str]] = [
    ("get_app_list", {"page": 0}, "page"),
    ("get_app_list", {"page_size": 101}, "page_size"),
    ("get_app_list", {"page_size": 0}, "page_size"),
    ("get_app_revisions", {"app_id": "a", "page_size": 1001}, "page_size"),
    ("get_app_info", {"app_id": ""}, "app_id"),
    ("get_app_info", {"app_id": "."}, "app_id"),
    ("get_app_info", {"app_id": ".."}, "app_id"),
    ("get_app_revision_detail", {"app_id": "a", "revision_id": ".."}, "revision_id"),
    ("get_app_list", {"page": "1"}, "page"),
    ("get_app_list", {"page": True}, "page"),
    ("get_app_list", {"listed": "yes"}, "listed"),
    ("get_app_list", {"status": "running"}, "status"),
    ("get_app_usage", {"app_id": "a", "start_date": "not-a-date"}, "start_date"),
    ("get_app_info", {"app_id": 5}, "app_id"),
    ("check_app_is_allowed", {"app_id": "a", "compose_hash": 5}, "compose_hash"),
]

ARGUMENT_ERRORS: list[tuple[str, Any, dict[str, Any]]] = [
    ("get_app_info", {"app_id": "a", "bogus": 1}, {}),
    ("get_app_info", None, {}),
    ("get_app_info", {}, {}),
    ("get_app_info", {"app_id": "a"}, {"app_id": "a"}),
    ("get_app_revision_detail", {"app_id": "a"}, {}),
    ("check_app_is_allowed", {"app_id": "a"}, {}),
    ("get_app_info", ["app_id"], {}),
]


@pytest.mark.parametrize(("operation", "kwargs", "field"), INVALID_VALUES)
def test_invalid_value_rejected(
    operation: str, kwargs: dict[str, Any], field: str, router: Router, make_client: MakeClient
) -> None:
    client = make_client()
    with pytest.raises(InvalidParameterError) as info:
        getattr(client, operation)(kwargs)
    assert isinstance(info.value, ValueError)
    assert info.value.field == field
    assert repr(field) in str(info.value)
    assert router.requests == []


@pytest.mark.parametrize(("operation", "mapping", "kwargs"), ARGUMENT_ERRORS)
def test_argument_error(
    operation: str, mapping: Any, kwargs: dict[str, Any], router: Router, make_client: MakeClient
) -> None:
    client = make_client()
    with pytest.raises(ArgumentError) as info:
        getattr(client, operation)(mapping, **kwargs)
    assert isinstance(info.value, TypeError)
    assert router.requests == []


def test_unknown_keyword_is_type_error(router: Router, make_client: MakeClient) -> None:
    client: Any = make_client()
    with pytest.raises(TypeError):
        client.get_app_info(app_id="a", bogus=1)
    assert router.requests == []


@pytest.mark.asyncio
@pytest.mark.parametrize(("operation", "kwargs", "field"), INVALID_VALUES[:6])
async def test_async_invalid_value_rejected(
    operation: str,
    kwargs: dict[str, Any],
    field: str,
    router: Router,
    make_async_client: MakeAsyncClient,
) -> None:
    client = make_async_client()
    with pytest.raises(InvalidParameterError):
        await getattr(client, operation)(**kwargs)
    assert router.requests == []


def test_boundaries_accepted(router: Router, make_client: MakeClient) -> None:
    router.add(200, revisions([]))
    client = make_client()
    client.get_app_revisions(app_id="a", page_size=1000)
    assert router.last.url.params["page_size"] == "1000"
    router.add(200, {"dstack_apps": [], "page": 1, "page_size": 100, "total": 0, "total_pages": 0})
    client.get_app_list(page=1, page_size=100)
    assert router.last.url.params["page_size"] == "100"


def test_none_means_absent(router: Router, make_client: MakeClient) -> None:
    router.add(200, {"dstack_apps": [], "page": 1, "page_size": 20, "total": 0, "total_pages": 0})
    make_client().get_app_list(search=None, status=None)
    params = router.last.url.params
    assert "search" not in params and "status" not in params


@pytest.mark.parametrize("app_id", ["../../admin", "a/b", "x?y=1", "a#b", "%2e%2e"])
def test_path_values_percent_encoded(app_id: str, router: Router, make_client: MakeClient) -> None:
    router.add(200, APP_FULL_2026)
    make_client().get_app_info(app_id=app_id)
    request = router.last
    raw_path = request.url.raw_path.decode()
    assert raw_path.startswith("/api/v1/apps/")
    assert raw_path.count("/") == 4
    assert len(request.url.params) == 0  # nothing leaked into the query
    assert request.url.fragment == ""


def test_dotdot_admin_stays_under_apps(router: Router, make_client: MakeClient) -> None:
    router.add(200, APP_FULL_2026)
    make_client().get_app_info(app_id="../../admin")
    assert router.last.url.raw_path.decode() == "/api/v1/apps/..%2F..%2Fadmin"


def test_body_tuple_and_datetime(router: Router, make_client: MakeClient) -> None:
    router.add(200, VM)
    make_client().create_app_instance(app_id="a", teepod_id=1, compose_hash="h", token="t")
    assert router.last.method == "POST"
    import json

    assert json.loads(router.last.content) == {"teepod_id": 1, "compose_hash": "h", "token": "t"}


@pytest.mark.parametrize(
    ("operation", "kwargs"),
    [
        ("replicate_app_cvm", {"app_id": "a", "vm_uuid": "v"}),
        ("redeploy_app_revision", {"app_id": "a", "revision_id": "r"}),
    ],
)
def test_post_without_body_fields(
    operation: str, kwargs: dict[str, Any], router: Router, make_client: MakeClient
) -> None:
    router.add(200, VM)
    try:
        getattr(make_client(), operation)(**kwargs)
    except Exception as exc:  # the response shape is not the point here
        assert not isinstance(exc, TypeError), exc
    assert len(router.requests) == 1
    assert router.last.method == "POST"
    assert router.last.content == b""
    assert "content-type" not in router.last.headers
