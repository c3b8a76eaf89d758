"""JSON decoding: orjson (a dependency, ~2x faster) when importable, else the standard library."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["JSONDecodeError", "loads"]

try:  # pragma: no cover - depends on the environment
    import orjson

    loads: Callable[[bytes], Any] = orjson.loads
    JSONDecodeError: tuple[type[Exception], ...] = (orjson.JSONDecodeError, ValueError)
except ImportError:  # pragma: no cover
    loads = json.loads
    JSONDecodeError = (json.JSONDecodeError, ValueError)
