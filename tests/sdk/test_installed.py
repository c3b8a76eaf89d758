"""Which copy of the SDK the tests import.

The per-interpreter sessions (``noxfile.py``) install the built wheel into a fresh
virtualenv and set ``PHALA_SDK_UNDER_TEST=wheel``; there the SDK must come from
that environment's site-packages, never from ``overlay/`` or ``generated/``.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import sys
import sysconfig
from pathlib import Path

import pytest

import phala_cloud_api
import phala_cloud_sdk
from tests.support.paths import ROOT

UNDER_TEST_ENV = "PHALA_SDK_UNDER_TEST"
SOURCE_DIRS = (ROOT / "overlay", ROOT / "generated")


@pytest.mark.skipif(
    os.environ.get(UNDER_TEST_ENV) != "wheel",
    reason=f"checks the installed-wheel sessions (noxfile.py set {UNDER_TEST_ENV}=wheel)",
)
def test_the_installed_wheel_is_under_test() -> None:
    site_packages = Path(sysconfig.get_paths()["purelib"]).resolve()
    for module in (phala_cloud_sdk, phala_cloud_api):
        assert module.__file__ is not None
        where = Path(module.__file__).resolve()
        assert where.is_relative_to(site_packages), where
        assert not any(where.is_relative_to(source) for source in SOURCE_DIRS), where
    on_path = {Path(entry or ".").resolve() for entry in sys.path}
    assert not on_path & {source.resolve() for source in SOURCE_DIRS}
    # Installed from the wheel's files, not an editable install pointing back at the tree.
    # (Look in site-packages itself: the tree's own phala_cloud_sdk.egg-info is on sys.path.)
    (dist,) = importlib.metadata.distributions(name="phala-cloud-sdk", path=[str(site_packages)])
    installed = {str(f) for f in dist.files or []}
    assert {"phala_cloud_sdk/__init__.py", "phala_cloud_api/__init__.py"} <= installed
    assert not any("__editable__" in name or name.endswith(".pth") for name in installed)
    direct_url = json.loads(dist.read_text("direct_url.json") or "{}")
    assert direct_url["url"].endswith(".whl"), direct_url
