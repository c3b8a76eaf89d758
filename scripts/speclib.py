"""The one OpenAPI toolkit of the maintainer scripts: load, walk operations, resolve ``$ref``s.

``sync_spec``, ``spec_compare``, ``spec_diff``, ``generate`` and the ``codegen_*``
modules all read specs through this module, so "which operations exist" and "what
does this ``$ref`` point to" have one answer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "HTTP_METHODS",
    "SCHEMA_PREFIX",
    "Json",
    "OperationRef",
    "Spec",
    "component_name",
    "load_json",
    "schema_ref",
]

Json = dict[str, Any]

# In the order OpenAPI lists them; the order operations are walked in within a path.
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SCHEMA_PREFIX = "#/components/schemas/"


def load_json(path: Path) -> Json:
    """Read a JSON document."""
    data: Json = json.loads(path.read_text(encoding="utf-8"))
    return data


def component_name(ref: str) -> str:
    """The last segment of a JSON pointer (``#/components/schemas/App`` -> ``App``), unescaped."""
    return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def schema_ref(name: str) -> Json:
    """A ``$ref`` object pointing at component schema ``name``."""
    return {"$ref": SCHEMA_PREFIX + name}


@dataclass(frozen=True)
class OperationRef:
    """One operation of a spec: where it lives and its OpenAPI object."""

    path: str
    method: str
    operation: Json
    path_item: Json

    @property
    def key(self) -> str:
        """``METHOD /path``, the label used across our tools and the spec layer."""
        return f"{self.method.upper()} {self.path}"

    @property
    def tags(self) -> list[str]:
        """The operation's tags (empty when it has none)."""
        tags = self.operation.get("tags")
        return [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []


@dataclass(frozen=True)
class Spec:
    """A parsed OpenAPI document with local ``$ref`` resolution."""

    doc: Json

    @classmethod
    def load(cls, path: Path) -> Spec:
        """Read a spec from a JSON file."""
        return cls(load_json(path))

    def pointer(self, ref: str) -> Any:
        """Return the node at a local JSON pointer (``#/a/b``), or None."""
        node: Any = self.doc
        for raw in ref[2:].split("/") if ref != "#" else []:
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """Follow local ``$ref`` chains; return the target and the last component name."""
        name: str | None = None
        hops: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#") or ref in hops:
                break
            target = self.pointer(ref)
            if target is None:
                break
            hops.add(ref)
            name = component_name(ref)
            node = target
        return node, name

    def deref(self, node: Any) -> Any:
        """The node a (possibly chained) ``$ref`` points at; other nodes unchanged."""
        return self.resolve(node)[0]

    def schemas(self) -> Json:
        """Return ``components.schemas`` (empty when absent)."""
        components = self.doc.get("components")
        found = components.get("schemas") if isinstance(components, dict) else None
        return found if isinstance(found, dict) else {}

    def operations(self, tag: str | None = None) -> Iterator[OperationRef]:
        """Every operation in document order (paths as written, methods in HTTP_METHODS order)."""
        for path, raw_item in self.doc.get("paths", {}).items():
            item = self.deref(raw_item)
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict):
                    continue
                ref = OperationRef(path, method, operation, item)
                if tag is None or tag in ref.tags:
                    yield ref

    def parameters(self, ref: OperationRef) -> list[Json]:
        """An operation's parameters, path-level ones first, ``$ref``s resolved."""
        out: list[Json] = []
        for source in (ref.path_item, ref.operation):
            for raw in source.get("parameters", []):
                param = self.deref(raw)
                if isinstance(param, dict) and isinstance(param.get("name"), str):
                    out.append(param)
        return out

    def reachable(self, roots: Iterable[Any]) -> list[str]:
        """Component schema names reachable through local ``$ref``s, in discovery order.

        Every local reference is followed (a parameter's ``$ref`` leads to the schemas
        it uses); only ``#/components/schemas/...`` targets are listed.
        """
        found: list[str] = []
        seen: set[str] = set()
        todo: list[Any] = list(roots)[::-1]
        while todo:
            node = todo.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith("#") and ref not in seen:
                    seen.add(ref)
                    if ref.startswith(SCHEMA_PREFIX):
                        found.append(component_name(ref))
                    todo.append(self.pointer(ref))
                todo.extend(reversed(list(node.values())))
            elif isinstance(node, (list, tuple)):
                todo.extend(reversed(node))
        return found
