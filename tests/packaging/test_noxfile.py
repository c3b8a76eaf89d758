"""The per-interpreter sessions: a missing Python fails loudly; lower bounds come from pyproject."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.support.paths import ROOT


def test_a_missing_interpreter_fails_and_says_how_to_install_it(tmp_path: Path) -> None:
    empty = tmp_path / "nothing"
    empty.mkdir()
    env = {
        **os.environ,
        "PATH": str(empty),  # no python3.10 on PATH ...
        "PYENV_ROOT": str(empty),  # ... nor installed by pyenv or uv
        "UV_PYTHON_INSTALL_DIR": str(empty),
        "CI": "true",
    }
    nox = [sys.executable, "-m", "nox", "-f", str(ROOT / "noxfile.py")]
    done = subprocess.run(
        [*nox, "-s", "sdk-3.10", "--envdir", str(tmp_path / "envs")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "Python 3.10 not found" in output
    assert "pyenv install 3.10" in output
    assert "Session sdk-3.10 aborted" in output


def test_lower_bounds_are_read_from_pyproject_extras_included() -> None:
    import noxfile

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lines = [*project["dependencies"], *project["optional-dependencies"]["kms"]]
    named = {canonicalize_name(Requirement(line).name) for line in lines}
    bounds = noxfile.runtime_lower_bounds()
    assert set(bounds) == named
    assert {"cryptography", "coincurve", "pycryptodome"} <= set(bounds)
    assert noxfile.with_extras(Path("x.whl")) == "x.whl[kms]"


@pytest.mark.parametrize("python", ["3.10", "3.11", "3.12", "3.13"])
def test_the_test_lock_pins_every_runtime_requirement_once(python: str) -> None:
    """requirements-test.txt was re-pinned (nox -s lock-test) after pyproject changed."""
    import noxfile

    environment = {"python_version": python, "python_full_version": f"{python}.0"}
    pins: dict[str, list[str]] = {}
    for line in (ROOT / "requirements-test.txt").read_text().splitlines():
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate(environment):
            (spec,) = requirement.specifier
            pins.setdefault(canonicalize_name(requirement.name), []).append(spec.version)
    assert all(len(versions) == 1 for versions in pins.values()), pins
    for line in [*noxfile.runtime_requirements(), "dstack-sdk", "hypothesis", "pytest"]:
        requirement = Requirement(line)
        (version,) = pins[canonicalize_name(requirement.name)]
        assert requirement.specifier.contains(version), (line, version)


def test_python_markers_cover_exactly_the_interpreters_named() -> None:
    import noxfile

    assert noxfile.python_marker({"3.10", "3.11", "3.12", "3.13"}) == ""
    assert noxfile.python_marker({"3.10"}) == 'python_version < "3.11"'
    assert noxfile.python_marker({"3.11", "3.12", "3.13"}) == 'python_version >= "3.11"'
    assert noxfile.python_marker({"3.12"}) == 'python_version == "3.12"'
    assert noxfile.python_marker({"3.11", "3.12"}) == (
        'python_version >= "3.11" and python_version < "3.13"'
    )
    for picked in ({"3.10", "3.12"}, {"3.11"}, {"3.10", "3.11"}, {"3.13"}):
        marker = Marker(noxfile.python_marker(picked))
        assert {v for v in noxfile.PYTHONS if marker.evaluate({"python_version": v})} == picked
