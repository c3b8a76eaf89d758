"""The installed wheel on every supported Python (3.10-3.13).

``make test`` runs the default sessions (``nox -j 2``, no ``-s``) after the main
suite, passing the wheel ``make dist`` built; run one on its own with
``.venv/bin/nox -s sdk-3.12`` (``-r`` reuses its virtualenv, ``-- -k retry`` passes
pytest arguments).

Sessions::

    sdk-3.10 ... sdk-3.13  a fresh virtualenv: the wheel with its required runtime
                           dependencies (pinned by requirements-test.txt) and nothing else
                           -> the smoke program -> the wheel with every extra (``[kms]``)
                           and requirements-test.txt -> all of tests/sdk (minus the
                           `devtools` ones) run from a temporary folder, importing the
                           installed copy (tests/sdk/test_installed.py checks that)
    lowest                 the same on 3.10 with each runtime dependency and each extra's
                           at the lower bound pyproject.toml declares, so the bounds are
                           versions that ran
    verifytypes            pyright --verifytypes on the installed wheel: fails below 98%
    lock-test              (not by default) re-pins requirements-test.txt on 3.10-3.13

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
from typing import Any

import nox
import tomllib
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

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


def project() -> dict[str, Any]:
    """The ``[project]`` table of pyproject.toml."""
    table: dict[str, Any] = tomllib.loads(PYPROJECT.read_text())["project"]
    return table


def extras() -> list[str]:
    """The wheel's extras (``kms``), from pyproject's optional-dependencies."""
    return sorted(project().get("optional-dependencies", {}))


def runtime_requirements() -> list[str]:
    """The dependencies and every extra's in pyproject: what ``wheel[extras]`` installs."""
    table = project()
    optional: dict[str, list[str]] = table.get("optional-dependencies", {})
    return [*table["dependencies"], *(line for name in extras() for line in optional[name])]


def with_extras(wheel: Path) -> str:
    """``/path/to/phala_cloud_sdk-...whl[kms]``: the wheel with every extra."""
    names = extras()
    return f"{wheel}[{','.join(names)}]" if names else str(wheel)


def runtime_lower_bounds() -> dict[str, str]:
    """``{name: lowest version}`` from pyproject's dependencies and extras (each needs one)."""
    bounds: dict[str, str] = {}
    for line in runtime_requirements():
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


def wheel_then_tests(session: Session, requirements: Path, *, at_bounds: bool = False) -> None:
    """Wheel + required deps -> smoke program -> wheel[extras] + test requirements -> tests.

    ``at_bounds`` (the lowest session): the wheel and its extras are resolved with the
    lower bounds, then the rest of the lock goes in as pinned without resolving, since a
    test-only tool may ask for more than a lower bound (dstack-sdk 0.5.4 declares
    httpx>=0.27.2 for its own client; the functions the tests compare it on never touch
    httpx) and the bound is what is under test. ``pip check`` prints any such gap.
    """
    wheel = built_wheel()
    session.log(f"wheel: {wheel}")
    session.install("--constraint", str(requirements), str(wheel))
    with tempfile.TemporaryDirectory(prefix="phala-sdk-") as scratch, session.chdir(scratch):
        # -I: no script folder, no PYTHONPATH, no user site on sys.path; only the venv.
        session.run("python", "-I", str(SMOKE))
        if at_bounds:
            session.install("--constraint", str(requirements), with_extras(wheel))
            # requirements-test.txt is a full lock (lock-test), so nothing is left out.
            session.install("--no-deps", "--requirement", str(requirements))
            session.run("python", "-m", "pip", "check", success_codes=[0, 1])
        else:
            session.install("--requirement", str(requirements), with_extras(wheel))
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
    """As sdk-3.10, with every runtime dependency and extra at its declared lower bound."""
    with tempfile.TemporaryDirectory(prefix="phala-sdk-lowest-") as folder:
        requirements = lowest_requirements(Path(folder))
        session.log(
            "runtime dependencies and extras at their lower bounds: "
            + ", ".join(
                f"{name}=={version}" for name, version in sorted(runtime_lower_bounds().items())
            )
        )
        wheel_then_tests(session, requirements, at_bounds=True)


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


def resolve(session: Session, python: str, arguments: list[str], folder: Path) -> dict[str, str]:
    """``{name: version}`` pip would install for ``arguments`` into a fresh virtualenv."""
    venv = folder / "venv"
    shutil.rmtree(venv, ignore_errors=True)
    # virtualenv, as the sessions use: the same seeded pip.
    session.run(sys.executable, "-m", "virtualenv", "-q", "-p", python, str(venv), external=True)
    report = folder / "report.json"
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--dry-run"]
    session.run(*pip, "--ignore-installed", "--report", str(report), *arguments, external=True)
    installs = json.loads(report.read_text())["install"]
    return {item["metadata"]["name"]: item["metadata"]["version"] for item in installs}


def pinned(path: Path) -> dict[str, str]:
    """``{canonical name: version}`` of the ``name==version`` lines in a requirements file."""
    pins: dict[str, str] = {}
    for line in path.read_text().splitlines():
        text = line.split("#", 1)[0].strip()
        if text:
            requirement = Requirement(text)
            for spec in requirement.specifier:
                if spec.operator == "==":
                    pins[canonicalize_name(requirement.name)] = spec.version
    return pins


def python_marker(versions: set[str]) -> str:
    """The environment marker for some of PYTHONS (``""`` for all of them)."""
    picked = [v for v in PYTHONS if v in versions]
    if len(picked) == len(PYTHONS):
        return ""
    first, last = PYTHONS.index(picked[0]), PYTHONS.index(picked[-1])
    if last - first + 1 != len(picked):  # not a run of consecutive versions
        return " or ".join(f'python_version == "{v}"' for v in picked)
    if first > 0 and last < len(PYTHONS) - 1 and first == last:
        return f'python_version == "{picked[0]}"'
    bounds = []
    if first > 0:
        bounds.append(f'python_version >= "{PYTHONS[first]}"')
    if last < len(PYTHONS) - 1:
        bounds.append(f'python_version < "{PYTHONS[last + 1]}"')
    return " and ".join(bounds)


@nox.session(name="lock-test", python=False)
def lock_test(session: Session) -> None:
    """Re-pin requirements-test.txt: resolved on each of 3.10-3.13, partial lines marked.

    What is pinned: requirements-test.in plus the SDK's runtime dependencies and extras
    (pyproject.toml). Each interpreter resolves with the dev pins (requirements-dev.txt)
    as constraints, except a dev pin newer than anything that interpreter can install
    (``pycparser==3.12`` needs 3.11+): there it takes the newest it can.
    """
    for version, python in INTERPRETERS.items():
        if python is None:
            session.error(missing_python(version))
    wanted = ["--requirement", str(TEST_REQUIREMENTS_IN), *runtime_requirements()]
    dev_pins = pinned(DEV_REQUIREMENTS)
    on: dict[tuple[str, str], set[str]] = {}  # (name, version) -> the Pythons that install it
    with tempfile.TemporaryDirectory(prefix="phala-sdk-lock-") as scratch:
        folder = Path(scratch)
        for version, python in INTERPRETERS.items():
            assert python is not None
            found = resolve(session, python, wanted, folder)  # the newest it can, unconstrained
            newest: dict[str, str] = {canonicalize_name(k): v for k, v in found.items()}
            usable = {
                name: pin
                for name, pin in dev_pins.items()
                if name not in newest or Version(pin) <= Version(newest[name])
            }
            for name in sorted(set(dev_pins) - set(usable)):
                dev, best = dev_pins[name], newest[name]
                session.log(
                    f"Python {version}: dev pin {name}=={dev} is out of reach, {best} at most"
                )
            constraints = folder / f"constraints-{version}.txt"
            constraints.write_text("".join(f"{n}=={v}\n" for n, v in sorted(usable.items())))
            chosen = resolve(session, python, [*wanted, "--constraint", str(constraints)], folder)
            for name, pin in chosen.items():
                on.setdefault((name, pin), set()).add(version)
    lines = []
    for (name, pin), versions in sorted(
        on.items(), key=lambda item: (item[0][0].lower(), Version(item[0][1]))
    ):
        marker = python_marker(versions)
        lines.append(f"{name}=={pin}; {marker}" if marker else f"{name}=={pin}")
    header = [
        "# Pinned by `nox -s lock-test` from requirements-test.in and the SDK's runtime",
        "# dependencies and extras (pyproject.toml), resolved on each of Python 3.10-3.13;",
        "# lines only some of them need carry a marker. Installs on Python 3.10-3.13.",
    ]
    TEST_REQUIREMENTS.write_text("\n".join([*header, *lines]) + "\n")
    session.log(f"wrote {TEST_REQUIREMENTS}")


# `make test` runs the main suite on the default Python (3.11) from the source tree; on
# 3.10 the wheel runs with every dependency at its lower bound (the oldest Python with the
# oldest dependencies), on 3.12 and 3.13 with the pinned ones. sdk-3.10 and sdk-3.11 stay
# available (`nox -s sdk-3.10`), outside the default run to keep `make test` in budget.
DEFAULT_WHEEL_PYTHONS = ("3.12", "3.13")
nox.options.sessions = [*(f"sdk-{v}" for v in DEFAULT_WHEEL_PYTHONS), "lowest", "verifytypes"]
