"""When to retry a request and how long to wait first.

The decision reads top to bottom: out of attempts -> stop; refused before the server
did anything (429, or no connection was made) -> retry, whatever the operation; not
retry-safe -> stop; a transport failure or timeout -> retry; status 408 or 5xx -> retry;
anything else -> stop. The wait is the server's ``Retry-After`` when it sends one (capped),
else exponential backoff with full jitter.
"""

from __future__ import annotations

import datetime
import email.utils
import random
import time

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY

__all__ = ["RETRYABLE_STATUSES", "RetryPolicy", "parse_retry_after"]

RETRYABLE_STATUSES = frozenset({408, 429})


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header, or None when it is absent or malformed.

    Only the two forms of RFC 9110 are read: delta-seconds (ASCII digits only, so
    ``"1_0"``, ``"1e1"``, ``"-1"`` or ``"inf"`` are ignored) and an HTTP date (a date
    in the past means 0).
    """
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000": an HTTP date is always GMT
        when = when.replace(tzinfo=datetime.timezone.utc)
    return max(0.0, when.timestamp() - time.time())


class RetryPolicy:
    """How many times to retry and how long to wait between attempts."""

    __slots__ = ("initial_delay", "max_delay", "max_retries", "max_retry_after")

    def __init__(
        self,
        max_retries: int,
        initial_delay: float = INITIAL_RETRY_DELAY,
        max_delay: float = MAX_RETRY_DELAY,
        max_retry_after: float = MAX_RETRY_AFTER,
    ) -> None:
        self.max_retries = max_retries
        self.initial_delay = initial_delay
        self.max_delay = max_delay
        self.max_retry_after = max_retry_after

    def should_retry(
        self, attempt: int, *, idempotent: bool, status: int | None, sent: bool = True
    ) -> tuple[bool, str]:
        """Whether attempt number ``attempt`` (0-based) may be followed by another, and why.

        ``status`` is None when no response arrived (connection error or timeout);
        ``sent`` is False when the request never left (no connection could be made).
        """
        if attempt >= self.max_retries:
            return False, "no retries left"
        if status == 429:
            return True, "status 429 (the server did not process the request)"
        if not sent:
            return True, "the request was not sent (no connection)"
        if not idempotent:
            return False, "the request is not idempotent"
        if status is None:
            return True, "no response"
        if status in RETRYABLE_STATUSES or status >= 500:
            return True, f"status {status}"
        return False, f"status {status} is not retryable"

    def delay(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds to wait before the next attempt; None when Retry-After exceeds the cap."""
        if retry_after is not None:
            return None if retry_after > self.max_retry_after else retry_after
        backoff = min(self.max_delay, self.initial_delay * (2**attempt))
        return random.uniform(backoff / 2, backoff)
