"""The public namespace is exactly what __all__ says, and every public name is documented."""

from __future__ import annotations

import inspect
import json
import sys

import phala_cloud_sdk
from phala_cloud_sdk import pagination, types
from tests.support.paths import ROOT

EXPECTED = {
    "AsyncClient",
    "Client",
    "APIResponse",
    "AsyncPage",
    "AsyncPager",
    "SyncPage",
    "OPERATIONS",
    "Operation",
    "types",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "CvmFailedError",
    "KmsSignatureError",
    "OnChainActionRequiredError",
    "WaitTimeoutError",
    "WorkflowError",
    "CvmStateEvent",
    "PendingDeploy",
    "OperationInProgressError",
    "OnChainError",
    "ComposeHashRegistrationRequiredError",
    "ComposeHashExpiredError",
    "TransactionVerificationError",
    "ComposeHashNotAllowedError",
    "FieldError",
    "InternalServerError",
    "InvalidParameterError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
    "UnsupportedVersionError",
    "DEFAULT_BASE_URL",
    "DEFAULT_VERSION",
    "SUPPORTED_VERSIONS",
    "ApiVersion",
    "NOT_GIVEN",
    "NotGiven",
    "__version__",
    "__api_versions__",
    "__spec_version__",
    "encrypt_env_vars",
    "get_compose_hash",
    "verify_env_encrypt_public_key",
    "verify_env_encrypt_public_key_legacy",
    "verify_webhook_signature",
    "parse_webhook_event",
    "WebhookEvent",
    "WebhookWorkspace",
    "WebhookVerificationError",
    "WebhookPayloadError",
    "MissingDependencyError",
    "NoNextPageError",
}


def test_all_is_the_public_surface() -> None:
    assert set(phala_cloud_sdk.__all__) == EXPECTED
    public = {n for n in vars(phala_cloud_sdk) if not n.startswith("_")}
    private_modules = {n for n in public if inspect.ismodule(getattr(phala_cloud_sdk, n))}
    assert public - private_modules - {"annotations"} <= EXPECTED | {"pagination"}


def test_public_names_have_docstrings() -> None:
    for name in phala_cloud_sdk.__all__:
        value = getattr(phala_cloud_sdk, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), name
    for cls in (phala_cloud_sdk.Client, phala_cloud_sdk.AsyncClient):
        for name, member in inspect.getmembers(cls):
            if not name.startswith("_") and callable(member):
                assert inspect.getdoc(member), f"{cls.__name__}.{name}"


def test_sync_and_async_clients_mirror_each_other() -> None:
    def methods(cls: type) -> set[str]:
        return {n for n, m in inspect.getmembers(cls) if not n.startswith("_") and callable(m)}

    sync_methods = methods(phala_cloud_sdk.Client) - {"close"}
    async_methods = methods(phala_cloud_sdk.AsyncClient) - {"aclose"}
    assert sync_methods == async_methods


def test_seed_methods_exist_with_their_names() -> None:
    seed = [
        "get_app_list",
        "get_app_info",
        "get_app_cvms",
        "get_app_revisions",
        "get_app_revision_detail",
        "get_app_attestation",
        "get_app_device_allowlist",
        "get_app_filter_options",
        "check_app_is_allowed",
        "check_app_cvms_is_allowed",
    ]
    for name in seed:
        assert callable(getattr(phala_cloud_sdk.Client, name))
        method = getattr(phala_cloud_sdk.AsyncClient, name)
        if phala_cloud_sdk.OPERATIONS[name].paginated:
            # A list call returns a pager: awaitable (first page) and async-iterable.
            assert not inspect.iscoroutinefunction(method)
            assert "AsyncPager" in method.__annotations__["return"]
        else:
            assert inspect.iscoroutinefunction(method)


def test_versions_and_package_metadata_agree() -> None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # the installed-wheel sessions also run on 3.10
        import tomli as tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["version"] == phala_cloud_sdk.__version__
    assert project["name"] == "phala-cloud-sdk"
    assert phala_cloud_sdk.__api_versions__ == ("2025-10-28", "2026-01-21")
    assert phala_cloud_sdk.DEFAULT_VERSION == "2026-01-21"
    spec = json.loads((ROOT / "openapi.json").read_text())
    assert spec["info"]["version"] == phala_cloud_sdk.__spec_version__
    assert spec["info"]["x-api-versions"] == list(phala_cloud_sdk.SUPPORTED_VERSIONS)
    # The distribution's metadata names the API versions and the spec version it was built for.
    for version in phala_cloud_sdk.SUPPORTED_VERSIONS:
        assert version in project["description"]
        assert f"api-version-{version}" in project["keywords"]
    assert phala_cloud_sdk.__spec_version__ in project["description"]


def test_result_aliases_resolve_lazily() -> None:
    assert "DstackAppMinimalResponse" in repr(types.App)
    assert "HostedCvmV20251028" in repr(types.AppCvm)
    assert pagination.SyncPage is phala_cloud_sdk.SyncPage


def test_importing_the_sdk_loads_no_model_module() -> None:
    import subprocess
    import sys

    code = (
        "import sys, phala_cloud_sdk; "
        "print(sorted(m for m in sys.modules if m.startswith('phala_cloud_api.models.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_importing_the_sdk_loads_no_crypto_library() -> None:
    import subprocess
    import sys

    code = (
        "import sys, phala_cloud_sdk; "
        "print(sorted({m.split('.')[0] for m in sys.modules} "
        "& {'cryptography', 'coincurve', 'Crypto', 'cffi'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
