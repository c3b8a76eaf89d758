"""The per-interpreter sessions: a missing Python fails loudly; lower bounds come from pyproject."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
