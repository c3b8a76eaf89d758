"""``make demo`` runs from a clean environment against the local Prism mock."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support.paths import ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"


@pytest.mark.skipif(not PRISM.exists(), reason="Prism is not installed (run `make install`)")
def test_demo_walks_apps_cvms_kms_and_a_deploy_in_both_versions() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PHALA_CLOUD_")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    out = done.stdout
    for version in ("2025-10-28", "2026-01-21"):
        assert f"=== API version {version}" in out
    # Each version's own models: the version decides the shape.
    for model in (
        "HostedCvmV20251028",
        "CvmDetailV20251028",
        "CvmInfoV20260121",
        "CvmInfoDetailV20260121",
        "DstackAppFullResponseV20260121",
    ):
        assert model in out, model
    assert "get_kms_list" in out and "kms-base-prod9" in out
    # The deploy walk against the stateful fake, step by step, in both versions.
    for version in ("2025-10-28", "2026-01-21"):
        assert f"=== deploy, API version {version}" in out
    for step in ("provision_cvm", "encrypt_env_vars", "commit_cvm_provision", "wait_for_cvm"):
        assert out.count(step) >= 2, step
    assert "demo-token-not-secret" not in out
    assert "error:" not in out
