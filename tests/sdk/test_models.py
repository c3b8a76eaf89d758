"""Models speak plain Python: read-only, None for what the JSON left out, bounded reprs."""

from __future__ import annotations

from typing import Any

import pytest

from phala_cloud_api.models import FilterOptionsResponse
from tests.support.mock_api import MakeAsyncClient, MakeClient, Router

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
