"""Response validators, one module per component schema (written by scripts/codegen_validators.py).

``check(name, value)`` raises :class:`SchemaViolation` naming the first field that
does not fit schema ``name``; ``is_valid(name, value)`` answers yes or no;
``has_shape(name, value)`` is the shallow test that tells union members apart. A
schema's module is imported the first time it is needed, so one call loads only
the validators of the schemas its response can hold.
"""

from __future__ import annotations

import importlib
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


def _any_of(
    value: Any, checks: tuple[Callable[[Any], None], ...], expected: str
) -> None:
    first: SchemaViolation | None = None
    for check in checks:
        try:
            check(value)
            return
        except SchemaViolation as exc:
            first = first or exc
    raise SchemaViolation(f"fits none of {expected} (first: {first})")


_MISSING = object()
_loaded: dict[str, Any] = {}


def _module(name: str) -> Any:
    module = _loaded.get(name)
    if module is None:
        module = importlib.import_module(f"{__package__}.{MODULES[name]}")
        _loaded[name] = module
    return module


def check(name: str, value: Any) -> None:
    """Raise :class:`SchemaViolation` unless ``value`` fits schema ``name``."""
    _module(name).check(value)


def has_shape(name: str, value: Any) -> bool:
    """Whether ``value`` has the required keys of ``name``, with the right scalar types.

    A shallow check (nested objects are not entered), used to tell union members apart
    in data that was already validated as a whole.
    """
    return bool(_module(name).shape(value))


def is_valid(name: str, value: Any) -> bool:
    """Whether ``value`` fits schema ``name``."""
    try:
        _module(name).check(value)
    except SchemaViolation:
        return False
    return True


# Schema (class) name -> module of its validator.
MODULES: dict[str, str] = {
    "ProvisionElizaRequest": "provision_eliza_request",
    "HTTPValidationError": "http_validation_error",
    "ValidationError": "validation_error",
    "ProvisionCvmRequest": "provision_cvm_request",
    "AppComposeV2": "app_compose_v2",
    "KmsType": "kms_type",
    "PortMapping": "port_mapping",
    "GpuConfig": "gpu_config",
    "GpuSpec": "gpu_spec",
    "CreateWorkloadCvmRequest": "create_workload_cvm_request",
    "VM": "vm",
    "TeepodMeta": "teepod_meta",
    "HostedCvmV20251028": "hosted_cvm_v20251028",
    "VmInfo": "vm_info",
    "VmConfiguration": "vm_configuration",
    "GuestEvent": "guest_event",
    "ManagedUser": "managed_user",
    "CvmNode": "cvm_node",
    "KMSInfo": "kms_info",
    "CvmNetworkUrls": "cvm_network_urls",
    "CvmInfoV20260121": "cvm_info_v20260121",
    "CVMResourceInfo": "cvm_resource_info",
    "BillingPeriod": "billing_period",
    "NodeRef": "node_ref",
    "TeepodStatus": "teepod_status",
    "CVMOSInfo": "cvmos_info",
    "CVMKmsInfo": "cvm_kms_info",
    "CVMProgressInfo": "cvm_progress_info",
    "CVMGatewayInfo": "cvm_gateway_info",
    "CVMLogUrls": "cvm_log_urls",
    "WorkspaceRef": "workspace_ref",
    "UserRef": "user_ref",
    "CommitCvmProvisionRequest": "commit_cvm_provision_request",
    "ComposeFileUpdateRequest": "compose_file_update_request",
    "CommitComposeFileUpdateRequest": "commit_compose_file_update_request",
    "ProvisionComposeFileUpdateRequest": "provision_compose_file_update_request",
    "ComposeFileProvisionResponse": "compose_file_provision_response",
    "ReplicateRequest": "replicate_request",
    "PaginatedCvmOperationsResponse": "paginated_cvm_operations_response",
    "CvmOperationResponse": "cvm_operation_response",
    "OperationEventDetail": "operation_event_detail",
    "CancelOperationResponse": "cancel_operation_response",
    "PreLaunchScriptUpload": "pre_launch_script_upload",
    "AvailableOsImage": "available_os_image",
    "OsImageVariant": "os_image_variant",
    "UpdateOsImageRequest": "update_os_image_request",
    "UpdateCvmEnvsRequest": "update_cvm_envs_request",
    "DockerComposeUpload": "docker_compose_upload",
    "BatchInstanceIdRefreshRequest": "batch_instance_id_refresh_request",
    "BatchInstanceIdRefreshResponse": "batch_instance_id_refresh_response",
    "InstanceIdRefreshResult": "instance_id_refresh_result",
    "PaginatedHostedCvmsV20251028": "paginated_hosted_cvms_v20251028",
    "PaginatedCvmInfosV20260121": "paginated_cvm_infos_v20260121",
    "InstanceIdRefreshRequest": "instance_id_refresh_request",
    "CvmDetailV20251028": "cvm_detail_v20251028",
    "CvmInfoDetailV20260121": "cvm_info_detail_v20260121",
    "UpdateCvmRequest": "update_cvm_request",
    "CvmSystemInfo": "cvm_system_info",
    "SystemInfo": "system_info",
    "DiskInfo": "disk_info",
    "CvmAttestation": "cvm_attestation",
    "Certificate": "certificate",
    "CertificateSubject": "certificate_subject",
    "CertificateIssuer": "certificate_issuer",
    "TcbInfo": "tcb_info",
    "EventLog": "event_log",
    "CvmNetwork": "cvm_network",
    "RestartCvmRequest": "restart_cvm_request",
    "UpdateCvmNameRequest": "update_cvm_name_request",
    "UpdateCvmListedRequest": "update_cvm_listed_request",
    "UpdateCvmScheduledDeleteRequest": "update_cvm_scheduled_delete_request",
    "BatchStopRequest": "batch_stop_request",
    "BatchStopResponse": "batch_stop_response",
    "BatchStopErrorEntry": "batch_stop_error_entry",
    "BatchStatusRequest": "batch_status_request",
    "CvmStatus": "cvm_status",
    "NetworkConfigResponse": "network_config_response",
    "NetworkConfigPortMappingEntry": "network_config_port_mapping_entry",
    "UpdateNetworkConfigRequest": "update_network_config_request",
    "PortMappingResponse": "port_mapping_response",
    "UpdatePortMappingsRequest": "update_port_mappings_request",
    "PortMappingEntry": "port_mapping_entry",
    "FirewallStatusResponse": "firewall_status_response",
    "CommitUpdateRequest": "commit_update_request",
    "DiagnoseDomainsRequest": "diagnose_domains_request",
    "DomainCheckRequest": "domain_check_request",
    "DiagnosisResponse": "diagnosis_response",
    "DomainDiagnosisResult": "domain_diagnosis_result",
    "DnsRecordResult": "dns_record_result",
    "CaaCheckResult": "caa_check_result",
    "AcmeFetchResult": "acme_fetch_result",
    "CvmUserConfig": "cvm_user_config",
    "DstackAppListResponseV20251028": "dstack_app_list_response_v20251028",
    "DstackAppFullResponseV20251028": "dstack_app_full_response_v20251028",
    "ProfileGetResponse": "profile_get_response",
    "CvmBasicInfoV20251028": "cvm_basic_info_v20251028",
    "MachineInfo": "machine_info",
    "DstackAppMinimalResponse": "dstack_app_minimal_response",
    "DstackAppListResponseV20260121": "dstack_app_list_response_v20260121",
    "DstackAppFullResponseV20260121": "dstack_app_full_response_v20260121",
    "FilterOptionsResponse": "filter_options_response",
    "CreateAppInstanceRequest": "create_app_instance_request",
    "DeviceAllowlistResponse": "device_allowlist_response",
    "DeviceAllowlistItem": "device_allowlist_item",
    "TcbEvaluationResponse": "tcb_evaluation_response",
    "TcbEvaluationInstance": "tcb_evaluation_instance",
    "AppRevisionsResponse": "app_revisions_response",
    "AppRevisionResponse": "app_revision_response",
    "CvmRef": "cvm_ref",
    "AppRevisionDetailResponse": "app_revision_detail_response",
    "RedeployRevisionRequest": "redeploy_revision_request",
    "AppUsageResponse": "app_usage_response",
    "MeteredUsageResponse": "metered_usage_response",
    "AppIsAllowedRequest": "app_is_allowed_request",
    "AppIsAllowedResponse": "app_is_allowed_response",
    "AppCvmsBatchIsAllowedResponse": "app_cvms_batch_is_allowed_response",
    "CvmIsAllowedItem": "cvm_is_allowed_item",
    "AppKmsInfoResponse": "app_kms_info_response",
    "PendingUpdatesResponse": "pending_updates_response",
    "PendingUpdateItem": "pending_update_item",
    "PendingUpdatePreview": "pending_update_preview",
    "KmsListResponse": "kms_list_response",
    "KmsInspectResponse": "kms_inspect_response",
    "KmsRpcInfo": "kms_rpc_info",
    "BootstrapInfoOut": "bootstrap_info_out",
    "GuestAgentInfo": "guest_agent_info",
    "TeepodInfo": "teepod_info",
    "TeepodImageInfo": "teepod_image_info",
    "OnChainInfo": "on_chain_info",
    "OnChainKmsInfo": "on_chain_kms_info",
    "OnChainVerification": "on_chain_verification",
    "OnChainKmsResponse": "on_chain_kms_response",
    "OnChainKmsContractOut": "on_chain_kms_contract_out",
    "OnChainDeviceOut": "on_chain_device_out",
    "OnChainOsImageOut": "on_chain_os_image_out",
    "WebhookResponse": "webhook_response",
    "WebhookCreateRequest": "webhook_create_request",
    "WebhookUpdateRequest": "webhook_update_request",
    "WebhookDeliveryResponse": "webhook_delivery_response",
    "WebhookStatsResponse": "webhook_stats_response",
    "VerifyAttestationRequest": "verify_attestation_request",
    "VerificationResponse": "verification_response",
    "Quote": "quote",
    "QuoteHeader": "quote_header",
    "AttestationKeyType": "attestation_key_type",
    "TeeType": "tee_type",
    "QuoteBody": "quote_body",
    "QuoteCollateralV3": "quote_collateral_v3",
    "NodeProvider": "node_provider",
    "SshKeyResponse": "ssh_key_response",
    "SshKeyCreateRequest": "ssh_key_create_request",
    "GithubProfileImportRequest": "github_profile_import_request",
    "GithubProfileImportResponse": "github_profile_import_response",
    "GithubSyncResponse": "github_sync_response",
    "AllFamiliesResponse": "all_families_response",
    "FamilyGroup": "family_group",
    "InstanceTypePublic": "instance_type_public",
    "FamilyInstanceTypesResponse": "family_instance_types_response",
    "ApiVersion": "api_version",
    "ErrorResponse": "error_response",
    "StructuredErrorDetail": "structured_error_detail",
    "ProvisionCvmResponse": "provision_cvm_response",
    "CvmReplica": "cvm_replica",
    "CvmComposeFile": "cvm_compose_file",
    "CvmUpdateAccepted": "cvm_update_accepted",
    "CvmEnvsUpdateAccepted": "cvm_envs_update_accepted",
    "CvmRedeployAccepted": "cvm_redeploy_accepted",
    "CvmOperationStatus": "cvm_operation_status",
    "CvmState": "cvm_state",
    "OnchainStatus": "onchain_status",
    "CommitTokenInfo": "commit_token_info",
    "CommitUpdateAccepted": "commit_update_accepted",
    "AppAttestationResponse": "app_attestation_response",
    "RedeployAcceptedResponse": "redeploy_accepted_response",
    "AppEnvEncryptPubKeyResponse": "app_env_encrypt_pub_key_response",
    "NextAppIdsResponse": "next_app_ids_response",
    "NextAppId": "next_app_id",
    "WebhookSecretResponse": "webhook_secret_response",
    "WebhookTestResponse": "webhook_test_response",
    "WebhookResendResponse": "webhook_resend_response",
    "AttestationKeyCode": "attestation_key_code",
    "TeeTypeCode": "tee_type_code",
    "RecentAttestation": "recent_attestation",
    "AttestationView": "attestation_view",
    "AttestationCollateral": "attestation_collateral",
}
