"""465-468 and 409 become typed errors carrying what the caller needs to go on."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from phala_cloud_sdk import (
    APIStatusError,
    ComposeHashExpiredError,
    ComposeHashNotAllowedError,
    ComposeHashRegistrationRequiredError,
    ConflictError,
    OnChainError,
    OperationInProgressError,
    TransactionVerificationError,
)
from phala_cloud_sdk._exceptions import status_error

KMS_INFO = {"id": "kms_1", "slug": "kms-base-prod", "chain_id": 8453, "kms_contract_address": "0xk"}
STRUCTURED_465 = {
    "error_code": "ERR-01-005",
    "message": "Compose hash registration required on-chain",
    "details": [
        {"field": "compose_hash", "value": "0xhash", "message": None},
        {"field": "app_id", "value": "0xapp", "message": None},
        {"field": "device_id", "value": "0xdevice", "message": None},
        {"field": "kms_info", "value": KMS_INFO, "message": None},
        {"field": "commit_token", "value": "tok", "message": None},
        {"field": "commit_url", "value": "https://cloud.phala.com/x/confirm?token=tok"},
        {
            "field": "api_commit_url",
            "value": "https://cloud-api.phala.com/api/v1/cvms/c/commit-update",
        },
        {"field": "onchain_status", "value": {"compose_hash_allowed": False}},
    ],
    "suggestions": ["Register the compose hash on-chain"],
}
LEGACY_465 = {
    "message": "need hash",
    "compose_hash": "0xhash",
    "app_id": "0xapp",
    "device_id": "0xdevice",
    "kms_info": KMS_INFO,
}


def error_for(status: int, body: Any) -> APIStatusError:
    request = httpx.Request("PATCH", "https://cloud-api.phala.com/api/v1/cvms/c/envs")
    return status_error(httpx.Response(status, json=body, request=request), body)


@pytest.mark.parametrize(
    "body", [STRUCTURED_465, LEGACY_465, {"detail": STRUCTURED_465}, {"detail": LEGACY_465}]
)
def test_465_carries_what_to_register_in_every_body_form(body: dict[str, Any]) -> None:
    error = error_for(465, body)
    assert isinstance(error, ComposeHashRegistrationRequiredError)
    assert isinstance(error, OnChainError)
    assert (error.compose_hash, error.app_id, error.device_id) == ("0xhash", "0xapp", "0xdevice")
    assert error.kms_info == KMS_INFO
    assert error.status_code == 465


def test_465_of_a_prepared_update_carries_the_commit_token() -> None:
    error = error_for(465, STRUCTURED_465)
    assert isinstance(error, OnChainError)
    assert error.commit_token == "tok"
    assert error.commit_url is not None and "confirm" in error.commit_url
    assert error.api_commit_url is not None and error.api_commit_url.endswith("/commit-update")
    assert error.onchain_status == {"compose_hash_allowed": False}
    assert error.error_code == "ERR-01-005"
    assert error.suggestions == ["Register the compose hash on-chain"]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (466, ComposeHashExpiredError),
        (467, TransactionVerificationError),
        (468, ComposeHashNotAllowedError),
    ],
)
def test_466_to_468_are_their_own_classes(status: int, cls: type[OnChainError]) -> None:
    error = error_for(status, {"error_code": f"ERR-01-00{status - 460}", "message": "no"})
    assert type(error) is cls
    assert error.compose_hash is None


def test_409_without_a_code_is_an_operation_in_progress() -> None:
    error = error_for(409, {"detail": "Another operation is in progress: restart"})
    assert isinstance(error, OperationInProgressError)
    assert isinstance(error, ConflictError)
    assert error.operation == "Another operation is in progress: restart"


def test_409_names_the_running_operation_when_the_body_does() -> None:
    body = {"detail": {"message": "busy", "operation_type": "update", "correlation_id": "c-1"}}
    error = error_for(409, body)
    assert isinstance(error, OperationInProgressError)
    assert (error.operation, error.correlation_id) == ("update", "c-1")


def test_409_with_an_error_code_is_a_lasting_conflict() -> None:
    error = error_for(409, {"error_code": "ERR-03-007", "message": "app id committed"})
    assert type(error) is ConflictError
