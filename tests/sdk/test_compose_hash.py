"""get_compose_hash: a fixed vector, and equality with dstack-sdk on generated documents."""

from __future__ import annotations

import copy
import hashlib
from collections import OrderedDict
from datetime import datetime
from typing import Any

import pytest
from dstack_sdk import get_compose_hash as dstack_compose_hash
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phala_cloud_sdk import InvalidParameterError, get_compose_hash

DOCUMENT: dict[str, Any] = {
    "runner": "docker-compose",
    "name": "Ünïcode app",
    "manifest_version": 2,
    "docker_compose_file": "services:\n  app:\n    image: nginx\n",
    "docker_config": {"registry": "ghcr.io", "username": None},
    "kms_enabled": True,
    "public_logs": False,
    "features": ["kms", "tproxy-net"],
    "allowed_envs": ["API_KEY"],
    "labels": {"b": {"y": None, "x": "é✓"}, "a": [1, 1.5, None, False]},
    "gateway_enabled": None,
    "bash_script": None,
    "_private": "left out",
}
# Written by hand from the rules (sorted keys, no whitespace, UTF-8, top-level nulls and
# "_" fields left out), not produced by either implementation.
DOCUMENT_JSON = (
    '{"allowed_envs":["API_KEY"],'
    '"docker_compose_file":"services:\\n  app:\\n    image: nginx\\n",'
    '"docker_config":{"registry":"ghcr.io"},'
    '"features":["kms","tproxy-net"],'
    '"kms_enabled":true,'
    '"labels":{"a":[1,1.5,null,false],"b":{"x":"é✓","y":null}},'
    '"manifest_version":2,'
    '"name":"Ünïcode app",'
    '"public_logs":false,'
    '"runner":"docker-compose"}'
)
DOCUMENT_HASH = "7e760c707b39c1334a55ad2b1be48576e438ef5a203d22cbd3129d9e508ea865"


def test_known_vector() -> None:
    assert hashlib.sha256(DOCUMENT_JSON.encode()).hexdigest() == DOCUMENT_HASH
    assert get_compose_hash(DOCUMENT) == DOCUMENT_HASH
    assert dstack_compose_hash(copy.deepcopy(DOCUMENT)) == DOCUMENT_HASH


def test_document_is_not_modified() -> None:
    document = copy.deepcopy(DOCUMENT)
    get_compose_hash(document, normalize=True)
    assert document == DOCUMENT


def test_normalize_drops_what_the_runner_does_not_use() -> None:
    bash = {"runner": "bash", "bash_script": "echo", "docker_compose_file": "x"}
    compose = {"runner": "docker-compose", "bash_script": "echo", "docker_compose_file": "x"}
    assert get_compose_hash(bash, normalize=True) == get_compose_hash(
        {"runner": "bash", "bash_script": "echo"}
    )
    assert get_compose_hash(compose, normalize=True) == get_compose_hash(
        {"runner": "docker-compose", "docker_compose_file": "x"}
    )
    empty_script = {"runner": "docker-compose", "pre_launch_script": ""}
    assert get_compose_hash(empty_script, normalize=True) == get_compose_hash(
        {"runner": "docker-compose"}
    )
    assert get_compose_hash(empty_script) != get_compose_hash({"runner": "docker-compose"})


def test_top_level_nulls_and_non_finite_numbers_are_left_out_nested_ones_are_null() -> None:
    bare = get_compose_hash({"runner": "x"})
    assert get_compose_hash({"runner": "x", "a": None, "b": float("nan")}) == bare
    # dstack-sdk raises TypeError for docker_config=None; it means "no docker_config".
    assert get_compose_hash({"runner": "x", "docker_config": None}) == bare
    nested = {"runner": "x", "a": [float("inf"), None]}
    assert get_compose_hash(nested) == hashlib.sha256(b'{"a":[null,null],"runner":"x"}').hexdigest()


def test_mappings_and_tuples_count_as_json_objects_and_arrays() -> None:
    plain = {"runner": "x", "a": [{"k": 1, "j": 2}]}
    assert get_compose_hash(OrderedDict(reversed(list(plain.items())))) == get_compose_hash(plain)
    assert get_compose_hash({"runner": "x", "a": ({"j": 2, "k": 1},)}) == get_compose_hash(plain)


BAD_DOCUMENTS: list[tuple[Any, str, str]] = [
    ([("runner", "x")], "app_compose", "expected a mapping"),
    ('{"runner": "x"}', "app_compose", "expected a mapping"),
    ({"name": "no runner"}, "app_compose.runner", "required"),
    ({"runner": 1}, "app_compose.runner", "got int"),
    ({"runner": None}, "app_compose.runner", "required"),
    ({"runner": "x", "docker_config": "ghcr.io"}, "app_compose.docker_config", "got str"),
    (
        {"runner": "x", "docker_config": {"password": "p"}},
        "app_compose.docker_config.password",
        "unknown field",
    ),
    ({"runner": "x", "a": {1: "int key"}}, "app_compose.a", "keys must be strings"),
    ({"runner": "x", 2: "int key"}, "app_compose", "keys must be strings"),
    ({"runner": "x", "a": {"b": {1, 2}}}, "app_compose.a.b", "not a JSON value: set"),
    ({"runner": "x", "when": datetime(2026, 1, 1)}, "app_compose.when", "datetime"),
    ({"runner": "x", "a": [b"bytes"]}, "app_compose.a[0]", "bytes"),
    ({"runner": "x", "a": "\udc80"}, "app_compose.a", "lone surrogate"),
]


@pytest.mark.parametrize(("document", "field", "reason"), BAD_DOCUMENTS)
def test_bad_documents(document: Any, field: str, reason: str) -> None:
    with pytest.raises(InvalidParameterError) as info:
        get_compose_hash(document)
    assert info.value.field == field
    assert reason in str(info.value)


# --- Property: equal to dstack-sdk on generated documents -------------------------------

TEXT = st.text(st.characters(codec="utf-8"), max_size=12)  # no lone surrogates
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()  # NaN and infinities included
    | TEXT
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(TEXT, children, max_size=4),
    max_leaves=16,
)
KNOWN_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "name": TEXT,
    "manifest_version": st.integers(0, 3),
    "docker_compose_file": TEXT,
    "bash_script": TEXT,
    "pre_launch_script": st.sampled_from(["", "echo hi"]) | TEXT,
    "kms_enabled": st.booleans(),
    "gateway_enabled": st.booleans(),
    "public_logs": st.booleans(),
    "allowed_envs": st.lists(TEXT, max_size=3),
    "features": st.lists(TEXT, max_size=3),
    "key_provider": st.sampled_from(["none", "kms", "local", "tpm"]),
    "secure_time": st.booleans(),
}
# Names dstack-sdk's AppCompose cannot take as extra fields (its methods, dunders).
EXTRA_KEYS = TEXT.filter(
    lambda k: (
        not k.startswith("__")
        and k not in KNOWN_FIELDS
        and k not in {"runner", "docker_config", "to_dict", "from_dict"}
    )
)


@st.composite
def compose_documents(draw: st.DrawFn) -> dict[str, Any]:
    document: dict[str, Any] = {"runner": draw(st.sampled_from(["docker-compose", "bash"]) | TEXT)}
    for name, values in KNOWN_FIELDS.items():
        if draw(st.booleans()):
            document[name] = draw(st.none() | values)
    if draw(st.booleans()):
        fields = draw(st.sets(st.sampled_from(["registry", "username", "token_key"])))
        document["docker_config"] = {f: draw(st.none() | TEXT | JSON_VALUES) for f in fields}
    document.update(draw(st.dictionaries(EXTRA_KEYS, JSON_VALUES, max_size=4)))
    order = draw(st.permutations(list(document)))
    return {key: document[key] for key in order}


def reversed_order(value: Any) -> Any:
    """The same document with every object's keys in reverse order."""
    if isinstance(value, dict):
        return {k: reversed_order(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [reversed_order(v) for v in value]
    return value


def test_equals_dstack_sdk_on_generated_documents() -> None:
    checked: list[bool] = []

    @settings(
        max_examples=250,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(document=compose_documents(), normalize=st.booleans())
    def check(document: dict[str, Any], normalize: bool) -> None:
        ours = get_compose_hash(document, normalize=normalize)
        # dstack-sdk pops docker_config from the dict it is given: hand it a copy.
        assert ours == dstack_compose_hash(copy.deepcopy(document), normalize=normalize)
        assert get_compose_hash(reversed_order(document), normalize=normalize) == ours
        checked.append(normalize)

    check()
    assert len(checked) >= 200
    assert any(checked) and not all(checked)
