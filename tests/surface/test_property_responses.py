"""Property tests: schema-valid responses become the right models, broken ones raise cleanly.

For every 2xx response alternative of every operation, hypothesis-jsonschema
generates payloads from the component schema (see ``schema_payloads``); each payload,
plus an unknown top-level field, goes through the real ``Client`` over an
``httpx.MockTransport``. ``PHALA_PROPERTY_EXAMPLES`` sets the examples per alternative.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from phala_cloud_api import models
from phala_cloud_api._validators import is_valid
from phala_cloud_sdk import Client, ResponseValidationError, SyncPage
from phala_cloud_sdk._api_versions import SUPPORTED_VERSIONS
from tests.support.arguments import sample_arguments
from tests.support.model_reading import assert_exposes
from tests.support.operations import OPERATIONS, alternatives, responses, spec
from tests.support.schema_payloads import our_spec, payload_strategy, standalone_schema

EXAMPLES = int(os.environ.get("PHALA_PROPERTY_EXAMPLES", "200"))
WIRING_EXAMPLES = min(EXAMPLES, 10)
MUTATION_EXAMPLES = max(5, EXAMPLES // 10)
EXTRA_FIELD = "x_extra_field"

SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    # No shrinking: big payloads shrink for minutes; the failing example is still shown.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)

# Valid arguments for every operation (path parameters and required body fields).
CALL_ARGS: dict[str, dict[str, Any]] = {op: sample_arguments(op) for op in OPERATIONS}
# List calls return a page: the field holding its items.
PAGE_ITEMS = {
    op: pagination.items for op in OPERATIONS if (pagination := spec(op).pagination) is not None
}


def _success_status(operation: str) -> str:
    return next(s for s in responses(operation) if s.startswith("2"))


def _cases() -> list[tuple[str, str, str, str, tuple[str, ...], int]]:
    """``(operation, status, kind, class, versions, examples)`` per 2xx alternative.

    Each schema gets ``EXAMPLES`` payloads, in every version it belongs to, through the
    first operation that returns it; the other operations returning the same schema get
    ``WIRING_EXAMPLES`` (their own wiring: arguments, page fields, the version rule).
    """
    cases: list[tuple[str, str, str, str, tuple[str, ...], int]] = []
    covered: set[str] = set()
    for operation in OPERATIONS:
        status = _success_status(operation)
        for kind, class_name in responses(operation)[status]:
            if class_name is None:
                continue  # free JSON: no schema to generate from, nothing to type
            versions = tuple(
                v
                for v in SUPPORTED_VERSIONS
                if (kind, class_name) in alternatives(operation, status, v)
            )
            examples = WIRING_EXAMPLES if class_name in covered else EXAMPLES
            covered.add(class_name)
            cases.append((operation, status, kind, class_name, versions, examples))
    return cases


CASES = _cases()
CASE_IDS = [f"{c[0]}-{c[3]}" for c in CASES]


class Responder:
    """A MockTransport handler serving whatever body was set last."""

    def __init__(self) -> None:
        self.status = 200
        self.body = b"null"
        self.version: str = SUPPORTED_VERSIONS[0]
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return httpx.Response(
            self.status,
            content=self.body,
            headers={"Content-Type": "application/json", "X-Phala-Version": self.version},
        )


@pytest.fixture(scope="module")
def harness() -> Iterator[tuple[Responder, dict[str, Client]]]:
    responder = Responder()
    http = httpx.Client(transport=httpx.MockTransport(responder))
    clients: dict[str, Client] = {
        v: Client(
            api_key="test-key",
            base_url="https://api.test/api/v1",
            api_version=v,
            max_retries=0,
            http_client=http,
        )
        for v in SUPPORTED_VERSIONS
    }
    yield responder, clients
    http.close()


@cache
def _strategy(class_name: str) -> st.SearchStrategy[Any]:
    # Lists of at most two items: nested lists make payloads (and their generation) grow
    # exponentially, while two already tell "a list" from "one value" at every level.
    return payload_strategy(our_spec(), class_name, max_items=2)


def _without_patterns(node: Any) -> Any:
    """The schema minus ``pattern`` keywords, which the SDK does not assert on responses."""
    if isinstance(node, dict):
        return {k: _without_patterns(v) for k, v in node.items() if k != "pattern"}
    if isinstance(node, list):
        return [_without_patterns(v) for v in node]
    return node


@cache
def _validator(class_name: str) -> Callable[[Any], bool]:
    """An independent oracle: the jsonschema library on the spec's schema.

    Formats are not asserted: the SDK checks date-time values when the field is read
    (see test_bad_timestamps_fail_when_read), not when the response arrives; neither
    are identifier patterns (see scripts/codegen_validators.py).
    """
    schema = _without_patterns(
        standalone_schema(our_spec(), class_name, max_items=None, close_objects=False)
    )
    validator = jsonschema.Draft202012Validator(schema)

    def fits(value: Any) -> bool:
        return bool(validator.is_valid(value))

    return fits


@cache
def _ours(class_name: str) -> Callable[[Any], bool]:
    def fits(value: Any) -> bool:
        return is_valid(class_name, value)

    return fits


def _payload(kind: str, class_name: str) -> st.SearchStrategy[Any]:
    item = _strategy(class_name).map(lambda d: {**d, EXTRA_FIELD: 1})
    if kind == "object":
        return item
    if kind == "map":
        return st.dictionaries(st.text(max_size=8), item, max_size=3)
    return st.lists(item, max_size=3)


def _fitting(operation: str, status: str, version: str, data: Any, oracle: bool) -> str | None:
    """The class the SDK must pick for ``data`` in ``version`` (first fitting alternative)."""
    for kind, class_name in alternatives(operation, status, version):
        fits = _validator(class_name) if oracle else _ours(class_name)
        if kind == "object" and fits(data):
            return class_name
        if kind == "array" and isinstance(data, list) and all(fits(i) for i in data):
            return class_name
        if kind == "map" and isinstance(data, dict) and all(fits(i) for i in data.values()):
            return class_name
    return None


def _call(client: Client, operation: str) -> Any:
    return getattr(client, operation)(**sample_arguments(operation))


def _check_result(
    operation: str, kind: str, expected: str, result: Any, payload: Any, *, broken: bool = False
) -> None:
    """The typed result has the expected class and exposes exactly ``payload``.

    ``broken`` payloads may hold timestamps in a wrong format: reading those fields
    raises ResponseValidationError (checked on read), which is then expected.
    """
    model = getattr(models, expected)
    if operation in PAGE_ITEMS:
        assert isinstance(result, SyncPage)
        if PAGE_ITEMS[operation] == "$":
            assert all(isinstance(i, model) for i in result.data)
            assert [i.to_dict() for i in result.data] == payload
            items = payload
        else:
            assert isinstance(result.data, model)
            assert result.data.to_dict() == payload
            items = payload[PAGE_ITEMS[operation]]
        assert [i.to_dict() for i in result.items] == items
        assert_exposes(result.items, items, lenient_formats=broken)
        return
    if kind == "map":
        assert isinstance(result, dict)
        assert sorted(result) == sorted(payload)
        assert all(isinstance(i, model) for i in result.values())
        assert {k: i.to_dict() for k, i in result.items()} == payload
        assert_exposes(list(result.values()), list(payload.values()), lenient_formats=broken)
        return
    if kind == "array":
        assert isinstance(result, list)
        assert all(isinstance(i, model) for i in result)
        assert [i.to_dict() for i in result] == payload
        assert_exposes(result, payload, lenient_formats=broken)
        return
    assert isinstance(result, model), f"expected {expected}, got {type(result).__name__}"
    assert result.to_dict() == payload
    assert_exposes(result, payload, lenient_formats=broken)
    if isinstance(payload, dict) and EXTRA_FIELD in payload:
        assert result.additional_properties.get(EXTRA_FIELD) == payload[EXTRA_FIELD]


@pytest.mark.parametrize(
    ("operation", "status", "kind", "class_name", "versions", "examples"), CASES, ids=CASE_IDS
)
def test_valid_payloads_become_models(  # noqa: PLR0917 - pytest parameters
    harness: tuple[Responder, dict[str, Client]],
    operation: str,
    status: str,
    kind: str,
    class_name: str,
    versions: tuple[str, ...],
    examples: int,
) -> None:
    responder, clients = harness

    @settings(SETTINGS, max_examples=examples)
    @given(payload=_payload(kind, class_name), version=st.sampled_from(versions))
    def run(payload: Any, version: str) -> None:
        if kind == "object":
            assert is_valid(class_name, payload), "generator produced an invalid payload"
        expected = _fitting(operation, status, version, payload, oracle=False)
        assert expected is not None
        if expected != class_name:
            # Only a shared (reduced) payload that also fits the version's full shape.
            assert alternatives(operation, status, version)[0][1] == expected
        responder.status = int(status)
        responder.body = json.dumps(payload).encode()
        responder.version = version
        result = _call(clients[version], operation)
        _check_result(operation, kind, expected, result, payload)

    run()


WRONG_VALUES: tuple[Any, ...] = ({"nested": 1}, "not-a-number", 12345, [1, "x"], True, None)


def _mutate(data: Any, draw: st.DataObject) -> Any:
    """``data`` with one field of one object removed or given a wrong-typed value."""
    objects: list[dict[str, Any]] = []

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            if node:
                objects.append(node)
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(data)
    assume(objects)
    target = draw.draw(st.sampled_from(objects))
    key = draw.draw(st.sampled_from(sorted(target)))
    if draw.draw(st.booleans()):
        del target[key]
    else:
        target[key] = draw.draw(st.sampled_from(WRONG_VALUES))
    return data


@pytest.mark.parametrize(
    ("operation", "status", "kind", "class_name", "versions", "examples"), CASES, ids=CASE_IDS
)
def test_broken_payloads_raise_response_validation_error(  # noqa: PLR0917 - pytest parameters
    harness: tuple[Responder, dict[str, Client]],
    operation: str,
    status: str,
    kind: str,
    class_name: str,
    versions: tuple[str, ...],
    examples: int,
) -> None:
    responder, clients = harness

    @settings(SETTINGS, max_examples=min(examples, MUTATION_EXAMPLES))
    @given(data=st.data(), version=st.sampled_from(versions))
    def run(data: st.DataObject, version: str) -> None:
        payload = data.draw(_payload(kind, class_name))
        mutated = _mutate(json.loads(json.dumps(payload)), data)
        expected = _fitting(operation, status, version, mutated, oracle=True)
        ours = _fitting(operation, status, version, mutated, oracle=False)
        assert expected == ours, (
            f"generated validators disagree with the schema on {mutated!r:.300}: "
            f"jsonschema picks {expected}, ours {ours}"
        )
        responder.status = int(status)
        responder.body = json.dumps(mutated).encode()
        responder.version = version
        if expected is None:
            with pytest.raises(ResponseValidationError) as info:
                _call(clients[version], operation)
            assert info.value.version == version
        else:
            result = _call(clients[version], operation)
            _check_result(operation, kind, expected, result, mutated, broken=True)

    run()


def test_big_integers_in_unknown_fields_are_kept(
    harness: tuple[Responder, dict[str, Client]],
) -> None:
    responder, clients = harness
    payload = {"status": "accepted", "x_big": -(2**63) - 1}
    responder.status = 202
    responder.body = json.dumps(payload).encode()
    responder.version = SUPPORTED_VERSIONS[0]
    result = clients[SUPPORTED_VERSIONS[0]].redeploy_app_revision(app_id="a", revision_id="r")
    assert result.to_dict()["x_big"] == payload["x_big"]
