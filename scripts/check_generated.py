"""Fail when the committed ``generated/`` differs from a fresh ``make generate``.

Regenerates into a temporary folder and compares every file byte for byte (the
golden-record idea): a spec, config, template or codegen change without a
regeneration is caught here and in the test suite.
"""

from __future__ import annotations

import filecmp
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import PACKAGE, ROOT, generate


def stale_files(committed: Path, fresh: Path) -> list[str]:
    """Relative paths that differ, are missing or are extra in ``committed``."""
    problems: list[str] = []

    def walk(compare: filecmp.dircmp[str], prefix: str) -> None:
        problems.extend(f"{prefix}{name} (only in fresh output)" for name in compare.right_only)
        problems.extend(f"{prefix}{name} (stale extra file)" for name in compare.left_only)
        _, mismatch, errors = filecmp.cmpfiles(
            compare.left, compare.right, compare.common_files, shallow=False
        )
        problems.extend(f"{prefix}{name} (differs)" for name in mismatch + errors)
        for name, sub in compare.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    ignore = ["__pycache__"]
    walk(filecmp.dircmp(committed, fresh, ignore=ignore), "")
    return sorted(problems)


def main() -> int:
    """Regenerate into a temp folder and report differences."""
    with tempfile.TemporaryDirectory() as scratch:
        generate(ROOT / "openapi.json", Path(scratch), ROOT / "generator-config.yaml", True)
        problems = stale_files(ROOT / "generated" / PACKAGE, Path(scratch) / PACKAGE)
    if problems:
        print("generated/ is stale; run `make generate` and commit the result:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print("generated/ is up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
