"""Response validators (written by scripts/codegen_validators.py); see ``_core``."""

from ._core import SchemaViolation, check, has_shape, is_valid

__all__ = ["SchemaViolation", "check", "has_shape", "is_valid"]
