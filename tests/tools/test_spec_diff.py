"""Tests for scripts/spec_diff.py: one hand-made OpenAPI pair per rule, plus the CLI."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.support.paths import REFERENCE, ROOT, needs_reference

Json = dict[str, Any]

SCRIPT = ROOT / "scripts" / "spec_diff.py"


def _load_script(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


spec_diff = _load_script("spec_diff", SCRIPT)


# ------------------------------------------------------------------- builders


def ref(name: str) -> Json:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: Json) -> Json:
    return {"anyOf": [schema, {"type": "null"}]}


def obj(props: Json, required: tuple[str, ...] = ()) -> Json:
    out: Json = {"type": "object", "properties": props}
    if required:
        out["required"] = list(required)
    return out


def arr(items: Json) -> Json:
    return {"type": "array", "items": items}


STR: Json = {"type": "string"}
INT: Json = {"type": "integer"}


def param(name: str, schema: Json | None = None, where: str = "query", **extra: Any) -> Json:
    return {"name": name, "in": where, "schema": schema or STR, **extra}


def op(
    response: Json | None = None,
    params: list[Json] | None = None,
    body: Json | None = None,
    tags: tuple[str, ...] = ("Apps",),
    **extra: Any,
) -> Json:
    ok: Json = {"description": "OK"}
    if response is not None:
        ok["content"] = {"application/json": {"schema": response}}
    out: Json = {"tags": list(tags), "responses": {"200": ok}, **extra}
    if params is not None:
        out["parameters"] = params
    if body is not None:
        out["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    return out


def doc(paths: Json, schemas: Json | None = None) -> Json:
    out: Json = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": paths}
    if schemas is not None:
        out["components"] = {"schemas": schemas}
    return out


def one(operation: Json, schemas: Json | None = None, path: str = "/items") -> Json:
    """A document with one ``GET`` operation (``POST`` when it has a body)."""
    method = "post" if "requestBody" in operation else "get"
    return doc({path: {method: operation}}, schemas)


# --------------------------------------------------------------------- running


@dataclass
class Result:
    code: int
    out: str

    def group(self, name: str) -> list[str]:
        """Bullets under ``### name`` (empty when the group is absent)."""
        bullets: list[str] = []
        current = None
        for line in self.out.splitlines():
            if line.startswith("### "):
                current = line[4:]
            elif line.startswith("- ") and current == name:
                bullets.append(line[2:])
        return bullets

    def groups(self) -> set[str]:
        return {line[4:] for line in self.out.splitlines() if line.startswith("### ")}


def write(path: Path, data: Json) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def diff(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: Json, new: Json, *args: str
) -> Result:
    """Run ``main`` in-process on two documents."""
    old_file = write(tmp_path / "old.json", old)
    new_file = write(tmp_path / "new.json", new)
    code = spec_diff.main([str(old_file), str(new_file), *args])
    assert isinstance(code, int)
    return Result(code, capsys.readouterr().out)


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the script as a subprocess."""
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


# ------------------------------------------------------------- the rule table


@dataclass(frozen=True)
class Case:
    id: str
    old: Json
    new: Json
    group: str
    bullet: str
    code: int


def _version_schemas(*tokens: str) -> Json:
    return {f"DstackAppFullResponse{t}": obj({"id": STR}) for t in tokens}


def _version_header(values: list[str], name: str = "X-Phala-Version") -> Json:
    return one(op(params=[param(name, {"type": "string", "enum": values}, "header")]))


_LIST = obj({"items": arr(obj({"name": STR, "size": INT}))})
_APPS = obj({"dstack_apps": arr(obj({"current_cvm": obj({"status": STR, "id": STR})}))})
_APPS_NO_STATUS = obj({"dstack_apps": arr(obj({"current_cvm": obj({"id": STR})}))})
_UNION = {"A": obj({"a": STR}), "B": obj({"b": STR}), "C": obj({"c": STR})}
_BODY = obj({"name": STR, "note": STR}, required=("name",))

CASES = [
    # operations
    Case(
        "op-added",
        one(op(STR)),
        doc({"/items": {"get": op(STR), "post": op(STR)}}),
        "Added",
        "`POST /items`: operation added",
        0,
    ),
    Case(
        "op-removed",
        doc({"/items": {"get": op(STR), "delete": op(STR)}}),
        one(op(STR)),
        "Breaking",
        "`DELETE /items`: operation removed",
        1,
    ),
    Case(
        "op-deprecated",
        one(op(STR)),
        one(op(STR, deprecated=True)),
        "Deprecated",
        "`GET /items`: operation deprecated",
        0,
    ),
    # parameters
    Case(
        "param-added-optional",
        one(op(params=[])),
        one(op(params=[param("limit", INT)])),
        "Added",
        "`GET /items` query parameter `limit`: added",
        0,
    ),
    Case(
        "param-added-required",
        one(op(params=[])),
        one(op(params=[param("limit", INT, required=True)])),
        "Breaking",
        "`GET /items` query parameter `limit`: added (required)",
        1,
    ),
    Case(
        "param-removed",
        one(op(params=[param("q")])),
        one(op(params=[])),
        "Breaking",
        "`GET /items` query parameter `q`: removed",
        1,
    ),
    Case(
        "param-type-changed",
        one(op(params=[param("q", STR)])),
        one(op(params=[param("q", INT)])),
        "Breaking",
        "`GET /items` query parameter `q`: type changed from `string` to `integer`",
        1,
    ),
    Case(
        "param-nullable-type-changed",
        one(op(params=[param("q", nullable(STR))])),
        one(op(params=[param("q", nullable(INT))])),
        "Breaking",
        "`GET /items` query parameter `q`: type changed from `string` to `integer`",
        1,
    ),
    Case(
        "param-became-required",
        one(op(params=[param("q")])),
        one(op(params=[param("q", required=True)])),
        "Breaking",
        "`GET /items` query parameter `q`: now required",
        1,
    ),
    Case(
        "param-became-optional",
        one(op(params=[param("q", required=True)])),
        one(op(params=[param("q")])),
        "Changed",
        "`GET /items` query parameter `q`: no longer required",
        0,
    ),
    Case(
        "param-enum-removed",
        one(op(params=[param("q", {"type": "string", "enum": ["a", "b"]})])),
        one(op(params=[param("q", {"type": "string", "enum": ["a"]})])),
        "Breaking",
        "`GET /items` query parameter `q`: enum value `b` removed",
        1,
    ),
    Case(
        "param-enum-added",
        one(op(params=[param("q", {"type": "string", "enum": ["a"]})])),
        one(op(params=[param("q", {"type": "string", "enum": ["a", "b"]})])),
        "Added",
        "`GET /items` query parameter `q`: enum value `b` added",
        0,
    ),
    Case(
        "param-deprecated",
        one(op(params=[param("q")])),
        one(op(params=[param("q", deprecated=True)])),
        "Deprecated",
        "`GET /items` query parameter `q`: deprecated",
        0,
    ),
    # request body
    Case(
        "body-field-made-required",
        one(op(body=_BODY)),
        one(op(body=obj({"name": STR, "note": STR}, required=("name", "note")))),
        "Breaking",
        "`POST /items` request body `note`: now required",
        1,
    ),
    Case(
        "body-new-required-field",
        one(op(body=_BODY)),
        one(op(body=obj({"name": STR, "note": STR, "size": INT}, required=("name", "size")))),
        "Breaking",
        "`POST /items` request body `size`: added (required)",
        1,
    ),
    Case(
        "body-new-optional-field",
        one(op(body=_BODY)),
        one(op(body=obj({"name": STR, "note": STR, "size": INT}, required=("name",)))),
        "Added",
        "`POST /items` request body `size`: added",
        0,
    ),
    Case(
        "body-field-removed",
        one(op(body=_BODY)),
        one(op(body=obj({"name": STR}, required=("name",)))),
        "Breaking",
        "`POST /items` request body `note`: removed",
        1,
    ),
    Case(
        "body-field-type-changed",
        one(op(body=_BODY)),
        one(op(body=obj({"name": STR, "note": INT}, required=("name",)))),
        "Breaking",
        "`POST /items` request body `note`: type changed from `string` to `integer`",
        1,
    ),
    # responses
    Case(
        "response-property-removed",
        one(op(_LIST)),
        one(op(obj({"items": arr(obj({"size": INT}))}))),
        "Breaking",
        "`GET /items` response 200 `items[].name`: removed",
        1,
    ),
    Case(
        "response-nested-dotted-path",
        one(op(_APPS)),
        one(op(_APPS_NO_STATUS)),
        "Breaking",
        "`GET /items` response 200 `dstack_apps[].current_cvm.status`: removed",
        1,
    ),
    Case(
        "response-property-type-changed",
        one(op(_LIST)),
        one(op(obj({"items": arr(obj({"name": STR, "size": STR}))}))),
        "Breaking",
        "`GET /items` response 200 `items[].size`: type changed from `integer` to `string`",
        1,
    ),
    Case(
        "response-array-items-type-changed",
        one(op(obj({"tags": arr(STR)}))),
        one(op(obj({"tags": arr(INT)}))),
        "Breaking",
        "`GET /items` response 200 `tags[]`: type changed from `string` to `integer`",
        1,
    ),
    Case(
        "response-property-added",
        one(op(_LIST)),
        one(op(obj({"items": arr(obj({"name": STR, "size": INT, "color": STR}))}))),
        "Added",
        "`GET /items` response 200 `items[].color`: added",
        0,
    ),
    Case(
        "response-property-became-nullable",
        one(op(obj({"name": STR}))),
        one(op(obj({"name": nullable(STR)}))),
        "Changed",
        "`GET /items` response 200 `name`: now nullable",
        0,
    ),
    Case(
        "response-property-nullable-type-list",
        one(op(obj({"name": STR}))),
        one(op(obj({"name": {"type": ["string", "null"]}}))),
        "Changed",
        "`GET /items` response 200 `name`: now nullable",
        0,
    ),
    Case(
        "response-property-deprecated",
        one(op(obj({"name": STR}))),
        one(op(obj({"name": {"type": "string", "deprecated": True}}))),
        "Deprecated",
        "`GET /items` response 200 `name`: deprecated",
        0,
    ),
    Case(
        "response-property-enum-removed",
        one(op(obj({"color": {"type": "string", "enum": ["red", "blue"]}}))),
        one(op(obj({"color": {"type": "string", "enum": ["red"]}}))),
        "Breaking",
        "`GET /items` response 200 `color`: enum value `blue` removed",
        1,
    ),
    Case(
        "response-property-enum-added",
        one(op(obj({"color": {"type": "string", "enum": ["red"]}}))),
        one(op(obj({"color": nullable({"type": "string", "enum": ["red", "blue"]})}))),
        "Added",
        "`GET /items` response 200 `color`: enum value `blue` added",
        0,
    ),
    Case(
        "response-status-removed",
        one(op(STR)),
        one({"tags": ["Apps"], "responses": {"201": {"description": "Created"}}}),
        "Breaking",
        "`GET /items` response 200: removed",
        1,
    ),
    # unions
    Case(
        "union-member-added",
        one(op({"anyOf": [ref("A"), ref("B")]}), _UNION),
        one(op({"anyOf": [ref("A"), ref("B"), ref("C")]}), _UNION),
        "Added",
        "`GET /items` response 200 body: union member `C` added",
        0,
    ),
    Case(
        "union-member-removed",
        one(op({"anyOf": [ref("A"), ref("B"), ref("C")]}), _UNION),
        one(op({"oneOf": [ref("A"), ref("C")]}), _UNION),
        "Breaking",
        "`GET /items` response 200 body: union member `B` removed",
        1,
    ),
    Case(
        "union-member-changed-by-position",
        one(op({"anyOf": [ref("A"), ref("B")]}), _UNION),
        one(op({"anyOf": [ref("A"), ref("B2")]}), {**_UNION, "B2": obj({"b": INT})}),
        "Breaking",
        "`GET /items` response 200 `b`: type changed from `string` to `integer`",
        1,
    ),
    # component enums
    Case(
        "component-enum-added",
        one(op(obj({"c": ref("Color")})), {"Color": {"type": "string", "enum": ["red"]}}),
        one(op(obj({"c": ref("Color")})), {"Color": {"type": "string", "enum": ["red", "blue"]}}),
        "Added",
        "component `Color`: enum value `blue` added",
        0,
    ),
    Case(
        "component-enum-removed",
        one(op(STR), {"Color": {"enum": ["red", "blue"]}}),
        one(op(STR), {"Color": {"enum": ["red"]}}),
        "Breaking",
        "component `Color`: enum value `blue` removed",
        1,
    ),
    # API versions
    Case(
        "version-in-schema-name-added",
        one(op(STR), _version_schemas("V20260121")),
        one(op(STR), _version_schemas("V20260121", "V20270101")),
        "Added",
        "New API version 2027-01-01",
        0,
    ),
    Case(
        "version-in-snake-schema-name-added",
        one(op(STR), {"teehouse__api__routes__apps__v20260121__schemas__X": STR}),
        one(
            op(STR),
            {
                "teehouse__api__routes__apps__v20260121__schemas__X": STR,
                "teehouse__api__routes__apps__v20270101__schemas__X": STR,
            },
        ),
        "Added",
        "New API version 2027-01-01",
        0,
    ),
    Case(
        "version-in-schema-name-removed",
        one(op(STR), _version_schemas("V20251028", "V20260121")),
        one(op(STR), _version_schemas("V20260121")),
        "Breaking",
        "API version 2025-10-28 removed",
        1,
    ),
    Case(
        "version-header-enum-added",
        _version_header(["2025-10-28"]),
        _version_header(["2025-10-28", "2026-01-21"]),
        "Added",
        "New API version 2026-01-21",
        0,
    ),
    Case(
        "version-header-case-insensitive",
        _version_header(["2025-10-28", "2026-01-21"], "x-phala-version"),
        _version_header(["2026-01-21"], "X-PHALA-VERSION"),
        "Breaking",
        "API version 2025-10-28 removed",
        1,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: Case) -> None:
    result = diff(tmp_path, capsys, case.old, case.new)
    assert case.bullet in result.group(case.group), result.out
    assert result.code == case.code, result.out
    if case.code == 0:
        assert "Breaking" not in result.groups()


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_rule_documents_equal_themselves(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: Case
) -> None:
    for document in (case.old, case.new):
        same = diff(tmp_path, capsys, document, copy.deepcopy(document))
        assert (same.code, same.groups()) == (0, set()), same.out


# ------------------------------------------------------------ special cases


def test_no_changes_prints_title_and_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = diff(tmp_path, capsys, one(op(_LIST)), one(op(_LIST)))
    assert result.code == 0
    assert result.out.splitlines()[0] == "## Unreleased"
    assert "no changes" in result.out.lower()
    assert not result.groups()


def test_title_option_and_group_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = one(op(obj({"a": STR, "b": STR}), params=[param("q"), param("r", required=True)]))
    new = one(
        op(
            obj({"a": nullable(STR), "c": STR}),
            params=[param("q", deprecated=True), param("r")],
        )
    )
    result = diff(tmp_path, capsys, old, new, "--title", "## [0.2.0] - 2027-01-01")
    headings = [line for line in result.out.splitlines() if line.startswith("#")]
    assert headings == [
        "## [0.2.0] - 2027-01-01",
        "### Breaking",
        "### Added",
        "### Changed",
        "### Deprecated",
    ]
    assert result.code == 1


def test_prose_changes_are_ignored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = one(op(obj({"name": STR}), params=[param("q")], summary="List", description="Old"))
    new = copy.deepcopy(old)
    operation = new["paths"]["/items"]["get"]
    operation.update(summary="List items", description="New words")
    operation["parameters"][0]["description"] = "The query"
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    schema.update(title="Items", description="A page", examples=[{"name": "x"}])
    schema["properties"]["name"] = {"type": "string", "title": "Name", "examples": ["n"]}
    result = diff(tmp_path, capsys, old, new)
    assert (result.code, result.groups()) == (0, set())


def test_component_rename_with_same_structure_is_silent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    item = obj({"name": STR, "size": INT}, required=("name",))
    old = one(op(obj({"items": arr(ref("Item"))})), {"Item": item})
    new = one(op(obj({"items": arr(ref("ItemV2"))})), {"ItemV2": copy.deepcopy(item)})
    result = diff(tmp_path, capsys, old, new)
    assert (result.code, result.groups()) == (0, set()), result.out


def test_union_members_matched_by_name_when_reordered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = one(op({"anyOf": [ref("A"), ref("B")]}), _UNION)
    new = one(op({"anyOf": [ref("B"), ref("A"), {"type": "null"}]}), _UNION)
    result = diff(tmp_path, capsys, old, new)
    assert result.group("Changed") == ["`GET /items` response 200 body: now nullable"]
    assert result.groups() == {"Changed"}


def test_union_member_change_is_found_inside_the_matched_member(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schemas = {**_UNION, "B": obj({"b": STR, "extra": INT})}
    old = one(op({"anyOf": [ref("A"), ref("B")]}), _UNION)
    new = one(op({"anyOf": [ref("B"), ref("A")]}), schemas)
    result = diff(tmp_path, capsys, old, new)
    assert result.group("Added") == ["`GET /items` response 200 `extra`: added"]


def test_ref_cycle_terminates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    node = obj({"label": STR, "children": arr(ref("Node")), "parent": nullable(ref("Node"))})
    changed = obj({"children": arr(ref("Node")), "parent": nullable(ref("Node"))})
    loop = {"Loop": ref("Loop")}  # a $ref to itself: never resolvable
    old = one(op(obj({"tree": ref("Node"), "loop": ref("Loop")})), {"Node": node, **loop})
    new = one(op(obj({"tree": ref("Node"), "loop": ref("Loop")})), {"Node": changed, **loop})
    result = diff(tmp_path, capsys, old, new)
    assert "`GET /items` response 200 `tree.label`: removed" in result.group("Breaking")
    assert result.code == 1
    same = diff(tmp_path, capsys, old, old)
    assert (same.code, same.groups()) == (0, set())


def test_header_version_enum_through_ref(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = {"$ref": "#/components/parameters/PhalaVersion"}

    def version_doc(values: list[str]) -> Json:
        out = one(op(STR, params=[header]), {"ApiVersion": {"type": "string", "enum": values}})
        out["components"]["parameters"] = {
            "PhalaVersion": param("X-Phala-Version", nullable(ref("ApiVersion")), "header")
        }
        return out

    result = diff(
        tmp_path, capsys, version_doc(["2025-10-28"]), version_doc(["2025-10-28", "2026-01-21"])
    )
    assert "New API version 2026-01-21" in result.group("Added")
    assert "component `ApiVersion`: enum value `2026-01-21` added" in result.group("Added")
    assert result.code == 0


def test_tag_filter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = doc({"/apps": {"get": op(STR)}, "/cvms": {"get": op(STR, tags=("CVMs",))}})
    new = doc({"/apps": {"get": op(STR)}})
    assert diff(tmp_path, capsys, old, new, "--tag", "Apps").code == 0
    result = diff(tmp_path, capsys, old, new)
    assert result.group("Breaking") == ["`GET /cvms`: operation removed"]


def test_tag_filter_limits_versions_to_reachable_schemas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schemas = {"AppV20260121": obj({"id": STR}), "CvmV20270101": obj({"id": STR})}
    old = doc({"/apps": {"get": op(ref("AppV20260121"))}})
    new = doc(
        {
            "/apps": {"get": op(ref("AppV20260121"))},
            "/cvms": {"get": op(ref("CvmV20270101"), tags=("CVMs",))},
        },
        schemas,
    )
    old["components"] = {"schemas": {"AppV20260121": schemas["AppV20260121"]}}
    result = diff(tmp_path, capsys, old, new, "--tag", "Apps")
    assert (result.code, result.groups()) == (0, set()), result.out
    assert "New API version 2027-01-01" in diff(tmp_path, capsys, old, new).group("Added")


def test_paths_prefix_filter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = doc({"/apps": {"get": op(STR)}, "/cvms": {"get": op(STR)}})
    new = doc({"/apps": {"get": op(STR)}})
    assert diff(tmp_path, capsys, old, new, "--paths-prefix", "/apps").code == 0
    assert diff(tmp_path, capsys, old, new, "--paths-prefix", "/cvms").code == 1


def test_server_path_joins_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = doc({"/api/v1/apps": {"get": op(STR)}})
    old["servers"] = [{"url": "https://example.com"}]
    new = doc({"/apps": {"get": op(STR)}})
    new["servers"] = [{"url": "https://example.com/api/v1/"}]
    assert diff(tmp_path, capsys, old, new, "--server-path").code == 0
    assert diff(tmp_path, capsys, old, new).code == 1


def test_openapi_30_nullable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = one(op(obj({"name": STR})))
    new = one(op(obj({"name": {"type": "string", "nullable": True}})))
    old["openapi"] = new["openapi"] = "3.0.3"
    result = diff(tmp_path, capsys, old, new)
    assert result.group("Changed") == ["`GET /items` response 200 `name`: now nullable"]


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        (STR, "string"),
        (nullable(STR), "string|null"),
        ({"type": ["string", "null"]}, "string|null"),
        ({"type": "string", "nullable": True}, "string|null"),
        (arr(nullable(INT)), "array<integer|null>"),
        (nullable(ref("Node")), "object|null"),
        ({"anyOf": [INT, STR, {"type": "null"}]}, "integer|string|null"),
        ({"enum": ["a", "b"]}, "string"),
        ({"allOf": [ref("Node")]}, "object"),
        ({}, "any"),
        (ref("Loop"), "ref:#/components/schemas/Loop"),
    ],
)
def test_schema_type(schema: Json, expected: str) -> None:
    spec = spec_diff.Spec(
        one(op(STR), {"Node": obj({"kids": arr(ref("Node"))}), "Loop": ref("Loop")})
    )
    assert spec_diff.schema_type(spec, schema) == expected


# ------------------------------------------------------------------- CLI


def test_cli_yaml_input(tmp_path: Path) -> None:
    pytest.importorskip("yaml")
    old = tmp_path / "old.yaml"
    old.write_text(
        "openapi: 3.1.0\n"
        "info: {title: T, version: '1'}\n"
        "paths:\n"
        "  /items:\n"
        "    get:\n"
        "      parameters:\n"
        "        - {name: X-Phala-Version, in: header, schema: {enum: [2025-10-28]}}\n"
        "      responses:\n"
        "        200:\n"
        "          description: OK\n"
        "          content:\n"
        "            application/json:\n"
        "              schema: {type: object, properties: {name: {type: string}}}\n",
        encoding="utf-8",
    )
    same = write(
        tmp_path / "same.json",
        one(
            op(
                obj({"name": STR}),
                params=[param("X-Phala-Version", {"enum": ["2025-10-28"]}, "header")],
                tags=(),
            )
        ),
    )
    assert cli(old, same).returncode == 0
    new = tmp_path / "new.yml"
    new.write_text(old.read_text().replace("{name: {type: string}}", "{}"), encoding="utf-8")
    run = cli(old, new)
    assert run.returncode == 1
    assert "- `GET /items` response 200 `name`: removed" in run.stdout


def _assert_input_error(run: subprocess.CompletedProcess[str], text: str) -> None:
    assert run.returncode == 2
    assert run.stdout == ""
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert text in run.stderr


def test_cli_missing_file(tmp_path: Path) -> None:
    good = write(tmp_path / "good.json", one(op(STR)))
    _assert_input_error(cli(tmp_path / "missing.json", good), "cannot read")
    _assert_input_error(cli(good, tmp_path), "cannot read")


@pytest.mark.parametrize(
    ("content", "text"),
    [
        ('{"swagger": "2.0", "paths": {}}', "not an OpenAPI 3.x document"),
        ('{"openapi": "3.1.0", "info": {}}', "no `paths` object"),
        ('["openapi", "3.1.0"]', "not an OpenAPI 3.x document"),
        ('{"openapi": "3.1.0", "paths": {', "valid JSON"),
        ("", "bad.json"),
    ],
)
def test_cli_not_openapi(tmp_path: Path, content: str, text: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    good = write(tmp_path / "good.json", one(op(STR)))
    _assert_input_error(cli(good, bad), text)


def test_cli_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    _assert_input_error(cli(bad, bad), "not UTF-8")


def _apps_spec() -> Json:
    """A small Apps-like document: list, get and delete."""
    cvm = obj({"status": STR, "vm_uuid": STR, "name": nullable(STR)}, required=("status",))
    app = obj({"id": STR, "name": STR, "current_cvm": nullable(ref("CvmV20260121"))})
    page = obj({"dstack_apps": arr(ref("AppV20260121")), "total": INT})
    return doc(
        {
            "/api/v1/apps": {"get": op(ref("PageV20260121"), params=[param("page", INT)])},
            "/api/v1/apps/{app_id}": {
                "get": op(ref("AppV20260121"), params=[param("app_id", where="path")]),
                "delete": op(None, params=[param("app_id", where="path")]),
            },
        },
        {"CvmV20260121": cvm, "AppV20260121": app, "PageV20260121": page},
    )


def test_acceptance_removed_operation_and_renamed_property(tmp_path: Path) -> None:
    old = _apps_spec()
    new = copy.deepcopy(old)
    del new["paths"]["/api/v1/apps/{app_id}"]["delete"]
    props = new["components"]["schemas"]["CvmV20260121"]["properties"]
    props["state"] = props.pop("status")
    run = cli(write(tmp_path / "old.json", old), write(tmp_path / "new.json", new))
    assert run.returncode == 1
    breaking = Result(run.returncode, run.stdout).group("Breaking")
    assert "`DELETE /api/v1/apps/{app_id}`: operation removed" in breaking
    assert "`GET /api/v1/apps` response 200 `dstack_apps[].current_cvm.status`: removed" in breaking
    assert "`GET /api/v1/apps/{app_id}` response 200 `current_cvm.status`: removed" in breaking


def test_acceptance_added_optional_response_field(tmp_path: Path) -> None:
    old = _apps_spec()
    new = copy.deepcopy(old)
    new["components"]["schemas"]["AppV20260121"]["properties"]["region"] = nullable(STR)
    run = cli(write(tmp_path / "old.json", old), write(tmp_path / "new.json", new))
    assert run.returncode == 0, run.stdout
    result = Result(run.returncode, run.stdout)
    assert result.groups() == {"Added"}
    assert "`GET /api/v1/apps` response 200 `dstack_apps[].region`: added" in result.group("Added")


# ------------------------------------------------------- the upstream reference


def _reference() -> Json:
    data = json.loads(REFERENCE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@needs_reference
def test_reference_apps_subset_against_itself() -> None:
    run = cli(REFERENCE, REFERENCE, "--tag", "Apps")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "no changes" in run.stdout.lower()


@needs_reference
def test_reference_acceptance_on_the_apps_subset(tmp_path: Path) -> None:
    spec = _reference()
    del spec["paths"]["/api/v1/apps/{app_id}/kms-info"]["get"]
    schemas = spec["components"]["schemas"]
    cvm = schemas["teehouse__api__routes__apps__v20251028__schemas__CvmBasicInfo"]["properties"]
    cvm["state"] = cvm.pop("status")
    run = cli(REFERENCE, write(tmp_path / "mutated.json", spec), "--tag", "Apps")
    assert run.returncode == 1
    breaking = Result(run.returncode, run.stdout).group("Breaking")
    assert "`GET /api/v1/apps/{app_id}/kms-info`: operation removed" in breaking
    assert "`GET /api/v1/apps` response 200 `dstack_apps[].current_cvm.status`: removed" in breaking


@needs_reference
def test_reference_new_enum_value_and_renamed_version_token(tmp_path: Path) -> None:
    text = REFERENCE.read_text(encoding="utf-8").replace("v20260121", "v20270101")
    spec = json.loads(text)
    spec["components"]["schemas"]["KmsType"]["enum"].append("solana")
    run = cli(REFERENCE, write(tmp_path / "mutated.json", spec), "--tag", "Apps")
    result = Result(run.returncode, run.stdout)
    assert "New API version 2027-01-01" in result.group("Added")
    assert "component `KmsType`: enum value `solana` added" in result.group("Added")
    # renamed components with the same structure are not reported; only the version is gone
    assert result.group("Breaking") == ["API version 2026-01-21 removed"]
    assert run.returncode == 1
