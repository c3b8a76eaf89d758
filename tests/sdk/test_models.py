"""Models speak plain Python: read-only, None for what the JSON left out, bounded reprs."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from phala_cloud_api.models import FilterOptionsResponse
from phala_cloud_api.types import parse_datetime
from tests.support.mock_api import MakeAsyncClient, MakeClient, Router
from tests.support.paths import ROOT

FILTER_OPTIONS: dict[str, Any] = {
    "statuses": ["running"],
    "image_versions": ["0.5"],
    "instance_types": [],
    "kms_slugs": [],
    "kms_types": [],
    "regions": [],
    "nodes": [],
}


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
