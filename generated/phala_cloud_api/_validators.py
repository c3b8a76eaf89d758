"""Response validators, one per component schema (written by scripts/codegen_validators.py).

``check(name, value)`` raises :class:`SchemaViolation` naming the first field that
does not fit schema ``name``; ``is_valid(name, value)`` answers yes or no.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class SchemaViolation(Exception):
    """A JSON value does not fit its schema; ``path`` locates the value."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.path: list[str | int] = []

    @property
    def location(self) -> str:
        """The path as ``$.a.b[2].c``."""
        out = "$"
        for step in self.path:
            out += f"[{step}]" if isinstance(step, int) else f".{step}"
        return out

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "object", list: "array", str: "string", bool: "boolean"}.get(
        value.__class__, type(value).__name__
    )


def _fail(expected: str, value: Any) -> SchemaViolation:
    return SchemaViolation(f"expected {expected}, got {_kind(value)}")


def _any_of(value: Any, checks: tuple[Callable[[Any], None], ...], expected: str) -> None:
    first: SchemaViolation | None = None
    for check in checks:
        try:
            check(value)
            return
        except SchemaViolation as exc:
            first = first or exc
    raise SchemaViolation(f"fits none of {expected} (first: {first})")

_MISSING = object()
_REQUIRED1 = frozenset({'dstack_apps', 'page', 'page_size', 'total', 'total_pages'})
_REQUIRED2 = frozenset({'app_id', 'created_at', 'id', 'kms_type', 'name'})
_REQUIRED3 = frozenset({'app_id', 'disk_size', 'instance_type', 'kms_type', 'memory', 'region_identifier', 'status', 'teepod_id', 'teepod_name', 'vcpu', 'vm_uuid'})
_REQUIRED4 = frozenset({'disk_size', 'gpu_count', 'memory', 'vcpu'})
_REQUIRED5 = frozenset({'app_id'})
_REQUIRED6 = frozenset({'dstack_apps', 'page', 'page_size', 'total', 'total_pages'})
_REQUIRED7 = frozenset({'app_id', 'created_at', 'id', 'kms_type', 'name'})
_REQUIRED8 = frozenset({'gateway', 'id', 'name', 'resource', 'status'})
_REQUIRED9 = frozenset({'app', 'instance'})
_REQUIRED10 = frozenset({'id', 'name'})
_REQUIRED11 = frozenset({'loc', 'msg', 'type'})
_REQUIRED12 = frozenset({'image_versions', 'instance_types', 'kms_slugs', 'kms_types', 'nodes', 'regions', 'statuses'})
_REQUIRED13 = frozenset({'hosted', 'name', 'public_urls', 'status'})
_REQUIRED14 = frozenset({'app_id', 'id', 'name', 'status', 'uptime'})
_REQUIRED15 = frozenset({'disk_size', 'image', 'memory', 'name', 'vcpu'})
_REQUIRED16 = frozenset({'name'})
_REQUIRED17 = frozenset({'host_port', 'protocol', 'vm_port'})
_REQUIRED18 = frozenset({'gpus'})
_REQUIRED19 = frozenset({'slot'})
_REQUIRED20 = frozenset({'body', 'event'})
_REQUIRED21 = frozenset({'id', 'username'})
_REQUIRED22 = frozenset({'id', 'name'})
_REQUIRED23 = frozenset({'id', 'url', 'version'})
_REQUIRED24 = frozenset({'app_id', 'created_at', 'disk_size', 'id', 'memory', 'name', 'status', 'teepod_id', 'vcpu'})
_REQUIRED25 = frozenset({'id', 'name'})
_REQUIRED26 = frozenset({'device_id', 'status'})
_REQUIRED27 = frozenset({'app_id', 'instances'})
_REQUIRED28 = frozenset({'image_version', 'instance_id', 'name', 'status', 'vm_uuid'})
_REQUIRED29 = frozenset({'page', 'page_size', 'revisions', 'total', 'total_pages'})
_REQUIRED30 = frozenset({'app_id', 'compose_hash', 'created_at', 'operation_type', 'revision_id', 'trace_id', 'vm_uuid'})
_REQUIRED31 = frozenset({'vm_uuid'})
_REQUIRED32 = frozenset({'app_id', 'compose_file', 'compose_hash', 'created_at', 'encrypted_env', 'operation_type', 'revision_id', 'trace_id', 'user_config', 'vm_uuid'})
_REQUIRED33 = frozenset({'total', 'total_cost', 'usage'})
_REQUIRED34 = frozenset({'billing_day', 'billing_end', 'billing_hour', 'billing_key', 'billing_start', 'cost', 'details', 'duration_minutes', 'event_type', 'instance_id', 'project_id', 'team_id', 'timestamp', 'usage_type'})
_REQUIRED35 = frozenset({'compose_hash'})
_REQUIRED36 = frozenset({'allow_any_device', 'app_contract_address', 'compose_hash', 'compose_hash_allowed', 'device_id', 'is_allowed'})
_REQUIRED37 = frozenset({'is_onchain'})
_REQUIRED38 = frozenset({'allow_any_device', 'app_contract_address', 'compose_hash', 'compose_hash_allowed', 'cvm_id', 'device_id', 'is_allowed'})
_REQUIRED39 = frozenset({'compose_hash', 'on_chain', 'vm_uuid'})
_REQUIRED40 = frozenset({'dstack_apps', 'page', 'page_size', 'total', 'total_pages'})
_REQUIRED43 = frozenset({'app_id', 'created_at', 'id', 'kms_type', 'name'})
_REQUIRED44 = frozenset({'app_id', 'disk_size', 'instance_type', 'kms_type', 'memory', 'region_identifier', 'status', 'teepod_id', 'teepod_name', 'vcpu', 'vm_uuid'})
_REQUIRED45 = frozenset({'disk_size', 'gpu_count', 'memory', 'vcpu'})
_REQUIRED46 = frozenset({'app_id'})
_REQUIRED47 = frozenset({'dstack_apps', 'page', 'page_size', 'total', 'total_pages'})
_REQUIRED50 = frozenset({'app_id', 'created_at', 'id', 'kms_type', 'name'})
_REQUIRED51 = frozenset({'gateway', 'id', 'name', 'resource', 'status'})
_ENUM52 = ('skip', 'hourly', 'monthly')
_CONST53 = 'node'
_ENUM54 = ('ONLINE', 'OFFLINE', 'MAINTENANCE')
_ENUM55 = ('phala', 'ethereum', 'base', 'legacy')
_REQUIRED56 = frozenset({'app', 'instance'})
_REQUIRED57 = frozenset({'id', 'name'})
_CONST58 = 'workspace'
_CONST59 = 'user'
_REQUIRED60 = frozenset({'loc', 'msg', 'type'})
_REQUIRED63 = frozenset({'image_versions', 'instance_types', 'kms_slugs', 'kms_types', 'nodes', 'regions', 'statuses'})
_REQUIRED64 = frozenset({'hosted', 'name', 'public_urls', 'status'})
_REQUIRED65 = frozenset({'app_id', 'id', 'name', 'status', 'uptime'})
_REQUIRED66 = frozenset({'disk_size', 'image', 'memory', 'name', 'vcpu'})
_REQUIRED67 = frozenset({'name'})
_CONST69 = 'ext4'
_CONST71 = 'zfs'
_REQUIRED73 = frozenset({'host_port', 'protocol', 'vm_port'})
_REQUIRED74 = frozenset({'gpus'})
_ENUM76 = ('listed', 'all')
_REQUIRED78 = frozenset({'slot'})
_REQUIRED79 = frozenset({'body', 'event'})
_REQUIRED80 = frozenset({'id', 'username'})
_REQUIRED81 = frozenset({'id', 'name'})
_REQUIRED82 = frozenset({'id', 'url', 'version'})
_REQUIRED83 = frozenset({'app_id', 'created_at', 'disk_size', 'id', 'memory', 'name', 'status', 'teepod_id', 'vcpu'})
_REQUIRED84 = frozenset({'id', 'name'})
_REQUIRED85 = frozenset({'device_id', 'status'})
_REQUIRED86 = frozenset({'app_id', 'instances'})
_CONST87 = 'early'
_REQUIRED88 = frozenset({'image_version', 'instance_id', 'name', 'status', 'vm_uuid'})
_CONST89 = 'early'
_REQUIRED90 = frozenset({'page', 'page_size', 'revisions', 'total', 'total_pages'})
_REQUIRED91 = frozenset({'app_id', 'compose_hash', 'created_at', 'operation_type', 'revision_id', 'trace_id', 'vm_uuid'})
_REQUIRED92 = frozenset({'vm_uuid'})
_CONST93 = 'cvm'
_REQUIRED94 = frozenset({'app_id', 'compose_file', 'compose_hash', 'created_at', 'encrypted_env', 'operation_type', 'revision_id', 'trace_id', 'user_config', 'vm_uuid'})
_REQUIRED98 = frozenset({'total', 'total_cost', 'usage'})
_REQUIRED99 = frozenset({'billing_day', 'billing_end', 'billing_hour', 'billing_key', 'billing_start', 'cost', 'details', 'duration_minutes', 'event_type', 'instance_id', 'project_id', 'team_id', 'timestamp', 'usage_type'})
_REQUIRED100 = frozenset({'compose_hash'})
_REQUIRED101 = frozenset({'allow_any_device', 'app_contract_address', 'compose_hash', 'compose_hash_allowed', 'device_id', 'is_allowed'})
_REQUIRED102 = frozenset({'is_onchain'})
_REQUIRED103 = frozenset({'allow_any_device', 'app_contract_address', 'compose_hash', 'compose_hash_allowed', 'cvm_id', 'device_id', 'is_allowed'})
_ENUM104 = ('eoa', 'safe', 'legacy_multisig', 'erc4337', 'contract')
_REQUIRED105 = frozenset({'compose_hash', 'on_chain', 'vm_uuid'})
_ENUM106 = ('2025-10-28', '2026-01-21')



def _shape_DstackAppListResponseV20251028(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v['page']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['page_size']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['total']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['total_pages']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True


def _shape_DstackAppFullResponseV20251028(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED2 <= v.keys():
        return False
    p = v['id']
    if not p.__class__ is str:
        return False
    p = v['name']
    if not p.__class__ is str:
        return False
    p = v['app_id']
    if not p.__class__ is str:
        return False
    p = v['created_at']
    if not p.__class__ is str:
        return False
    p = v['kms_type']
    if not p.__class__ is str:
        return False
    return True


def _shape_ProfileGetResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_CvmBasicInfoV20251028(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED3 <= v.keys():
        return False
    p = v['vm_uuid']
    if not (p.__class__ is str or p is None):
        return False
    p = v['app_id']
    if not p.__class__ is str:
        return False
    p = v['status']
    if not p.__class__ is str:
        return False
    p = v['vcpu']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['memory']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['disk_size']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['teepod_id']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['teepod_name']
    if not p.__class__ is str:
        return False
    p = v['region_identifier']
    if not (p.__class__ is str or p is None):
        return False
    p = v['kms_type']
    if not (p.__class__ is str or p is None):
        return False
    p = v['instance_type']
    if not (p.__class__ is str or p is None):
        return False
    return True


def _shape_MachineInfo(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED4 <= v.keys():
        return False
    p = v['vcpu']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['memory']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['disk_size']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['gpu_count']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True


def _shape_DstackAppMinimalResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED5 <= v.keys():
        return False
    p = v['app_id']
    if not p.__class__ is str:
        return False
    return True


def _shape_DstackAppListResponseV20260121(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED6 <= v.keys():
        return False
    p = v['page']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['page_size']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['total']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['total_pages']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True


def _shape_DstackAppFullResponseV20260121(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED7 <= v.keys():
        return False
    p = v['id']
    if not p.__class__ is str:
        return False
    p = v['name']
    if not p.__class__ is str:
        return False
    p = v['app_id']
    if not p.__class__ is str:
        return False
    p = v['created_at']
    if not p.__class__ is str:
        return False
    p = v['kms_type']
    if not p.__class__ is str:
        return False
    return True


def _shape_CvmInfoV20260121(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED8 <= v.keys():
        return False
    p = v['id']
    if not p.__class__ is str:
        return False
    p = v['name']
    if not p.__class__ is str:
        return False
    p = v['status']
    if not p.__class__ is str:
        return False
    return True


def _shape_CVMResourceInfo(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_BillingPeriod(v: Any) -> bool:
    return is_valid('BillingPeriod', v)


def _shape_NodeRef(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_TeepodStatus(v: Any) -> bool:
    return is_valid('TeepodStatus', v)


def _shape_CVMOSInfo(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_KmsType(v: Any) -> bool:
    return is_valid('KmsType', v)


def _shape_CVMKmsInfo(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_CVMProgressInfo(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_CVMGatewayInfo(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_CVMLogUrls(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_CvmNetworkUrls(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED9 <= v.keys():
        return False
    p = v['app']
    if not p.__class__ is str:
        return False
    p = v['instance']
    if not p.__class__ is str:
        return False
    return True


def _shape_WorkspaceRef(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED10 <= v.keys():
        return False
    p = v['id']
    if not p.__class__ is str:
        return False
    p = v['name']
    if not p.__class__ is str:
        return False
    return True


def _shape_UserRef(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_HTTPValidationError(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_ValidationError(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED11 <= v.keys():
        return False
    p = v['msg']
    if not p.__class__ is str:
        return False
    p = v['type']
    if not p.__class__ is str:
        return False
    return True


def _shape_FilterOptionsResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED12 <= v.keys():
        return False
    return True


def _shape_HostedCvmV20251028(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED13 <= v.keys():
        return False
    p = v['name']
    if not p.__class__ is str:
        return False
    p = v['status']
    if not p.__class__ is str:
        return False
    return True


def _shape_VmInfo(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED14 <= v.keys():
        return False
    p = v['id']
    if not p.__class__ is str:
        return False
    p = v['name']
    if not p.__class__ is str:
        return False
    p = v['status']
    if not p.__class__ is str:
        return False
    p = v['uptime']
    if not p.__class__ is str:
        return False
    p = v['app_id']
    if not p.__class__ is str:
        return False
    return True


def _shape_VmConfiguration(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED15 <= v.keys():
        return False
    p = v['name']
    if not p.__class__ is str:
        return False
    p = v['image']
    if not p.__class__ is str:
        return False
    p = v['vcpu']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['memory']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['disk_size']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True


def _shape_AppComposeV2(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED16 <= v.keys():
        return False
    p = v['name']
    if not p.__class__ is str:
        return False
    return True


def _shape_PortMapping(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED17 <= v.keys():
        return False
    p = v['protocol']
    if not p.__class__ is str:
        return False
    p = v['host_port']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['vm_port']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True


def _shape_GpuConfig(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED18 <= v.keys():
        return False
    return True


def _shape_GpuSpec(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED19 <= v.keys():
        return False
    p = v['slot']
    if not p.__class__ is str:
        return False
    return True


def _shape_GuestEvent(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED20 <= v.keys():
        return False
    p = v['event']
    if not p.__class__ is str:
        return False
    p = v['body']
    if not p.__class__ is str:
        return False
    return True


def _shape_ManagedUser(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED21 <= v.keys():
        return False
    p = v['id']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['username']
    if not p.__class__ is str:
        return False
    return True


def _shape_CvmNode(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED22 <= v.keys():
        return False
    p = v['id']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['name']
    if not p.__class__ is str:
        return False
    return True


def _shape_KMSInfo(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED23 <= v.keys():
        return False
    p = v['id']
    if not p.__class__ is str:
        return False
    p = v['url']
    if not p.__class__ is str:
        return False
    p = v['version']
    if not p.__class__ is str:
        return False
    return True


def _shape_ReplicateRequest(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_VM(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED24 <= v.keys():
        return False
    p = v['id']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['name']
    if not p.__class__ is str:
        return False
    p = v['status']
    if not p.__class__ is str:
        return False
    p = v['teepod_id']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['app_id']
    if not p.__class__ is str:
        return False
    p = v['vcpu']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['memory']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['disk_size']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['created_at']
    if not p.__class__ is str:
        return False
    return True


def _shape_TeepodMeta(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED25 <= v.keys():
        return False
    p = v['id']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['name']
    if not p.__class__ is str:
        return False
    return True


def _shape_CreateAppInstanceRequest(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_DeviceAllowlistResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_DeviceAllowlistItem(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED26 <= v.keys():
        return False
    p = v['device_id']
    if not p.__class__ is str:
        return False
    p = v['status']
    if not p.__class__ is str:
        return False
    return True


def _shape_TcbEvaluationResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED27 <= v.keys():
        return False
    p = v['app_id']
    if not p.__class__ is str:
        return False
    return True


def _shape_TcbEvaluationInstance(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED28 <= v.keys():
        return False
    p = v['vm_uuid']
    if not (p.__class__ is str or p is None):
        return False
    p = v['name']
    if not (p.__class__ is str or p is None):
        return False
    p = v['instance_id']
    if not (p.__class__ is str or p is None):
        return False
    p = v['status']
    if not (p.__class__ is str or p is None):
        return False
    p = v['image_version']
    if not (p.__class__ is str or p is None):
        return False
    return True


def _shape_AppRevisionsResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED29 <= v.keys():
        return False
    p = v['total']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['page']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['page_size']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['total_pages']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True


def _shape_AppRevisionResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED30 <= v.keys():
        return False
    p = v['revision_id']
    if not p.__class__ is str:
        return False
    p = v['app_id']
    if not p.__class__ is str:
        return False
    p = v['vm_uuid']
    if not p.__class__ is str:
        return False
    p = v['compose_hash']
    if not p.__class__ is str:
        return False
    p = v['created_at']
    if not p.__class__ is str:
        return False
    p = v['trace_id']
    if not (p.__class__ is str or p is None):
        return False
    p = v['operation_type']
    if not p.__class__ is str:
        return False
    return True


def _shape_CvmRef(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED31 <= v.keys():
        return False
    p = v['vm_uuid']
    if not p.__class__ is str:
        return False
    return True


def _shape_AppRevisionDetailResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED32 <= v.keys():
        return False
    p = v['revision_id']
    if not p.__class__ is str:
        return False
    p = v['app_id']
    if not p.__class__ is str:
        return False
    p = v['vm_uuid']
    if not p.__class__ is str:
        return False
    p = v['compose_hash']
    if not p.__class__ is str:
        return False
    p = v['encrypted_env']
    if not p.__class__ is str:
        return False
    p = v['user_config']
    if not p.__class__ is str:
        return False
    p = v['created_at']
    if not p.__class__ is str:
        return False
    p = v['trace_id']
    if not (p.__class__ is str or p is None):
        return False
    p = v['operation_type']
    if not p.__class__ is str:
        return False
    return True


def _shape_RedeployRevisionRequest(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_AppUsageResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED33 <= v.keys():
        return False
    p = v['total']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['total_cost']
    if not (p.__class__ is int or p.__class__ is float):
        return False
    return True


def _shape_MeteredUsageResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED34 <= v.keys():
        return False
    p = v['instance_id']
    if not p.__class__ is str:
        return False
    p = v['project_id']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['team_id']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['timestamp']
    if not p.__class__ is str:
        return False
    p = v['event_type']
    if not p.__class__ is str:
        return False
    p = v['cost']
    if not (p.__class__ is int or p.__class__ is float):
        return False
    p = v['details']
    if not (p.__class__ is str or p is None):
        return False
    p = v['usage_type']
    if not p.__class__ is str:
        return False
    p = v['billing_start']
    if not p.__class__ is str:
        return False
    p = v['billing_end']
    if not p.__class__ is str:
        return False
    p = v['duration_minutes']
    if not (p.__class__ is int or p.__class__ is float):
        return False
    p = v['billing_key']
    if not p.__class__ is str:
        return False
    p = v['billing_hour']
    if not p.__class__ is str:
        return False
    p = v['billing_day']
    if not p.__class__ is str:
        return False
    return True


def _shape_AppIsAllowedRequest(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED35 <= v.keys():
        return False
    p = v['compose_hash']
    if not p.__class__ is str:
        return False
    return True


def _shape_AppIsAllowedResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED36 <= v.keys():
        return False
    p = v['app_contract_address']
    if not p.__class__ is str:
        return False
    p = v['compose_hash']
    if not p.__class__ is str:
        return False
    p = v['device_id']
    if not p.__class__ is str:
        return False
    p = v['compose_hash_allowed']
    if not p.__class__ is bool:
        return False
    p = v['allow_any_device']
    if not p.__class__ is bool:
        return False
    p = v['is_allowed']
    if not p.__class__ is bool:
        return False
    return True


def _shape_AppCvmsBatchIsAllowedResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED37 <= v.keys():
        return False
    p = v['is_onchain']
    if not p.__class__ is bool:
        return False
    return True


def _shape_CvmIsAllowedItem(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED38 <= v.keys():
        return False
    p = v['cvm_id']
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v['app_contract_address']
    if not p.__class__ is str:
        return False
    p = v['compose_hash']
    if not p.__class__ is str:
        return False
    p = v['device_id']
    if not p.__class__ is str:
        return False
    p = v['compose_hash_allowed']
    if not p.__class__ is bool:
        return False
    p = v['allow_any_device']
    if not p.__class__ is bool:
        return False
    p = v['is_allowed']
    if not p.__class__ is bool:
        return False
    return True


def _shape_AppKmsInfoResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_PendingUpdatesResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_PendingUpdateItem(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED39 <= v.keys():
        return False
    p = v['vm_uuid']
    if not p.__class__ is str:
        return False
    p = v['compose_hash']
    if not p.__class__ is str:
        return False
    p = v['on_chain']
    if not p.__class__ is bool:
        return False
    return True


def _shape_PendingUpdatePreview(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_ApiVersion(v: Any) -> bool:
    return is_valid('ApiVersion', v)


def _shape_ErrorResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_StructuredErrorDetail(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_AppAttestationResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _shape_RedeployAcceptedResponse(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True


def _alt41(v: Any) -> None:
    _check_DstackAppFullResponseV20251028(v)


def _alt42(v: Any) -> None:
    _check_DstackAppMinimalResponse(v)


def _check_DstackAppListResponseV20251028(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED40 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED40 - v.keys()))
        )
    p0 = v['dstack_apps']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _any_of(i1, (_alt41, _alt42,), 'DstackAppFullResponseV20251028 | DstackAppMinimalResponse')
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'dstack_apps')
        raise
    p0 = v['page']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'page')
        raise
    p0 = v['page_size']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'page_size')
        raise
    p0 = v['total']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'total')
        raise
    p0 = v['total_pages']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'total_pages')
        raise


def _check_DstackAppFullResponseV20251028(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED43 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED43 - v.keys()))
        )
    p0 = v['id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'id')
        raise
    p0 = v['name']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v['app_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_id')
        raise
    p0 = v.get('app_provision_type')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_provision_type')
        raise
    p0 = v.get('app_icon_url')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_icon_url')
        raise
    p0 = v['created_at']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'created_at')
        raise
    p0 = v['kms_type']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'kms_type')
        raise
    p0 = v.get('profile')
    try:
        if p0 is not None:
            _check_ProfileGetResponse(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'profile')
        raise
    p0 = v.get('current_cvm')
    try:
        if p0 is not None:
            _check_CvmBasicInfoV20251028(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'current_cvm')
        raise
    p0 = v.get('cvms', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_CvmBasicInfoV20251028(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'cvms')
            raise
    p0 = v.get('cvm_count', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'cvm_count')
            raise
    p0 = v.get('team_slug')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'team_slug')
        raise
    p0 = v.get('team_name')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'team_name')
        raise


def _check_ProfileGetResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('display_name')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'display_name')
        raise
    p0 = v.get('avatar_url')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'avatar_url')
        raise
    p0 = v.get('description')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'description')
        raise
    p0 = v.get('custom_domain')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'custom_domain')
        raise


def _check_CvmBasicInfoV20251028(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED44 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED44 - v.keys()))
        )
    p0 = v['vm_uuid']
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vm_uuid')
        raise
    p0 = v['app_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_id')
        raise
    p0 = v.get('name', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'name')
            raise
    p0 = v['status']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'status')
        raise
    p0 = v['vcpu']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vcpu')
        raise
    p0 = v['memory']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'memory')
        raise
    p0 = v['disk_size']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'disk_size')
        raise
    p0 = v['teepod_id']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'teepod_id')
        raise
    p0 = v['teepod_name']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'teepod_name')
        raise
    p0 = v['region_identifier']
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'region_identifier')
        raise
    p0 = v['kms_type']
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'kms_type')
        raise
    p0 = v['instance_type']
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'instance_type')
        raise
    p0 = v.get('listed')
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'listed')
        raise
    p0 = v.get('base_image')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'base_image')
        raise
    p0 = v.get('kms_slug')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'kms_slug')
        raise
    p0 = v.get('kms_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'kms_id')
        raise
    p0 = v.get('instance_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'instance_id')
        raise
    p0 = v.get('machine_info')
    try:
        if p0 is not None:
            _check_MachineInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'machine_info')
        raise
    p0 = v.get('updated_at')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'updated_at')
        raise


def _check_MachineInfo(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED45 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED45 - v.keys()))
        )
    p0 = v['vcpu']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vcpu')
        raise
    p0 = v['memory']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'memory')
        raise
    p0 = v['disk_size']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'disk_size')
        raise
    p0 = v['gpu_count']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'gpu_count')
        raise


def _check_DstackAppMinimalResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED46 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED46 - v.keys()))
        )
    p0 = v.get('id')
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'id')
        raise
    p0 = v['app_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_id')
        raise
    p0 = v.get('name')
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v.get('app_provision_type')
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_provision_type')
        raise
    p0 = v.get('app_icon_url')
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_icon_url')
        raise
    p0 = v.get('created_at')
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'created_at')
        raise
    p0 = v.get('kms_type')
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'kms_type')
        raise
    p0 = v.get('profile')
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'profile')
        raise
    p0 = v.get('current_cvm')
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'current_cvm')
        raise
    p0 = v.get('cvms')
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'cvms')
        raise
    p0 = v.get('cvm_count')
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'cvm_count')
        raise


def _alt48(v: Any) -> None:
    _check_DstackAppFullResponseV20260121(v)


def _alt49(v: Any) -> None:
    _check_DstackAppMinimalResponse(v)


def _check_DstackAppListResponseV20260121(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED47 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED47 - v.keys()))
        )
    p0 = v['dstack_apps']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _any_of(i1, (_alt48, _alt49,), 'DstackAppFullResponseV20260121 | DstackAppMinimalResponse')
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'dstack_apps')
        raise
    p0 = v['page']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'page')
        raise
    p0 = v['page_size']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'page_size')
        raise
    p0 = v['total']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'total')
        raise
    p0 = v['total_pages']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'total_pages')
        raise


def _check_DstackAppFullResponseV20260121(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED50 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED50 - v.keys()))
        )
    p0 = v['id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'id')
        raise
    p0 = v['name']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v['app_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_id')
        raise
    p0 = v.get('app_provision_type')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_provision_type')
        raise
    p0 = v.get('app_icon_url')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_icon_url')
        raise
    p0 = v['created_at']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'created_at')
        raise
    p0 = v['kms_type']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'kms_type')
        raise
    p0 = v.get('profile')
    try:
        if p0 is not None:
            _check_ProfileGetResponse(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'profile')
        raise
    p0 = v.get('current_cvm')
    try:
        if p0 is not None:
            _check_CvmInfoV20260121(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'current_cvm')
        raise
    p0 = v.get('cvms', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_CvmInfoV20260121(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'cvms')
            raise
    p0 = v.get('cvm_count', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'cvm_count')
            raise


def _check_CvmInfoV20260121(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED51 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED51 - v.keys()))
        )
    p0 = v['id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'id')
        raise
    p0 = v['name']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v.get('app_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_id')
        raise
    p0 = v.get('vm_uuid')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vm_uuid')
        raise
    p0 = v.get('instance_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'instance_id')
        raise
    p0 = v['resource']
    try:
        _check_CVMResourceInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'resource')
        raise
    p0 = v.get('node_info')
    try:
        if p0 is not None:
            _check_NodeRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'node_info')
        raise
    p0 = v.get('os')
    try:
        if p0 is not None:
            _check_CVMOSInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'os')
        raise
    p0 = v.get('kms_type')
    try:
        if p0 is not None:
            _check_KmsType(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'kms_type')
        raise
    p0 = v.get('kms_info')
    try:
        if p0 is not None:
            _check_CVMKmsInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'kms_info')
        raise
    p0 = v['status']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'status')
        raise
    p0 = v.get('in_progress', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'in_progress')
            raise
    p0 = v.get('progress')
    try:
        if p0 is not None:
            _check_CVMProgressInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'progress')
        raise
    p0 = v.get('compose_hash')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'compose_hash')
        raise
    p0 = v.get('docker_compose_hash')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'docker_compose_hash')
        raise
    p0 = v.get('pre_launch_script_hash')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'pre_launch_script_hash')
        raise
    p0 = v['gateway']
    try:
        _check_CVMGatewayInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'gateway')
        raise
    p0 = v.get('logs', _MISSING)
    if p0 is not _MISSING:
        try:
            _check_CVMLogUrls(p0)
        except SchemaViolation as e:
            e.path.insert(0, 'logs')
            raise
    p0 = v.get('services', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not dict:
                        raise _fail("object", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'services')
            raise
    p0 = v.get('endpoints')
    try:
        if p0 is not None:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_CvmNetworkUrls(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
    except SchemaViolation as e:
        e.path.insert(0, 'endpoints')
        raise
    p0 = v.get('public_logs', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'public_logs')
            raise
    p0 = v.get('public_sysinfo', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'public_sysinfo')
            raise
    p0 = v.get('public_tcbinfo', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'public_tcbinfo')
            raise
    p0 = v.get('gateway_enabled', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'gateway_enabled')
            raise
    p0 = v.get('secure_time', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'secure_time')
            raise
    p0 = v.get('storage_fs', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'storage_fs')
            raise
    p0 = v.get('workspace')
    try:
        if p0 is not None:
            _check_WorkspaceRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'workspace')
        raise
    p0 = v.get('creator')
    try:
        if p0 is not None:
            _check_UserRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'creator')
        raise
    p0 = v.get('created_at')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'created_at')
        raise
    p0 = v.get('deleted_at')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'deleted_at')
        raise
    p0 = v.get('listed', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'listed')
            raise
    p0 = v.get('project_type')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'project_type')
        raise


def _check_CVMResourceInfo(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('instance_type')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'instance_type')
        raise
    p0 = v.get('vcpu')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vcpu')
        raise
    p0 = v.get('memory_in_gb')
    try:
        if p0 is not None:
            if p0.__class__ is not int and p0.__class__ is not float:
                raise _fail("number", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'memory_in_gb')
        raise
    p0 = v.get('disk_in_gb')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'disk_in_gb')
        raise
    p0 = v.get('gpus')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'gpus')
        raise
    p0 = v.get('compute_billing_price')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'compute_billing_price')
        raise
    p0 = v.get('billing_period')
    try:
        if p0 is not None:
            _check_BillingPeriod(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'billing_period')
        raise


def _check_BillingPeriod(v: Any) -> None:
    if v not in _ENUM52:
        raise SchemaViolation(f"{v!r} is not one of {_ENUM52}")
    if v.__class__ is not str:
        raise _fail("string", v)


def _check_NodeRef(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('object_type', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0 != _CONST53:
                raise _fail(_CONST53.__repr__(), p0)
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'object_type')
            raise
    p0 = v.get('id')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'id')
        raise
    p0 = v.get('node_id')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'node_id')
        raise
    p0 = v.get('name')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v.get('region')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'region')
        raise
    p0 = v.get('device_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'device_id')
        raise
    p0 = v.get('ppid')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'ppid')
        raise
    p0 = v.get('status')
    try:
        if p0 is not None:
            _check_TeepodStatus(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'status')
        raise
    p0 = v.get('version')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'version')
        raise


def _check_TeepodStatus(v: Any) -> None:
    if v not in _ENUM54:
        raise SchemaViolation(f"{v!r} is not one of {_ENUM54}")
    if v.__class__ is not str:
        raise _fail("string", v)


def _check_CVMOSInfo(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('name')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v.get('version')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'version')
        raise
    p0 = v.get('is_dev')
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'is_dev')
        raise
    p0 = v.get('os_image_hash')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'os_image_hash')
        raise


def _check_KmsType(v: Any) -> None:
    if v not in _ENUM55:
        raise SchemaViolation(f"{v!r} is not one of {_ENUM55}")
    if v.__class__ is not str:
        raise _fail("string", v)


def _check_CVMKmsInfo(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('chain_id')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'chain_id')
        raise
    p0 = v.get('dstack_kms_address')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'dstack_kms_address')
        raise
    p0 = v.get('dstack_app_address')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'dstack_app_address')
        raise
    p0 = v.get('deployer_address')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'deployer_address')
        raise
    p0 = v.get('rpc_endpoint')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'rpc_endpoint')
        raise
    p0 = v.get('encrypted_env_pubkey')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'encrypted_env_pubkey')
        raise


def _check_CVMProgressInfo(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('target')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'target')
        raise
    p0 = v.get('started_at')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'started_at')
        raise
    p0 = v.get('correlation_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'correlation_id')
        raise


def _check_CVMGatewayInfo(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('base_domain')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'base_domain')
        raise
    p0 = v.get('cname')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'cname')
        raise


def _check_CVMLogUrls(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('serial')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'serial')
        raise
    p0 = v.get('stdout')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'stdout')
        raise
    p0 = v.get('stderr')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'stderr')
        raise
    p0 = v.get('container_log_base')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'container_log_base')
        raise


def _check_CvmNetworkUrls(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED56 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED56 - v.keys()))
        )
    p0 = v['app']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app')
        raise
    p0 = v['instance']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'instance')
        raise


def _check_WorkspaceRef(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED57 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED57 - v.keys()))
        )
    p0 = v.get('object_type', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0 != _CONST58:
                raise _fail(_CONST58.__repr__(), p0)
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'object_type')
            raise
    p0 = v['id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'id')
        raise
    p0 = v['name']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v.get('slug')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'slug')
        raise
    p0 = v.get('avatar_url')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'avatar_url')
        raise


def _check_UserRef(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('object_type', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0 != _CONST59:
                raise _fail(_CONST59.__repr__(), p0)
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'object_type')
            raise
    p0 = v.get('id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'id')
        raise
    p0 = v.get('username')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'username')
        raise
    p0 = v.get('avatar_url')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'avatar_url')
        raise


def _check_HTTPValidationError(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('detail', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_ValidationError(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'detail')
            raise


def _alt61(v: Any) -> None:
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt62(v: Any) -> None:
    if v.__class__ is not int and not (v.__class__ is float and v.is_integer()):
        raise _fail("integer", v)


def _check_ValidationError(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED60 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED60 - v.keys()))
        )
    p0 = v['loc']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _any_of(i1, (_alt61, _alt62,), 'string | integer')
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'loc')
        raise
    p0 = v['msg']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'msg')
        raise
    p0 = v['type']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'type')
        raise


def _check_FilterOptionsResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED63 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED63 - v.keys()))
        )
    p0 = v['statuses']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                if i1.__class__ is not str:
                    raise _fail("string", i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'statuses')
        raise
    p0 = v['image_versions']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                if i1.__class__ is not str:
                    raise _fail("string", i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'image_versions')
        raise
    p0 = v['instance_types']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                if i1.__class__ is not str:
                    raise _fail("string", i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'instance_types')
        raise
    p0 = v['kms_slugs']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                if i1.__class__ is not str:
                    raise _fail("string", i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'kms_slugs')
        raise
    p0 = v['kms_types']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                if i1.__class__ is not str:
                    raise _fail("string", i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'kms_types')
        raise
    p0 = v['regions']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                if i1.__class__ is not str:
                    raise _fail("string", i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'regions')
        raise
    p0 = v['nodes']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                if i1.__class__ is not str:
                    raise _fail("string", i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'nodes')
        raise


def _check_HostedCvmV20251028(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED64 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED64 - v.keys()))
        )
    p0 = v['hosted']
    try:
        _check_VmInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'hosted')
        raise
    p0 = v['name']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v.get('managed_user')
    try:
        if p0 is not None:
            _check_ManagedUser(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'managed_user')
        raise
    p0 = v.get('node')
    try:
        if p0 is not None:
            _check_CvmNode(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'node')
        raise
    p0 = v.get('listed', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'listed')
            raise
    p0 = v['status']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'status')
        raise
    p0 = v.get('in_progress', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'in_progress')
            raise
    p0 = v.get('dapp_dashboard_url')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'dapp_dashboard_url')
        raise
    p0 = v.get('syslog_endpoint')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'syslog_endpoint')
        raise
    p0 = v.get('allow_upgrade', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'allow_upgrade')
            raise
    p0 = v.get('project_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'project_id')
        raise
    p0 = v.get('project_type')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'project_type')
        raise
    p0 = v.get('billing_period')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'billing_period')
        raise
    p0 = v.get('kms_info')
    try:
        if p0 is not None:
            _check_KMSInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'kms_info')
        raise
    p0 = v.get('contract_address')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'contract_address')
        raise
    p0 = v.get('deployer_address')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'deployer_address')
        raise
    p0 = v.get('vcpu')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vcpu')
        raise
    p0 = v.get('memory')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'memory')
        raise
    p0 = v.get('disk_size')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'disk_size')
        raise
    p0 = v.get('gateway_domain')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'gateway_domain')
        raise
    p0 = v['public_urls']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_CvmNetworkUrls(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'public_urls')
        raise


def _check_VmInfo(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED65 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED65 - v.keys()))
        )
    p0 = v['id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'id')
        raise
    p0 = v['name']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v['status']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'status')
        raise
    p0 = v['uptime']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'uptime')
        raise
    p0 = v.get('app_url')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_url')
        raise
    p0 = v['app_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_id')
        raise
    p0 = v.get('instance_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'instance_id')
        raise
    p0 = v.get('configuration')
    try:
        if p0 is not None:
            _check_VmConfiguration(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'configuration')
        raise
    p0 = v.get('exited_at')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'exited_at')
        raise
    p0 = v.get('boot_progress')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'boot_progress')
        raise
    p0 = v.get('boot_error')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'boot_error')
        raise
    p0 = v.get('shutdown_progress')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'shutdown_progress')
        raise
    p0 = v.get('image_version')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'image_version')
        raise
    p0 = v.get('events', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_GuestEvent(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'events')
            raise


def _check_VmConfiguration(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED66 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED66 - v.keys()))
        )
    p0 = v['name']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v['image']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'image')
        raise
    p0 = v.get('compose_file')
    try:
        if p0 is not None:
            _check_AppComposeV2(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'compose_file')
        raise
    p0 = v['vcpu']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vcpu')
        raise
    p0 = v['memory']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'memory')
        raise
    p0 = v['disk_size']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'disk_size')
        raise
    p0 = v.get('ports')
    try:
        if p0 is not None:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_PortMapping(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
    except SchemaViolation as e:
        e.path.insert(0, 'ports')
        raise
    p0 = v.get('encrypted_env')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'encrypted_env')
        raise
    p0 = v.get('app_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_id')
        raise
    p0 = v.get('user_config')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'user_config')
        raise
    p0 = v.get('hugepages', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'hugepages')
            raise
    p0 = v.get('pin_numa', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'pin_numa')
            raise
    p0 = v.get('gpus')
    try:
        if p0 is not None:
            _check_GpuConfig(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'gpus')
        raise
    p0 = v.get('kms_urls', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not str:
                        raise _fail("string", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'kms_urls')
            raise
    p0 = v.get('gateway_urls', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not str:
                        raise _fail("string", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'gateway_urls')
            raise


def _alt68(v: Any) -> None:
    if v != _CONST69:
        raise _fail(_CONST69.__repr__(), v)
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt70(v: Any) -> None:
    if v != _CONST71:
        raise _fail(_CONST71.__repr__(), v)
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt72(v: Any) -> None:
    if v is not None:
        raise _fail("null", v)


def _check_AppComposeV2(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED67 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED67 - v.keys()))
        )
    p0 = v.get('allowed_envs', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not str:
                        raise _fail("string", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'allowed_envs')
            raise
    p0 = v.get('bash_script')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'bash_script')
        raise
    p0 = v.get('default_gateway_domain')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'default_gateway_domain')
        raise
    p0 = v.get('docker_compose_file')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'docker_compose_file')
        raise
    p0 = v.get('init_script')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'init_script')
        raise
    p0 = v.get('kms_enabled', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'kms_enabled')
            raise
    p0 = v.get('local_key_provider_enabled', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'local_key_provider_enabled')
            raise
    p0 = v.get('manifest_version', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'manifest_version')
            raise
    p0 = v['name']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v.get('no_instance_id', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'no_instance_id')
            raise
    p0 = v.get('pre_launch_script')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'pre_launch_script')
        raise
    p0 = v.get('public_logs', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'public_logs')
            raise
    p0 = v.get('public_sysinfo', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'public_sysinfo')
            raise
    p0 = v.get('public_tcbinfo', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'public_tcbinfo')
            raise
    p0 = v.get('runner', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'runner')
            raise
    p0 = v.get('gateway_enabled', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'gateway_enabled')
            raise
    p0 = v.get('features', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not str:
                        raise _fail("string", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'features')
            raise
    p0 = v.get('salt')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'salt')
        raise
    p0 = v.get('secure_time', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'secure_time')
            raise
    p0 = v.get('storage_fs', _MISSING)
    if p0 is not _MISSING:
        try:
            _any_of(p0, (_alt68, _alt70, _alt72,), 'string | string | null')
        except SchemaViolation as e:
            e.path.insert(0, 'storage_fs')
            raise
    p0 = v.get('tproxy_enabled', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'tproxy_enabled')
            raise


def _check_PortMapping(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED73 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED73 - v.keys()))
        )
    p0 = v['protocol']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'protocol')
        raise
    p0 = v['host_port']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'host_port')
        raise
    p0 = v['vm_port']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vm_port')
        raise
    p0 = v.get('host_address')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'host_address')
        raise


def _alt75(v: Any) -> None:
    if v not in _ENUM76:
        raise SchemaViolation(f"{v!r} is not one of {_ENUM76}")
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt77(v: Any) -> None:
    if v.__class__ is not str:
        raise _fail("string", v)


def _check_GpuConfig(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED74 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED74 - v.keys()))
        )
    p0 = v['gpus']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_GpuSpec(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'gpus')
        raise
    p0 = v.get('attach_mode', _MISSING)
    if p0 is not _MISSING:
        try:
            _any_of(p0, (_alt75, _alt77,), 'string | string')
        except SchemaViolation as e:
            e.path.insert(0, 'attach_mode')
            raise


def _check_GpuSpec(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED78 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED78 - v.keys()))
        )
    p0 = v['slot']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'slot')
        raise
    p0 = v.get('product_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'product_id')
        raise


def _check_GuestEvent(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED79 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED79 - v.keys()))
        )
    p0 = v['event']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'event')
        raise
    p0 = v['body']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'body')
        raise
    p0 = v.get('timestamp', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'timestamp')
            raise


def _check_ManagedUser(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED80 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED80 - v.keys()))
        )
    p0 = v['id']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'id')
        raise
    p0 = v['username']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'username')
        raise


def _check_CvmNode(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED81 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED81 - v.keys()))
        )
    p0 = v['id']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'id')
        raise
    p0 = v['name']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v.get('region_identifier')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'region_identifier')
        raise


def _check_KMSInfo(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED82 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED82 - v.keys()))
        )
    p0 = v['id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'id')
        raise
    p0 = v.get('slug')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'slug')
        raise
    p0 = v['url']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'url')
        raise
    p0 = v['version']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'version')
        raise
    p0 = v.get('chain_id')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'chain_id')
        raise
    p0 = v.get('kms_contract_address')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'kms_contract_address')
        raise
    p0 = v.get('gateway_app_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'gateway_app_id')
        raise


def _check_ReplicateRequest(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('teepod_id')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'teepod_id')
        raise
    p0 = v.get('node_id')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'node_id')
        raise
    p0 = v.get('encrypted_env')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'encrypted_env')
        raise
    p0 = v.get('compose_hash')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'compose_hash')
        raise


def _check_VM(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED83 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED83 - v.keys()))
        )
    p0 = v['id']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'id')
        raise
    p0 = v['name']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v['status']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'status')
        raise
    p0 = v['teepod_id']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'teepod_id')
        raise
    p0 = v.get('teepod')
    try:
        if p0 is not None:
            _check_TeepodMeta(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'teepod')
        raise
    p0 = v.get('user_id')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'user_id')
        raise
    p0 = v['app_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_id')
        raise
    p0 = v.get('vm_uuid')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vm_uuid')
        raise
    p0 = v.get('instance_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'instance_id')
        raise
    p0 = v.get('app_url')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_url')
        raise
    p0 = v.get('base_image')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'base_image')
        raise
    p0 = v['vcpu']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vcpu')
        raise
    p0 = v['memory']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'memory')
        raise
    p0 = v['disk_size']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'disk_size')
        raise
    p0 = v.get('manifest_version')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'manifest_version')
        raise
    p0 = v.get('version')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'version')
        raise
    p0 = v.get('runner')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'runner')
        raise
    p0 = v.get('docker_compose_file')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'docker_compose_file')
        raise
    p0 = v.get('features')
    try:
        if p0 is not None:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not str:
                        raise _fail("string", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
    except SchemaViolation as e:
        e.path.insert(0, 'features')
        raise
    p0 = v['created_at']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'created_at')
        raise
    p0 = v.get('encrypted_env_pubkey')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'encrypted_env_pubkey')
        raise


def _check_TeepodMeta(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED84 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED84 - v.keys()))
        )
    p0 = v['id']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'id')
        raise
    p0 = v['name']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise


def _check_CreateAppInstanceRequest(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('teepod_id')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'teepod_id')
        raise
    p0 = v.get('node_id')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'node_id')
        raise
    p0 = v.get('encrypted_env')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'encrypted_env')
        raise
    p0 = v.get('compose_hash')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'compose_hash')
        raise
    p0 = v.get('docker_compose_file')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'docker_compose_file')
        raise
    p0 = v.get('pre_launch_script')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'pre_launch_script')
        raise
    p0 = v.get('token')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'token')
        raise
    p0 = v.get('transaction_hash')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'transaction_hash')
        raise


def _check_DeviceAllowlistResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('is_onchain_kms', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'is_onchain_kms')
            raise
    p0 = v.get('allow_any_device')
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'allow_any_device')
        raise
    p0 = v.get('chain_id')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'chain_id')
        raise
    p0 = v.get('app_contract_address')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_contract_address')
        raise
    p0 = v.get('devices', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_DeviceAllowlistItem(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'devices')
            raise


def _check_DeviceAllowlistItem(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED85 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED85 - v.keys()))
        )
    p0 = v['device_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'device_id')
        raise
    p0 = v.get('node_name')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'node_name')
        raise
    p0 = v.get('cvm_ids', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not int and not (i1.__class__ is float and i1.is_integer()):
                        raise _fail("integer", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'cvm_ids')
            raise
    p0 = v.get('allowed_onchain', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'allowed_onchain')
            raise
    p0 = v['status']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'status')
        raise


def _check_TcbEvaluationResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED86 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED86 - v.keys()))
        )
    p0 = v['app_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_id')
        raise
    p0 = v.get('update', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0 != _CONST87:
                raise _fail(_CONST87.__repr__(), p0)
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'update')
            raise
    p0 = v['instances']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_TcbEvaluationInstance(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'instances')
        raise


def _check_TcbEvaluationInstance(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED88 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED88 - v.keys()))
        )
    p0 = v['vm_uuid']
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vm_uuid')
        raise
    p0 = v['name']
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise
    p0 = v['instance_id']
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'instance_id')
        raise
    p0 = v['status']
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'status')
        raise
    p0 = v['image_version']
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'image_version')
        raise
    p0 = v.get('ppid', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'ppid')
            raise
    p0 = v.get('device_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'device_id')
        raise
    p0 = v.get('evaluation_update', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0 != _CONST89:
                raise _fail(_CONST89.__repr__(), p0)
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'evaluation_update')
            raise
    p0 = v.get('evaluation_ok')
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'evaluation_ok')
        raise
    p0 = v.get('evaluation_status')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'evaluation_status')
        raise
    p0 = v.get('error')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'error')
        raise


def _check_AppRevisionsResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED90 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED90 - v.keys()))
        )
    p0 = v['revisions']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_AppRevisionResponse(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'revisions')
        raise
    p0 = v['total']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'total')
        raise
    p0 = v['page']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'page')
        raise
    p0 = v['page_size']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'page_size')
        raise
    p0 = v['total_pages']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'total_pages')
        raise


def _check_AppRevisionResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED91 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED91 - v.keys()))
        )
    p0 = v['revision_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'revision_id')
        raise
    p0 = v['app_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_id')
        raise
    p0 = v['vm_uuid']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vm_uuid')
        raise
    p0 = v['compose_hash']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'compose_hash')
        raise
    p0 = v['created_at']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'created_at')
        raise
    p0 = v['trace_id']
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'trace_id')
        raise
    p0 = v['operation_type']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'operation_type')
        raise
    p0 = v.get('triggered_by')
    try:
        if p0 is not None:
            _check_UserRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'triggered_by')
        raise
    p0 = v.get('cvm')
    try:
        if p0 is not None:
            _check_CvmRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'cvm')
        raise
    p0 = v.get('workspace')
    try:
        if p0 is not None:
            _check_WorkspaceRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'workspace')
        raise


def _check_CvmRef(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED92 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED92 - v.keys()))
        )
    p0 = v.get('object_type', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0 != _CONST93:
                raise _fail(_CONST93.__repr__(), p0)
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'object_type')
            raise
    p0 = v['vm_uuid']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vm_uuid')
        raise
    p0 = v.get('app_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_id')
        raise
    p0 = v.get('name')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'name')
        raise


def _alt95(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)


def _alt96(v: Any) -> None:
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt97(v: Any) -> None:
    if v is not None:
        raise _fail("null", v)


def _check_AppRevisionDetailResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED94 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED94 - v.keys()))
        )
    p0 = v['revision_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'revision_id')
        raise
    p0 = v['app_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_id')
        raise
    p0 = v['vm_uuid']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vm_uuid')
        raise
    p0 = v['compose_hash']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'compose_hash')
        raise
    p0 = v['compose_file']
    try:
        _any_of(p0, (_alt95, _alt96, _alt97,), 'object | string | null')
    except SchemaViolation as e:
        e.path.insert(0, 'compose_file')
        raise
    p0 = v['encrypted_env']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'encrypted_env')
        raise
    p0 = v['user_config']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'user_config')
        raise
    p0 = v['created_at']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'created_at')
        raise
    p0 = v['trace_id']
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'trace_id')
        raise
    p0 = v['operation_type']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'operation_type')
        raise
    p0 = v.get('triggered_by')
    try:
        if p0 is not None:
            _check_UserRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'triggered_by')
        raise
    p0 = v.get('cvm')
    try:
        if p0 is not None:
            _check_CvmRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'cvm')
        raise
    p0 = v.get('workspace')
    try:
        if p0 is not None:
            _check_WorkspaceRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, 'workspace')
        raise


def _check_RedeployRevisionRequest(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('vm_uuids')
    try:
        if p0 is not None:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not str:
                        raise _fail("string", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
    except SchemaViolation as e:
        e.path.insert(0, 'vm_uuids')
        raise


def _check_AppUsageResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED98 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED98 - v.keys()))
        )
    p0 = v['usage']
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_MeteredUsageResponse(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, 'usage')
        raise
    p0 = v['total']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'total')
        raise
    p0 = v['total_cost']
    try:
        if p0.__class__ is not int and p0.__class__ is not float:
            raise _fail("number", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'total_cost')
        raise


def _check_MeteredUsageResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED99 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED99 - v.keys()))
        )
    p0 = v['instance_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'instance_id')
        raise
    p0 = v['project_id']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'project_id')
        raise
    p0 = v['team_id']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'team_id')
        raise
    p0 = v['timestamp']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'timestamp')
        raise
    p0 = v['event_type']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'event_type')
        raise
    p0 = v['cost']
    try:
        if p0.__class__ is not int and p0.__class__ is not float:
            raise _fail("number", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'cost')
        raise
    p0 = v['details']
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'details')
        raise
    p0 = v['usage_type']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'usage_type')
        raise
    p0 = v['billing_start']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'billing_start')
        raise
    p0 = v['billing_end']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'billing_end')
        raise
    p0 = v['duration_minutes']
    try:
        if p0.__class__ is not int and p0.__class__ is not float:
            raise _fail("number", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'duration_minutes')
        raise
    p0 = v['billing_key']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'billing_key')
        raise
    p0 = v['billing_hour']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'billing_hour')
        raise
    p0 = v['billing_day']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'billing_day')
        raise


def _check_AppIsAllowedRequest(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED100 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED100 - v.keys()))
        )
    p0 = v['compose_hash']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'compose_hash')
        raise
    p0 = v.get('node_id')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'node_id')
        raise
    p0 = v.get('device_id')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'device_id')
        raise
    p0 = v.get('chain_id')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'chain_id')
        raise


def _check_AppIsAllowedResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED101 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED101 - v.keys()))
        )
    p0 = v['app_contract_address']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_contract_address')
        raise
    p0 = v['compose_hash']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'compose_hash')
        raise
    p0 = v['device_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'device_id')
        raise
    p0 = v['compose_hash_allowed']
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'compose_hash_allowed')
        raise
    p0 = v['allow_any_device']
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'allow_any_device')
        raise
    p0 = v.get('device_id_allowed')
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'device_id_allowed')
        raise
    p0 = v['is_allowed']
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'is_allowed')
        raise
    p0 = v.get('error')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'error')
        raise


def _check_AppCvmsBatchIsAllowedResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED102 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED102 - v.keys()))
        )
    p0 = v['is_onchain']
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'is_onchain')
        raise
    p0 = v.get('results', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_CvmIsAllowedItem(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'results')
            raise
    p0 = v.get('total', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'total')
            raise
    p0 = v.get('allowed_count', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'allowed_count')
            raise
    p0 = v.get('denied_count', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'denied_count')
            raise
    p0 = v.get('error_count', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'error_count')
            raise
    p0 = v.get('skipped_cvm_ids', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not int and not (i1.__class__ is float and i1.is_integer()):
                        raise _fail("integer", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'skipped_cvm_ids')
            raise


def _check_CvmIsAllowedItem(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED103 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED103 - v.keys()))
        )
    p0 = v['cvm_id']
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'cvm_id')
        raise
    p0 = v['app_contract_address']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_contract_address')
        raise
    p0 = v['compose_hash']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'compose_hash')
        raise
    p0 = v['device_id']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'device_id')
        raise
    p0 = v['compose_hash_allowed']
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'compose_hash_allowed')
        raise
    p0 = v['allow_any_device']
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'allow_any_device')
        raise
    p0 = v.get('device_id_allowed')
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'device_id_allowed')
        raise
    p0 = v['is_allowed']
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'is_allowed')
        raise
    p0 = v.get('error')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'error')
        raise


def _check_AppKmsInfoResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('is_onchain_kms', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'is_onchain_kms')
            raise
    p0 = v.get('chain_id')
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'chain_id')
        raise
    p0 = v.get('kms_contract_address')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'kms_contract_address')
        raise
    p0 = v.get('app_contract_address')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'app_contract_address')
        raise
    p0 = v.get('deployer_address')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'deployer_address')
        raise
    p0 = v.get('deployer_type')
    try:
        if p0 is not None:
            if p0 not in _ENUM104:
                raise SchemaViolation(f"{p0!r} is not one of {_ENUM104}")
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'deployer_type')
        raise
    p0 = v.get('is_contract', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, 'is_contract')
            raise
    p0 = v.get('safe_app_url')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'safe_app_url')
        raise


def _check_PendingUpdatesResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('items', _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_PendingUpdateItem(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, 'items')
            raise


def _check_PendingUpdateItem(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED105 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED105 - v.keys()))
        )
    p0 = v['vm_uuid']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'vm_uuid')
        raise
    p0 = v['compose_hash']
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'compose_hash')
        raise
    p0 = v['on_chain']
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'on_chain')
        raise
    p0 = v.get('instance_name')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'instance_name')
        raise


def _check_PendingUpdatePreview(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('current_docker_compose')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'current_docker_compose')
        raise
    p0 = v.get('pending_docker_compose')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'pending_docker_compose')
        raise
    p0 = v.get('current_pre_launch_script')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'current_pre_launch_script')
        raise
    p0 = v.get('pending_pre_launch_script')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'pending_pre_launch_script')
        raise


def _check_ApiVersion(v: Any) -> None:
    if v not in _ENUM106:
        raise SchemaViolation(f"{v!r} is not one of {_ENUM106}")
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt107(v: Any) -> None:
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt108(v: Any) -> None:
    _check_StructuredErrorDetail(v)


def _alt109(v: Any) -> None:
    if v.__class__ is not list:
        raise _fail("array", v)
    for n0, i0 in enumerate(v):
        try:
            _check_ValidationError(i0)
        except SchemaViolation as e:
            e.path.insert(0, n0)
            raise


def _alt110(v: Any) -> None:
    if v.__class__ is not list:
        raise _fail("array", v)


def _alt111(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)


def _alt112(v: Any) -> None:
    if v is not None:
        raise _fail("null", v)


def _check_ErrorResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('detail', _MISSING)
    if p0 is not _MISSING:
        try:
            _any_of(p0, (_alt107, _alt108, _alt109,), 'string | StructuredErrorDetail | array of ValidationError')
        except SchemaViolation as e:
            e.path.insert(0, 'detail')
            raise
    p0 = v.get('error_code')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'error_code')
        raise
    p0 = v.get('message')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'message')
        raise
    p0 = v.get('details', _MISSING)
    if p0 is not _MISSING:
        try:
            _any_of(p0, (_alt110, _alt111, _alt112,), 'array of any value | object | null')
        except SchemaViolation as e:
            e.path.insert(0, 'details')
            raise
    p0 = v.get('suggestions')
    try:
        if p0 is not None:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not str:
                        raise _fail("string", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
    except SchemaViolation as e:
        e.path.insert(0, 'suggestions')
        raise


def _alt113(v: Any) -> None:
    if v.__class__ is not list:
        raise _fail("array", v)


def _alt114(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)


def _alt115(v: Any) -> None:
    if v is not None:
        raise _fail("null", v)


def _check_StructuredErrorDetail(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get('error_code')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'error_code')
        raise
    p0 = v.get('message')
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, 'message')
        raise
    p0 = v.get('details', _MISSING)
    if p0 is not _MISSING:
        try:
            _any_of(p0, (_alt113, _alt114, _alt115,), 'array of any value | object | null')
        except SchemaViolation as e:
            e.path.insert(0, 'details')
            raise
    p0 = v.get('suggestions')
    try:
        if p0 is not None:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not str:
                        raise _fail("string", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
    except SchemaViolation as e:
        e.path.insert(0, 'suggestions')
        raise


def _check_AppAttestationResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)


def _check_RedeployAcceptedResponse(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)


CHECKS: dict[str, Callable[[Any], None]] = {
    'DstackAppListResponseV20251028': _check_DstackAppListResponseV20251028,
    'DstackAppFullResponseV20251028': _check_DstackAppFullResponseV20251028,
    'ProfileGetResponse': _check_ProfileGetResponse,
    'CvmBasicInfoV20251028': _check_CvmBasicInfoV20251028,
    'MachineInfo': _check_MachineInfo,
    'DstackAppMinimalResponse': _check_DstackAppMinimalResponse,
    'DstackAppListResponseV20260121': _check_DstackAppListResponseV20260121,
    'DstackAppFullResponseV20260121': _check_DstackAppFullResponseV20260121,
    'CvmInfoV20260121': _check_CvmInfoV20260121,
    'CVMResourceInfo': _check_CVMResourceInfo,
    'BillingPeriod': _check_BillingPeriod,
    'NodeRef': _check_NodeRef,
    'TeepodStatus': _check_TeepodStatus,
    'CVMOSInfo': _check_CVMOSInfo,
    'KmsType': _check_KmsType,
    'CVMKmsInfo': _check_CVMKmsInfo,
    'CVMProgressInfo': _check_CVMProgressInfo,
    'CVMGatewayInfo': _check_CVMGatewayInfo,
    'CVMLogUrls': _check_CVMLogUrls,
    'CvmNetworkUrls': _check_CvmNetworkUrls,
    'WorkspaceRef': _check_WorkspaceRef,
    'UserRef': _check_UserRef,
    'HTTPValidationError': _check_HTTPValidationError,
    'ValidationError': _check_ValidationError,
    'FilterOptionsResponse': _check_FilterOptionsResponse,
    'HostedCvmV20251028': _check_HostedCvmV20251028,
    'VmInfo': _check_VmInfo,
    'VmConfiguration': _check_VmConfiguration,
    'AppComposeV2': _check_AppComposeV2,
    'PortMapping': _check_PortMapping,
    'GpuConfig': _check_GpuConfig,
    'GpuSpec': _check_GpuSpec,
    'GuestEvent': _check_GuestEvent,
    'ManagedUser': _check_ManagedUser,
    'CvmNode': _check_CvmNode,
    'KMSInfo': _check_KMSInfo,
    'ReplicateRequest': _check_ReplicateRequest,
    'VM': _check_VM,
    'TeepodMeta': _check_TeepodMeta,
    'CreateAppInstanceRequest': _check_CreateAppInstanceRequest,
    'DeviceAllowlistResponse': _check_DeviceAllowlistResponse,
    'DeviceAllowlistItem': _check_DeviceAllowlistItem,
    'TcbEvaluationResponse': _check_TcbEvaluationResponse,
    'TcbEvaluationInstance': _check_TcbEvaluationInstance,
    'AppRevisionsResponse': _check_AppRevisionsResponse,
    'AppRevisionResponse': _check_AppRevisionResponse,
    'CvmRef': _check_CvmRef,
    'AppRevisionDetailResponse': _check_AppRevisionDetailResponse,
    'RedeployRevisionRequest': _check_RedeployRevisionRequest,
    'AppUsageResponse': _check_AppUsageResponse,
    'MeteredUsageResponse': _check_MeteredUsageResponse,
    'AppIsAllowedRequest': _check_AppIsAllowedRequest,
    'AppIsAllowedResponse': _check_AppIsAllowedResponse,
    'AppCvmsBatchIsAllowedResponse': _check_AppCvmsBatchIsAllowedResponse,
    'CvmIsAllowedItem': _check_CvmIsAllowedItem,
    'AppKmsInfoResponse': _check_AppKmsInfoResponse,
    'PendingUpdatesResponse': _check_PendingUpdatesResponse,
    'PendingUpdateItem': _check_PendingUpdateItem,
    'PendingUpdatePreview': _check_PendingUpdatePreview,
    'ApiVersion': _check_ApiVersion,
    'ErrorResponse': _check_ErrorResponse,
    'StructuredErrorDetail': _check_StructuredErrorDetail,
    'AppAttestationResponse': _check_AppAttestationResponse,
    'RedeployAcceptedResponse': _check_RedeployAcceptedResponse,
}


SHAPES: dict[str, Callable[[Any], bool]] = {
    'DstackAppListResponseV20251028': _shape_DstackAppListResponseV20251028,
    'DstackAppFullResponseV20251028': _shape_DstackAppFullResponseV20251028,
    'ProfileGetResponse': _shape_ProfileGetResponse,
    'CvmBasicInfoV20251028': _shape_CvmBasicInfoV20251028,
    'MachineInfo': _shape_MachineInfo,
    'DstackAppMinimalResponse': _shape_DstackAppMinimalResponse,
    'DstackAppListResponseV20260121': _shape_DstackAppListResponseV20260121,
    'DstackAppFullResponseV20260121': _shape_DstackAppFullResponseV20260121,
    'CvmInfoV20260121': _shape_CvmInfoV20260121,
    'CVMResourceInfo': _shape_CVMResourceInfo,
    'BillingPeriod': _shape_BillingPeriod,
    'NodeRef': _shape_NodeRef,
    'TeepodStatus': _shape_TeepodStatus,
    'CVMOSInfo': _shape_CVMOSInfo,
    'KmsType': _shape_KmsType,
    'CVMKmsInfo': _shape_CVMKmsInfo,
    'CVMProgressInfo': _shape_CVMProgressInfo,
    'CVMGatewayInfo': _shape_CVMGatewayInfo,
    'CVMLogUrls': _shape_CVMLogUrls,
    'CvmNetworkUrls': _shape_CvmNetworkUrls,
    'WorkspaceRef': _shape_WorkspaceRef,
    'UserRef': _shape_UserRef,
    'HTTPValidationError': _shape_HTTPValidationError,
    'ValidationError': _shape_ValidationError,
    'FilterOptionsResponse': _shape_FilterOptionsResponse,
    'HostedCvmV20251028': _shape_HostedCvmV20251028,
    'VmInfo': _shape_VmInfo,
    'VmConfiguration': _shape_VmConfiguration,
    'AppComposeV2': _shape_AppComposeV2,
    'PortMapping': _shape_PortMapping,
    'GpuConfig': _shape_GpuConfig,
    'GpuSpec': _shape_GpuSpec,
    'GuestEvent': _shape_GuestEvent,
    'ManagedUser': _shape_ManagedUser,
    'CvmNode': _shape_CvmNode,
    'KMSInfo': _shape_KMSInfo,
    'ReplicateRequest': _shape_ReplicateRequest,
    'VM': _shape_VM,
    'TeepodMeta': _shape_TeepodMeta,
    'CreateAppInstanceRequest': _shape_CreateAppInstanceRequest,
    'DeviceAllowlistResponse': _shape_DeviceAllowlistResponse,
    'DeviceAllowlistItem': _shape_DeviceAllowlistItem,
    'TcbEvaluationResponse': _shape_TcbEvaluationResponse,
    'TcbEvaluationInstance': _shape_TcbEvaluationInstance,
    'AppRevisionsResponse': _shape_AppRevisionsResponse,
    'AppRevisionResponse': _shape_AppRevisionResponse,
    'CvmRef': _shape_CvmRef,
    'AppRevisionDetailResponse': _shape_AppRevisionDetailResponse,
    'RedeployRevisionRequest': _shape_RedeployRevisionRequest,
    'AppUsageResponse': _shape_AppUsageResponse,
    'MeteredUsageResponse': _shape_MeteredUsageResponse,
    'AppIsAllowedRequest': _shape_AppIsAllowedRequest,
    'AppIsAllowedResponse': _shape_AppIsAllowedResponse,
    'AppCvmsBatchIsAllowedResponse': _shape_AppCvmsBatchIsAllowedResponse,
    'CvmIsAllowedItem': _shape_CvmIsAllowedItem,
    'AppKmsInfoResponse': _shape_AppKmsInfoResponse,
    'PendingUpdatesResponse': _shape_PendingUpdatesResponse,
    'PendingUpdateItem': _shape_PendingUpdateItem,
    'PendingUpdatePreview': _shape_PendingUpdatePreview,
    'ApiVersion': _shape_ApiVersion,
    'ErrorResponse': _shape_ErrorResponse,
    'StructuredErrorDetail': _shape_StructuredErrorDetail,
    'AppAttestationResponse': _shape_AppAttestationResponse,
    'RedeployAcceptedResponse': _shape_RedeployAcceptedResponse,
}



def check(name: str, value: Any) -> None:
    """Raise :class:`SchemaViolation` unless ``value`` fits schema ``name``."""
    CHECKS[name](value)


def has_shape(name: str, value: Any) -> bool:
    """Whether ``value`` has the required keys of ``name``, with the right scalar types.

    A shallow check (nested objects are not entered), used to tell union members apart
    in data that was already validated as a whole.
    """
    return SHAPES[name](value)


def is_valid(name: str, value: Any) -> bool:
    """Whether ``value`` fits schema ``name``."""
    try:
        CHECKS[name](value)
    except SchemaViolation:
        return False
    return True
