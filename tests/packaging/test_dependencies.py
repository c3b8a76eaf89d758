"""Every third-party module the SDK imports is a declared dependency or extra (pyproject.toml).

An import hidden in a function (``import yaml`` on first use) counts as much as one at
the top: the wheel installed with its dependencies alone must not meet an ImportError.
"""

from __future__ import annotations

import ast
import importlib.metadata
import sys
from pathlib import Path

import tomllib
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.support.paths import ROOT

OVERLAY = ROOT / "overlay" / "phala_cloud_sdk"
FIRST_PARTY = {"phala_cloud_sdk", "phala_cloud_api"}


def _type_checking_only(tree: ast.AST) -> set[int]:
    """The ids of the nodes under ``if TYPE_CHECKING:`` (never imported at run time)."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(inner) for child in node.body for inner in ast.walk(child)}
    return skipped


def imported_modules(folder: Path) -> dict[str, set[str]]:
    """``{top-level module: {files importing it}}`` for the absolute imports under
    ``folder`` that run (those under ``if TYPE_CHECKING:`` only serve type checkers)."""
    found: dict[str, set[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        skipped = _type_checking_only(tree)
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(path.name)
    return found


def declared_distributions() -> set[str]:
    """The canonical names of the dependencies and of every extra's."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lines = [*project["dependencies"]]
    for extra in project.get("optional-dependencies", {}).values():
        lines += extra
    return {canonicalize_name(Requirement(line).name) for line in lines}


def third_party(modules: dict[str, set[str]]) -> dict[str, set[str]]:
    return {
        name: files
        for name, files in modules.items()
        if name not in sys.stdlib_module_names and name not in FIRST_PARTY
    }


def test_the_scan_sees_imports_made_on_first_use() -> None:
    modules = third_party(imported_modules(OVERLAY))
    # yaml is imported inside _workflows._compose_text, Crypto inside _kms_signature.
    assert {"httpx", "yaml", "cryptography", "coincurve", "Crypto"} <= set(modules)
    # _workflow_methods imports typing_extensions.Never for type checkers only.
    assert "typing_extensions" not in modules


def test_every_third_party_import_is_declared() -> None:
    providers = importlib.metadata.packages_distributions()
    declared = declared_distributions()
    undeclared = {}
    for module, files in sorted(third_party(imported_modules(OVERLAY)).items()):
        distributions = {canonicalize_name(d) for d in providers.get(module, [])}
        assert distributions, f"{module} (imported by {sorted(files)}) is not installed here"
        if not distributions & declared:
            undeclared[module] = (sorted(distributions), sorted(files))
    assert undeclared == {}, f"imported but not in pyproject's dependencies or extras: {undeclared}"
