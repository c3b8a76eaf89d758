"""Small shared types, declared once in the generated contract and re-exported here."""

from __future__ import annotations

from phala_cloud_api.surface._base import (
    NOT_GIVEN,
    Body,
    FileInput,
    Headers,
    NotGiven,
    Query,
    Timeout,
)

__all__ = [
    "NOT_GIVEN",
    "Body",
    "FileInput",
    "Headers",
    "NotGiven",
    "Query",
    "Timeout",
    "TimeoutTypes",
]

TimeoutTypes = Timeout
"""Seconds (all phases), an ``httpx.Timeout``, or None for no timeout."""
