"""The workflow methods of ``Client`` and ``AsyncClient`` (deploy, update, wait, watch).

Thin twins over ``_workflows``: the logic is written once there, as generators of
steps; these methods only pick the sync or async runner and carry the signatures and
docstrings users see.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from ._exceptions import ArgumentError, InvalidParameterError

if TYPE_CHECKING:
    from typing_extensions import Never

    from ._client import AsyncClient, Client
    from ._workflows import CvmStateEvent, PendingDeploy

__all__ = ["AsyncWorkflowMethods", "SyncWorkflowMethods"]

# The workflows and their runner are imported by the first workflow call: a program that
# only calls API methods never loads them.

# The official SDK's watch_cvm_state({...}) keys -> ours.
_OFFICIAL_CVM_KEYS = ("cvm_id", "cvmId", "id", "uuid", "app_id", "instance_id")


def _official_watch(params: Mapping[str, Any]) -> dict[str, Any]:
    """``watch_cvm_state({"id": ..., "target": ..., "timeout": ...})``, the official form."""
    if not isinstance(params, Mapping):
        raise InvalidParameterError(
            "watch_cvm_state",
            "cvm_id",
            f"expected the CVM's id (a string) or the official {{'id': ...}} mapping, "
            f"got {type(params).__name__}",
        )
    cvm_id = next((params[k] for k in _OFFICIAL_CVM_KEYS if params.get(k)), None)
    if cvm_id is None:
        raise ArgumentError("watch_cvm_state", "cvm_id", "missing required argument")
    known = {*_OFFICIAL_CVM_KEYS, "target", "interval", "timeout", "maxRetries", "retryDelay"}
    unknown = sorted(set(params) - known)
    if unknown:
        raise ArgumentError("watch_cvm_state", unknown[0], "unexpected argument")
    out: dict[str, Any] = {"cvm_id": cvm_id, "target": params.get("target")}
    for ours, theirs in (("interval", "interval"), ("timeout", "timeout")):
        if params.get(theirs) is not None:
            out[ours] = params[theirs]
    if params.get("retryDelay") is not None:
        out["reconnect_delay"] = params["retryDelay"]
    return out


def _final_state(event: CvmStateEvent | None) -> Any:
    return None if event is None else (event.state if event.state is not None else event.data)


class SyncWorkflowMethods:
    """Deploy, update, wait and watch on :class:`phala_cloud_sdk.Client`."""

    # D417: `**unknown` only turns an unknown keyword into an ArgumentError (not documented).
    def deploy(  # noqa: D417
        self,
        *,
        name: str,
        docker_compose: str,
        env: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
        allowed_envs: Sequence[str] | None = None,
        instance_type: str | None = None,
        kms: str | None = None,
        kms_id: str | None = None,
        pre_launch_script: str | None = None,
        provision_options: Mapping[str, Any] | None = None,
        compose_options: Mapping[str, Any] | None = None,
        verify_kms_signature: bool | None = None,
        wait: bool = False,
        timeout: float | None = 600.0,
        poll_interval: float = 2.0,
        **unknown: Never,
    ) -> Any:
        """Deploy an app: provision, encrypt ``env`` for its KMS key, commit, optionally wait.

        Example::

            cvm = client.deploy(
                name="price-oracle",
                docker_compose=Path("docker-compose.yml").read_text(),
                env={"API_TOKEN": token},
                instance_type="tdx.small",
                wait=True,
            )

        Everything is checked before the first request: the name, the compose (YAML with
        ``services:``), the env names (``[A-Za-z_][A-Za-z0-9_]*``, unique, each in
        ``allowed_envs`` when given; by default the compose allows exactly the env's
        names), and ``kms`` (a KMS type: ``phala``, ``ethereum``, ``base``) against
        ``kms_id`` (one KMS's slug). Values are sent only encrypted (``encrypt_env_vars``
        with the app's key; where the KMS signs the key, the signature is checked when the
        ``kms`` extra is installed, always with ``verify_kms_signature=True``).

        Args:
            name: The CVM's name (5-63 letters, digits, hyphens; starts with a letter).
            docker_compose: The docker compose file's text.
            env: Environment variables, ``{name: value}`` or ``[{"key", "value"}]``.
            allowed_envs: The env names the app may receive (default: ``env``'s names).
            instance_type: The instance type (``list_family_instance_types`` lists them).
            kms: The KMS type to use.
            kms_id: The slug of the KMS to use.
            pre_launch_script: A shell script run before the containers start.
            provision_options: More ``provision_cvm`` fields (vcpu, memory, region, ...).
            compose_options: More app-compose fields (public_logs, features, ...).
            verify_kms_signature: True: require the KMS signature check; False: skip it.
            wait: Block until the CVM runs and return its ``get_cvm_info``.
            timeout: Seconds for the whole deploy (waiting included; None: no limit).
            poll_interval: Most seconds between state polls while waiting (for the CVM
                to run, or for another operation on it to end).

        Returns:
            The committed CVM (``commit_cvm_provision``'s result), or with ``wait`` the
            running CVM's ``get_cvm_info``.

        Raises:
            InvalidParameterError: Bad input; nothing was sent.
            OnChainActionRequiredError: The KMS is an on-chain contract: deploy the app's
                contract, then ``resume_deploy(error.pending, app_id=...)``.
            KmsSignatureError: The app key is not signed by its KMS; nothing was committed.
            CvmFailedError, WaitTimeoutError: With ``wait``.
        """
        return _flow().run_sync(self._client, _workflow("deploy", locals()))

    def resume_deploy(
        self,
        pending: PendingDeploy,
        *,
        app_id: str | None = None,
        contract_address: str | None = None,
        deployer_address: str | None = None,
        verify_kms_signature: bool | None = None,
        wait: bool = False,
        timeout: float | None = 600.0,
        poll_interval: float = 2.0,
        **unknown: Never,
    ) -> Any:
        """Finish a deploy stopped by :class:`OnChainActionRequiredError` (its ``.pending``).

        Example::

            try:
                cvm = client.deploy(name="oracle", docker_compose=compose, kms="base")
            except OnChainActionRequiredError as stop:
                app_id, contract = deploy_on_chain(stop.compose_hash, stop.device_id)
                cvm = client.resume_deploy(stop.pending, app_id=app_id,
                                           contract_address=contract)
        """
        return _flow().run_sync(self._client, _workflow("resume_deploy", locals()))

    def update_env(
        self,
        cvm_id: str,
        env: Mapping[str, str] | Sequence[Mapping[str, str]],
        *,
        compose_hash: str | None = None,
        transaction_hash: str | None = None,
        verify_kms_signature: bool | None = None,
        wait: bool = False,
        timeout: float | None = 600.0,
        poll_interval: float = 2.0,
        **unknown: Never,
    ) -> Any:
        """Replace a CVM's environment, encrypted for its app's KMS key (``PATCH .../envs``).

        A change of the variable names on an on-chain KMS raises
        :class:`ComposeHashRegistrationRequiredError` (465) with the compose hash to
        register; after the transaction, call again with ``compose_hash=`` and
        ``transaction_hash=``. Another operation in progress (409) is waited out
        (polling its operation status) and the call retried, within ``timeout``; after
        it, the last :class:`OperationInProgressError` is raised.
        """
        return _flow().run_sync(self._client, _workflow("update_env", locals()))

    def update_cvm(
        self,
        cvm_id: str,
        *,
        docker_compose: str | None = None,
        pre_launch_script: str | None = None,
        env: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
        allowed_envs: Sequence[str] | None = None,
        changes: Mapping[str, Any] | None = None,
        prepare_only: bool = False,
        compose_hash: str | None = None,
        transaction_hash: str | None = None,
        verify_kms_signature: bool | None = None,
        wait: bool = False,
        timeout: float | None = 600.0,
        poll_interval: float = 2.0,
        **unknown: Never,
    ) -> Any:
        """Update a CVM in one call (``PATCH /cvms/{cvm_id}``): compose, script, env, resources.

        ``changes`` holds more fields of the update (``vcpu``, ``memory``, ``disk_size``,
        ``image``, ``public_logs``, ...). On an on-chain KMS a changed compose hash raises
        :class:`ComposeHashRegistrationRequiredError` (465): register it, then call again
        with ``compose_hash=`` and ``transaction_hash=``; with ``prepare_only=True`` the
        error carries a ``commit_token`` for a multisig to approve.
        """
        return _flow().run_sync(self._client, _workflow("update_cvm", locals()))

    def update_compose(
        self,
        cvm_id: str,
        docker_compose: str,
        *,
        env: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
        allowed_envs: Sequence[str] | None = None,
        pre_launch_script: str | None = None,
        verify_kms_signature: bool | None = None,
        wait: bool = False,
        timeout: float | None = 600.0,
        poll_interval: float = 2.0,
        **unknown: Never,
    ) -> Any:
        """Replace a CVM's compose file: provision the new app-compose, then commit it.

        On an on-chain KMS that does not allow the new hash yet it stops with
        :class:`OnChainActionRequiredError` (``action="add_compose_hash"``); after
        registering, ``client.commit_cvm_compose_file_update(**error.pending.commit)``.
        """
        return _flow().run_sync(self._client, _workflow("update_compose", locals()))

    def wait_for_cvm(
        self,
        cvm_id: str,
        *,
        status: str = "running",
        timeout: float | None = 300.0,
        poll_interval: float = 2.0,
        **unknown: Never,
    ) -> CvmStateEvent:
        """Block until the CVM reaches ``status``; returns the last observation.

        Raises:
            CvmFailedError: The CVM ended in a failed state (its ``last_state`` says which).
            WaitTimeoutError: ``timeout`` passed (``last_state``: the last one seen).
        """
        event: CvmStateEvent = _flow().run_sync(self._client, _workflow("wait_for_cvm", locals()))
        return event

    @overload
    def watch_cvm_state(
        self,
        cvm_id: str,
        *,
        target: str | None = None,
        interval: int = 5,
        timeout: float | None = None,
        poll_interval: float = 2.0,
        reconnect_delay: float = 1.0,
    ) -> Generator[CvmStateEvent, None, Any]: ...
    @overload
    def watch_cvm_state(self, cvm_id: Mapping[str, Any]) -> Any: ...
    def watch_cvm_state(
        self,
        cvm_id: str | Mapping[str, Any],
        *,
        target: str | None = None,
        interval: int = 5,
        timeout: float | None = None,
        poll_interval: float = 2.0,
        reconnect_delay: float = 1.0,
        **unknown: Never,
    ) -> Generator[CvmStateEvent, None, Any] | Any:
        """Watch a CVM's state as it changes: the server-sent event stream, typed.

        Example::

            for event in client.watch_cvm_state(cvm_id, target="running", timeout=300):
                print(event.event, event.status)

        The stream reconnects ``reconnect_delay`` seconds after it drops, and polling
        (every ``poll_interval`` seconds) takes over where the server does not stream or
        no ``target`` is given. It ends once the state is ``target`` (a failed CVM raises
        :class:`CvmFailedError`), after ``timeout`` with :class:`WaitTimeoutError` (also
        while the stream stays open without events), or when you stop iterating: the
        HTTP stream is closed with the iterator (``break`` out of the loop, or call
        ``.close()`` on an iterator you keep). The official SDK's form,
        ``watch_cvm_state({"id": ..., "target": ..., "timeout": ...})``, blocks and returns
        the final state.
        """
        _reject_unknown("watch_cvm_state", unknown)
        if not isinstance(cvm_id, str):
            workflow = _flows().watch_cvm_state(**_official_watch(cvm_id))
            return _final_state(_flow().run_sync(self._client, workflow))
        return _flow().iterate_sync(self._client, _workflow("watch_cvm_state", locals()))

    @property
    def _client(self) -> Client[Any]:
        return self  # type: ignore[return-value]


class AsyncWorkflowMethods:
    """Deploy, update, wait and watch on :class:`phala_cloud_sdk.AsyncClient` (coroutines)."""

    async def deploy(
        self,
        *,
        name: str,
        docker_compose: str,
        env: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
        allowed_envs: Sequence[str] | None = None,
        instance_type: str | None = None,
        kms: str | None = None,
        kms_id: str | None = None,
        pre_launch_script: str | None = None,
        provision_options: Mapping[str, Any] | None = None,
        compose_options: Mapping[str, Any] | None = None,
        verify_kms_signature: bool | None = None,
        wait: bool = False,
        timeout: float | None = 600.0,
        poll_interval: float = 2.0,
        **unknown: Never,
    ) -> Any:
        """:meth:`Client.deploy <phala_cloud_sdk.Client.deploy>`, as a coroutine."""
        return await _flow().run_async(self._client, _workflow("deploy", locals()))

    async def resume_deploy(
        self,
        pending: PendingDeploy,
        *,
        app_id: str | None = None,
        contract_address: str | None = None,
        deployer_address: str | None = None,
        verify_kms_signature: bool | None = None,
        wait: bool = False,
        timeout: float | None = 600.0,
        poll_interval: float = 2.0,
        **unknown: Never,
    ) -> Any:
        """:meth:`Client.resume_deploy <phala_cloud_sdk.Client.resume_deploy>`, as a coroutine."""
        return await _flow().run_async(self._client, _workflow("resume_deploy", locals()))

    async def update_env(
        self,
        cvm_id: str,
        env: Mapping[str, str] | Sequence[Mapping[str, str]],
        *,
        compose_hash: str | None = None,
        transaction_hash: str | None = None,
        verify_kms_signature: bool | None = None,
        wait: bool = False,
        timeout: float | None = 600.0,
        poll_interval: float = 2.0,
        **unknown: Never,
    ) -> Any:
        """:meth:`Client.update_env <phala_cloud_sdk.Client.update_env>`, as a coroutine."""
        return await _flow().run_async(self._client, _workflow("update_env", locals()))

    async def update_cvm(
        self,
        cvm_id: str,
        *,
        docker_compose: str | None = None,
        pre_launch_script: str | None = None,
        env: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
        allowed_envs: Sequence[str] | None = None,
        changes: Mapping[str, Any] | None = None,
        prepare_only: bool = False,
        compose_hash: str | None = None,
        transaction_hash: str | None = None,
        verify_kms_signature: bool | None = None,
        wait: bool = False,
        timeout: float | None = 600.0,
        poll_interval: float = 2.0,
        **unknown: Never,
    ) -> Any:
        """:meth:`Client.update_cvm <phala_cloud_sdk.Client.update_cvm>`, as a coroutine."""
        return await _flow().run_async(self._client, _workflow("update_cvm", locals()))

    async def update_compose(
        self,
        cvm_id: str,
        docker_compose: str,
        *,
        env: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
        allowed_envs: Sequence[str] | None = None,
        pre_launch_script: str | None = None,
        verify_kms_signature: bool | None = None,
        wait: bool = False,
        timeout: float | None = 600.0,
        poll_interval: float = 2.0,
        **unknown: Never,
    ) -> Any:
        """:meth:`Client.update_compose <phala_cloud_sdk.Client.update_compose>`, async."""
        return await _flow().run_async(self._client, _workflow("update_compose", locals()))

    async def wait_for_cvm(
        self,
        cvm_id: str,
        *,
        status: str = "running",
        timeout: float | None = 300.0,
        poll_interval: float = 2.0,
        **unknown: Never,
    ) -> CvmStateEvent:
        """:meth:`Client.wait_for_cvm <phala_cloud_sdk.Client.wait_for_cvm>`, as a coroutine."""
        workflow = _workflow("wait_for_cvm", locals())
        event: CvmStateEvent = await _flow().run_async(self._client, workflow)
        return event

    @overload
    def watch_cvm_state(
        self,
        cvm_id: str,
        *,
        target: str | None = None,
        interval: int = 5,
        timeout: float | None = None,
        poll_interval: float = 2.0,
        reconnect_delay: float = 1.0,
    ) -> AsyncGenerator[CvmStateEvent, None]: ...
    @overload
    def watch_cvm_state(self, cvm_id: Mapping[str, Any]) -> Any: ...
    def watch_cvm_state(
        self,
        cvm_id: str | Mapping[str, Any],
        *,
        target: str | None = None,
        interval: int = 5,
        timeout: float | None = None,
        poll_interval: float = 2.0,
        reconnect_delay: float = 1.0,
        **unknown: Never,
    ) -> AsyncGenerator[CvmStateEvent, None] | Any:
        """:meth:`Client.watch_cvm_state`: ``async for event in aclient.watch_cvm_state(...)``.

        To stop early and release the stream at once, close the iterator:
        ``async with contextlib.aclosing(aclient.watch_cvm_state(...)) as events:``.
        The official form (one mapping) is a coroutine returning the final state.
        """
        _reject_unknown("watch_cvm_state", unknown)
        if not isinstance(cvm_id, str):
            return self._watch_to_end(_official_watch(cvm_id))
        return _flow().iterate_async(self._client, _workflow("watch_cvm_state", locals()))

    async def _watch_to_end(self, arguments: dict[str, Any]) -> Any:
        workflow = _flows().watch_cvm_state(**arguments)
        return _final_state(await _flow().run_async(self._client, workflow))

    @property
    def _client(self) -> AsyncClient[Any]:
        return self  # type: ignore[return-value]


def _flows() -> Any:
    from . import _workflows

    return _workflows


def _flow() -> Any:
    from . import _flow

    return _flow


def _workflow(method: str, arguments: dict[str, Any]) -> Any:
    """The workflow ``method`` of ``_workflows``, given a method's ``locals()``."""
    return getattr(_flows(), method)(**_keywords(method, arguments))


def _keywords(method: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """A method's ``locals()`` as the workflow's keyword arguments (without ``self``).

    Raises:
        ArgumentError: the call passed a keyword the method does not take.
    """
    _reject_unknown(method, arguments.get("unknown") or {})
    return {name: value for name, value in arguments.items() if name not in ("self", "unknown")}


def _reject_unknown(method: str, unknown: Mapping[str, Any]) -> None:
    """An unknown keyword is an ``ArgumentError`` naming it (nothing is sent)."""
    if unknown:
        raise ArgumentError(method, sorted(unknown)[0], "unexpected keyword argument")
