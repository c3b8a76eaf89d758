"""Speed benchmarks of phala_cloud_sdk against the official SDK, httpx and the standard library.

Run ``make bench`` (this script in the project's ``.venv``). Each figure is measured in
interleaved rounds (ours, peer, floor, then again) and reported as the median:

* ``import``: ``python -c "import X"`` minus ``python -c pass``, for ``phala_cloud_sdk``,
  the official ``phala_cloud`` and bare ``httpx``;
* ``parse``: a ~950 KB, 100-app page (``bench_payloads``) through ``Client.get_app_list``
  on an ``httpx.MockTransport``, through the official SDK's pydantic model, and through
  ``json.loads`` alone; every app's and every CVM's name and status are read;
* ``overhead``: 200 sequential ``get_app_filter_options()`` against a loopback server,
  against 200 bare ``httpx.Client.get`` + ``json.loads``;
* ``pagination``: 2,000 apps over 20 pages at 50 ms per request, sync and async;
* ``generate``: ``scripts/generate.py`` on ``openapi.json`` and on the reference spec.

The official SDK (``phala-cloud==0.2.0``) is installed once into ``benchmarks/.peer-venv``;
its side runs in subprocesses of that venv's interpreter, since it cannot be imported here.

Usage::

    python scripts/bench.py                  # everything; writes benchmarks/results.md
    python scripts/bench.py --quick          # fewer rounds (smoke test); writes nothing
    python scripts/bench.py --only parse     # one benchmark; writes nothing
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts"
PEER_VENV = ROOT / "benchmarks" / ".peer-venv"
RESULTS = ROOT / "benchmarks" / "results.md"
REFERENCE_SPEC = ROOT.parent / "shared" / "reference" / "phala-cloud-openapi.json"

# phala-cloud pins pysha3, which does not build on Python 3.11, so the peer is installed
# with --no-deps plus exactly what `import phala_cloud` needs (dstack-sdk and pysha3 are
# only imported lazily, by helpers the benchmark does not call). Same versions as ours.
PEER_REQUIREMENTS = (
    "phala-cloud==0.2.0",
    "pydantic==2.14.4",
    "pydantic_core==2.50.5",
    "annotated-types==0.8.0",
    "typing_extensions==4.16.0",
    "typing-inspection==0.4.5",
    "httpx==0.28.1",
    "httpcore==1.0.9",
    "h11==0.16.0",
    "anyio==4.16.0",
    "idna==3.20",
    "certifi==2026.10.19.post1",
)
PEER_MODEL = "phala_cloud.models.DstackAppListResponseV20260121"

API_KEY = "bench-key"
API_VERSION = "2026-01-21"
SUBPROCESS_TIMEOUT = 300.0
BENCHMARKS = ("import", "parse", "overhead", "first-call", "pagination", "generate")


@dataclass(frozen=True)
class Settings:
    """Round counts; ``--quick`` shrinks them all."""

    import_rounds: int = 15
    parse_rounds: int = 7
    parse_reps: int = 20
    overhead_rounds: int = 7
    overhead_requests: int = 200
    pagination_rounds: int = 5
    pagination_apps: int = 2_000
    page_size: int = 100
    latency: float = 0.05


QUICK = Settings(
    import_rounds=2,
    parse_rounds=1,
    parse_reps=3,
    overhead_rounds=2,
    overhead_requests=50,
    pagination_rounds=1,
)


@dataclass(frozen=True)
class Row:
    """One line of the results table; values in ``unit``, None where not measured."""

    figure: str
    unit: str
    ours: float | None
    peer: float | None = None
    floor: float | None = None
    target: str = ""
    peer_target: float | None = None
    floor_target: float | None = None


# --------------------------------------------------------------------------- helpers


def median(samples: Sequence[float]) -> float:
    """Median of a non-empty sequence."""
    return statistics.median(samples)


def run_quiet(argv: Sequence[str], *, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run a command with captured output and a time limit; raise if it fails."""
    return subprocess.run(
        list(argv),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
        check=True,
    )


def timed_command(argv: Sequence[str]) -> float:
    """Wall time in seconds of one run of ``argv``."""
    started = time.perf_counter()
    run_quiet(argv)
    return time.perf_counter() - started


def our_python() -> Path:
    """The interpreter running this script (the project's .venv under ``make bench``)."""
    return Path(sys.executable)


def peer_python() -> Path:
    """The peer venv's interpreter."""
    return PEER_VENV / "bin" / "python"


# --------------------------------------------------------------------------- peer venv


def peer_installed() -> bool:
    """Whether the peer venv exists and can import the pinned phala_cloud."""
    if not peer_python().exists():
        return False
    check = "import phala_cloud, importlib.metadata as m; assert m.version('phala-cloud')"
    check += " == '0.2.0'"
    result = subprocess.run(
        [str(peer_python()), "-c", check], capture_output=True, timeout=60, check=False
    )
    return result.returncode == 0


def ensure_peer_venv() -> Path:
    """Create ``benchmarks/.peer-venv`` with the official SDK unless it is already there."""
    if peer_installed():
        return peer_python()
    print(f"installing the peer SDK into {PEER_VENV.relative_to(ROOT)} ...", flush=True)
    run_quiet([sys.executable, "-m", "venv", "--clear", str(PEER_VENV)])
    pip = [str(peer_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    run_quiet([*pip, "--no-deps", *PEER_REQUIREMENTS])
    if not peer_installed():
        raise RuntimeError("the peer venv was installed but `import phala_cloud` fails")
    return peer_python()


# --------------------------------------------------------------------------- 1. import


def byte_compile() -> None:
    """Byte-compile our sources as `pip install` does for an installed package (the
    editable checkout has no .pyc when PYTHONDONTWRITEBYTECODE is set, as it is here)."""
    subprocess.run(
        [
            str(our_python()),
            "-m",
            "compileall",
            "-q",
            str(ROOT / "overlay"),
            str(ROOT / "generated"),
        ],
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        capture_output=True,
        timeout=SUBPROCESS_TIMEOUT,
        check=True,
    )


def bench_import(settings: Settings) -> list[Row]:
    """Import time of ours, the peer and httpx, each minus interpreter start-up."""
    ours, peer = str(our_python()), str(ensure_peer_venv())
    commands = {
        "ours-pass": [ours, "-c", "pass"],
        "ours": [ours, "-c", "import phala_cloud_sdk"],
        "httpx": [ours, "-c", "import httpx"],
        "peer-pass": [peer, "-c", "pass"],
        "peer": [peer, "-c", "import phala_cloud"],
    }
    byte_compile()
    for argv in commands.values():  # warm the file system caches; not measured
        run_quiet(argv)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(settings.import_rounds):
        times = {name: timed_command(argv) for name, argv in commands.items()}
        samples["ours"].append(times["ours"] - times["ours-pass"])
        samples["httpx"].append(times["httpx"] - times["ours-pass"])
        samples["peer"].append(times["peer"] - times["peer-pass"])
    return [
        Row(
            "import (minus `python -c pass`); floor = `import httpx`",
            "ms",
            median(samples["ours"]) * 1e3,
            median(samples["peer"]) * 1e3,
            median(samples["httpx"]) * 1e3,
            target="≤0.5x peer, ≤1.5x floor",
            peer_target=0.5,
            floor_target=1.5,
        )
    ]


# --------------------------------------------------------------------------- 2. parse


def touch_apps(apps: Iterable[Any]) -> int:
    """Read every app's app_id, name, current status and each CVM's name and status."""
    total = 0
    for app in apps:
        total += len(app.app_id) + len(app.name)
        current = app.current_cvm
        if current is not None:
            total += len(current.status)
        for cvm in app.cvms or ():
            total += len(cvm.name) + len(cvm.status)
    return total


def _repeat(action: Callable[[], int], reps: int) -> tuple[float, int]:
    """Median seconds of ``reps`` timed calls (after two warm-ups) and the last checksum."""
    checksum = action() + action()
    times: list[float] = []
    for _ in range(reps):
        started = time.perf_counter()
        checksum = action()
        times.append(time.perf_counter() - started)
    return median(times), checksum


def _parse_ours(raw: bytes) -> Callable[[], int]:
    import httpx

    from phala_cloud_sdk import Client

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=raw, headers={"Content-Type": "application/json"})

    client = Client(
        api_key=API_KEY,
        base_url="https://bench.invalid",
        api_version=API_VERSION,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(respond)),
    )

    def action() -> int:
        page = client.get_app_list(page=1, page_size=100)
        return touch_apps(page.items)

    return action


def _parse_peer(raw: bytes) -> Callable[[], int]:
    from phala_cloud.models import DstackAppListResponseV20260121

    def action() -> int:
        page = DstackAppListResponseV20260121.model_validate_json(raw)
        return touch_apps(page.dstack_apps)

    return action


def _parse_floor(raw: bytes) -> Callable[[], int]:
    def action() -> int:
        return len(json.loads(raw)["dstack_apps"])

    return action


PARSE_WORKERS: dict[str, Callable[[bytes], Callable[[], int]]] = {
    "parse-ours": _parse_ours,
    "parse-peer": _parse_peer,
    "parse-floor": _parse_floor,
}


def run_worker(kind: str, payload: Path, reps: int) -> int:
    """Subprocess side of the parse benchmark: print one JSON line with the median."""
    action = PARSE_WORKERS[kind](payload.read_bytes())
    seconds, checksum = _repeat(action, reps)
    print(json.dumps({"kind": kind, "median_s": seconds, "checksum": checksum}))
    return 0


def _worker_median(python: Path, kind: str, payload: Path, reps: int) -> tuple[float, int]:
    argv = [str(python), str(SCRIPTS / "bench.py"), "--worker", kind]
    result = run_quiet([*argv, "--payload", str(payload), "--reps", str(reps)])
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return float(report["median_s"]), int(report["checksum"])


def bench_parse(settings: Settings) -> list[Row]:
    """Typed parse of the 100-app page: ours vs the peer's pydantic model vs json.loads."""
    from bench_payloads import big_page_bytes

    sides = {
        "parse-ours": our_python(),
        "parse-peer": ensure_peer_venv(),
        "parse-floor": our_python(),
    }
    samples: dict[str, list[float]] = {kind: [] for kind in sides}
    checksums: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as scratch:
        payload = Path(scratch) / "page.json"
        payload.write_bytes(big_page_bytes())
        for _ in range(settings.parse_rounds):
            for kind, python in sides.items():
                seconds, checksums[kind] = _worker_median(
                    python, kind, payload, settings.parse_reps
                )
                samples[kind].append(seconds)
    if checksums["parse-ours"] != checksums["parse-peer"]:
        raise RuntimeError(f"ours and the peer read different values: {checksums}")
    kb = len(big_page_bytes()) / 1000
    return [
        Row(
            f"parse + read a 100-app page ({kb:.0f} KB); floor = `json.loads`",
            "ms",
            median(samples["parse-ours"]) * 1e3,
            median(samples["parse-peer"]) * 1e3,
            median(samples["parse-floor"]) * 1e3,
            target="≤1.0x peer",
            peer_target=1.0,
        )
    ]


# --------------------------------------------------------------------------- 3. overhead


def _timed_loop(action: Callable[[], object], count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        action()
    return time.perf_counter() - started


# ----------------------------------------------------------------------- 3b. first call

FIRST_CALL = """
import json, sys, time
import httpx
import phala_cloud_sdk
from tests.support.arguments import sample
from phala_cloud_sdk._base_client import operation_spec

OPERATION = sys.argv[1]
counted = lambda: {m for m in sys.modules if m.startswith("phala_cloud_api")}
before = counted()
body = json.dumps(sample({"$ref": "#/components/schemas/" + CLASS})).encode()
http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body)))
client = phala_cloud_sdk.Client(api_key="k", base_url="https://api.test/api/v1", http_client=http)
started = time.perf_counter()
getattr(client, OPERATION)(cvm_id="c1")
first = time.perf_counter() - started
loaded = counted() - before
started = time.perf_counter()
getattr(client, OPERATION)(cvm_id="c1")
second = time.perf_counter() - started
print(json.dumps({"first": first, "second": second, "loaded": len(loaded)}))
"""


def bench_first_call(settings: Settings) -> list[Row]:
    """The first call of one operation in a fresh process: time, and modules it loads."""
    package = ROOT / "generated" / "phala_cloud_api"
    total = sum(1 for _ in package.rglob("*.py"))
    operation, class_name = "get_cvm_info", "CvmInfoDetailV20260121"
    program = FIRST_CALL.replace("CLASS", repr(class_name))
    byte_compile()
    firsts, seconds, loaded = [], [], 0
    for _ in range(settings.import_rounds):
        result = run_quiet([str(our_python()), "-c", program, operation])
        if result.returncode != 0:
            raise RuntimeError(result.stderr.strip().splitlines()[-1])
        figures = json.loads(result.stdout)
        firsts.append(figures["first"])
        seconds.append(figures["second"])
        loaded = figures["loaded"]
    return [
        Row(
            f"first `{operation}` call after import (loads {loaded} of {total} generated "
            "modules); floor = the same call again",
            "ms",
            median(firsts) * 1e3,
            None,
            median(seconds) * 1e3,
        )
    ]


def bench_overhead(settings: Settings) -> list[Row]:
    """Sequential small GETs on loopback: ours vs bare httpx + json.loads."""
    import httpx
    from bench_server import serve_in_process

    from phala_cloud_sdk import Client

    headers = {"X-API-Key": API_KEY, "X-Phala-Version": API_VERSION, "Accept": "application/json"}
    count = settings.overhead_requests
    ours_s: list[float] = []
    bare_s: list[float] = []
    # The server runs in its own process: in a thread it would share the client's GIL.
    with serve_in_process() as base_url, httpx.Client() as bare:
        client = Client(api_key=API_KEY, base_url=base_url, api_version=API_VERSION, max_retries=0)
        url = f"{base_url}/apps/filter-options"

        def bare_call() -> object:
            return json.loads(bare.get(url, headers=headers).content)

        try:
            _timed_loop(client.get_app_filter_options, 20)
            _timed_loop(bare_call, 20)
            for _ in range(settings.overhead_rounds):
                ours_s.append(_timed_loop(client.get_app_filter_options, count))
                bare_s.append(_timed_loop(bare_call, count))
        finally:
            client.close()
    return [
        Row(
            f"{count} sequential small GETs on loopback; floor = bare httpx + `json.loads`",
            "ms",
            median(ours_s) * 1e3,
            floor=median(bare_s) * 1e3,
            target="≤1.1x floor",
            floor_target=1.1,
        )
    ]


# --------------------------------------------------------------------------- 4. pagination


def _sync_ids(base_url: str, page_size: int) -> tuple[float, list[str]]:
    from phala_cloud_sdk import Client

    client = Client(api_key=API_KEY, base_url=base_url, api_version=API_VERSION, max_retries=0)
    try:
        started = time.perf_counter()
        ids = [app.app_id for app in client.get_app_list(page_size=page_size)]
        return time.perf_counter() - started, ids
    finally:
        client.close()


async def _async_ids(base_url: str, page_size: int) -> tuple[float, list[str]]:
    from phala_cloud_sdk import AsyncClient

    client = AsyncClient(api_key=API_KEY, base_url=base_url, api_version=API_VERSION, max_retries=0)
    try:
        started = time.perf_counter()
        page = await client.get_app_list(page_size=page_size)
        ids = [app.app_id async for app in page]
        return time.perf_counter() - started, ids
    finally:
        await client.aclose()


def _check_ids(label: str, ids: list[str], expected: list[str], fetched: int, pages: int) -> None:
    """Fail on duplicate or lost apps; note reordering and fetches beyond the pages."""
    if len(ids) != len(set(ids)):
        raise RuntimeError(f"{label} iteration yielded {len(ids) - len(set(ids))} duplicates")
    if set(ids) != set(expected):
        raise RuntimeError(f"{label} iteration lost {len(set(expected) - set(ids))} apps")
    if ids != expected:
        print(f"note: {label} iteration yields every app, but not in page order")
    if fetched != pages:
        print(f"note: {label} iteration made {fetched} requests for {pages} pages")


def bench_pagination(settings: Settings) -> list[Row]:
    """Iterate 2,000 apps over 20 pages at 50 ms latency: sync vs async prefetching."""
    from bench_payloads import paged_apps
    from bench_server import ServerConfig, serve

    pages = paged_apps(settings.pagination_apps, settings.page_size)
    expected = [app["app_id"] for page in pages for app in json.loads(page)["dstack_apps"]]
    config = ServerConfig(tuple(pages), settings.page_size, settings.latency)
    sync_s: list[float] = []
    async_s: list[float] = []
    with serve(config) as base_url:
        for _ in range(settings.pagination_rounds):
            config.requests.clear()
            seconds, ids = _sync_ids(base_url, settings.page_size)
            _check_ids("sync", ids, expected, len(config.requests), len(pages))
            sync_s.append(seconds)
            config.requests.clear()
            seconds, ids = asyncio.run(_async_ids(base_url, settings.page_size))
            _check_ids("async", ids, expected, len(config.requests), len(pages))
            async_s.append(seconds)
    latency_floor = len(pages) * settings.latency
    apps, count = f"{settings.pagination_apps:,}", len(pages)
    delay = f"{settings.latency * 1e3:.0f} ms"
    return [
        Row(
            f"iterate {apps} apps, {count} pages x {delay}, sync; floor = summed latency",
            "ms",
            median(sync_s) * 1e3,
            floor=latency_floor * 1e3,
        ),
        Row(
            f"iterate {apps} apps, {count} pages x {delay}, async; floor = our sync",
            "ms",
            median(async_s) * 1e3,
            floor=median(sync_s) * 1e3,
            target="≤0.5x floor",
            floor_target=0.5,
        ),
    ]


# --------------------------------------------------------------------------- 5. generate


def _time_generate(spec: Path, lenient: bool) -> tuple[float, str]:
    with tempfile.TemporaryDirectory() as scratch:
        argv = [str(our_python()), str(SCRIPTS / "generate.py"), "--spec", str(spec)]
        argv += ["--out", scratch, *(["--lenient"] if lenient else [])]
        started = time.perf_counter()
        try:
            result = subprocess.run(
                argv,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=SUBPROCESS_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return time.perf_counter() - started, "timed out"
        seconds = time.perf_counter() - started
    if result.returncode != 0:
        lines = (result.stdout + result.stderr).strip().splitlines()
        return seconds, "failed: " + (lines[-1][:80] if lines else f"exit {result.returncode}")
    return seconds, _generate_outcome(result.stdout)


def _generate_outcome(output: str) -> str:
    """Summarise generate.py's output: operations generated and what the generator skipped."""
    found = re.search(r"(\d+) operations", output)
    outcome = f"ok, {found.group(1)} operations" if found else "ok"
    schemas = output.count("Unable to parse schema")
    operations = output.count("WARNING parsing")
    if schemas or operations:
        outcome += f"; warned on {schemas} schemas, {operations} operations"
    return outcome


def bench_generate(settings: Settings) -> list[Row]:
    """Wall time of scripts/generate.py on our spec and on the reference spec (lenient)."""
    rows: list[Row] = []
    for spec, lenient in ((ROOT / "openapi.json", False), (REFERENCE_SPEC, True)):
        if not spec.exists():
            rows.append(Row(f"generate {spec.name}: spec missing", "s", None))
            continue
        seconds, outcome = _time_generate(spec, lenient)
        flag = " --lenient" if lenient else ""
        rows.append(Row(f"`generate.py --spec {spec.name}{flag}` ({outcome})", "s", seconds))
    return rows


# --------------------------------------------------------------------------- report

RUNNERS: dict[str, Callable[[Settings], list[Row]]] = {
    "import": bench_import,
    "parse": bench_parse,
    "overhead": bench_overhead,
    "first-call": bench_first_call,
    "pagination": bench_pagination,
    "generate": bench_generate,
}


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.2f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def _ratio(ours: float | None, other: float | None, target: float | None) -> str:
    if ours is None or other is None or other <= 0:
        return "—"
    ratio = ours / other
    if target is None:
        return f"{ratio:.2f}x"
    return f"{ratio:.2f}x {'✅' if ratio <= target else '❌'}"


def render_table(rows: Sequence[Row]) -> str:
    """The results as a Markdown table."""
    lines = [
        "| figure | ours | peer | floor | ratio (ours/peer) | ratio (ours/floor) | target |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        cells = [
            row.figure,
            _value(row.ours, row.unit),
            _value(row.peer, row.unit),
            _value(row.floor, row.unit),
            _ratio(row.ours, row.peer, row.peer_target),
            _ratio(row.ours, row.floor, row.floor_target),
            row.target or "—",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo, or the platform's guess."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine_line() -> str:
    """Platform, CPU, core count, Python version and UTC date of this run."""
    today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"Machine: {platform.platform()}; {cpu_model()} ({os.cpu_count()} cores); "
        f"Python {platform.python_version()}; {today}."
    )


def render_report(rows: Sequence[Row], argv: Sequence[str], errors: Sequence[str]) -> str:
    """The whole results.md text."""
    command = shlex.join(["python", "scripts/bench.py", *argv])
    parts = [
        "# Benchmark results",
        "",
        "Medians of interleaved rounds; see benchmarks/README.md for what each figure means.",
        f"Peer: phala-cloud 0.2.0, model `{PEER_MODEL}`.",
        "",
        render_table(rows),
        "",
        machine_line(),
        "",
        f"Command: `make bench` (`{command}`).",
    ]
    if errors:
        parts += ["", "Failed benchmarks:", *(f"- {error}" for error in errors)]
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few rounds, for smoke tests")
    parser.add_argument("--only", choices=BENCHMARKS, action="append", help="run only NAME")
    parser.add_argument(
        "--output",
        type=Path,
        help="where to write the Markdown report "
        "(default: benchmarks/results.md for a full run, nowhere with --quick or --only)",
    )
    parser.add_argument("--worker", choices=sorted(PARSE_WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("--payload", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--reps", type=int, default=10, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run_all(names: Sequence[str], settings: Settings) -> tuple[list[Row], list[str]]:
    """Run the named benchmarks in order; a failing one is reported, not fatal."""
    rows: list[Row] = []
    errors: list[str] = []
    for name in names:
        print(f"running {name} ...", flush=True)
        started = time.perf_counter()
        try:
            rows += RUNNERS[name](settings)
        except Exception as exc:  # one broken benchmark must not hide the rest
            traceback.print_exc()
            errors.append(f"{name}: {type(exc).__name__}: {exc}")
        print(f"  {name} took {time.perf_counter() - started:.1f} s", flush=True)
    return rows, errors


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(args_list)
    if args.worker:
        return run_worker(args.worker, args.payload, args.reps)
    settings = QUICK if args.quick else Settings()
    names = args.only or list(BENCHMARKS)
    rows, errors = run_all(names, settings)
    report = render_report(rows, args_list, errors)
    print()
    print(report)
    output = args.output or (None if args.quick or args.only else RESULTS)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(report, encoding="utf-8")
        print(f"wrote {output}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
