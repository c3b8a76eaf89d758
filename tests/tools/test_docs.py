"""The API reference site: generated pages match ``OPERATIONS``; the strict build is clean.

The build (``mkdocs build --strict``, as ``make docs`` runs it) happens once for the
module, into a temporary folder.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import docs_site
import httpx
import pytest

from phala_cloud_api import models
from phala_cloud_sdk import OPERATIONS, Client, NotFoundError
from tests.support.paths import ROOT

pytestmark = [pytest.mark.devtools, pytest.mark.xdist_group("docs")]

# What the model template used to say where the spec layer has no prose, in source and HTML.
PLACEHOLDER = re.compile(
    r"The (``|<code>)\w+(``|</code>) (field|schema)\.|\bTODO\b|\bFIXME\b", re.IGNORECASE
)
DOCUMENTED = re.compile(r"^::: phala_cloud_sdk\.Client\.(\w+)$", re.MULTILINE)


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return docs_site.pages()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    yield out


def test_each_tag_page_documents_exactly_its_operations(pages: dict[str, str]) -> None:
    documented: list[str] = []
    for tag in docs_site.tags(docs_site.load_spec()):
        names = DOCUMENTED.findall(pages[tag.page])
        assert names == [op.name for op in OPERATIONS.values() if op.tag == tag.name], tag.name
        documented += names
    assert sorted(documented) == sorted(OPERATIONS)  # each once, none missing, none extra


def test_each_operation_shows_a_return_type_per_api_version(pages: dict[str, str]) -> None:
    from phala_cloud_sdk import SUPPORTED_VERSIONS

    for operation in OPERATIONS.values():
        versions = [version for version, _ in docs_site.returns(operation)]
        assert versions in (["any"], list(SUPPORTED_VERSIONS)), operation.name


def test_every_model_has_one_section(pages: dict[str, str]) -> None:
    sections = [
        name
        for path, text in pages.items()
        if path.startswith("models/")
        for name in re.findall(r"^## (\w+) \{#", text, re.MULTILINE)
    ]
    assert sorted(sections) == sorted(models.__all__)


def test_examples_pass_every_required_argument(pages: dict[str, str]) -> None:
    from phala_cloud_api.operations import spec

    text = "\n".join(pages.values())
    for name in OPERATIONS:
        calls = re.findall(rf"client\.{name}\(([^)]*)\)", text)
        assert calls, name
        given = set(re.findall(r"(\w+)=", calls[0]))
        assert given == {a.name for a in spec(name).arguments if a.required}, name


def test_the_examples_run(pages: dict[str, str]) -> None:
    # Each sync example passes argument checking and sends its request (a 404 here).
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return httpx.Response(404, json={"detail": "not found"})

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        Client(api_key="k", http_client=http, max_retries=0) as client,
    ):
        for code in re.findall(
            r'=== "Client"\n\n    ```python\n(.*?)\n    ```', "\n".join(pages.values()), re.DOTALL
        ):
            with pytest.raises(NotFoundError):
                exec(textwrap.dedent(code), {"client": client})  # our own example code
    assert len(sent) == len(OPERATIONS)


def test_rest_markup_becomes_markdown() -> None:
    text = "See :class:`~phala_cloud_sdk.Client`.\n\nExample::\n\n    client.close()\n\nAfter."
    assert docs_site.rest_to_markdown(text) == (
        "See `phala_cloud_sdk.Client`.\n\nExample:\n\n```python\nclient.close()\n```\n\nAfter."
    )


def test_the_strict_build_writes_every_page(site: Path) -> None:
    for tag in docs_site.tags(docs_site.load_spec()):
        html = (site / tag.page.replace(".md", ".html")).read_text(encoding="utf-8")
        ids = set(re.findall(r'id="phala_cloud_sdk\.Client\.(\w+)"', html))
        assert ids == {op.name for op in tag.operations}, tag.name
    for page in ("index", "authentication", "pagination", "errors", "timeouts-logging"):
        assert (site / f"{page}.html").is_file(), page
    workflows = (site / "deploy-webhooks.html").read_text(encoding="utf-8")
    for name in ("deploy", "update_env", "update_cvm", "update_compose", "watch_cvm_state"):
        assert callable(getattr(Client, name))
        assert f'id="phala_cloud_sdk.Client.{name}"' in workflows, name


def test_no_placeholder_docstring_reaches_the_site(site: Path) -> None:
    for path in site.rglob("*.html"):
        found = PLACEHOLDER.search(path.read_text(encoding="utf-8"))
        assert found is None, f"{path.relative_to(site)}: {found.group(0) if found else ''}"


def test_links_of_the_generated_pages_resolve(site: Path) -> None:
    # The models' type cells link with raw HTML, which mkdocs does not check: check here.
    ids: dict[Path, set[str]] = {}
    checked = 0
    for page in [*site.glob("reference/*.html"), *site.glob("models/*.html")]:
        html = page.read_text(encoding="utf-8")
        for target in re.findall(r'href="([^"#:]*\.html)?#([^"]+)"', html):
            path = (page.parent / target[0]).resolve() if target[0] else page
            assert path.is_file(), f"{page.name}: {target}"
            if path not in ids:
                ids[path] = set(re.findall(r'id="([^"]+)"', path.read_text(encoding="utf-8")))
            assert target[1] in ids[path], f"{page.name}: {target}"
            checked += 1
    assert checked > len(OPERATIONS)
