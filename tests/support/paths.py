"""Where the tests find the repository and the upstream reference spec.

The upstream spec lives outside the repository (``../shared/reference`` in the
project's CI). A user's clone has no such folder: tests that compare with upstream
skip with :data:`REFERENCE_MISSING` as their reason. Point them at any copy of the
upstream file with the ``PHALA_REFERENCE_SPEC`` environment variable.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
OUR_SPEC = ROOT / "openapi.json"
REFERENCE_ENV = "PHALA_REFERENCE_SPEC"
REFERENCE = Path(
    os.environ.get(REFERENCE_ENV)
    or ROOT.parent / "shared" / "reference" / "phala-cloud-openapi.json"
)
HAS_REFERENCE = REFERENCE.is_file()
REFERENCE_MISSING = (
    f"upstream reference spec not found at {REFERENCE}: set {REFERENCE_ENV}=/path/to/"
    "phala-cloud-openapi.json to run the upstream-comparison tests"
)

needs_reference = pytest.mark.skipif(not HAS_REFERENCE, reason=REFERENCE_MISSING)
"""Mark a test (or a module, as ``pytestmark``) that reads the upstream reference spec."""
