"""Small shared types: the ``NOT_GIVEN`` sentinel and the timeout type."""

from __future__ import annotations

from typing import Final, Literal, Union

import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "TimeoutTypes"]


class NotGiven:
    """Marks an argument the caller did not pass (distinct from ``None``)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

TimeoutTypes = Union[float, httpx.Timeout, None]  # noqa: UP007 - a runtime alias on 3.10
"""Seconds (all phases), an ``httpx.Timeout``, or None for no timeout."""
