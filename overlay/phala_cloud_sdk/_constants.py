"""Every default of the SDK, by name."""

from __future__ import annotations

import httpx

__all__ = [
    "API_KEY_HEADER",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENV_API_KEY",
    "ENV_BASE_URL",
    "INITIAL_RETRY_DELAY",
    "MAX_MESSAGE_LENGTH",
    "MAX_REDIRECTS",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "PREFETCH_PAGES",
    "REQUEST_ID_HEADERS",
    "VERSION_HEADER",
    "WEBHOOK_SIGNATURE_HEADER",
    "WEBHOOK_TIMESTAMP_HEADER",
    "WEBHOOK_TOLERANCE_SECONDS",
]

DEFAULT_BASE_URL = "https://cloud-api.phala.com/api/v1"
ENV_API_KEY = "PHALA_CLOUD_API_KEY"
ENV_BASE_URL = "PHALA_CLOUD_API_PREFIX"
API_KEY_HEADER = "X-API-Key"
VERSION_HEADER = "X-Phala-Version"
REQUEST_ID_HEADERS = ("x-request-id", "x-correlation-id", "request-id")

# Connect fast or fail; allow slow reads (attestation calls can take a while).
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server asking us to wait longer than this is treated as asking us to stop.
MAX_RETRY_AFTER = 60.0
MAX_REDIRECTS = 5
# Longest error message; the rest of a long error body stays on the error's ``body``.
MAX_MESSAGE_LENGTH = 1000
# Pages an AsyncPage iteration fetches ahead of the consumer when total_pages is known.
PREFETCH_PAGES = 4

# Webhook deliveries: HMAC-SHA256 of "<timestamp>.<body>" in the signature header.
WEBHOOK_SIGNATURE_HEADER = "X-Webhook-Signature"
WEBHOOK_TIMESTAMP_HEADER = "X-Webhook-Timestamp"
# How far a delivery's timestamp may be from our clock, either way, before it counts as a replay.
WEBHOOK_TOLERANCE_SECONDS = 300
