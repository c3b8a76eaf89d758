"""Generate the package ``phala_cloud_api`` from an OpenAPI spec.

Runs openapi-python-client (pinned) with ``generator-config.yaml`` and our
``templates/`` for the models, then writes what is ours: the client surface
(methods, typed dicts, operation tables; ``codegen_surface``), the response
validators (``codegen_validators``), ``py.typed`` and ``PROVENANCE.json``. The
generator's own endpoint functions, client and errors modules are not shipped: the
SDK sends requests itself, from the operation tables. The target folder is
replaced as a whole, so no stale file survives.

Usage::

    python scripts/generate.py                       # openapi.json -> generated/
    python scripts/generate.py --spec OTHER.json --out /tmp/scratch --lenient
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codegen_surface import render_surface
from codegen_validators import render_validators
from speclib import Spec

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "phala_cloud_api"
GENERATOR = "openapi-python-client"
# What the generator writes that the SDK does not use (it builds and sends requests itself).
UNUSED = ("api", "client.py", "errors.py")
CODEGEN = (
    "speclib.py",
    "codegen_operations.py",
    "codegen_surface.py",
    "codegen_validators.py",
)


def sha256_of(*paths: Path, pattern: str = "*") -> str:
    """sha256 over files (folders: every file below matching ``pattern``, in sorted order)."""
    digest = hashlib.sha256()
    for path in paths:
        files = sorted(p for p in path.rglob(pattern) if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(path.parent).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def generator_version() -> str:
    """The installed openapi-python-client version."""
    from importlib.metadata import version

    return version(GENERATOR)


def run_generator(spec: Path, config: Path, target: Path, strict: bool) -> list[str]:
    """Run openapi-python-client into ``target``; return its warning lines."""
    exe = Path(sys.executable).with_name(GENERATOR)
    command = [
        str(exe) if exe.exists() else GENERATOR,
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(target),
        "--custom-template-path",
        str(ROOT / "templates"),
    ]
    if strict:
        command.append("--fail-on-warning")
    # The generator's post-hooks call ruff: make the venv's ruff the one found.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or not target.is_dir():
        raise SystemExit(f"openapi-python-client failed:\n{output}")
    return [line for line in output.splitlines() if line.strip() and "Generating" not in line]


def count_operations(spec: dict[str, Any]) -> int:
    """Number of operations in ``spec``."""
    return sum(1 for _ in Spec(spec).operations())


def write_files(target: Path, files: dict[str, str]) -> None:
    """Write ``{relative path: text}`` below ``target``, creating folders."""
    for relative, text in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def tidy(target: Path, folders: list[str]) -> None:
    """Format our generated modules the way the generator's post-hooks format its own."""
    paths = [str(target / folder) for folder in folders]
    ruff = Path(sys.executable).with_name("ruff")
    for command in (
        ["check", "--fix-only", "--quiet", "--isolated", "--no-cache", "--target-version", "py310"],
        ["format", "--quiet", "--isolated", "--no-cache", "--target-version", "py310"],
    ):
        subprocess.run([str(ruff) if ruff.exists() else "ruff", *command, *paths], check=True)


def generate(spec_path: Path, out: Path, config: Path, strict: bool) -> dict[str, Any]:
    """Generate ``out/phala_cloud_api``; return the provenance record."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / PACKAGE
        warnings = run_generator(spec_path, config, target, strict)
        for unused in UNUSED:
            path = target / unused
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
        write_files(target, {f"_validators/{k}": v for k, v in render_validators(spec).items()})
        surface, skipped = render_surface(spec, lenient=not strict)
        write_files(target, surface)
        warnings += [f"surface: left out {reason}" for reason in skipped]
        tidy(target, ["_validators", "surface", "params", "operations"])
        (target / "py.typed").write_text("", encoding="utf-8")
        provenance = {
            "generator": f"{GENERATOR} {generator_version()}",
            "spec": spec_path.name,
            "spec_sha256": sha256_of(spec_path),
            "config_sha256": sha256_of(config),
            "templates_sha256": sha256_of(ROOT / "templates", pattern="*.jinja"),
            "codegen_sha256": sha256_of(*(ROOT / "scripts" / name for name in CODEGEN)),
            "operations": count_operations(spec),
            "models": len(spec.get("components", {}).get("schemas", {})),
        }
        (target / "PROVENANCE.json").write_text(
            json.dumps(provenance, indent=2) + "\n", encoding="utf-8"
        )
        out.mkdir(parents=True, exist_ok=True)
        final = out / PACKAGE
        if final.exists():
            shutil.rmtree(final)
        shutil.move(str(target), str(final))
    elapsed = time.perf_counter() - started
    files = sum(1 for p in final.rglob("*.py"))
    print(
        f"generated {final} in {elapsed:.2f} s: {provenance['operations']} operations, "
        f"{files} modules"
    )
    for line in warnings:
        print(f"  generator: {line}")
    return provenance


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.json")
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    parser.add_argument("--config", type=Path, default=ROOT / "generator-config.yaml")
    parser.add_argument(
        "--lenient", action="store_true", help="do not fail on generator warnings (scratch specs)"
    )
    args = parser.parse_args(argv)
    generate(args.spec.resolve(), args.out.resolve(), args.config.resolve(), not args.lenient)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
