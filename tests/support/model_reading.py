"""Read every field of a generated model and compare it with the JSON it came from."""

from __future__ import annotations

import datetime
import enum
from typing import Any

from phala_cloud_api.types import parse_datetime
from phala_cloud_sdk import ResponseValidationError


def is_model(value: object) -> bool:
    """Whether ``value`` is an instance of a generated model class."""
    cls = type(value)
    return cls.__module__.startswith("phala_cloud_api.models") and hasattr(cls, "_FIELDS")


def assert_exposes(
    value: Any, raw: Any, where: str = "$", *, lenient_formats: bool = False
) -> None:
    """Each declared field of ``value`` reads back as the JSON in ``raw``, typed.

    Nested models are compared recursively, timestamps as datetimes, enums by value,
    and absent keys read as None (``has_field`` False). With ``lenient_formats`` (data
    broken on purpose), a field whose format is checked on read may raise
    ResponseValidationError instead.
    """
    if isinstance(value, list):
        assert isinstance(raw, list) and len(raw) == len(value), where
        for index, (item, raw_item) in enumerate(zip(value, raw, strict=True)):
            assert_exposes(item, raw_item, f"{where}[{index}]", lenient_formats=lenient_formats)
        return
    if is_model(value):
        assert isinstance(raw, dict), where
        for field in type(value)._FIELDS:
            if not field.isidentifier():
                continue
            try:
                read = getattr(value, field)
            except ResponseValidationError:
                assert lenient_formats, f"{where}.{field}: unexpected ResponseValidationError"
                continue
            assert value.has_field(field) is (field in raw), f"{where}.{field}: has_field"
            if field not in raw:
                assert read is None, f"{where}.{field}: absent in JSON but read as {read!r}"
                continue
            assert_exposes(read, raw[field], f"{where}.{field}", lenient_formats=lenient_formats)
        return
    if isinstance(value, datetime.datetime):
        assert value == parse_datetime(raw), where
    elif isinstance(value, enum.Enum):
        assert value.value == raw, where
    else:
        assert value == raw and type(value) is type(raw), f"{where}: {value!r} != {raw!r}"
