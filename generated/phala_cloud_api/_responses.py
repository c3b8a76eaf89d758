"""Response alternatives per operation and status (written by scripts/codegen_responses.py).

``OPERATIONS[operation_id]`` is ``(method, path)``; ``RESPONSES[operation_id][status]`` is a
tuple of ``(kind, class_name)`` in spec order, kind ``"object"`` or ``"array"``.
"""

from __future__ import annotations

OPERATIONS: dict[str, tuple[str, str]] = {
    'get_app_list': ('GET', '/apps'),
    'get_app_filter_options': ('GET', '/apps/filter-options'),
    'get_app_info': ('GET', '/apps/{app_id}'),
    'get_app_cvms': ('GET', '/apps/{app_id}/cvms'),
    'replicate_app_cvm': ('POST', '/apps/{app_id}/cvms/{vm_uuid}/replicas'),
    'create_app_instance': ('POST', '/apps/{app_id}/instances'),
    'get_app_device_allowlist': ('GET', '/apps/{app_id}/device-allowlist'),
    'get_app_attestation': ('GET', '/apps/{app_id}/attestations'),
    'get_app_tcb_evaluation': ('GET', '/apps/{app_id}/attestations/tcb-evaluation'),
    'get_app_revisions': ('GET', '/apps/{app_id}/revisions'),
    'get_app_revision_detail': ('GET', '/apps/{app_id}/revisions/{revision_id}'),
    'redeploy_app_revision': ('POST', '/apps/{app_id}/revisions/{revision_id}/redeploy'),
    'get_app_usage': ('GET', '/apps/{app_id}/usage'),
    'check_app_is_allowed': ('POST', '/apps/{app_id}/is-allowed'),
    'check_app_cvms_is_allowed': ('POST', '/apps/{app_id}/cvms/is-allowed'),
    'get_app_kms_info': ('GET', '/apps/{app_id}/kms-info'),
    'get_app_pending_updates': ('GET', '/apps/{app_id}/pending-updates'),
    'get_app_pending_update_preview': ('GET', '/apps/{app_id}/pending-updates/{vm_uuid}/{compose_hash}/preview'),
}

RESPONSES: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    'get_app_list': {
        '200': (('object', 'DstackAppListResponseV20251028'), ('object', 'DstackAppListResponseV20260121')),
        '401': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'get_app_filter_options': {
        '200': (('object', 'FilterOptionsResponse'),),
        '401': (('object', 'ErrorResponse'),),
    },
    'get_app_info': {
        '200': (('object', 'DstackAppFullResponseV20251028'), ('object', 'DstackAppMinimalResponse'), ('object', 'DstackAppFullResponseV20260121')),
        '401': (('object', 'ErrorResponse'),),
        '403': (('object', 'ErrorResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'get_app_cvms': {
        '200': (('array', 'HostedCvmV20251028'), ('array', 'CvmInfoV20260121')),
        '401': (('object', 'ErrorResponse'),),
        '403': (('object', 'ErrorResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'replicate_app_cvm': {
        '200': (('object', 'VM'),),
        '400': (('object', 'ErrorResponse'),),
        '401': (('object', 'ErrorResponse'),),
        '403': (('object', 'ErrorResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '500': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'create_app_instance': {
        '200': (('object', 'VM'),),
        '400': (('object', 'ErrorResponse'),),
        '401': (('object', 'ErrorResponse'),),
        '403': (('object', 'ErrorResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '465': (('object', 'ErrorResponse'),),
        '500': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'get_app_device_allowlist': {
        '200': (('object', 'DeviceAllowlistResponse'),),
        '401': (('object', 'ErrorResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'get_app_attestation': {
        '200': (('object', 'AppAttestationResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'get_app_tcb_evaluation': {
        '200': (('object', 'TcbEvaluationResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'get_app_revisions': {
        '200': (('object', 'AppRevisionsResponse'),),
        '401': (('object', 'ErrorResponse'),),
        '403': (('object', 'ErrorResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'get_app_revision_detail': {
        '200': (('object', 'AppRevisionDetailResponse'),),
        '401': (('object', 'ErrorResponse'),),
        '403': (('object', 'ErrorResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'redeploy_app_revision': {
        '202': (('object', 'RedeployAcceptedResponse'),),
        '401': (('object', 'ErrorResponse'),),
        '403': (('object', 'ErrorResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '409': (('object', 'ErrorResponse'),),
        '465': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'get_app_usage': {
        '200': (('object', 'AppUsageResponse'),),
        '400': (('object', 'ErrorResponse'),),
        '401': (('object', 'ErrorResponse'),),
        '403': (('object', 'ErrorResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'check_app_is_allowed': {
        '200': (('object', 'AppIsAllowedResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'check_app_cvms_is_allowed': {
        '200': (('object', 'AppCvmsBatchIsAllowedResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'get_app_kms_info': {
        '200': (('object', 'AppKmsInfoResponse'),),
        '401': (('object', 'ErrorResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'get_app_pending_updates': {
        '200': (('object', 'PendingUpdatesResponse'),),
        '401': (('object', 'ErrorResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
    'get_app_pending_update_preview': {
        '200': (('object', 'PendingUpdatePreview'),),
        '401': (('object', 'ErrorResponse'),),
        '404': (('object', 'ErrorResponse'),),
        '422': (('object', 'HTTPValidationError'),),
    },
}
