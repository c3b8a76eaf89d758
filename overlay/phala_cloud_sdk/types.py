"""Public types: the seed-style argument mappings and the result aliases.

Each ``...Params`` TypedDict is the one-mapping form of a method's arguments,
e.g. ``client.get_app_info({"app_id": "app-123"})``. Result aliases name the
model unions a method can return; the API version decides which member you get.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from ._response import APIResponse
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ._versions import ApiVersion

if TYPE_CHECKING:
    from typing import TypeAlias

    from phala_cloud_api.models import (
        CvmInfoV20260121,
        DstackAppFullResponseV20251028,
        DstackAppFullResponseV20260121,
        DstackAppMinimalResponse,
        HostedCvmV20251028,
    )

    App: TypeAlias = (
        DstackAppFullResponseV20251028 | DstackAppFullResponseV20260121 | DstackAppMinimalResponse
    )
    """An app as ``get_app_info`` / ``get_app_list`` return it, in either API version."""
    AppV20251028: TypeAlias = DstackAppFullResponseV20251028 | DstackAppMinimalResponse
    """An app as a 2025-10-28 client gets it."""
    AppV20260121: TypeAlias = DstackAppFullResponseV20260121 | DstackAppMinimalResponse
    """An app as a 2026-01-21 client gets it."""
    AppCvm: TypeAlias = HostedCvmV20251028 | CvmInfoV20260121
    """A CVM as ``get_app_cvms`` returns it: HostedCvm (2025-10-28) or CVMInfo (2026-01-21)."""

__all__ = [
    "NOT_GIVEN",
    "APIResponse",
    "ApiVersion",
    "App",
    "AppCvm",
    "AppV20251028",
    "AppV20260121",
    "CheckAppCvmsIsAllowedParams",
    "CheckAppIsAllowedParams",
    "CreateAppInstanceParams",
    "GetAppAttestationParams",
    "GetAppCvmsParams",
    "GetAppDeviceAllowlistParams",
    "GetAppFilterOptionsParams",
    "GetAppInfoParams",
    "GetAppKmsInfoParams",
    "GetAppListParams",
    "GetAppPendingUpdatePreviewParams",
    "GetAppPendingUpdatesParams",
    "GetAppRevisionDetailParams",
    "GetAppRevisionsParams",
    "GetAppTcbEvaluationParams",
    "GetAppUsageParams",
    "NotGiven",
    "RedeployAppRevisionParams",
    "ReplicateAppCvmParams",
    "TimeoutTypes",
]


def __getattr__(name: str) -> Any:
    # The result aliases need the generated models; build them only when asked for.
    if name in {"App", "AppCvm", "AppV20251028", "AppV20260121"}:
        from phala_cloud_api import models

        members = {
            "App": (
                models.DstackAppFullResponseV20251028,
                models.DstackAppFullResponseV20260121,
                models.DstackAppMinimalResponse,
            ),
            "AppCvm": (models.HostedCvmV20251028, models.CvmInfoV20260121),
            "AppV20251028": (
                models.DstackAppFullResponseV20251028,
                models.DstackAppMinimalResponse,
            ),
            "AppV20260121": (
                models.DstackAppFullResponseV20260121,
                models.DstackAppMinimalResponse,
            ),
        }[name]
        from typing import Union

        return Union[members]  # noqa: UP007
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class GetAppListParams(TypedDict, total=False):
    """Arguments of :meth:`Client.get_app_list` (seed-style mapping)."""

    page: int
    page_size: int
    search: str
    status: Sequence[str]
    listed: bool
    base_image: str
    instance_type: str
    kms_slug: str
    kms_type: str
    node: str
    region: str


class GetAppFilterOptionsParams(TypedDict, total=False):
    """Arguments of :meth:`Client.get_app_filter_options` (seed-style mapping)."""


class GetAppInfoParams(TypedDict, total=False):
    """Arguments of :meth:`Client.get_app_info` (seed-style mapping)."""

    app_id: str


class GetAppCvmsParams(TypedDict, total=False):
    """Arguments of :meth:`Client.get_app_cvms` (seed-style mapping)."""

    app_id: str


class ReplicateAppCvmParams(TypedDict, total=False):
    """Arguments of :meth:`Client.replicate_app_cvm` (seed-style mapping)."""

    app_id: str
    vm_uuid: str
    x_prepare_only: str
    teepod_id: int
    node_id: int
    encrypted_env: str
    compose_hash: str


class CreateAppInstanceParams(TypedDict, total=False):
    """Arguments of :meth:`Client.create_app_instance` (seed-style mapping)."""

    app_id: str
    teepod_id: int
    node_id: int
    encrypted_env: str
    compose_hash: str
    docker_compose_file: str
    pre_launch_script: str
    token: str
    transaction_hash: str


class GetAppDeviceAllowlistParams(TypedDict, total=False):
    """Arguments of :meth:`Client.get_app_device_allowlist` (seed-style mapping)."""

    app_id: str


class GetAppAttestationParams(TypedDict, total=False):
    """Arguments of :meth:`Client.get_app_attestation` (seed-style mapping)."""

    app_id: str


class GetAppTcbEvaluationParams(TypedDict, total=False):
    """Arguments of :meth:`Client.get_app_tcb_evaluation` (seed-style mapping)."""

    app_id: str


class GetAppRevisionsParams(TypedDict, total=False):
    """Arguments of :meth:`Client.get_app_revisions` (seed-style mapping)."""

    app_id: str
    page: int
    page_size: int


class GetAppRevisionDetailParams(TypedDict, total=False):
    """Arguments of :meth:`Client.get_app_revision_detail` (seed-style mapping)."""

    app_id: str
    revision_id: str
    raw_compose_file: bool


class RedeployAppRevisionParams(TypedDict, total=False):
    """Arguments of :meth:`Client.redeploy_app_revision` (seed-style mapping)."""

    app_id: str
    revision_id: str
    transaction_hash: str
    vm_uuids: Sequence[str]


class GetAppUsageParams(TypedDict, total=False):
    """Arguments of :meth:`Client.get_app_usage` (seed-style mapping)."""

    app_id: str
    start_date: str | datetime.datetime
    end_date: str | datetime.datetime
    limit: int
    offset: int


class CheckAppIsAllowedParams(TypedDict, total=False):
    """Arguments of :meth:`Client.check_app_is_allowed` (seed-style mapping)."""

    app_id: str
    compose_hash: str
    node_id: int
    device_id: str
    chain_id: int


class CheckAppCvmsIsAllowedParams(TypedDict, total=False):
    """Arguments of :meth:`Client.check_app_cvms_is_allowed` (seed-style mapping)."""

    app_id: str


class GetAppKmsInfoParams(TypedDict, total=False):
    """Arguments of :meth:`Client.get_app_kms_info` (seed-style mapping)."""

    app_id: str


class GetAppPendingUpdatesParams(TypedDict, total=False):
    """Arguments of :meth:`Client.get_app_pending_updates` (seed-style mapping)."""

    app_id: str


class GetAppPendingUpdatePreviewParams(TypedDict, total=False):
    """Arguments of :meth:`Client.get_app_pending_update_preview` (seed-style mapping)."""

    app_id: str
    vm_uuid: str
    compose_hash: str
