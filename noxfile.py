"""The installed wheel on every supported Python (3.10-3.13).

``make test`` runs the default sessions (``nox -j 2``, no ``-s``) after the main
suite, passing the wheel ``make dist`` built; run one on its own with
``.venv/bin/nox -s sdk-3.12`` (``-r`` reuses its virtualenv, ``-- -k retry`` passes
pytest arguments).

Sessions::

    sdk-3.10 ... sdk-3.13  a fresh virtualenv: the wheel with its runtime dependencies
                           (pinned by requirements-test.txt) and nothing else -> the smoke
                           program -> requirements-test.txt -> tests/sdk (minus the
                           `devtools` ones) run from a temporary folder, importing the
                           installed copy (tests/sdk/test_installed.py checks that)
    lowest                 the same on 3.10 with each runtime dependency at the lower bound
                           pyproject.toml declares, so the bounds are versions that ran
    verifytypes            pyright --verifytypes on the installed wheel: fails below 98%
    lock-test              (not by default) re-pins requirements-test.txt

The wheel is ``$PHALA_SDK_WHEEL`` when set, else built once per run from this tree.
Interpreters are ``pythonX.Y`` on PATH, else pyenv's or uv's installed versions; one
that is missing fails its session with how to install it, never a skip.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import nox
import tomllib
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent
PYPROJECT = ROOT / "pyproject.toml"
TEST_REQUIREMENTS = ROOT / "requirements-test.txt"
TEST_REQUIREMENTS_IN = ROOT / "requirements-test.in"
DEV_REQUIREMENTS = ROOT / "requirements-dev.txt"
SMOKE = ROOT / "tests" / "packaging" / "smoke.py"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
PYTHONS = ("3.10", "3.11", "3.12", "3.13")
LOWEST_PYTHON = "3.10"
TYPE_COMPLETENESS_MIN = 0.98
WHEEL_ENV = "PHALA_SDK_WHEEL"
# With the wheel given, sessions share nothing and may run side by side (`nox -j 2`);
# without it each would build one in the same tree.
PARALLEL = bool(os.environ.get(WHEEL_ENV))

nox.needs_version = ">=2026.10.20"
nox.options.error_on_missing_interpreters = True  # belt and braces: sessions check first
nox.options.download_python = "never"  # only registries are reachable; say what to install
nox.options.default_venv_backend = "virtualenv"

Session = nox.Session
SessionBody = Callable[[Session], None]


def _reports_version(python: Path, version: str) -> bool:
    """Whether ``python`` runs and is ``version`` (a pyenv shim of another version fails)."""
    try:
        out = subprocess.run(
            [str(python), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except OSError:
        return False
    return out.returncode == 0 and out.stdout.strip() == version


def _patch_level(python: Path) -> tuple[int, ...]:
    """``(3, 10, 13)`` for ``.../versions/3.10.13/bin/python3.10``, for picking the newest."""
    name = python.parent.parent.name
    digits = name.split("-")[1] if name.startswith("cpython-") else name
    parts = digits.split("+")[0].split(".")
    return tuple(int(p) for p in parts if p.isdigit())


PYENV_ROOT = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
UV_PYTHONS = Path(os.environ.get("UV_PYTHON_INSTALL_DIR") or Path.home() / ".local/share/uv/python")


def find_python(version: str) -> str | None:
    """A working ``pythonX.Y``: on PATH first, then pyenv's and uv's installed versions."""
    candidates: list[Path] = []
    if on_path := shutil.which(f"python{version}"):
        candidates.append(Path(on_path))
    installed = [
        *PYENV_ROOT.glob(f"versions/{version}.*/bin/python{version}"),
        *UV_PYTHONS.glob(f"cpython-{version}.*/bin/python{version}"),
    ]
    candidates += sorted(installed, key=_patch_level, reverse=True)
    for python in candidates:
        if _reports_version(python, version):
            return str(python)
    return None


def missing_python(version: str) -> str:
    """The plain message a session prints when its interpreter is not installed."""
    return (
        f"Python {version} not found: no working python{version} on PATH, in "
        f"{PYENV_ROOT}/versions or in {UV_PYTHONS}. Install it (for example "
        f"`pyenv install {version}`, `uv python install {version}` or the system package "
        f"python{version}) and run again: `make test` checks the SDK on every supported "
        f"Python ({', '.join(PYTHONS)})"
    )


INTERPRETERS = {version: find_python(version) for version in PYTHONS}


def session_on(version: str, name: str) -> Callable[[SessionBody], SessionBody]:
    """Register ``body`` as session ``name`` on Python ``version``, or as a failing one."""

    def register(body: SessionBody) -> SessionBody:
        python = INTERPRETERS[version]
        if python is None:

            def fail(session: Session) -> None:
                session.error(missing_python(version))

            fail.__doc__ = body.__doc__
            nox.session(name=name, python=False)(fail)
        else:
            nox.session(name=name, python=python, allow_parallel=PARALLEL)(body)
        return body

    return register


# ----------------------------------------------------------------------------- the wheel


@functools.cache
def built_wheel() -> Path:
    """``$PHALA_SDK_WHEEL``, or a wheel built once from this tree (no build isolation)."""
    if given := os.environ.get(WHEEL_ENV):
        path = Path(given).resolve()
        if path.suffix != ".whl" or not path.is_file():
            raise FileNotFoundError(f"{WHEEL_ENV}={given} is not a wheel file")
        return path
    out = ROOT / ".nox" / "_wheel"  # replaced on every run that builds
    shutil.rmtree(out, ignore_errors=True)
    # The interpreter running nox is the dev venv's (`.venv/bin/nox`): it has `build`.
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("*.whl")
    return wheel


# --------------------------------------------------------------------------- dependencies


def runtime_lower_bounds() -> dict[str, str]:
    """``{name: lowest version}`` from pyproject's dependencies (each needs a lower bound)."""
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    bounds: dict[str, str] = {}
    for line in project["dependencies"]:
        requirement = Requirement(line)
        lows = [s.version for s in requirement.specifier if s.operator in {">=", "==", "~="}]
        if len(lows) != 1:
            raise ValueError(f"runtime dependency {line!r} needs exactly one lower bound")
        bounds[canonicalize_name(requirement.name)] = lows[0]
    return bounds


def lowest_requirements(folder: Path) -> Path:
    """requirements-test.txt with each runtime dependency pinned at its lower bound instead."""
    bounds = runtime_lower_bounds()
    kept = []
    for line in TEST_REQUIREMENTS.read_text().splitlines():
        text = line.split("#", 1)[0].strip()
        if text and canonicalize_name(Requirement(text).name) in bounds:
            continue
        kept.append(line)
    pins = [f"{name}=={version}" for name, version in sorted(bounds.items())]
    path = folder / "requirements-lowest.txt"
    path.write_text("\n".join([*kept, "# lower bounds from pyproject.toml", *pins]) + "\n")
    return path


# ------------------------------------------------------------------------------ sessions


def pytest_arguments(posargs: list[str]) -> list[str]:
    """``tests/sdk`` unless ``posargs`` name test paths; those made absolute (we run elsewhere)."""
    paths = [a for a in posargs if not a.startswith("-") and (ROOT / a.split("::")[0]).exists()]
    options = [str(ROOT / a) if a in paths else a for a in posargs]
    return options if paths else [str(ROOT / "tests" / "sdk"), *options]


def wheel_then_tests(session: Session, requirements: Path) -> None:
    """Wheel + runtime deps only -> smoke program -> test requirements -> tests/sdk."""
    wheel = built_wheel()
    session.log(f"wheel: {wheel}")
    session.install("--constraint", str(requirements), str(wheel))
    with tempfile.TemporaryDirectory(prefix="phala-sdk-") as scratch, session.chdir(scratch):
        # -I: no script folder, no PYTHONPATH, no user site on sys.path; only the venv.
        session.run("python", "-I", str(SMOKE))
        session.install("--requirement", str(requirements))
        session.run(
            "pytest",
            "--config-file",
            str(PYPROJECT),
            "--rootdir",
            str(ROOT),
            "-m",
            "not devtools",
            *pytest_arguments(session.posargs),
            env={"PHALA_SDK_UNDER_TEST": "wheel", "PYTHONPATH": None},
        )


for _version in PYTHONS:

    @session_on(_version, f"sdk-{_version}")
    def sdk(session: Session) -> None:
        """The installed wheel: smoke program, then tests/sdk, on one Python."""
        wheel_then_tests(session, TEST_REQUIREMENTS)


@session_on(LOWEST_PYTHON, "lowest")
def lowest(session: Session) -> None:
    """As sdk-3.10, with every runtime dependency at its declared lower bound."""
    with tempfile.TemporaryDirectory(prefix="phala-sdk-lowest-") as folder:
        requirements = lowest_requirements(Path(folder))
        session.log(
            "runtime dependencies at their lower bounds: "
            + ", ".join(
                f"{name}=={version}" for name, version in sorted(runtime_lower_bounds().items())
            )
        )
        wheel_then_tests(session, requirements)


@nox.session(name="verifytypes", allow_parallel=PARALLEL)
def verifytypes(session: Session) -> None:
    """Pyright's type completeness of phala_cloud_sdk as installed from the wheel (>= 98%)."""
    if not PYRIGHT.is_file():
        session.error(f"{PYRIGHT} is missing: run `make install` (npm ci installs pyright)")
    session.install("--constraint", str(TEST_REQUIREMENTS), str(built_wheel()))
    with tempfile.TemporaryDirectory(prefix="phala-sdk-types-") as scratch, session.chdir(scratch):
        # Pyright finds the package through the `python` first on PATH: this session's.
        output = session.run(
            str(PYRIGHT),
            "--verifytypes",
            "phala_cloud_sdk",
            "--ignoreexternal",
            "--outputjson",
            external=True,
            silent=True,
            success_codes=[0, 1],
        )
    report = json.loads(str(output))["typeCompleteness"]
    where = report.get("packageRootDirectory", "")
    if not Path(where).is_relative_to(Path(session.virtualenv.location)):
        session.error(f"pyright checked {where!r}, not the wheel installed in this session")
    counts = report["exportedSymbolCounts"]
    score = report["completenessScore"]
    total = counts["withKnownType"] + counts["withAmbiguousType"] + counts["withUnknownType"]
    for symbol in report["symbols"]:
        for diagnostic in symbol["diagnostics"]:
            first_line = diagnostic["message"].splitlines()[0]
            session.log(f"  gap: {symbol['name']}: {first_line}")
    summary = (
        f"type completeness of phala_cloud_sdk (installed, pyright --verifytypes "
        f"--ignoreexternal): {score:.1%}, {counts['withKnownType']}/{total} exported symbols "
        f"known; minimum {TYPE_COMPLETENESS_MIN:.0%}"
    )
    if score < TYPE_COMPLETENESS_MIN:
        session.error(summary)
    session.log(summary)


@session_on(LOWEST_PYTHON, "lock-test")
def lock_test(session: Session) -> None:
    """Re-pin requirements-test.txt: resolved on 3.10 and on 3.13, 3.10-only lines marked."""
    newest = INTERPRETERS["3.13"]
    if newest is None:
        session.error(missing_python("3.13"))
    pins = ["--requirement", str(TEST_REQUIREMENTS_IN), "--constraint", str(DEV_REQUIREMENTS)]
    session.install(*pins)
    oldest_freeze = str(session.run("pip", "freeze", silent=True)).split()
    with tempfile.TemporaryDirectory(prefix="phala-sdk-lock-") as folder:
        session.run(newest, "-m", "venv", folder, external=True)
        pip = str(Path(folder) / "bin" / "pip")
        session.run(pip, "install", "--quiet", *pins, external=True)
        newest_freeze = set(str(session.run(pip, "freeze", external=True, silent=True)).split())
    lines = [
        pin if pin in newest_freeze else f'{pin}; python_version < "3.11"'
        for pin in sorted(oldest_freeze, key=str.lower)
    ]
    header = [
        "# Pinned by `nox -s lock-test` from requirements-test.in (resolved on Python 3.10 and",
        "# 3.13; lines only 3.10 needs carry a marker). Installs on Python 3.10-3.13.",
    ]
    TEST_REQUIREMENTS.write_text("\n".join([*header, *lines]) + "\n")
    session.log(f"wrote {TEST_REQUIREMENTS}")


nox.options.sessions = [*(f"sdk-{v}" for v in PYTHONS), "lowest", "verifytypes"]
