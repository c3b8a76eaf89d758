"""JSON decoding: orjson (a dependency, ~2x faster) when importable, else the standard library.

orjson turns integers outside the 64-bit range into floats without a word; a body
with such a number (19 digits or more in a number position) is decoded with the
json module instead, so no value ever changes.

Both paths refuse the same things with a ``ValueError`` (see ``JSONDecodeError``):
``NaN``/``Infinity`` (not JSON; orjson refuses them, the json module is told to) and
nesting deeper than ``MAX_DEPTH`` levels (orjson's limit; on the json path it is
checked after decoding, and up to Python 3.11 the json module may stop earlier, at
Python's recursion limit: about 1,000 levels minus the caller's stack).
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["MAX_DEPTH", "JSONDecodeError", "loads"]

MAX_DEPTH = 1024
"""Deepest nesting of arrays and objects a body may have (orjson's own limit)."""

# Bytes that may precede a number in JSON, and a translation that maps every digit to b"0"
# and everything else to b" ", so that bytes.find can look for long digit runs at C speed.
_NUMBER_CONTEXT = frozenset(b":,[ \t\r\n-")
_DIGITS_ONLY = bytes(48 if 48 <= i <= 57 else 32 for i in range(256))
_LONG_RUN = b"0" * 19


def has_long_integer(raw: bytes) -> bool:
    """Whether ``raw`` may hold an integer token of 19 or more digits."""
    digits = raw.translate(_DIGITS_ONLY)
    index = digits.find(_LONG_RUN)
    while index != -1:
        start = index
        while start > 0 and digits[start - 1] == 48:
            start -= 1
        if start == 0 or raw[start - 1] in _NUMBER_CONTEXT:
            return True
        end = index + len(_LONG_RUN)
        while end < len(digits) and digits[end] == 48:
            end += 1
        index = digits.find(_LONG_RUN, end)
    return False


try:
    import orjson
except ImportError:  # pragma: no cover - orjson has wheels for the usual platforms
    orjson = None  # type: ignore[assignment]


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether arrays and objects in ``value`` nest more than ``limit`` levels deep."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def loads(raw: bytes) -> Any:
    """Decode a JSON body: orjson, unless it is missing or a big integer needs json."""
    if orjson is None or has_long_integer(raw):
        try:
            value = json.loads(raw, parse_constant=_refuse_constant)
        except RecursionError:
            raise ValueError("the JSON is nested too deeply to decode") from None
        # Python 3.12+ decodes deeper than orjson would: the same limit on both paths.
        if isinstance(value, dict | list) and _deeper_than(value, MAX_DEPTH):
            raise ValueError(f"the JSON is nested deeper than {MAX_DEPTH} levels")
        return value
    return orjson.loads(raw)


JSONDecodeError: tuple[type[Exception], ...] = (
    (json.JSONDecodeError, ValueError) if orjson is None else (orjson.JSONDecodeError, ValueError)
)
