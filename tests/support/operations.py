"""The generated operation tables, as the tests read them."""

from __future__ import annotations

from phala_cloud_api.operations import OPERATIONS, spec
from phala_cloud_api.operations._spec_types import OperationSpec
from phala_cloud_sdk._api_versions import Alternative, alternatives_for

__all__ = ["OPERATIONS", "alternatives", "responses", "spec", "success_status"]


def responses(operation: str) -> dict[str, tuple[Alternative, ...]]:
    """Each success status of ``operation`` -> its (shape, class) alternatives in spec order."""
    described: OperationSpec = spec(operation)
    return {status: r.alternatives for status, r in described.responses.items()}


def success_status(operation: str) -> str:
    """The first 2xx status of ``operation``."""
    return next(status for status in responses(operation) if status.startswith("2"))


def alternatives(operation: str, status: str, version: str) -> tuple[Alternative, ...]:
    """The models ``operation`` may return with ``status`` in API ``version``, in trial order."""
    return alternatives_for(responses(operation)[status], version)
