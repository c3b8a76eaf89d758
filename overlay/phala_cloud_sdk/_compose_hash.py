r"""The compose hash: sha256 of an app-compose document in dstack's deterministic JSON.

The rules are those of ``dstack_sdk.get_compose_hash`` (PyPI ``dstack-sdk``,
``dstack_sdk/get_compose_hash.py``), which goes through its ``AppCompose`` class:

* top level: a field whose value is ``None``, NaN or an infinity is left out, and so is
  a field whose name starts with ``_`` (they are not attributes ``AppCompose`` serializes);
* ``docker_config`` may only hold ``registry``, ``username`` and ``token_key``; its
  ``None`` fields are left out;
* deeper down, ``None`` stays ``null`` and NaN or an infinity becomes ``null``;
* object keys sorted by code point at every level, array order kept;
* ``json.dumps(separators=(",", ":"), ensure_ascii=False)``: no whitespace, non-ASCII
  text as UTF-8 (not ``\u``-escaped), numbers as Python writes them (``1.0``, ``1e+16``);
* the sha256 of that text's UTF-8 bytes, as 64 lowercase hex digits.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from typing import Any

from ._exceptions import InvalidParameterError

__all__ = ["get_compose_hash"]

_OPERATION = "get_compose_hash"
_DOCKER_CONFIG_FIELDS = frozenset({"registry", "username", "token_key"})


def get_compose_hash(app_compose: Mapping[str, Any], normalize: bool = False) -> str:
    """The sha256 a CVM computes for its app-compose document (``compose_hash``).

    Equal to ``dstack_sdk.get_compose_hash`` for the same document; use it to check a
    ``compose_hash`` the API reports, or to register one on chain before deploying.

    Example::

        from phala_cloud_sdk import get_compose_hash

        compose_hash = get_compose_hash(json.loads(app_compose_json))

    Args:
        app_compose: the app-compose document as parsed JSON: a mapping with a string
            ``runner`` (``"docker-compose"``, ``"bash"``, ...), and the other fields of
            dstack's ``AppCompose`` (``name``, ``docker_compose_file``, ``docker_config``,
            ``kms_enabled``, ``allowed_envs``, ...) or any others. Values are JSON values:
            mappings with string keys, lists or tuples, strings, numbers, booleans, ``None``.
            Key order does not matter; the document is not modified.
        normalize: as in dstack: first drop ``docker_compose_file`` when ``runner`` is
            ``"bash"``, ``bash_script`` when it is ``"docker-compose"``, and an empty
            ``pre_launch_script``.

    Returns:
        64 lowercase hex digits, without ``0x``.

    Raises:
        InvalidParameterError: the document is not one (no string ``runner``, a value that
            is not JSON, a key that is not a string, an unknown ``docker_config`` field);
            its ``field`` is the path to the offending value.
    """
    if not isinstance(app_compose, Mapping):
        raise InvalidParameterError(
            _OPERATION,
            "app_compose",
            f"expected a mapping (the parsed app-compose JSON), got {type(app_compose).__name__}",
        )
    document = _top_level(app_compose)
    if normalize:
        _normalize(document)
    text = json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _top_level(app_compose: Mapping[Any, Any]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for raw_key, value in app_compose.items():
        key = _check_key(raw_key, "app_compose")
        if key.startswith("_") or value is None or _non_finite(value):
            continue
        path = f"app_compose.{key}"
        clean = _docker_config if key == "docker_config" else _json
        document[key] = clean(value, path)
    if "runner" not in document or not isinstance(document["runner"], str):
        runner = app_compose.get("runner")
        raise InvalidParameterError(
            _OPERATION,
            "app_compose.runner",
            "required, a string such as 'docker-compose'"
            + ("" if runner is None else f"; got {type(runner).__name__}"),
        )
    return document


def _docker_config(value: object, path: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidParameterError(
            _OPERATION, path, f"expected a mapping, got {type(value).__name__}"
        )
    config: dict[str, Any] = {}
    for raw_key, item in value.items():
        key = _check_key(raw_key, path)
        if key not in _DOCKER_CONFIG_FIELDS:
            raise InvalidParameterError(
                _OPERATION,
                f"{path}.{key}",
                f"unknown field; docker_config has {', '.join(sorted(_DOCKER_CONFIG_FIELDS))}",
            )
        if item is not None:
            config[key] = _json(item, f"{path}.{key}")
    return config


def _json(value: object, path: str) -> Any:
    """``value`` as plain JSON data (dicts, lists, str, int, float, bool, None)."""
    if value is None or value is True or value is False:
        return value
    if isinstance(value, str):
        _check_text(value, path)
        return str.__str__(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for raw_key, item in value.items():
            key = _check_key(raw_key, path)
            out[key] = _json(item, f"{path}.{key}")
        return out
    if isinstance(value, list | tuple):
        return [_json(item, f"{path}[{index}]") for index, item in enumerate(value)]
    raise InvalidParameterError(_OPERATION, path, f"not a JSON value: {type(value).__name__}")


def _check_key(key: object, path: str) -> str:
    if not isinstance(key, str):
        raise InvalidParameterError(
            _OPERATION, path, f"object keys must be strings, got {type(key).__name__} {key!r}"
        )
    _check_text(key, path)
    return str.__str__(key)


def _check_text(text: str, path: str) -> None:
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InvalidParameterError(
                _OPERATION, path, "text that is not valid Unicode (a lone surrogate)"
            ) from exc


def _non_finite(value: object) -> bool:
    return isinstance(value, float) and not math.isfinite(value)


def _normalize(document: dict[str, Any]) -> None:
    """Drop the fields the runner does not use, as dstack's ``preprocess_app_compose`` does."""
    if document["runner"] == "bash":
        document.pop("docker_compose_file", None)
    elif document["runner"] == "docker-compose":
        document.pop("bash_script", None)
    if "pre_launch_script" in document and not document["pre_launch_script"]:
        del document["pre_launch_script"]
