"""Models speak plain Python: read-only, None for what the JSON left out, bounded reprs."""

from __future__ import annotations

import datetime
import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from phala_cloud_api import models
from phala_cloud_api.models import (
    DstackAppFullResponseV20260121,
    DstackAppMinimalResponse,
    ErrorResponse,
    FilterOptionsResponse,
    ReplicateRequest,
)
from phala_cloud_api.types import parse_datetime
from tests.support.mock_api import MakeAsyncClient, MakeClient, Router
from tests.support.paths import ROOT
from tests.support.payloads import APP_FULL_2026, APP_MINIMAL, CVM_INFO_2026

FILTER_OPTIONS: dict[str, Any] = {
    "statuses": ["running"],
    "image_versions": ["0.5"],
    "instance_types": [],
    "kms_slugs": [],
    "kms_types": [],
    "regions": [],
    "nodes": [],
}


def _model_classes() -> list[type]:
    return [
        getattr(models, name)
        for name in models.__all__
        if hasattr(getattr(models, name), "_FIELDS")
    ]


# -- reading never changes the model ------------------------------------------------


def test_list_of_scalars_cannot_change_the_model(router: Router, make_client: MakeClient) -> None:
    router.add(200, FILTER_OPTIONS)
    options = make_client().get_app_filter_options()
    options.statuses.append("X")
    options.image_versions.clear()
    assert options.statuses == ["running"]
    assert options.image_versions == ["0.5"]
    assert options.to_dict() == FILTER_OPTIONS


def test_list_of_models_cannot_change_the_model(router: Router, make_client: MakeClient) -> None:
    app_body = {**APP_FULL_2026, "cvms": [CVM_INFO_2026, {**CVM_INFO_2026, "id": "cvm_2"}]}
    router.add(200, app_body)
    app = make_client().get_app_info(app_id="a")
    assert app.cvms is not None
    app.cvms.clear()
    assert isinstance(app, DstackAppFullResponseV20260121)
    assert [cvm.id for cvm in app.cvms or []] == ["cvm_1", "cvm_2"]
    first = (app.cvms or [])[0]
    assert first is (app.cvms or [])[0]  # the models themselves are parsed once
    assert app.to_dict() == app_body


def test_free_form_values_cannot_change_the_model() -> None:
    body = {
        "detail": [{"loc": ["body", "x"], "msg": "bad", "type": "t"}],
        "details": [{"field": ["a"]}],
        "suggestions": ["retry"],
        "x_extra": {"nested": [1, 2]},
    }
    error = ErrorResponse.from_dict(body)
    details = error.details
    assert isinstance(details, list)
    details[0]["field"].append("b")
    detail = error.detail
    assert isinstance(detail, list)
    detail[0].loc.append("y")
    (error.suggestions or []).append("give up")
    error.additional_properties["x_extra"]["nested"].append(3)
    error["x_extra"]["nested"].clear()
    assert error.to_dict() == body
    assert error.details == [{"field": ["a"]}]
    assert error["x_extra"] == {"nested": [1, 2]}
    with pytest.raises(KeyError):
        _ = error["detail"]  # declared fields are read as attributes


@pytest.mark.asyncio
async def test_async_results_are_read_only(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    router.add(200, FILTER_OPTIONS)
    options = await make_async_client().get_app_filter_options()
    options.statuses.append("X")
    assert options.to_dict() == FILTER_OPTIONS


# -- any accepted depth round-trips; reprs are bounded ------------------------------


def _nested(depth: int) -> bytes:
    return b"[" * depth + b'"leaf"' + b"]" * depth


def _deep_options(depth: int) -> bytes:
    options = b'{"statuses": [], "image_versions": [], "instance_types": [], "kms_slugs": []'
    extra = b', "kms_types": [], "regions": [], "nodes": [], "extra": ' + _nested(depth)
    return options + extra + b"}"


def _assert_nested(value: Any, depth: int) -> None:
    node = value
    for _ in range(depth):
        assert isinstance(node, list)
        assert len(node) == 1
        node = node[0]
    assert node == "leaf"


@pytest.mark.parametrize("depth", [500, 1000, 1023])
def test_deep_body_round_trips_through_to_dict(
    depth: int, router: Router, make_client: MakeClient
) -> None:
    router.add(200, content=_deep_options(depth), headers={"content-type": "application/json"})
    result = make_client().get_app_filter_options()
    _assert_nested(result.to_dict()["extra"], depth)
    _assert_nested(result["extra"], depth)
    _assert_nested(result.additional_properties["extra"], depth)


@pytest.mark.asyncio
async def test_async_deep_body_round_trips_through_to_dict(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    router.add(200, content=_deep_options(1000), headers={"content-type": "application/json"})
    result = await make_async_client().get_app_filter_options()
    _assert_nested(result.to_dict()["extra"], 1000)


def test_repr_of_a_model_is_bounded(router: Router, make_client: MakeClient) -> None:
    huge = FilterOptionsResponse.from_dict(
        {**FILTER_OPTIONS, "statuses": ["x" * 1_000_000] * 1000, "extra": {"k": "v" * 10**6}}
    )
    text = repr(huge)
    assert text.startswith("FilterOptionsResponse(statuses=[")
    assert len(text) <= 1100
    small = FilterOptionsResponse.from_dict(FILTER_OPTIONS)
    assert repr(small) == (
        "FilterOptionsResponse(statuses=['running'], image_versions=['0.5'], instance_types=[], "
        "kms_slugs=[], kms_types=[], regions=[], nodes=[])"
    )
    router.add(200, content=_deep_options(1000), headers={"content-type": "application/json"})
    assert len(repr(make_client().get_app_filter_options())) <= 1100


# -- absent optional fields read as None; has_field tells -----------------------------


def test_absent_optional_field_reads_none(router: Router, make_client: MakeClient) -> None:
    router.add(200, APP_MINIMAL)
    app = make_client().get_app_info(app_id="a")
    assert isinstance(app, DstackAppMinimalResponse)
    assert app.name is None
    assert str(app.name) == "None"
    assert app.status is None  # an x-sdk-aliases property
    assert not app.has_field("name")
    assert app.has_field("app_id")
    assert app.to_dict() == APP_MINIMAL
    full = {**APP_FULL_2026, "app_icon_url": None}
    router.add(200, full)
    app = make_client().get_app_info(app_id="a")
    assert app.app_icon_url is None and app.has_field("app_icon_url")
    assert app.app_provision_type is None and not app.has_field("app_provision_type")
    assert app.cvms is None and app.cvm_count is None


@pytest.mark.asyncio
async def test_async_absent_optional_field_reads_none(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    router.add(200, APP_MINIMAL)
    app = await make_async_client().get_app_info(app_id="a")
    assert app.name is None
    assert not app.has_field("name")


def test_keyword_constructors_leave_out_what_is_not_given() -> None:
    assert ReplicateRequest().to_dict() == {}
    request = ReplicateRequest(teepod_id=3, compose_hash=None)  # may be null: sent as null
    assert request.to_dict() == {"teepod_id": 3, "compose_hash": None}
    assert request.has_field("compose_hash") and not request.has_field("node_id")
    assert request.node_id is None
    required = {k: APP_FULL_2026[k] for k in ("id", "name", "app_id", "created_at", "kms_type")}
    # cvm_count and cvms may not be null: None leaves them out; app_icon_url may be null.
    app = DstackAppFullResponseV20260121(**required, cvm_count=None, cvms=None, app_icon_url=None)
    assert app.to_dict() == {**required, "app_icon_url": None}
    assert app.cvm_count is None and not app.has_field("cvm_count")


def test_unset_never_reaches_annotations() -> None:
    for cls in _model_classes():
        # A class has a docstring only where the spec layer describes it
        # (tests/surface/test_generated.py); when it has one, it explains None and has_field.
        assert cls.__doc__ is None or "has_field" in cls.__doc__, cls.__name__
        for name, member in vars(cls).items():
            if isinstance(member, property):
                annotation = str(member.fget.__annotations__.get("return"))
                assert "Unset" not in annotation, f"{cls.__name__}.{name}: {annotation}"
        signature = inspect.signature(cls)
        for parameter in signature.parameters.values():
            assert "Unset" not in str(parameter.annotation), f"{cls.__name__}({parameter.name})"
    assert "Unset" not in str(inspect.signature(ErrorResponse.__init__).parameters["detail"])


# -- timestamps: Python 3.10 reads what 3.11's fromisoformat reads ---------------------

TIMESTAMPS = [
    "2024-01-01T10:11:11.0Z",
    "2024-01-01T10:11:11.12Z",
    "2024-01-01T10:11:11.1234567Z",
    "2024-01-01T10:11:11.5+00:00",
    "2024-01-01T10:11:11Z",
    "2024-01-01T10:11:11.123456Z",
    "2024-01-01T10:11:11,5Z",
    "2024-01-01T10:11Z",
    "2024-01-01T10Z",
    "2024-01-01T10:11:11+0530",
    "2024-01-01T10:11:11+05",
    "2024-01-01T10:11:11-07:00",
    "2024-01-01 10:11:11.123456789-07:00",
    "2024-01-01T101111Z",
    "20240101T101111Z",
    "2024-01-01T10:11:11.123456+05:30:15.5",
    "2024-01-01T10:11:11.Z",
    "2024-01-01",
    "20240101",
    "2024-02-29T23:59:59.999999999Z",
    # refused by 3.11 as well
    "2024-01-01T24:00:00Z",
    "2024-01-01T10:1111",
    "2024-0101",
    "2024-01-01T10:11:11.1234567x",
    "2024-01-01T10:11:11+24:00",
    "2024-13-01T00:00Z",
    "yesterday",
]


def _outcome(parse: Any, value: str) -> str:
    try:
        return repr(parse(value))
    except ValueError:
        return "ValueError"


@pytest.mark.skipif(sys.version_info < (3, 11), reason="compares with 3.11's fromisoformat")
@pytest.mark.parametrize("value", TIMESTAMPS)
def test_310_timestamp_path_matches_311(value: str) -> None:
    from phala_cloud_api.types import parse_datetime_compat

    expected = _outcome(datetime.datetime.fromisoformat, value)
    assert _outcome(parse_datetime_compat, value) == expected
    assert _outcome(parse_datetime, value) == expected
    if value.endswith("Z"):
        assert _outcome(parse_datetime, value[:-1] + "z") == expected


def test_timestamps_on_python_310() -> None:
    found = sorted(Path("/root/.pyenv/versions").glob("3.10*/bin/python"))
    if not found or sys.version_info < (3, 11):
        pytest.skip("needs a Python 3.10 next to this 3.11+")
    script = (
        "import sys\n"
        "from phala_cloud_api.types import parse_datetime\n"
        "for value in sys.argv[1:]:\n"
        "    try:\n"
        "        print(repr(parse_datetime(value)))\n"
        "    except ValueError:\n"
        "        print('ValueError')\n"
    )
    result = subprocess.run(
        [str(found[-1]), "-c", script, *TIMESTAMPS],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "generated")},
    )
    expected = [_outcome(datetime.datetime.fromisoformat, value) for value in TIMESTAMPS]
    assert result.stdout.splitlines() == expected
