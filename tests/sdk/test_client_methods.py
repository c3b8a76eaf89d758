"""Every Apps method of the sync Client, in both API versions, over a MockTransport."""

from __future__ import annotations

import datetime
import json
import platform
from pathlib import Path
from typing import Any

import pytest

import phala_cloud_sdk
from phala_cloud_api._validators import check
from tests.support.mock_api import API_KEY, MakeClient, Router
from tests.support.payloads import (
    APP_FULL_2025,
    APP_FULL_2026,
    APP_MINIMAL,
    CALLS,
    CVM_INFO_2026,
    HOSTED_CVM_2025,
    REVISION,
    V2025,
    V2026,
    VERSIONS,
    CallCase,
    all_payloads,
    class_names,
    payload,
    query_of,
    revisions,
)

IDS = [case[0] for case in CALLS]


@pytest.mark.parametrize(("class_name", "label", "body"), all_payloads())
def test_payloads_validate(class_name: str, label: str, body: Any) -> None:
    check(class_name, body)


def test_call_table_covers_every_operation() -> None:
    """CALLS covers the Apps tag; every other tag has its own test_<module>.py table."""
    from phala_cloud_api.operations import OPERATIONS
    from tests.support.schema_payloads import our_spec

    modules = {tag["name"]: tag["x-sdk-module"] for tag in our_spec()["tags"]}
    apps = sorted(name for name, op in OPERATIONS.items() if op.tag == "Apps")
    assert sorted(c[0] for c in CALLS) == apps
    here = Path(__file__).parent
    for tag in {op.tag for op in OPERATIONS.values()} - {"Apps"}:
        assert (here / f"test_{modules[tag]}.py").exists(), tag
    for operation, _, method, path, _, _ in CALLS:
        assert OPERATIONS[operation].method == method
        assert path.count("/") == OPERATIONS[operation].path.count("/")
        assert hasattr(phala_cloud_sdk.Client, operation)
        assert hasattr(phala_cloud_sdk.AsyncClient, operation)


def check_request(router: Router, case: CallCase, version: str) -> None:
    _, _, method, path, query, body = case
    request = router.last
    assert request.method == method
    assert request.url.host == "testserver"
    assert request.url.path == "/api/v1" + path
    assert query_of(request) == query
    assert request.headers["X-API-Key"] == API_KEY
    assert request.headers["X-Phala-Version"] == version
    assert request.headers["User-Agent"] == (
        f"phala-cloud-sdk/{phala_cloud_sdk.__version__} python/{platform.python_version()}"
    )
    if body is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == body


@pytest.mark.parametrize("style", ["keywords", "mapping"])
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("case", CALLS, ids=IDS)
def test_method(
    case: CallCase, version: str, style: str, router: Router, make_client: MakeClient
) -> None:
    operation, kwargs, *_ = case
    status, body, class_name = payload(operation, version)
    router.add(status, body)
    client = make_client(api_version=version)
    method = getattr(client, operation)
    result = method(**kwargs) if style == "keywords" else method(dict(kwargs))
    assert len(router.requests) == 1
    check_request(router, case, version)
    names = class_names(result)
    assert names and all(name == class_name for name in names)


@pytest.mark.parametrize("version", VERSIONS)
def test_minimal_app_in_both_versions(
    version: str, router: Router, make_client: MakeClient
) -> None:
    router.add(200, APP_MINIMAL)
    app = make_client(api_version=version).get_app_info(app_id="app1")
    assert type(app).__name__ == "DstackAppMinimalResponse"
    assert app.app_id == "app1"
    assert app.status is None


@pytest.mark.parametrize(
    ("requested", "answered", "body", "expected"),
    [
        (V2026, V2025, APP_FULL_2025, "DstackAppFullResponseV20251028"),
        (V2025, V2026, APP_FULL_2026, "DstackAppFullResponseV20260121"),
    ],
)
def test_response_version_header_wins(  # noqa: PLR0917
    requested: str,
    answered: str,
    body: dict[str, Any],
    expected: str,
    router: Router,
    make_client: MakeClient,
) -> None:
    router.add(200, body, headers={"X-Phala-Version": answered})
    app = make_client(api_version=requested).get_app_info({"app_id": "app1"})
    assert router.last.headers["X-Phala-Version"] == requested
    assert type(app).__name__ == expected


def test_seed_app_attributes_v2025(router: Router, make_client: MakeClient) -> None:
    router.add(200, APP_FULL_2025)
    app = make_client(api_version=V2025).get_app_info({"app_id": "app1"})
    assert (app.app_id, app.name, app.status) == ("app1", "my-app", "running")


def test_seed_app_attributes_v2026(router: Router, make_client: MakeClient) -> None:
    router.add(200, APP_FULL_2026)
    app = make_client(api_version=V2026).get_app_info(app_id="app1")
    assert (app.app_id, app.name, app.status) == ("app1", "my-app", "running")


def test_seed_app_list_items(router: Router, make_client: MakeClient) -> None:
    router.add(
        200,
        {
            "dstack_apps": [APP_FULL_2026, APP_MINIMAL],
            "page": 1,
            "page_size": 2,
            "total": 2,
            "total_pages": 1,
        },
    )
    page = make_client().get_app_list()
    assert [(a.app_id, a.status) for a in page.items] == [("app1", "running"), ("app1", None)]


def test_seed_cvms_v2025(router: Router, make_client: MakeClient) -> None:
    router.add(200, [HOSTED_CVM_2025])
    cvms = make_client(api_version=V2025).get_app_cvms({"app_id": "app1"})
    assert [(c.id, c.status) for c in cvms] == [("vm-1", "running")]


def test_seed_cvms_v2026(router: Router, make_client: MakeClient) -> None:
    router.add(200, [CVM_INFO_2026])
    cvms = make_client(api_version=V2026).get_app_cvms({"app_id": "app1"})
    assert [(c.id, c.status) for c in cvms] == [("cvm_1", "running")]


def test_seed_revisions(router: Router, make_client: MakeClient) -> None:
    router.add(200, revisions([REVISION]))
    page = make_client().get_app_revisions({"app_id": "app1", "page": 1, "page_size": 10})
    rev = page.items[0]
    assert rev.revision_id == "rev-1"
    assert isinstance(rev.created_at, datetime.datetime)
    assert rev.created_at == datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)


@pytest.mark.parametrize("version", VERSIONS)
def test_unknown_fields_kept(version: str, router: Router, make_client: MakeClient) -> None:
    body = dict(APP_FULL_2025 if version == V2025 else APP_FULL_2026)
    body["brand_new_field"] = {"nested": [1, 2]}
    raw = json.dumps(body)
    router.add(200, content=raw.encode(), headers={"content-type": "application/json"})
    app = make_client(api_version=version).get_app_info(app_id="app1")
    assert app.to_dict() == json.loads(raw)
    assert app.to_dict()["brand_new_field"] == {"nested": [1, 2]}
    assert app.additional_properties["brand_new_field"] == {"nested": [1, 2]}


def test_raw_response(router: Router, make_client: MakeClient) -> None:
    router.add(200, APP_FULL_2026, headers={"X-Request-ID": "req-9"})
    raw = make_client().with_raw_response.get_app_info(app_id="app1")
    assert raw.status_code == 200
    assert raw.request_id == "req-9"
    assert type(raw.parsed).__name__ == "DstackAppFullResponseV20260121"
