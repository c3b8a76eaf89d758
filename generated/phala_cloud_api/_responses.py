"""Operation tables (written by scripts/codegen_responses.py from the spec).

``OPERATIONS[operation_id]`` is ``(method, path)``; ``RESPONSES[operation_id][status]`` is a
tuple of ``(kind, class_name)`` in spec order, kind ``"object"`` or ``"array"``.
``PARAMETERS[operation_id]`` lists ``(python_name, wire_name, location, required, schema)``;
``BODIES[operation_id]`` is ``(class_name, required, field_names)`` or absent.
"""

from __future__ import annotations

from typing import Any

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

PARAMETERS: dict[str, tuple[tuple[str, str, str, bool, Any], ...]] = {
    'get_app_list': (
        ('page', 'page', 'query', False, {'type': 'integer', 'minimum': 1, 'default': 1}),
        ('page_size', 'page_size', 'query', False, {'type': 'integer', 'maximum': 100, 'minimum': 1, 'default': 20}),
        ('search', 'search', 'query', False, {'anyOf': [{'type': 'string'}, {'type': 'null'}]}),
        ('status', 'status', 'query', False, {'anyOf': [{'type': 'array', 'items': {'type': 'string'}}, {'type': 'null'}]}),
        ('listed', 'listed', 'query', False, {'anyOf': [{'type': 'boolean'}, {'type': 'null'}]}),
        ('base_image', 'base_image', 'query', False, {'anyOf': [{'type': 'string'}, {'type': 'null'}]}),
        ('instance_type', 'instance_type', 'query', False, {'anyOf': [{'type': 'string'}, {'type': 'null'}]}),
        ('kms_slug', 'kms_slug', 'query', False, {'anyOf': [{'type': 'string'}, {'type': 'null'}]}),
        ('kms_type', 'kms_type', 'query', False, {'anyOf': [{'type': 'string'}, {'type': 'null'}]}),
        ('node', 'node', 'query', False, {'anyOf': [{'type': 'string'}, {'type': 'null'}]}),
        ('region', 'region', 'query', False, {'anyOf': [{'type': 'string'}, {'type': 'null'}]}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'get_app_filter_options': (
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'get_app_info': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'get_app_cvms': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'replicate_app_cvm': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('vm_uuid', 'vm_uuid', 'path', True, {'type': 'string'}),
        ('x_prepare_only', 'X-Prepare-Only', 'header', False, {'anyOf': [{'type': 'string'}, {'type': 'null'}]}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'create_app_instance': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'get_app_device_allowlist': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'get_app_attestation': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'get_app_tcb_evaluation': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'get_app_revisions': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('page', 'page', 'query', False, {'type': 'integer', 'minimum': 1, 'default': 1}),
        ('page_size', 'page_size', 'query', False, {'type': 'integer', 'maximum': 1000, 'minimum': 1, 'default': 50}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'get_app_revision_detail': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('revision_id', 'revision_id', 'path', True, {'type': 'string'}),
        ('raw_compose_file', 'raw_compose_file', 'query', False, {'type': 'boolean', 'default': False}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'redeploy_app_revision': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('revision_id', 'revision_id', 'path', True, {'type': 'string'}),
        ('transaction_hash', 'transaction_hash', 'query', False, {'anyOf': [{'type': 'string'}, {'type': 'null'}]}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'get_app_usage': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('start_date', 'start_date', 'query', False, {'anyOf': [{'type': 'string', 'format': 'date-time'}, {'type': 'null'}]}),
        ('end_date', 'end_date', 'query', False, {'anyOf': [{'type': 'string', 'format': 'date-time'}, {'type': 'null'}]}),
        ('limit', 'limit', 'query', False, {'type': 'integer', 'maximum': 5000, 'minimum': 1, 'default': 500}),
        ('offset', 'offset', 'query', False, {'type': 'integer', 'minimum': 0, 'default': 0}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'check_app_is_allowed': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'check_app_cvms_is_allowed': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'get_app_kms_info': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'get_app_pending_updates': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
    'get_app_pending_update_preview': (
        ('app_id', 'app_id', 'path', True, {'type': 'string'}),
        ('vm_uuid', 'vm_uuid', 'path', True, {'type': 'string'}),
        ('compose_hash', 'compose_hash', 'path', True, {'type': 'string'}),
        ('x_phala_version', 'X-Phala-Version', 'header', False, {'type': 'string', 'enum': ['2025-10-28', '2026-01-21']}),
    ),
}

BODIES: dict[str, tuple[str, bool, tuple[str, ...]]] = {
    'replicate_app_cvm': ('ReplicateRequest', False, ('teepod_id', 'node_id', 'encrypted_env', 'compose_hash')),
    'create_app_instance': ('CreateAppInstanceRequest', False, ('teepod_id', 'node_id', 'encrypted_env', 'compose_hash', 'docker_compose_file', 'pre_launch_script', 'token', 'transaction_hash')),
    'redeploy_app_revision': ('RedeployRevisionRequest', False, ('vm_uuids',)),
    'check_app_is_allowed': ('AppIsAllowedRequest', True, ('compose_hash', 'node_id', 'device_id', 'chain_id')),
}
