"""The README's first-screen and async examples run, as written, against Prism.

Prism serves our spec's examples (static mode, as ``make demo`` does): without a
``Prefer`` header it answers with each operation's first example, the default
version's.
"""

from __future__ import annotations

import ast
import asyncio
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.paths import OUR_SPEC, ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _python_block(section: str) -> str:
    """The first Python code block between a README section's snippet markers."""
    body = README.split(f"[start:{section}]", 1)[1].split(f"[end:{section}]", 1)[0]
    match = re.search(r"```python\n(.*?)```", body, re.S)
    assert match, f"no Python block in README section {section!r}"
    return match.group(1)


@pytest.fixture(scope="module")
def static_prism() -> Iterator[str]:
    if not PRISM.exists():
        pytest.skip(f"Prism is not installed at {PRISM} (run `make install`)")
    from prism_mock import running_prism

    with running_prism(OUR_SPEC) as url:
        yield url


@pytest.fixture
def env(static_prism: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The examples build Client() from the environment, as users do.
    monkeypatch.setenv("PHALA_CLOUD_API_KEY", "readme-key")
    monkeypatch.setenv("PHALA_CLOUD_API_PREFIX", static_prism)


def test_first_screen_shows_install_the_two_commands_and_a_short_example() -> None:
    first_screen = README.split("<!-- --8<-- [end:quickstart] -->", 1)[0]
    assert first_screen.count("\n") < 40
    for text in ("pip install", "make demo", "make test"):
        assert text in first_screen
    assert len(_python_block("quickstart").strip().splitlines()) <= 12


@pytest.mark.usefixtures("env")
def test_quickstart_runs(capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(_python_block("quickstart"), "README.md", "exec"), {})
    assert capsys.readouterr().out.strip()  # it printed CVMs


@pytest.mark.usefixtures("env")
def test_async_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, Any] = {}
    code = compile(
        _python_block("async"), "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    )
    asyncio.run(eval(code, namespace))
    assert capsys.readouterr().out.strip()
    assert namespace["first_page"].items is not None


@pytest.mark.usefixtures("env")
def test_escape_hatch_example_sends_the_request() -> None:
    from phala_cloud_sdk import Client, NotFoundError

    code = _python_block("calls")
    assert code.strip() == 'me = client.get("/auth/me")'
    # Prism knows no /auth/me in our spec: the untyped call reaches it and fails typed.
    with Client() as client, pytest.raises(NotFoundError):
        exec(code, {"client": client})


def test_methods_table_counts_and_names_match_the_generated_operations() -> None:
    from collections import Counter

    from phala_cloud_sdk import OPERATIONS, AsyncClient, Client

    section = README.split("## Methods", 1)[1].split("<!-- --8<-- [start:calls] -->", 1)[0]
    rows = [line for line in section.splitlines() if re.match(r"\| [A-Z]", line)]
    counts = {row.split("|")[1].strip(): int(row.split("|")[2]) for row in rows}
    assert counts == dict(Counter(op.tag for op in OPERATIONS.values()))
    for name in re.findall(r"`([a-z_]+)`", section):
        assert hasattr(Client, name) and hasattr(AsyncClient, name), name


def test_deploy_example_runs_against_the_stateful_fake(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fake_cloud import FakeCloud

    (tmp_path / "docker-compose.yml").write_text(
        "services:\n  web:\n    image: nginx:1.27\n    environment: [API_TOKEN]\n"
    )
    monkeypatch.chdir(tmp_path)
    with FakeCloud() as cloud:
        monkeypatch.setenv("PHALA_CLOUD_API_KEY", "readme-key")
        monkeypatch.setenv("PHALA_CLOUD_API_PREFIX", cloud.base_url)
        namespace: dict[str, Any] = {"token": "t-1", "new_token": "t-2"}
        exec(compile(_python_block("deploy"), "README.md", "exec"), namespace)
        assert namespace["cvm"].status == "running"
        paths = [f"{r.method} {r.path}" for r in cloud.requests]
    assert any("provision" in p for p in paths) and any(p.endswith("/envs") for p in paths)
    sent = b"".join(r.raw for r in cloud.requests)
    assert b"t-1" not in sent and b"t-2" not in sent  # env values only encrypted
