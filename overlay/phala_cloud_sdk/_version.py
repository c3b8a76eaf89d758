"""The package version (kept equal to ``[project] version`` in pyproject.toml by a test)."""

__version__ = "0.1.0"

__spec_version__ = "2026.01.21"
"""``info.version`` of the openapi.json this release was generated from."""
