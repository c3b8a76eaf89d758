"""Workflows written once, run by a sync or an async client.

A workflow (deploy, update, wait, watch) is a generator that yields *steps* and gets
their results back: call a client method, sleep, read the clock, open an event
stream and read its events, hand an item to the caller. It does no I/O itself, so
one piece of code serves ``Client`` (:func:`run_sync`, :func:`iterate_sync`) and
``AsyncClient`` (:func:`run_async`, :func:`iterate_async`); an exception a step
raises is thrown into the workflow at the ``yield``, where it may be handled.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Generator
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, Union

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

__all__ = [
    "Call",
    "CloseStream",
    "Emit",
    "NextEvent",
    "Now",
    "OpenStream",
    "Sleep",
    "Step",
    "Typed",
    "Workflow",
    "iterate_async",
    "iterate_sync",
    "run_async",
    "run_sync",
]

R = TypeVar("R")


class Call(NamedTuple):
    """Call ``client.<method>(**arguments)``; the result is sent back."""

    method: str
    arguments: dict[str, Any]


class Sleep(NamedTuple):
    """Wait ``seconds``."""

    seconds: float


class Now(NamedTuple):
    """Read the monotonic clock (seconds)."""


class OpenStream(NamedTuple):
    """Open operation ``method``'s response as an event stream.

    The result is ``("events", handle)`` for a ``text/event-stream`` answer, or
    ``("json", data)`` when the server answered with a plain JSON body instead. With a
    ``deadline`` (monotonic seconds) the stream ends there, even while the server keeps
    it open without events. The runner closes a stream the workflow leaves open.
    """

    method: str
    arguments: dict[str, Any]
    deadline: float | None = None


class NextEvent(NamedTuple):
    """The stream's next event (a :class:`ServerSentEvent`), or None at its end."""

    handle: Any


class CloseStream(NamedTuple):
    """Close a stream once read (one the workflow leaves open, the runner closes)."""

    handle: Any


class Typed(NamedTuple):
    """``data`` (decoded JSON) as operation ``method``'s typed result in the client's version."""

    method: str
    data: Any


class Emit(NamedTuple):
    """Hand ``value`` to the caller iterating the workflow (``watch_cvm_state``)."""

    value: Any


Step = Union[Call, Sleep, Now, OpenStream, NextEvent, CloseStream, Typed, Emit]  # noqa: UP007
Workflow = Generator[Step, Any, R]


def _perform(client: Client[Any], step: Step) -> Any:
    if isinstance(step, Call):
        return getattr(client, step.method)(**step.arguments)
    if isinstance(step, Sleep):
        time.sleep(step.seconds)
        return None
    if isinstance(step, Now):
        return time.monotonic()
    if isinstance(step, OpenStream):
        return client._open_stream(step.method, step.arguments, step.deadline)
    if isinstance(step, NextEvent):
        return next(step.handle, None)
    if isinstance(step, Typed):
        return client._typed(step.method, step.data)
    if isinstance(step, CloseStream):
        step.handle.close()
        return None
    raise TypeError(f"a workflow yielded {step!r}")  # pragma: no cover - a bug in a workflow


async def _perform_async(client: AsyncClient[Any], step: Step) -> Any:
    if isinstance(step, Call):
        result = getattr(client, step.method)(**step.arguments)
        return await result
    if isinstance(step, Sleep):
        import asyncio  # imported on first use: sync-only users never pay for it

        await asyncio.sleep(step.seconds)
        return None
    if isinstance(step, Now):
        return time.monotonic()
    if isinstance(step, OpenStream):
        return await client._open_stream(step.method, step.arguments, step.deadline)
    if isinstance(step, NextEvent):
        return await anext(step.handle, None)
    if isinstance(step, Typed):
        return client._typed(step.method, step.data)
    if isinstance(step, CloseStream):
        await step.handle.aclose()
        return None
    raise TypeError(f"a workflow yielded {step!r}")  # pragma: no cover - a bug in a workflow


def iterate_sync(client: Client[Any], workflow: Workflow[R]) -> Generator[Any, None, R]:
    """Run ``workflow`` with a sync client, yielding what it emits; returns its result.

    Every stream the workflow opened and did not close is closed when the run ends: at
    the workflow's end, at an error, or when the caller stops iterating.
    """
    reply: Any = None
    error: BaseException | None = None
    streams: list[Any] = []
    try:
        while True:
            try:
                step = workflow.throw(error) if error is not None else workflow.send(reply)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            reply, error = None, None
            if isinstance(step, Emit):
                yield step.value
                continue
            try:
                reply = _perform(client, step)
            except Exception as exc:  # handed to the workflow, which may handle it
                error = exc
            _track(streams, step, reply)
    finally:
        try:
            for handle in reversed(streams):
                handle.close()
        finally:
            workflow.close()


async def iterate_async(
    client: AsyncClient[Any], workflow: Workflow[Any]
) -> AsyncGenerator[Any, None]:
    """Run ``workflow`` with an async client, yielding what it emits.

    As :func:`iterate_sync`; a caller that stops early closes the streams with
    ``await iterator.aclose()`` (or ``contextlib.aclosing``), else when it is collected.
    """
    reply: Any = None
    error: BaseException | None = None
    streams: list[Any] = []
    try:
        while True:
            try:
                step = workflow.throw(error) if error is not None else workflow.send(reply)
            except StopIteration:
                return
            reply, error = None, None
            if isinstance(step, Emit):
                yield step.value
                continue
            try:
                reply = await _perform_async(client, step)
            except Exception as exc:  # handed to the workflow, which may handle it
                error = exc
            _track(streams, step, reply)
    finally:
        try:
            for handle in reversed(streams):
                await handle.aclose()
        finally:
            workflow.close()


def _track(streams: list[Any], step: Step, reply: Any) -> None:
    """Keep the list of open streams: those opened, less those the workflow closed."""
    if isinstance(step, OpenStream) and isinstance(reply, tuple) and reply[0] == "events":
        streams.append(reply[1])
    elif isinstance(step, CloseStream) and step.handle in streams:
        streams.remove(step.handle)


def run_sync(client: Client[Any], workflow: Workflow[R]) -> R:
    """Run ``workflow`` to its end with a sync client and return its result."""
    iterator = iterate_sync(client, workflow)
    while True:
        try:
            next(iterator)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


async def run_async(client: AsyncClient[Any], workflow: Workflow[R]) -> R:
    """Run ``workflow`` to its end with an async client and return its result."""
    result: list[R] = []

    def keep(workflow: Workflow[R]) -> Workflow[None]:
        result.append((yield from workflow))

    async for _ in iterate_async(client, keep(workflow)):
        pass
    return result[0]
