"""The sdist and wheel: what they carry, their metadata, and that the sdist rebuilds the wheel.

Builds from a copy of the checkout's files (tracked and new, not ignored), as a clean
clone would, with ``python -m build --no-isolation`` and the pinned setuptools
(``make dist`` does the same): once the default way (sdist, then the wheel from the
sdist) and once the wheel straight from the tree.
"""

from __future__ import annotations

import email.message
import email.parser
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import tomllib
from packaging.requirements import Requirement

from tests.support.paths import ROOT

# One worker builds (under pytest-xdist `--dist loadgroup`), the other runs other tests.
pytestmark = pytest.mark.xdist_group("packaging")

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
NAME = "phala_cloud_sdk"
VERSION = PROJECT["version"]
PACKAGES = {"phala_cloud_sdk": ROOT / "overlay", "phala_cloud_api": ROOT / "generated"}
# What the sdist may hold at its top: the package sources and what builds them. No tests:
# they need the repository's spec layer, Prism and node (see CONTRIBUTING.md).
SDIST_TOP = {
    "LICENSE",
    "PKG-INFO",
    "README.md",
    "pyproject.toml",
    "setup.cfg",
    "overlay",
    "generated",
    f"{NAME}.egg-info",
}
WARNING = re.compile(r"warn|deprecat", re.IGNORECASE)


@dataclass(frozen=True)
class Built:
    """The artifacts of one build run and what the build printed."""

    sdist: Path
    wheel_from_sdist: Path
    wheel_from_tree: Path
    output: str


def checkout_files() -> list[str]:
    """The files a clean clone of this checkout would have (plus new, unignored ones)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


def build(source: Path, out: Path, *args: str) -> str:
    """``python -m build --no-isolation`` in ``source``; returns everything it printed."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), *args],
        cwd=source,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    return output


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    base = tmp_path_factory.mktemp("dist")
    source = base / "checkout"
    for name in checkout_files():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    output = build(source, base / "default")  # sdist, then the wheel from the sdist
    output += build(source, base / "tree", "--wheel")
    yield Built(
        sdist=base / "default" / f"{NAME}-{VERSION}.tar.gz",
        wheel_from_sdist=base / "default" / f"{NAME}-{VERSION}-py3-none-any.whl",
        wheel_from_tree=base / "tree" / f"{NAME}-{VERSION}-py3-none-any.whl",
        output=output,
    )


def wheel_files(wheel: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(wheel) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def sdist_files(sdist: Path) -> dict[str, bytes]:
    prefix = f"{NAME}-{VERSION}/"
    with tarfile.open(sdist) as archive:
        out: dict[str, bytes] = {}
        for member in archive.getmembers():
            if member.isfile():
                data = archive.extractfile(member)
                assert data is not None
                assert member.name.startswith(prefix), member.name
                out[member.name.removeprefix(prefix)] = data.read()
        return out


def metadata(built: Built) -> email.message.Message:
    text = wheel_files(built.wheel_from_sdist)[f"{NAME}-{VERSION}.dist-info/METADATA"]
    return email.parser.BytesParser().parsebytes(text)


def source_files() -> set[str]:
    """Every tracked file of the two packages, as wheel paths (``phala_cloud_sdk/...``)."""
    files = set()
    for name in checkout_files():
        for package, base in PACKAGES.items():
            prefix = f"{base.name}/{package}/"
            if name.startswith(prefix) and "__pycache__" not in name:
                files.add(name.removeprefix(f"{base.name}/"))
    return files


def test_build_prints_no_warning(built: Built) -> None:
    # Setuptools announces deprecations (a TOML license table, say) as warnings here.
    warnings = [line for line in built.output.splitlines() if WARNING.search(line)]
    assert not warnings, "\n".join(warnings)


def test_the_sdist_builds_the_same_wheel(built: Built) -> None:
    from_sdist = wheel_files(built.wheel_from_sdist)
    from_tree = wheel_files(built.wheel_from_tree)
    assert sorted(from_sdist) == sorted(from_tree)
    different = [name for name in from_sdist if from_sdist[name] != from_tree[name]]
    assert not different


def test_the_wheel_holds_both_packages_and_the_license(built: Built) -> None:
    files = wheel_files(built.wheel_from_sdist)
    dist_info = f"{NAME}-{VERSION}.dist-info"
    packaged = {name for name in files if not name.startswith(dist_info + "/")}
    assert packaged == source_files()
    assert {"phala_cloud_sdk/py.typed", "phala_cloud_api/py.typed"} <= packaged
    assert "phala_cloud_api/PROVENANCE.json" in packaged
    assert files[f"{dist_info}/licenses/LICENSE"] == (ROOT / "LICENSE").read_bytes()


def test_the_sdist_holds_sources_and_license_but_no_tests(built: Built) -> None:
    files = sdist_files(built.sdist)
    assert {name.split("/")[0] for name in files} <= SDIST_TOP
    assert files["LICENSE"] == (ROOT / "LICENSE").read_bytes()
    sources = {
        name.split("/", 1)[1] for name in files if name.startswith(("overlay/", "generated/"))
    }
    assert sources == source_files()
    assert not [name for name in files if "tests/" in name or name.startswith("scripts/")]


def test_license_is_apache_2() -> None:
    text = (ROOT / "LICENSE").read_text()
    assert text.split()[:4] == ["Apache", "License", "Version", "2.0,"]
    assert "END OF TERMS AND CONDITIONS" in text


def test_metadata(built: Built) -> None:
    meta = metadata(built)
    assert meta["Metadata-Version"] == "2.4"
    assert (meta["Name"], meta["Version"]) == ("phala-cloud-sdk", VERSION)
    assert meta["License-Expression"] == "Apache-2.0"
    assert meta.get_all("License-File") == ["LICENSE"]
    assert meta["License"] is None  # the deprecated free-text field
    classifiers = meta.get_all("Classifier") or []
    assert not [c for c in classifiers if c.startswith("License ::")]  # SPDX says it
    for version in ("3.10", "3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in classifiers
    assert "Typing :: Typed" in classifiers
    assert any(c.startswith("Development Status :: ") for c in classifiers)
    assert meta["Requires-Python"] == ">=3.10"
    urls = dict(url.split(", ", 1) for url in meta.get_all("Project-URL") or [])
    assert {"Source", "Documentation", "Changelog", "Issues"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())
    # Requires-Dist: the dependencies, and each extra's with its `extra == ...` marker.
    requires = {Requirement(line) for line in meta.get_all("Requires-Dist") or []}
    declared = {Requirement(line) for line in PROJECT["dependencies"]}
    for extra, lines in PROJECT["optional-dependencies"].items():
        declared |= {Requirement(f'{line}; extra == "{extra}"') for line in lines}
    assert requires == declared
    assert meta.get_all("Provides-Extra") == list(PROJECT["optional-dependencies"])
    assert meta["Description-Content-Type"] == "text/markdown"
    sdist_pkg_info = sdist_files(built.sdist)["PKG-INFO"]
    assert email.parser.BytesParser().parsebytes(sdist_pkg_info).items() == meta.items()


def test_long_description_links_resolve_off_the_repository(built: Built) -> None:
    body = metadata(built).get_payload()
    assert isinstance(body, str)
    assert body.startswith("# phala-cloud-sdk")
    targets = [
        *re.findall(r"\]\(\s*<?([^)\s>]+)", body),  # [text](target)
        *re.findall(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?\s*$", body, re.MULTILINE),  # [ref]: target
        *re.findall(r"""(?:href|src)\s*=\s*["']([^"']+)""", body),  # HTML
    ]
    assert targets  # the README links to its conformance and benchmark pages
    relative = [t for t in targets if not re.match(r"https?://", t)]
    assert not relative, relative


def test_twine_check_passes(built: Built) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "twine",
            "check",
            "--strict",
            str(built.sdist),
            str(built.wheel_from_sdist),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
