"""A spec change reaches users through `make sync-spec && make generate` alone.

In a temporary copy of the repository's spec layer, scripts and templates, an
upstream query parameter is added to ``GET /apps`` and a whole new operation to the
Apps tag; the maintainer adds our prose for them to ``spec/apps.yaml``, syncs and
generates. The public sync and async clients (the repository's own, unedited
``overlay/``) then accept both as keywords and as mapping keys, send them, and
``mypy --strict`` accepts a typed program using them.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.paths import HAS_REFERENCE, OUR_SPEC, REFERENCE, ROOT

PREFIX = "/api/v1"
NEW_PATH = "/apps/{app_id}/tags"


def upstream_document() -> dict[str, Any]:
    """The upstream spec: the reference when present, else one derived from openapi.json.

    Our openapi.json has the upstream structure under our names, so, with the server
    prefix put back and our version header and the spec layer's own changes (added
    parameters, fields and enum values, relaxed required sets) taken out, it serves as
    an upstream file.
    """
    if HAS_REFERENCE:
        reference: dict[str, Any] = json.loads(REFERENCE.read_text(encoding="utf-8"))
        return reference
    ours = json.loads(OUR_SPEC.read_text(encoding="utf-8"))
    paths = {}
    for path, item in ours["paths"].items():
        upstream_item = copy.deepcopy(item)
        for operation in upstream_item.values():
            operation["parameters"] = [
                p for p in operation["parameters"] if "$ref" not in p and "x-sdk-added" not in p
            ]
        paths[PREFIX + path] = upstream_item
    for schema in ours["components"]["schemas"].values():
        properties = schema.get("properties", {})
        for name in [n for n, prop in properties.items() if "x-sdk-added" in prop]:
            del properties[name]
        relaxed = schema.pop("x-sdk-relaxed-required", None)
        if relaxed:
            schema["required"] = [*schema.get("required", []), *relaxed["fields"]]
        added = schema.pop("x-sdk-added-values", None)
        if added:
            schema["enum"] = [v for v in schema["enum"] if v not in added["values"]]
            schema.pop("x-enum-varnames", None)
    return {**ours, "paths": paths}


def change_upstream(document: dict[str, Any]) -> dict[str, Any]:
    """Upstream adds ``sort_by`` to GET /apps and a new ``GET /apps/{app_id}/tags``."""
    document = copy.deepcopy(document)
    apps = document["paths"][f"{PREFIX}/apps"]["get"]
    apps["parameters"].append(
        {"name": "sort_by", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    document["components"]["schemas"]["AppTagList"] = {
        "type": "object",
        "properties": {"tags": {"type": "array", "items": {"type": "string"}}},
        "required": ["tags"],
        "title": "AppTagList",
    }
    document["paths"][PREFIX + NEW_PATH] = {
        "get": {
            "tags": ["Apps"],
            "operationId": "upstream_list_app_tags",
            "parameters": [
                {"name": "app_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "upstream prose",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/AppTagList"}}
                    },
                },
                "404": {"description": "upstream prose"},
            },
        }
    }
    return document


def change_layer(layer_file: Path) -> None:
    """The maintainer's part: our prose for the new parameter and operation."""
    layer = yaml.safe_load(layer_file.read_text(encoding="utf-8"))
    layer["operations"]["GET /apps"]["parameters"]["sort_by"] = "Order the apps by this field."
    layer["operations"][f"GET {NEW_PATH}"] = {
        "operationId": "get_app_tags",
        "summary": "List an app's tags",
        "description": "The labels attached to the app.",
        "responses": {"200": "The app's tags."},
    }
    layer.setdefault("schema_descriptions", {})["AppTagList"] = "The labels of an app."
    layer_file.write_text(yaml.safe_dump(layer, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repo's spec tooling, changed as above, synced and generated."""
    repo = tmp_path_factory.mktemp("repo")
    for folder in ("scripts", "spec", "templates"):
        shutil.copytree(ROOT / folder, repo / folder)
    shutil.copy(ROOT / "generator-config.yaml", repo)
    upstream = repo / "upstream.json"
    upstream.write_text(json.dumps(change_upstream(upstream_document())), encoding="utf-8")
    change_layer(repo / "spec" / "apps.yaml")
    for command in (
        [
            str(repo / "scripts" / "sync_spec.py"),
            str(upstream),
            "--out",
            str(repo / "openapi.json"),
        ],
        [str(repo / "scripts" / "generate.py"), "--spec", str(repo / "openapi.json")],
    ):
        result = subprocess.run(
            [sys.executable, *command], capture_output=True, text=True, cwd=repo, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
    return repo


def run_python(repo: Path, program: str) -> str:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(repo / "generated"), str(ROOT / "overlay")]),
    }
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(program)],
        capture_output=True,
        text=True,
        env=env,
        cwd=repo,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_new_parameter_and_operation_reach_both_clients(regenerated: Path) -> None:
    out = run_python(
        regenerated,
        f"""
        import asyncio, json
        import httpx
        import phala_cloud_api, phala_cloud_sdk
        from phala_cloud_sdk import AsyncClient, Client

        assert phala_cloud_api.__file__.startswith({str(regenerated)!r}), phala_cloud_api.__file__
        assert phala_cloud_sdk.__file__.startswith({str(ROOT / "overlay")!r})
        sent = []

        def answer(request):
            sent.append(str(request.url))
            if request.url.path.endswith("/tags"):
                return httpx.Response(200, json={{"tags": ["prod"]}})
            return httpx.Response(200, json={{"dstack_apps": [], "page": 1, "page_size": 20,
                                             "total": 0, "total_pages": 0}})

        transport = httpx.MockTransport(answer)
        client = Client(api_key="k", http_client=httpx.Client(transport=transport))
        client.get_app_list(sort_by="name")
        client.get_app_list({{"sort_by": "created"}})
        assert client.get_app_tags(app_id="a1").tags == ["prod"]
        assert client.get_app_tags({{"app_id": "a2"}}).tags == ["prod"]
        assert "get_app_tags" in phala_cloud_sdk.OPERATIONS

        async def main():
            aclient = AsyncClient(api_key="k", http_client=httpx.AsyncClient(transport=transport))
            await aclient.get_app_list(sort_by="size")
            await aclient.get_app_list({{"sort_by": "status"}})
            assert (await aclient.get_app_tags(app_id="a3")).tags == ["prod"]

        asyncio.run(main())
        print(json.dumps(sent))
        """,
    )
    sent = json.loads(out)
    assert [url.split("?", 1)[1] for url in sent if "/tags" not in url] == [
        "sort_by=name",
        "sort_by=created",
        "sort_by=size",
        "sort_by=status",
    ]
    assert [url.rsplit("/apps/", 1)[1] for url in sent if "/tags" in url] == [
        "a1/tags",
        "a2/tags",
        "a3/tags",
    ]


def test_mypy_strict_accepts_the_new_names(regenerated: Path) -> None:
    program = regenerated / "uses_new_names.py"
    program.write_text(
        textwrap.dedent(
            """
            from typing import assert_type

            from phala_cloud_api.models import AppTagList
            from phala_cloud_sdk import AsyncClient, Client


            def sync_use(client: Client) -> list[str]:
                client.get_app_list(sort_by="name")
                client.get_app_list({"sort_by": "name"})
                tags = client.get_app_tags(app_id="a")
                assert_type(tags, AppTagList)
                return client.get_app_tags({"app_id": "a"}).tags


            async def async_use(client: AsyncClient) -> AppTagList:
                await client.get_app_list(sort_by="name")
                return await client.get_app_tags(app_id="a")
            """
        ),
        encoding="utf-8",
    )
    config = regenerated / "mypy.ini"
    config.write_text(
        "[mypy]\nstrict = True\n\n[mypy-phala_cloud_api.*]\nfollow_imports = silent\n"
        "\n[mypy-phala_cloud_sdk.*]\nfollow_imports = silent\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "MYPYPATH": os.pathsep.join([str(regenerated / "generated"), str(ROOT / "overlay")]),
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--no-incremental",
            str(program),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=regenerated,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
