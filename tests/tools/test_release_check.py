"""Tests for scripts/release_check.py (the CHANGELOG half of ``make release-check``)."""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.support.paths import ROOT

SCRIPT = ROOT / "scripts" / "release_check.py"
SPEC = b'{"openapi": "3.1.0", "paths": {}}\n'
DIGEST = hashlib.sha256(SPEC).hexdigest()
OTHER = hashlib.sha256(b"older spec").hexdigest()
PREAMBLE = "# Changelog\n\nAll notable changes. Marker: `<!-- spec-sha256: ... -->`.\n\n"


def _load_script(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


release_check = _load_script("release_check", SCRIPT)


def make_root(tmp_path: Path, changelog: str, version: str = "0.1.0") -> Path:
    (tmp_path / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    (tmp_path / "openapi.json").write_bytes(SPEC)
    (tmp_path / "pyproject.toml").write_text(
        f'[build-system]\nrequires = []\n\n[project]\nname = "x"\nversion = "{version}"\n',
        encoding="utf-8",
    )
    return tmp_path


def changelog(unreleased: str = "", released: str = "- First release.\n") -> str:
    return (
        f"{PREAMBLE}## [Unreleased]\n\n{unreleased}\n"
        f"## [0.1.0] - 2026-11-27\n\n### Added\n\n{released}"
    )


def marker(digest: str) -> str:
    return f"<!-- spec-sha256: {digest} -->\n"


def check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = release_check.main(["--root", str(root)])
    assert isinstance(code, int)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_recorded_hash_matches(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_root(tmp_path, changelog(released=marker(DIGEST) + "\n- First release.\n"))
    code, out = check(root, capsys)
    assert code == 0, out
    assert "up to date" in out


def test_spec_changed_since_last_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_root(tmp_path, changelog(released=marker(OTHER) + "\n- First release.\n"))
    code, out = check(root, capsys)
    assert code == 1
    assert "openapi.json changed since the last CHANGELOG entry" in out
    assert f"recorded {OTHER[:12]}, now {DIGEST[:12]}" in out
    assert "make spec-diff" in out


@pytest.mark.parametrize("placeholder", ["", marker("TODO"), marker("0" * 10)])
def test_missing_or_placeholder_marker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], placeholder: str
) -> None:
    root = make_root(tmp_path, changelog(released=placeholder + "- First release.\n"))
    code, out = check(root, capsys)
    assert code == 1
    assert "records no spec hash" in out
    assert "--record" in out


def test_first_marker_from_the_top_wins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = changelog(
        unreleased=marker(DIGEST) + "\n### Changed\n\n- New field.\n",
        released=marker(OTHER) + "\n- First release.\n",
    )
    assert check(make_root(tmp_path, text), capsys)[0] == 0
    text = changelog(
        unreleased=marker(OTHER) + "\n- New field.\n",
        released=marker(DIGEST) + "\n- First release.\n",
    )
    assert check(make_root(tmp_path, text), capsys)[0] == 1


def test_record_goes_to_the_newest_section_with_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_root(tmp_path, changelog())
    assert release_check.main(["--root", str(root), "--record"]) == 0
    text = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [0.1.0] - 2026-11-27\n\n{marker(DIGEST)}\n### Added\n" in text
    assert text.startswith(PREAMBLE)  # the preamble's mention of the marker is left alone
    assert check(root, capsys)[0] == 0
    assert release_check.main(["--root", str(root), "--record"]) == 0
    assert (root / "CHANGELOG.md").read_text(encoding="utf-8") == text  # idempotent


def test_record_replaces_and_cleans_up(tmp_path: Path) -> None:
    text = changelog(
        unreleased=marker(OTHER) + "\n### Changed\n\n- New field.\n",
        released=marker(OTHER) + "\n- First release.\n",
    )
    updated, name = release_check.record_digest(text, DIGEST)
    assert name == "Unreleased"
    assert updated.count(marker(DIGEST)) == 1
    assert f"## [Unreleased]\n\n{marker(DIGEST)}\n### Changed" in updated
    assert marker(OTHER) in updated  # the history in [0.1.0] stays
    stale = changelog(unreleased=marker(OTHER), released="- First release.\n")
    updated, name = release_check.record_digest(stale, DIGEST)
    assert name == "0.1.0"
    assert marker(OTHER) not in updated
    assert release_check.recorded_digest(updated) == DIGEST


def test_record_without_sections_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_root(tmp_path, "# Changelog\n")
    assert release_check.main(["--root", str(root), "--record"]) == 1
    assert "no `## [...]` section" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "version", "ok"),
    [
        (changelog(), "0.2.0", True),  # [Unreleased] exists
        ("## [0.2.0] - 2027-01-01\n\n- x\n## [0.1.0]\n", "0.2.0", True),
        ("## [0.1.0] - 2026-11-27\n\n- x\n", "0.2.0", False),
        ("## [0.1.0] - 2026-11-27\n\n- x\n", "0.1.0", True),
    ],
)
def test_version_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, version: str, ok: bool
) -> None:
    root = make_root(tmp_path, text, version)
    release_check.main(["--root", str(root), "--record"])
    capsys.readouterr()
    code, out = check(root, capsys)
    assert code == (0 if ok else 1), out
    if not ok:
        assert f"neither a `## [{version}]` section nor `## [Unreleased]`" in out


@pytest.mark.parametrize("toml", [True, False], ids=["tomllib", "regex"])
def test_project_version(monkeypatch: pytest.MonkeyPatch, toml: bool) -> None:
    if not toml:

        def no_tomllib(name: str) -> ModuleType:
            raise ImportError(name)

        monkeypatch.setattr(release_check.importlib, "import_module", no_tomllib)
    assert release_check.project_version('[project]\nname = "x"\nversion = "1.2.3"\n') == "1.2.3"
    assert release_check.project_version('[project]\nname = "x"\n[tool.x]\nversion = "9"\n') is None


@pytest.mark.parametrize("missing", ["CHANGELOG.md", "openapi.json", "pyproject.toml"])
def test_missing_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], missing: str) -> None:
    root = make_root(tmp_path, changelog(released=marker(DIGEST) + "- First release.\n"))
    (root / missing).unlink()
    code, out = check(root, capsys)
    assert code == 1
    assert f"cannot read {root / missing}" in out


def test_cli_runs_from_the_root(tmp_path: Path) -> None:
    root = make_root(tmp_path, changelog())
    command = [sys.executable, str(SCRIPT)]
    failed = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    assert failed.returncode == 1
    assert "Traceback" not in failed.stderr
    assert "release-check: CHANGELOG.md records no spec hash" in failed.stderr
    recorded = subprocess.run(
        [*command, "--record"], cwd=root, capture_output=True, text=True, check=False
    )
    assert recorded.returncode == 0
    assert f"sha256 {DIGEST}" in recorded.stdout
    passed = subprocess.run(
        [*command, "--root", str(root)], capture_output=True, text=True, check=False
    )
    assert passed.returncode == 0, passed.stderr


def test_repository_changelog_shape() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    names = [section.name for section in release_check.sections(text)]
    assert names[:2] == ["Unreleased", "0.1.0"]
    assert "## [0.1.0] - 2026-11-27" in text
