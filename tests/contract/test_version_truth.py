"""The version decides the model: checked against the upstream spec's own naming.

Our version table is derived from the component names we chose in spec/apps.yaml; a
slip there (say, the 2026-01-21 CVM mapped to HostedCvm) would pass every test that
reads our own spec. This module takes its truth from the reference spec instead: a
union member named ``..._v20260121_...`` belongs to 2026-01-21, HostedCvm is the
legacy (2025-10-28) CVM shape, and an unversioned member (the reduced app) belongs to
both. Payloads generated from each reference member must come back typed from a
client of that version (and as the other version's shape from the other client).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from phala_cloud_sdk import SUPPORTED_VERSIONS, Client, ResponseValidationError, SyncPage
from tests.support.model_reading import is_model
from tests.support.paths import HAS_REFERENCE, REFERENCE, needs_reference
from tests.support.schema_payloads import load_spec, payload_strategy

pytestmark = needs_reference

# What the design card says outright; everything else comes from the names.
LEGACY_SHAPES = {"HostedCvm": "2025-10-28"}
VERSION_TOKEN = re.compile(r"__v(\d{4})(\d{2})(\d{2})__")
CALLS: dict[str, tuple[str, dict[str, Any]]] = {
    "/api/v1/apps": ("get_app_list", {}),
    "/api/v1/apps/{app_id}": ("get_app_info", {"app_id": "app-123"}),
    "/api/v1/apps/{app_id}/cvms": ("get_app_cvms", {"app_id": "app-123"}),
}
EXAMPLES = settings(
    max_examples=15,
    derandomize=True,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def versions_of(component: str) -> tuple[str, ...]:
    """The API versions an upstream component belongs to."""
    match = VERSION_TOKEN.search(component)
    if match:
        return ("-".join(match.groups()),)
    if component in LEGACY_SHAPES:
        return (LEGACY_SHAPES[component],)
    return SUPPORTED_VERSIONS


def members() -> Iterator[tuple[str, str, str, str]]:
    """(path, kind, upstream component, version) for each versioned union member."""
    if not HAS_REFERENCE:
        return
    reference = load_spec(REFERENCE)
    for path in CALLS:
        schema = reference["paths"][path]["get"]["responses"]["200"]["content"]
        alternatives = schema["application/json"]["schema"]["anyOf"]
        seen = set()
        for alternative in alternatives:
            kind = "array" if alternative.get("type") == "array" else "object"
            ref = alternative["items"]["$ref"] if kind == "array" else alternative["$ref"]
            component = ref.rsplit("/", 1)[-1]
            if component in seen:
                continue
            seen.add(component)
            for version in versions_of(component):
                yield path, kind, component, version


class Responder:
    """Serves the body last set, as JSON."""

    def __init__(self) -> None:
        self.body = b"null"

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=self.body, headers={"Content-Type": "application/json"})


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[Responder, dict[str, Client]]]:
    responder = Responder()
    http = httpx.Client(transport=httpx.MockTransport(responder))
    made: dict[str, Client] = {
        v: Client("k", base_url="https://api.test", api_version=v, max_retries=0, http_client=http)
        for v in SUPPORTED_VERSIONS
    }
    yield responder, made
    http.close()


def _typed(result: Any) -> bool:
    if isinstance(result, SyncPage):
        return is_model(result.data) and all(is_model(i) for i in result.items)
    if isinstance(result, list):
        return all(is_model(i) for i in result)
    return is_model(result)


@pytest.mark.parametrize(("path", "kind", "component", "version"), list(members()))
def test_reference_members_parse_in_their_version(
    clients: tuple[Responder, dict[str, Client]],
    path: str,
    kind: str,
    component: str,
    version: str,
) -> None:
    responder, by_version = clients
    operation, arguments = CALLS[path]
    item = payload_strategy(load_spec(REFERENCE), component)
    strategy = st.lists(item, min_size=1, max_size=3) if kind == "array" else item

    @EXAMPLES
    @given(payload=strategy)
    def run(payload: Any) -> None:
        responder.body = json.dumps(payload).encode()
        try:
            result = getattr(by_version[version], operation)(**arguments)
        except ResponseValidationError as exc:
            pytest.fail(f"{component} is a {version} shape, yet {version} rejected it: {exc}")
        assert _typed(result)
        data = result.data if isinstance(result, SyncPage) else result
        dumped = [i.to_dict() for i in data] if isinstance(data, list) else data.to_dict()
        assert dumped == payload

    run()


def test_every_union_member_is_covered() -> None:
    covered = {(path, component) for path, _, component, _ in members()}
    assert len(covered) == 7  # 2 list pages, full x2 + reduced app, HostedCvm + CVMInfo
