"""The deploy and update workflows against a stateful fake of the API (real HTTP, loopback).

Each scenario runs with the sync and the async client, and in both API versions where
the shapes the workflow reads differ (provision, CVM info). Waiting and watching are in
test_workflows_wait.py.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fake_cloud import BASE_KMS, FakeCloud

from phala_cloud_sdk import (
    ArgumentError,
    ComposeHashRegistrationRequiredError,
    InvalidParameterError,
    KmsSignatureError,
    OnChainActionRequiredError,
    OperationInProgressError,
    PendingDeploy,
)
from tests.support.mock_api import API_KEY
from tests.support.workflow_runner import Runner

VERSIONS = ["2025-10-28", "2026-01-21"]
MODES = ["sync", "async"]
COMPOSE = "services:\n  app:\n    image: nginx:1.27\n    environment: [API_TOKEN, DB_URL]\n"
NEW_COMPOSE = "services:\n  app:\n    image: nginx:1.28\n"
ENV = {"API_TOKEN": "tok-9f8e7d6c5b4a", "DB_URL": "postgres://user:pa55@db/app"}
APP_ID = "ab" * 20
CONTRACT = "0x" + "cd" * 20
DEPLOYER = "0x" + "ef" * 20
FAST = {"poll_interval": 0.01, "timeout": 10}


@pytest.fixture
def cloud() -> Iterator[FakeCloud]:
    with FakeCloud() as fake:
        yield fake


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=VERSIONS)
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def run(cloud: FakeCloud, mode: str, version: str) -> Runner:
    return Runner(cloud, mode, version)


def assert_no_secret_in_clear(cloud: FakeCloud, *values: str) -> None:
    for body in cloud.bodies():
        for value in values:
            assert value.encode() not in body
            assert json.dumps(value).encode()[1:-1] not in body  # nor JSON-escaped
    for request in cloud.requests:
        assert API_KEY not in json.dumps(request.body)


def deploy_onchain(run: Runner, **kwargs: Any) -> OnChainActionRequiredError:
    with pytest.raises(OnChainActionRequiredError) as stopped:
        run("deploy", name="oracle-app", docker_compose=COMPOSE, env=ENV, kms="base", **kwargs)
    return stopped.value


def running_cvm(run: Runner, *, onchain: bool = False) -> str:
    """A committed CVM's id (deployed through the workflow), the request log cleared."""
    if onchain:
        stop = deploy_onchain(run)
        run(
            "resume_deploy",
            stop.pending,
            app_id=APP_ID,
            contract_address=CONTRACT,
            deployer_address=DEPLOYER,
        )
    else:
        run("deploy", name="oracle-app", docker_compose=COMPOSE, env=ENV)
    run.cloud.requests.clear()
    return run.cloud.cvm().id


# -- deploy --------------------------------------------------------------------------------


def test_deploy_sends_provision_then_commit_with_the_env_encrypted(
    run: Runner, cloud: FakeCloud, version: str
) -> None:
    cvm = run(
        "deploy", name="oracle-app", docker_compose=COMPOSE, env=ENV, instance_type="tdx.small"
    )
    assert cloud.paths() == ["POST /cvms/provision", "POST /cvms"]
    provision, commit = (r.body for r in cloud.requests)
    assert provision["name"] == "oracle-app"
    assert provision["instance_type"] == "tdx.small"
    assert provision["compose_file"]["docker_compose_file"] == COMPOSE
    # The names are declared twice, as the CVM needs them: allowed by the compose ...
    assert sorted(provision["compose_file"]["allowed_envs"]) == sorted(ENV)
    # ... and committed as the env's keys, with the values only encrypted.
    assert commit["env_keys"] == list(ENV)
    assert commit["compose_hash"] == cloud.cvm().compose_hash
    assert cloud.decrypt_env(commit["encrypted_env"]) == ENV
    assert_no_secret_in_clear(cloud, *ENV.values())
    assert {r.headers["X-Phala-Version"] for r in cloud.requests} == {version}
    assert type(cvm).__name__ == "VM"
    assert cvm.app_id == cloud.cvm().app_id


def test_deploy_without_env_commits_no_env(run: Runner, cloud: FakeCloud) -> None:
    run("deploy", name="oracle-app", docker_compose=COMPOSE)
    commit = cloud.requests[-1].body
    assert "encrypted_env" not in commit and "env_keys" not in commit
    assert cloud.requests[0].body["compose_file"]["allowed_envs"] == []


def test_deploy_with_wait_returns_the_running_cvm_typed_by_version(
    run: Runner, cloud: FakeCloud, version: str
) -> None:
    cloud.boot = ["starting", "starting", "running"]
    cvm = run("deploy", name="oracle-app", docker_compose=COMPOSE, env=ENV, wait=True, **FAST)
    expected = "CvmDetailV20251028" if version == "2025-10-28" else "CvmInfoDetailV20260121"
    assert type(cvm).__name__ == expected
    assert cvm.status == "running"
    fake = cloud.cvm()
    paths = cloud.paths()
    assert paths[:2] == ["POST /cvms/provision", "POST /cvms"]
    assert paths[2:] == [f"GET /cvms/{fake.vm_uuid}/state"] * 3 + [f"GET /cvms/{fake.vm_uuid}"]


def test_deploy_with_allowed_envs_declares_them_all(run: Runner, cloud: FakeCloud) -> None:
    allowed = ["API_TOKEN", "DB_URL", "LATER"]
    run("deploy", name="oracle-app", docker_compose=COMPOSE, env=ENV, allowed_envs=allowed)
    assert cloud.requests[0].body["compose_file"]["allowed_envs"] == allowed
    assert cloud.requests[1].body["env_keys"] == list(ENV)


BAD_DEPLOYS: list[tuple[str, dict[str, Any], str]] = [
    ("empty compose", {"docker_compose": ""}, "docker_compose"),
    ("blank compose", {"docker_compose": "  \n"}, "docker_compose"),
    ("invalid YAML", {"docker_compose": "services:\n  app: [unclosed\n"}, "docker_compose"),
    ("no services", {"docker_compose": "just some text\n"}, "docker_compose"),
    ("env not allowed", {"env": ENV, "allowed_envs": ["API_TOKEN"]}, "env"),
    ("bad env name", {"env": {"1BAD": "x"}}, "env"),
    ("duplicate env name", {"env": [{"key": "A", "value": "1"}] * 2}, "env"),
    ("kms type as kms_id", {"kms_id": "base"}, "kms_id"),
    ("kms slug as kms", {"kms": "kms-base-prod"}, "kms"),
    ("bad name", {"name": "ab"}, "name"),
    ("bad timeout", {"timeout": 0}, "timeout"),
    ("bad poll interval", {"poll_interval": -1}, "poll_interval"),
    ("wait not a bool", {"wait": "yes"}, "wait"),
    ("verify flag not a bool", {"verify_kms_signature": 1}, "verify_kms_signature"),
    ("provision options not a mapping", {"provision_options": ["vcpu"]}, "provision_options"),
    ("compose options not a mapping", {"compose_options": "x"}, "compose_options"),
]


@pytest.mark.parametrize(
    ("changes", "field"), [c[1:] for c in BAD_DEPLOYS], ids=[c[0] for c in BAD_DEPLOYS]
)
def test_bad_deploy_input_fails_before_any_request(
    cloud: FakeCloud, mode: str, changes: dict[str, Any], field: str
) -> None:
    run = Runner(cloud, mode, "2026-01-21")
    arguments = {"name": "oracle-app", "docker_compose": COMPOSE, **changes}
    with pytest.raises(InvalidParameterError) as bad:
        run("deploy", **arguments)
    assert bad.value.field.split("[")[0].split(".")[0] == field, bad.value
    assert field in str(bad.value)
    assert cloud.requests == []


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "field"),
    [
        ("update_env", ("cvm_1", {}), {}, "env"),
        ("update_env", ("cvm_1", {"BAD NAME": "x"}), {}, "env"),
        ("update_env", ("", ENV), {}, "cvm_id"),
        ("update_compose", ("cvm_1", "services: [x"), {}, "docker_compose"),
        ("update_compose", ("cvm_1", COMPOSE), {"env": ENV, "allowed_envs": ["X"]}, "env"),
        ("update_cvm", ("cvm_1",), {}, "changes"),
        ("update_cvm", ("cvm_1",), {"compose_hash": "h"}, "transaction_hash"),
        ("update_cvm", ("cvm_1",), {"docker_compose": "a: b"}, "docker_compose"),
        ("wait_for_cvm", ("cvm_1",), {"status": ""}, "status"),
        ("wait_for_cvm", ("cvm_1",), {"timeout": -1}, "timeout"),
        ("update_cvm", ("cvm_1",), {"changes": "vcpu=2"}, "changes"),
        ("update_cvm", ("cvm_1",), {"changes": {"vcpu": 2}, "prepare_only": "no"}, "prepare_only"),
        ("update_env", ("cvm_1", ENV), {"wait": None}, "wait"),
        ("update_compose", ("cvm_1", COMPOSE), {"wait": 1}, "wait"),
    ],
)
def test_bad_update_input_fails_before_any_request(  # noqa: PLR0917 - the parameters
    cloud: FakeCloud,
    mode: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    field: str,
) -> None:
    run = Runner(cloud, mode, "2026-01-21")
    with pytest.raises(InvalidParameterError) as bad:
        run(method, *args, **kwargs)
    assert bad.value.field.split("[")[0].split(".")[0] == field, bad.value
    assert cloud.requests == []


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("deploy", ()),
        ("resume_deploy", (None,)),
        ("update_env", ("cvm_1", ENV)),
        ("update_cvm", ("cvm_1",)),
        ("update_compose", ("cvm_1", COMPOSE)),
        ("wait_for_cvm", ("cvm_1",)),
    ],
)
def test_an_unknown_keyword_is_an_argument_error_naming_it(
    cloud: FakeCloud, mode: str, method: str, args: tuple[Any, ...]
) -> None:
    run = Runner(cloud, mode, "2026-01-21")
    required = {"name": "oracle-app", "docker_compose": COMPOSE} if method == "deploy" else {}
    with pytest.raises(ArgumentError) as bad:
        run(method, *args, **required, wiat=True)
    assert bad.value.field == "wiat"
    assert "unexpected keyword argument" in str(bad.value)
    assert cloud.requests == []


def test_watch_refuses_an_unknown_keyword_and_a_bad_id(cloud: FakeCloud, mode: str) -> None:
    run = Runner(cloud, mode, "2026-01-21")
    with pytest.raises(ArgumentError, match="'wiat'"):
        run.watch("cvm_1", wiat=True)
    with pytest.raises(InvalidParameterError, match="cvm_id"):
        run.watch(5)  # type: ignore[arg-type]
    assert cloud.requests == []


# -- on-chain KMS: stop, register, resume ------------------------------------------------


def test_onchain_kms_stops_with_what_to_register_then_resumes(
    run: Runner, cloud: FakeCloud, version: str
) -> None:
    stop = deploy_onchain(run)
    provision = cloud.requests[0]
    assert stop.action == "deploy_app"
    assert stop.compose_hash in cloud.provisions
    assert stop.app_id is None
    assert stop.device_id == "d" * 64
    assert stop.kms_info is not None
    assert stop.kms_info["chain_id"] == BASE_KMS["chain_id"]
    assert stop.kms_info["kms_contract_address"] == BASE_KMS["kms_contract_address"]
    assert stop.compose_hash in str(stop) and "resume_deploy" in str(stop)
    assert isinstance(stop.pending, PendingDeploy)
    # Nothing committed. 2026-01-21 names the KMS only: the workflow looked it up.
    expected = ["POST /cvms/provision"] + (["GET /kms"] if version == "2026-01-21" else [])
    assert cloud.paths() == expected
    assert provision.body["kms"] == "base"
    assert_no_secret_in_clear(cloud, *ENV.values())

    cloud.requests.clear()
    cloud.boot = ["starting", "running"]
    cvm = run(
        "resume_deploy",
        stop.pending,
        app_id=APP_ID,
        contract_address=CONTRACT,
        deployer_address=DEPLOYER,
        verify_kms_signature=True,
        wait=True,
        **FAST,
    )
    assert cvm.status == "running"
    slug = BASE_KMS["slug"]
    paths = cloud.paths()
    assert paths[:3] == [f"GET /kms/{slug}/pubkey/{APP_ID}", f"GET /kms/{slug}/info", "POST /cvms"]
    commit = cloud.requests[2].body
    assert commit["app_id"] == APP_ID
    assert commit["contract_address"] == CONTRACT
    assert commit["deployer_address"] == DEPLOYER
    assert commit["kms_id"] == slug
    assert commit["compose_hash"] == stop.compose_hash
    assert cloud.decrypt_env(commit["encrypted_env"]) == ENV
    assert_no_secret_in_clear(cloud, *ENV.values())


def test_a_key_not_signed_by_the_kms_is_refused(run: Runner, cloud: FakeCloud) -> None:
    stop = deploy_onchain(run)
    cloud.signature = "bad"
    cloud.requests.clear()
    with pytest.raises(KmsSignatureError, match="not signed by the app's KMS"):
        run("resume_deploy", stop.pending, app_id=APP_ID, contract_address=CONTRACT)
    assert "POST /cvms" not in cloud.paths()


def test_resume_needs_an_app_id(run: Runner, cloud: FakeCloud) -> None:
    stop = deploy_onchain(run)
    cloud.requests.clear()
    with pytest.raises(InvalidParameterError, match="app_id"):
        run("resume_deploy", stop.pending)
    assert cloud.requests == []


# -- updates ------------------------------------------------------------------------------


def test_update_env_fetches_the_app_key_encrypts_and_patches(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = running_cvm(run)
    new = {"API_TOKEN": "rotated-7c6b5a", "DB_URL": "postgres://u:new@db/app"}
    result = run("update_env", cvm_id, new)
    assert cloud.paths() == [f"GET /cvms/{cvm_id}", f"PATCH /cvms/{cvm_id}/envs"]
    patch = cloud.requests[1].body
    assert cloud.decrypt_env(patch["encrypted_env"]) == new
    assert patch["env_keys"] == sorted(new)
    assert result.status == "in_progress"
    assert_no_secret_in_clear(cloud, *new.values())


def test_update_env_waits_out_another_operation_then_retries(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = running_cvm(run)
    cloud.conflicts, cloud.busy_polls = 2, 2
    run("update_env", cvm_id, ENV, **FAST)
    paths = cloud.paths()
    assert paths.count(f"PATCH /cvms/{cvm_id}/envs") == 3
    # each 409: the operation status read until idle (busy twice), then the call again
    assert paths.count(f"GET /cvms/{cvm_id}/operation-status") == 6
    assert paths[-1] == f"PATCH /cvms/{cvm_id}/envs"
    assert cloud.decrypt_env(cloud.cvm().encrypted_env or "") == ENV


def test_an_operation_that_outlasts_the_timeout_raises_within_it(
    run: Runner, cloud: FakeCloud
) -> None:
    cvm_id = running_cvm(run)
    cloud.conflicts, cloud.busy_polls = 1000, 1000
    started = time.monotonic()
    with pytest.raises(OperationInProgressError) as busy:
        run("update_env", cvm_id, ENV, timeout=0.4, poll_interval=0.05)
    elapsed = time.monotonic() - started
    assert 0.4 <= elapsed < 2.0
    assert busy.value.operation == "compose_update"
    assert busy.value.correlation_id == "op_busy"
    assert busy.value.status_code == 409
    assert API_KEY not in str(busy.value) and API_KEY not in repr(busy.value)


def test_update_compose_provisions_then_commits(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = running_cvm(run)
    new_env = {"API_TOKEN": "t2"}
    run("update_compose", cvm_id, NEW_COMPOSE, env=new_env)
    assert cloud.paths() == [
        f"GET /cvms/{cvm_id}/compose_file",
        f"POST /cvms/{cvm_id}/compose_file/provision",
        f"GET /cvms/{cvm_id}",
        f"PATCH /cvms/{cvm_id}/compose_file",
    ]
    provision, commit = cloud.requests[1].body, cloud.requests[3].body
    assert provision["docker_compose_file"] == NEW_COMPOSE
    assert provision["allowed_envs"] == ["API_TOKEN"]
    assert commit["compose_hash"] == cloud.cvm().compose_hash
    assert cloud.cvm().compose["docker_compose_file"] == NEW_COMPOSE
    assert cloud.decrypt_env(commit["encrypted_env"]) == new_env


def test_update_compose_on_chain_stops_until_the_hash_is_registered(
    run: Runner, cloud: FakeCloud
) -> None:
    cvm_id = running_cvm(run, onchain=True)
    with pytest.raises(OnChainActionRequiredError) as stopped:
        run("update_compose", cvm_id, NEW_COMPOSE)
    stop = stopped.value
    assert stop.action == "add_compose_hash"
    assert stop.app_id == APP_ID and stop.compose_hash
    assert f"PATCH /cvms/{cvm_id}/compose_file" not in cloud.paths()
    cloud.registered_hashes.add(stop.compose_hash)  # the user's transaction
    run("commit_cvm_compose_file_update", **stop.pending.commit)
    assert cloud.cvm().compose_hash == stop.compose_hash


def test_update_cvm_sends_the_unified_patch(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = running_cvm(run)
    run("update_cvm", cvm_id, docker_compose=NEW_COMPOSE, env={"API_TOKEN": "t3"})
    assert cloud.paths() == [f"GET /cvms/{cvm_id}", f"PATCH /cvms/{cvm_id}"]
    body = cloud.requests[1].body
    assert body["docker_compose_file"] == NEW_COMPOSE
    assert body["allowed_envs"] == ["API_TOKEN"]
    assert cloud.decrypt_env(body["encrypted_env"]) == {"API_TOKEN": "t3"}
    assert_no_secret_in_clear(cloud, "t3")


def test_update_cvm_on_chain_465_then_phase_two(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = running_cvm(run, onchain=True)
    with pytest.raises(ComposeHashRegistrationRequiredError) as needed:
        run("update_cvm", cvm_id, docker_compose=NEW_COMPOSE)
    error = needed.value
    assert error.status_code == 465
    assert error.app_id == APP_ID and error.compose_hash
    assert error.kms_info is not None and error.kms_info["chain_id"] == BASE_KMS["chain_id"]
    assert cloud.cvm().compose["docker_compose_file"] == COMPOSE
    cloud.requests.clear()
    run("update_cvm", cvm_id, compose_hash=error.compose_hash, transaction_hash="0x" + "12" * 32)
    headers = {k.lower(): v for k, v in cloud.requests[-1].headers.items()}
    assert headers["x-compose-hash"] == error.compose_hash
    assert headers["x-transaction-hash"] == "0x" + "12" * 32
    assert cloud.cvm().compose["docker_compose_file"] == NEW_COMPOSE


def test_update_cvm_prepare_only_gives_a_commit_token(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = running_cvm(run, onchain=True)
    with pytest.raises(ComposeHashRegistrationRequiredError) as needed:
        run("update_cvm", cvm_id, docker_compose=NEW_COMPOSE, prepare_only=True)
    headers = {k.lower(): v for k, v in cloud.requests[-1].headers.items()}
    assert headers["x-prepare-only"] == "true"
    token = needed.value.commit_token
    assert token is not None and needed.value.compose_hash
    cloud.registered_hashes.add(needed.value.compose_hash)  # the multisig approved
    accepted = run("commit_cvm_update", cvm_id=cvm_id, token=token)
    assert accepted.status == "in_progress"
    assert cloud.cvm().compose["docker_compose_file"] == NEW_COMPOSE


def test_update_cvm_waits_out_a_409_too(run: Runner, cloud: FakeCloud) -> None:
    cvm_id = running_cvm(run)
    cloud.conflicts, cloud.busy_polls = 1, 0
    run("update_cvm", cvm_id, changes={"public_logs": True}, pre_launch_script="echo hi", **FAST)
    paths = cloud.paths()
    assert paths == [
        f"PATCH /cvms/{cvm_id}",
        f"GET /cvms/{cvm_id}/operation-status",
        f"PATCH /cvms/{cvm_id}",
    ]
