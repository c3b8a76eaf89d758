"""Static types users see: mypy on small programs that use the SDK."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import ROOT

# mypy is a dev tool: not installed in the per-interpreter wheel sessions (noxfile.py).
pytestmark = pytest.mark.devtools

CASES = Path(__file__).resolve().parent / "typing_cases"


def run_mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_each_version_returns_its_own_models() -> None:
    result = run_mypy(CASES / "versioned_results.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mixing_versions_is_a_type_error() -> None:
    result = run_mypy(CASES / "wrong_version.py")
    assert result.returncode == 1, result.stdout
    assert "list[HostedCvmV20251028]" in result.stdout


def test_required_and_unknown_arguments_are_type_errors() -> None:
    result = run_mypy(CASES / "required_arguments.py")
    assert result.returncode == 1, result.stdout
    lines = [line for line in result.stdout.splitlines() if ": error:" in line]
    # One error per offending call (lines 8-11 of the case file), each about that call.
    assert sorted({int(line.split(":")[1]) for line in lines}) == [8, 9, 10, 11], result.stdout
    assert "require at least one argument" in result.stdout
    assert '"sort"' in result.stdout
    assert "get_app_revisions" in result.stdout


def test_workflow_methods_refuse_unknown_keywords_for_type_checkers() -> None:
    result = run_mypy(CASES / "workflow_arguments.py")
    assert result.returncode == 1, result.stdout
    lines = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert sorted({int(line.split(":")[1]) for line in lines}) == [8, 9, 13], result.stdout
    for name in ("wiat", "staus", "compose_hsh"):
        assert f'"{name}"' in result.stdout
