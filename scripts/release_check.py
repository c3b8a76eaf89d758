"""Check that CHANGELOG.md is up to date with openapi.json and pyproject.toml.

Usage::

    python scripts/release_check.py [--root DIR]            # check (exit 1 on a problem)
    python scripts/release_check.py [--root DIR] --record   # record the spec hash

CHANGELOG.md follows Keep a Changelog (https://keepachangelog.com/en/1.1.0/):
``## [Unreleased]`` and ``## [X.Y.Z] - YYYY-MM-DD`` sections, newest first. The
section that describes the current API carries, on its own line, the marker::

    <!-- spec-sha256: <sha256 of openapi.json, 64 hex digits> -->

The check fails when

* the first marker from the top of the file is missing or differs from the
  sha256 of the current ``openapi.json`` (the spec changed since the last
  CHANGELOG entry): write the entry (``make spec-diff`` prints a draft), then run
  ``--record``;
* neither a ``## [X.Y.Z]`` heading for the ``[project] version`` of
  ``pyproject.toml`` nor a ``## [Unreleased]`` section exists.

``--record`` writes the marker into the newest section that has entries (list
items), or into the newest section when none has any, replacing the marker there
and dropping stale markers from the empty sections above it.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

MARKER = re.compile(r"^[ \t]*<!--\s*spec-sha256:\s*(\S*?)\s*-->[ \t]*\n?", re.MULTILINE)
HEX_DIGEST = re.compile(r"[0-9a-f]{64}")
SECTION = re.compile(r"^## \[([^\]]+)\].*$", re.MULTILINE)
ENTRY = re.compile(r"^\s*[-*] \S", re.MULTILINE)
UNRELEASED = "unreleased"


class CheckError(Exception):
    """A file the check needs is missing or unusable."""


@dataclass(frozen=True)
class Section:
    """One ``## [name]`` section of the changelog: heading line end and section end offsets."""

    name: str
    start: int
    heading_end: int
    end: int


def sections(text: str) -> list[Section]:
    """Return the ``## [...]`` sections of a changelog, in file order (newest first)."""
    found = list(SECTION.finditer(text))
    ends = [match.start() for match in found[1:]] + [len(text)] * bool(found)
    return [
        Section(match.group(1).strip(), match.start(), match.end(), end)
        for match, end in zip(found, ends, strict=True)
    ]


def recorded_digest(text: str) -> str | None:
    """Return the digest of the first well-formed spec marker inside a section, if any."""
    parts = sections(text)
    if not parts:
        return None
    for match in MARKER.finditer(text, parts[0].start):
        digest = match.group(1).lower()
        if HEX_DIGEST.fullmatch(digest):
            return digest
    return None


def record_digest(text: str, digest: str) -> tuple[str, str]:
    """Return (the changelog with ``digest`` recorded, the name of the section used).

    The target is the newest section with entries, else the newest section. Its
    marker is replaced (or inserted under the heading); markers in the sections
    above it are removed.
    """
    parts = sections(text)
    if not parts:
        raise CheckError("CHANGELOG.md has no `## [...]` section to record the spec hash in")
    target = next((s for s in parts if ENTRY.search(text, s.heading_end, s.end)), parts[0])
    head = MARKER.sub("", text[: target.start])  # markers in empty sections above the target
    body = MARKER.sub("", text[target.heading_end : target.end])
    marker = f"<!-- spec-sha256: {digest} -->\n"
    heading = text[target.start : target.heading_end]
    rest = body.lstrip("\n")
    section = f"{heading}\n\n{marker}\n{rest}"
    return head + section + text[target.end :], target.name


def sha256_file(path: Path) -> str:
    """Return the hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def project_version(text: str) -> str | None:
    """Return ``[project] version`` from pyproject.toml text (None when not set)."""
    try:
        tomllib = importlib.import_module("tomllib")
    except ImportError:  # Python 3.10: read the one key we need
        match = re.search(r'^\[project\]\s*$(.*?)^version\s*=\s*"([^"]+)"', text, re.M | re.S)
        return match.group(2) if match and "\n[" not in match.group(1) else None
    try:
        project = tomllib.loads(text).get("project", {})
    except tomllib.TOMLDecodeError as exc:
        raise CheckError(f"pyproject.toml is not valid TOML ({exc})") from None
    version = project.get("version") if isinstance(project, dict) else None
    return version if isinstance(version, str) else None


def read(path: Path) -> str:
    """Read a UTF-8 file; raise CheckError with a clear message when impossible."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CheckError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None


def spec_problem(changelog: str, digest: str) -> str | None:
    """Return why the changelog does not record ``digest``, or None when it does."""
    recorded = recorded_digest(changelog)
    if recorded is None:
        return (
            "CHANGELOG.md records no spec hash (`<!-- spec-sha256: ... -->`): describe the API "
            "in the newest section, then run `python scripts/release_check.py --record`"
        )
    if recorded != digest:
        return (
            f"openapi.json changed since the last CHANGELOG entry (recorded {recorded[:12]}, "
            f"now {digest[:12]}): add a CHANGELOG entry, e.g. from `make spec-diff`, then run "
            "`python scripts/release_check.py --record`"
        )
    return None


def version_problem(changelog: str, version: str | None) -> str | None:
    """Return why the package version has no changelog section, or None when it has one."""
    names = {section.name.lower() for section in sections(changelog)}
    if UNRELEASED in names or (version is not None and version.lower() in names):
        return None
    if version is None:
        return "pyproject.toml sets no [project] version and CHANGELOG.md has no [Unreleased]"
    return f"CHANGELOG.md has neither a `## [{version}]` section nor `## [Unreleased]`"


def run_check(root: Path) -> list[str]:
    """Return the problems found under ``root`` (empty when everything is in order)."""
    problems: list[str] = []
    try:
        changelog = read(root / "CHANGELOG.md")
    except CheckError as exc:
        return [str(exc)]
    try:
        problem = spec_problem(changelog, sha256_file(root / "openapi.json"))
    except OSError as exc:
        problem = f"cannot read {root / 'openapi.json'}: {exc.strerror or exc}"
    try:
        version = project_version(read(root / "pyproject.toml"))
        problems += [p for p in (problem, version_problem(changelog, version)) if p]
    except CheckError as exc:
        problems += [p for p in (problem, str(exc)) if p]
    return problems


def run_record(root: Path) -> str:
    """Record the current openapi.json hash in CHANGELOG.md; return a summary line."""
    path = root / "CHANGELOG.md"
    try:
        digest = sha256_file(root / "openapi.json")
    except OSError as exc:
        raise CheckError(f"cannot read {root / 'openapi.json'}: {exc.strerror or exc}") from None
    text, name = record_digest(read(path), digest)
    path.write_text(text, encoding="utf-8")
    return f"recorded openapi.json sha256 {digest} in CHANGELOG.md section [{name}]"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return 0 when in order, 1 otherwise."""
    parser = argparse.ArgumentParser(
        description="Fail when openapi.json changed since the last CHANGELOG.md entry."
    )
    parser.add_argument("--root", type=Path, default=Path("."), help="repository root")
    parser.add_argument(
        "--record", action="store_true", help="record the openapi.json hash in CHANGELOG.md"
    )
    args = parser.parse_args(argv)
    root: Path = args.root
    if args.record:
        try:
            print(run_record(root))
        except CheckError as exc:
            print(f"release-check: {exc}", file=sys.stderr)
            return 1
        return 0
    problems = run_check(root)
    for problem in problems:
        print(f"release-check: {problem}", file=sys.stderr)
    if not problems:
        print("release-check: CHANGELOG.md is up to date with openapi.json")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
