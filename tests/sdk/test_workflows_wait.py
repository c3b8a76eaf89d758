"""wait_for_cvm and watch_cvm_state against the stateful fake (real HTTP, loopback).

Sync and async; the state stream as the server sends it, dropping and resumed, silent,
or not there at all (polling).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fake_cloud import FakeCloud

from phala_cloud_sdk import CvmFailedError, CvmStateEvent, WaitTimeoutError
from tests.support.workflow_runner import Runner

COMPOSE = "services:\n  app:\n    image: nginx:1.27\n"


@pytest.fixture
def cloud() -> Iterator[FakeCloud]:
    with FakeCloud() as fake:
        yield fake


@pytest.fixture(params=["sync", "async"])
def run(cloud: FakeCloud, request: pytest.FixtureRequest) -> Runner:
    return Runner(cloud, str(request.param), "2026-01-21")


def new_cvm(run: Runner, *statuses: str) -> str:
    """A CVM that goes through ``statuses`` (one per observation); the log cleared."""
    run.cloud.boot = list(statuses)
    run("deploy", name="oracle-app", docker_compose=COMPOSE)
    run.cloud.requests.clear()
    return run.cloud.cvm().id


def test_wait_for_cvm_returns_once_running(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = new_cvm(run, "starting", "starting", "running")
    event = run("wait_for_cvm", cvm_id, poll_interval=0.01, timeout=5)
    assert isinstance(event, CvmStateEvent)
    assert event.status == "running" and type(event.state).__name__ == "CvmState"
    assert cloud.paths() == [f"GET /cvms/{cvm_id}/state"] * 3


def test_wait_for_cvm_raises_the_failed_state(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = new_cvm(run, "starting", "error")
    with pytest.raises(CvmFailedError) as failed:
        run("wait_for_cvm", cvm_id, poll_interval=0.01, timeout=5)
    assert failed.value.cvm_id == cvm_id and failed.value.target == "running"
    assert failed.value.last_state.status == "error"
    assert failed.value.last_state.data["boot_error"]
    assert len(cloud.requests) == 2


def test_wait_for_cvm_times_out_with_the_last_state(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = new_cvm(run, "starting")
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError) as late:
        run("wait_for_cvm", cvm_id, poll_interval=0.05, timeout=0.3)
    assert 0.3 <= time.monotonic() - started < 1.5
    assert late.value.last_state.status == "starting"
    assert isinstance(late.value, TimeoutError)
    assert len(cloud.requests) >= 2


def test_watch_emits_typed_state_events_until_the_target(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = new_cvm(run, "starting", "starting", "running")
    events = run.watch(cvm_id, target="running", timeout=5)
    assert [e.event for e in events] == ["state", "state", "state"]
    assert [e.status for e in events] == ["starting", "starting", "running"]
    assert all(type(e.state).__name__ == "CvmState" for e in events)
    (stream,) = cloud.requests
    assert stream.path == f"/cvms/{cvm_id}/state"
    assert stream.query["target"] == "running" and stream.query["interval"] == "5"
    assert stream.query["timeout"] == "10"  # the server's own limit, at its minimum
    assert stream.headers["Accept"].startswith("text/event-stream")


def test_a_dropped_stream_is_resumed_after_the_reconnect_delay(
    run: Runner, cloud: FakeCloud
) -> None:
    cvm_id = new_cvm(run, "starting", "starting", "starting", "running")
    cloud.drop_after = 1
    events = run.watch(cvm_id, target="running", timeout=5, reconnect_delay=0.3)
    assert [e.status for e in events] == ["starting", "starting", "starting", "running"]
    first, second = cloud.requests
    assert second.query["target"] == "running"
    assert second.at - first.at >= 0.3
    assert cloud.streams_opened == 2


def test_the_stream_unavailable_falls_back_to_polling(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = new_cvm(run, "starting", "running")
    cloud.stream = "unavailable"
    events = run.watch(cvm_id, target="running", timeout=5, poll_interval=0.01)
    assert [(e.event, e.status) for e in events] == [("poll", "starting"), ("poll", "running")]
    assert type(events[-1].state).__name__ == "CvmState"
    assert "target" in cloud.requests[0].query
    assert all("target" not in r.query for r in cloud.requests[1:])
    assert len(cloud.requests) == 3


def test_a_plain_answer_to_the_stream_request_falls_back_to_polling(
    run: Runner, cloud: FakeCloud
) -> None:
    cvm_id = new_cvm(run, "starting", "running")
    cloud.stream = "json"
    events = run.watch(cvm_id, target="running", timeout=5, poll_interval=0.01)
    assert [(e.event, e.status) for e in events] == [("poll", "starting"), ("poll", "running")]


def test_a_failed_cvm_ends_the_watch_with_its_state(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = new_cvm(run, "starting", "error")
    with pytest.raises(CvmFailedError) as failed:
        run.watch(cvm_id, target="running", timeout=5)
    assert failed.value.last_state.status == "error"
    assert cloud.streams_opened == 1


def test_a_silent_stream_still_times_out(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = new_cvm(run, "starting")
    cloud.stream = "silent"
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError) as late:
        run.watch(cvm_id, target="running", timeout=0.4, reconnect_delay=0.1)
    assert 0.4 <= time.monotonic() - started < 2.0
    assert late.value.last_state is None  # no state was ever seen


def test_stopping_early_closes_the_http_stream(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = new_cvm(run, *["starting"] * 500)
    events = run.watch(cvm_id, target="running", timeout=30, limit=1)
    assert len(events) == 1
    deadline = time.monotonic() + 3
    while cloud.streams_closed_by_client == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert cloud.streams_closed_by_client == 1
    assert cloud.streams_opened == 1


def test_watch_without_target_polls_until_stopped(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = new_cvm(run, "starting", "running")
    events = run.watch(cvm_id, poll_interval=0.01, limit=3)
    assert [e.status for e in events] == ["starting", "running", "running"]
    assert all("target" not in r.query for r in cloud.requests)
