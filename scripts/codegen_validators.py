"""Write straight-line response validators for every component schema of a spec.

The generated models trust their input; these functions check it first, in
plain Python (``v.__class__ is str``, required keys, items, unions, enums), so a
body that breaks the schema is reported with the path of the first bad field
instead of surfacing later as a ``KeyError`` or a silently wrong value.

JSON Schema semantics kept on purpose: ``3.0`` is an integer, ``True`` is not a
number, unknown object keys are allowed unless the schema says otherwise. Two
keywords are left to other places: ``format`` (an annotation in JSON Schema 2020-12;
timestamps are parsed when read) and ``pattern`` (identifier prefixes, see below).
"""

from __future__ import annotations

import re
from typing import Any

Json = dict[str, Any]

CORE = '''\
"""Response validators, one module per component schema (written by scripts/codegen_validators.py).

``check(name, value)`` raises :class:`SchemaViolation` naming the first field that
does not fit schema ``name``; ``is_valid(name, value)`` answers yes or no;
``has_shape(name, value)`` is the shallow test that tells union members apart. A
schema's module is imported the first time it is needed, so one call loads only
the validators of the schemas its response can hold.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


class SchemaViolation(Exception):
    """A JSON value does not fit its schema; ``path`` locates the value."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.path: list[str | int] = []

    @property
    def location(self) -> str:
        """The path as ``$.a.b[2].c``."""
        out = "$"
        for step in self.path:
            out += f"[{step}]" if isinstance(step, int) else f".{step}"
        return out

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "object", list: "array", str: "string", bool: "boolean"}.get(
        value.__class__, type(value).__name__
    )


def _fail(expected: str, value: Any) -> SchemaViolation:
    return SchemaViolation(f"expected {expected}, got {_kind(value)}")


def _any_of(value: Any, checks: tuple[Callable[[Any], None], ...], expected: str) -> None:
    first: SchemaViolation | None = None
    for check in checks:
        try:
            check(value)
            return
        except SchemaViolation as exc:
            first = first or exc
    raise SchemaViolation(f"fits none of {expected} (first: {first})")


_MISSING = object()
_loaded: dict[str, Any] = {}


def _module(name: str) -> Any:
    module = _loaded.get(name)
    if module is None:
        module = importlib.import_module(f"{__package__}.{MODULES[name]}")
        _loaded[name] = module
    return module


def check(name: str, value: Any) -> None:
    """Raise :class:`SchemaViolation` unless ``value`` fits schema ``name``."""
    _module(name).check(value)


def has_shape(name: str, value: Any) -> bool:
    """Whether ``value`` has the required keys of ``name``, with the right scalar types.

    A shallow check (nested objects are not entered), used to tell union members apart
    in data that was already validated as a whole.
    """
    return bool(_module(name).shape(value))


def is_valid(name: str, value: Any) -> bool:
    """Whether ``value`` fits schema ``name``."""
    try:
        _module(name).check(value)
    except SchemaViolation:
        return False
    return True
'''

PACKAGE_INIT = '''\
"""Response validators (written by scripts/codegen_validators.py); see ``_core``."""

from ._core import SchemaViolation, check, has_shape, is_valid

__all__ = ["SchemaViolation", "check", "has_shape", "is_valid"]
'''

MODULE_HEADER = '''\
"""Validator of the ``{name}`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
'''


def frozenset_literal(names: Any) -> str:
    """A frozenset literal with its items sorted (``repr`` order depends on hash seeds)."""
    return "frozenset({" + ", ".join(repr(n) for n in sorted(names)) + "})"


def schema_label(schema: Json, components: Json) -> str:
    """A short human name for a schema, used in 'fits none of ...' messages."""
    if "$ref" in schema:
        return str(schema["$ref"].rsplit("/", 1)[-1])
    kind = schema.get("type")
    if kind == "array":
        return f"array of {schema_label(schema.get('items', {}), components)}"
    if isinstance(kind, str):
        return kind
    return "any value"


class ValidatorWriter:
    """Accumulates the generated module text."""

    def __init__(self, components: Json, class_names: dict[str, str]) -> None:
        self.components = components
        self.class_names = class_names
        self.constants: list[str] = []
        self.functions: list[str] = []
        self.references: set[str] = set()
        self.counter = 0

    def fresh(self, prefix: str) -> str:
        """A new unique identifier."""
        self.counter += 1
        return f"{prefix}{self.counter}"

    def constant(self, prefix: str, expression: str) -> str:
        """Declare a module-level constant and return its name."""
        name = self.fresh(prefix)
        self.constants.append(f"{name} = {expression}")
        return name

    @staticmethod
    def shape_name(component: str) -> str:
        """The shape function of a component."""
        return "_shape_" + re.sub(r"\W", "_", component)

    @staticmethod
    def function_name(component: str) -> str:
        """The check function of a component."""
        return "_check_" + re.sub(r"\W", "_", component)

    def checks(self, schema: Any, var: str, depth: int) -> list[str]:
        """Lines (unindented) that raise SchemaViolation unless ``var`` fits ``schema``."""
        if not isinstance(schema, dict) or not schema:
            return []
        if "$ref" in schema:
            target = schema["$ref"].rsplit("/", 1)[-1]
            self.references.add(target)
            return [f"{self.function_name(target)}({var})"]
        lines: list[str] = []
        for key in ("anyOf", "oneOf"):
            if key in schema:
                lines += self.union(schema[key], var, depth)
        for member in schema.get("allOf", []):
            lines += self.checks(member, var, depth)
        kind = schema.get("type")
        if isinstance(kind, list):
            lines += self.union([{**schema, "type": k} for k in kind], var, depth)
            return lines
        if "const" in schema:
            const = self.constant("_CONST", repr(schema["const"]))
            lines += [f"if {var} != {const}:", f"    raise _fail({const}.__repr__(), {var})"]
        if "enum" in schema:
            values = self.constant("_ENUM", repr(tuple(schema["enum"])))
            lines += [
                f"if {var} not in {values}:",
                f'    raise SchemaViolation(f"{{{var}!r}} is not one of {{{values}}}")',
            ]
        if kind is not None:
            lines += self.typed(schema, kind, var, depth)
        elif "properties" in schema or "required" in schema:
            lines += [f"if {var}.__class__ is dict:"]
            lines += ["    " + line for line in self.object_body(schema, var, depth)]
        return lines

    def union(self, members: list[Any], var: str, depth: int) -> list[str]:
        """anyOf: a nullable single member inlines; anything else tries helpers in order."""
        nullable = any(m == {"type": "null"} for m in members)
        others = [m for m in members if m != {"type": "null"}]
        if nullable and len(others) == 1:
            inner = self.checks(others[0], var, depth)
            return [f"if {var} is not None:"] + ["    " + line for line in inner] if inner else []
        helpers = []
        for member in members:
            name = self.fresh("_alt")
            body = self.checks(member, "v", 0) or ["pass"]
            self.functions.append(
                "\n".join([f"def {name}(v: Any) -> None:"] + ["    " + line for line in body])
            )
            helpers.append(name)
        expected = " | ".join(schema_label(m, self.components) for m in members)
        return [f"_any_of({var}, ({', '.join(helpers)},), {expected!r})"]

    def typed(self, schema: Json, kind: str, var: str, depth: int) -> list[str]:
        """Checks for one JSON type."""
        if kind == "string":
            lines = [f"if {var}.__class__ is not str:", f'    raise _fail("string", {var})']
            # ``pattern`` is not asserted: in this API it only describes identifier prefixes
            # (hashids such as ``prj_...``), which the server may change without the value
            # being any less usable; the SDK returns the string exactly as sent.
            # date-time / date formats are checked when the field is read (read_datetime in
            # the generated types), so a bad timestamp fails only the code that uses it.
            return lines
        if kind == "integer":
            return [
                f"if {var}.__class__ is not int"
                f" and not ({var}.__class__ is float and {var}.is_integer()):",
                f'    raise _fail("integer", {var})',
            ]
        if kind == "number":
            return [
                f"if {var}.__class__ is not int and {var}.__class__ is not float:",
                f'    raise _fail("number", {var})',
            ]
        if kind == "boolean":
            return [f"if {var}.__class__ is not bool:", f'    raise _fail("boolean", {var})']
        if kind == "null":
            return [f"if {var} is not None:", f'    raise _fail("null", {var})']
        if kind == "array":
            lines = [f"if {var}.__class__ is not list:", f'    raise _fail("array", {var})']
            lines += self.array_bounds(schema, var, depth)
            item = f"i{depth}"
            inner = self.checks(schema.get("items", {}), item, depth + 1)
            if inner:
                index = f"n{depth}"
                lines += [
                    f"for {index}, {item} in enumerate({var}):",
                    "    try:",
                    *["        " + line for line in inner],
                    "    except SchemaViolation as e:",
                    f"        e.path.insert(0, {index})",
                    "        raise",
                ]
            return lines
        if kind == "object":
            lines = [f"if {var}.__class__ is not dict:", f'    raise _fail("object", {var})']
            return lines + self.object_body(schema, var, depth)
        raise ValueError(f"unsupported type {kind!r}")

    def array_bounds(self, schema: Json, var: str, depth: int) -> list[str]:
        """minItems / maxItems, and the positional ``prefixItems`` of a tuple."""
        lines: list[str] = []
        if "minItems" in schema:
            least = int(schema["minItems"])
            lines += [
                f"if len({var}) < {least}:",
                f'    raise SchemaViolation(f"expected {least}+ items, got {{len({var})}}")',
            ]
        if "maxItems" in schema:
            most = int(schema["maxItems"])
            lines += [
                f"if len({var}) > {most}:",
                f'    raise SchemaViolation(f"expected <= {most} items, got {{len({var})}}")',
            ]
        for position, sub in enumerate(schema.get("prefixItems", [])):
            item = f"p{depth}_{position}"
            inner = self.checks(sub, item, depth + 1)
            if inner:
                lines += [
                    f"if len({var}) > {position}:",
                    f"    {item} = {var}[{position}]",
                    "    try:",
                    *["        " + line for line in inner],
                    "    except SchemaViolation as e:",
                    f"        e.path.insert(0, {position})",
                    "        raise",
                ]
        return lines

    def object_body(self, schema: Json, var: str, depth: int) -> list[str]:
        """Required keys, then each declared property that is present."""
        lines: list[str] = []
        required = list(schema.get("required", []))
        if required:
            keys = self.constant("_REQUIRED", frozenset_literal(required))
            lines += [
                f"if not {keys} <= {var}.keys():",
                "    raise SchemaViolation(",
                f'        "missing required field(s): " + ", ".join(sorted({keys} - {var}.keys()))',
                "    )",
            ]
        for name, sub in schema.get("properties", {}).items():
            value = f"p{depth}"
            inner = self.checks(sub, value, depth + 1)
            if not inner:
                continue
            if name in required:
                lines.append(f"{value} = {var}[{name!r}]")
                guard: list[str] = []
            elif inner[0] == f"if {value} is not None:":
                # Nullable: an absent key reads as None, which the checks already skip.
                lines.append(f"{value} = {var}.get({name!r})")
                guard = []
            else:
                lines.append(f"{value} = {var}.get({name!r}, _MISSING)")
                guard = [f"if {value} is not _MISSING:"]
            body = [
                "try:",
                *["    " + line for line in inner],
                "except SchemaViolation as e:",
                f"    e.path.insert(0, {name!r})",
                "    raise",
            ]
            lines += guard + [("    " if guard else "") + line for line in body]
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            known = self.constant("_KNOWN", frozenset_literal(schema.get("properties", {})))
            value = f"x{depth}"
            inner = self.checks(extra, value, depth + 1)
            lines += [
                f"for k{depth}, {value} in {var}.items():",
                f"    if k{depth} in {known}:",
                "        continue",
                "    try:",
                *["        " + line for line in inner],
                "    except SchemaViolation as e:",
                f"        e.path.insert(0, k{depth})",
                "        raise",
            ]
        elif extra is False:
            known = self.constant("_KNOWN", frozenset_literal(schema.get("properties", {})))
            lines += [
                f"for k{depth} in {var}:",
                f"    if k{depth} not in {known}:",
                f'        raise SchemaViolation(f"unexpected field {{k{depth}!r}}")',
            ]
        return lines

    def scalar_condition(self, schema: Any, var: str) -> str | None:
        """A boolean expression true when ``var`` fits a scalar ``schema``; None if not scalar."""
        if not isinstance(schema, dict) or "$ref" in schema or "enum" in schema:
            return None
        if "anyOf" in schema:
            parts = [self.scalar_condition(m, var) for m in schema["anyOf"]]
            if any(p is None for p in parts):
                return None
            return "(" + " or ".join(p for p in parts if p) + ")"
        if "const" in schema:
            return f"{var} == {schema['const']!r}"
        conditions = {
            "string": f"{var}.__class__ is str",
            "integer": f"({var}.__class__ is int or ({var}.__class__ is float"
            f" and {var}.is_integer()))",
            "number": f"({var}.__class__ is int or {var}.__class__ is float)",
            "boolean": f"{var}.__class__ is bool",
            "null": f"{var} is None",
        }
        kind = schema.get("type")
        return conditions.get(kind) if isinstance(kind, str) else None

    def shape_function(self, component: str, schema: Json) -> str:
        """``shape``: the shallow check behind ``has_shape``."""
        lines = ["def shape(v: Any) -> bool:"]
        if schema.get("type") != "object":
            lines.append(f"    return is_valid({self.class_names.get(component, component)!r}, v)")
            return "\n".join(lines)
        lines += ["    if v.__class__ is not dict:", "        return False"]
        required = list(schema.get("required", []))
        if required:
            keys = self.constant("_REQUIRED", frozenset_literal(required))
            lines += [f"    if not {keys} <= v.keys():", "        return False"]
        for prop, sub in schema.get("properties", {}).items():
            # Required fields are enough to tell this API's union members apart (the
            # reduced app has no required id/name; the full one requires them as strings).
            if prop not in required:
                continue
            condition = self.scalar_condition(sub, "p")
            if condition is None:
                continue
            lines += [
                f"    p = v[{prop!r}]",
                f"    if not {condition}:",
                "        return False",
            ]
        lines.append("    return True")
        return "\n".join(lines)

    def render_module(self, component: str, modules: dict[str, str]) -> str:
        """The module of one component: its ``check`` and ``shape`` and their helpers."""
        schema = self.components[component]
        shape = self.shape_function(component, schema)
        body = self.checks(schema, "v", 0) or ["pass"]
        check = "\n".join(
            [
                "def check(v: Any) -> None:",
                f'    """Raise SchemaViolation unless ``v`` fits {component}."""',
            ]
            + ["    " + line for line in body]
        )
        # Each referenced schema's check, under the name the straight-line code calls.
        imports = [
            f"from .{modules[ref]} import check as {self.function_name(ref)}"
            for ref in sorted(self.references)
            if ref != component
        ]
        alias = [f"{self.function_name(component)} = check"] if component in self.references else []
        parts = [
            MODULE_HEADER.format(name=component),
            *imports,
            "",
            *self.constants,
            *("\n\n" + f for f in self.functions),
            "\n\n" + check,
            *alias,
            "\n\n" + shape,
        ]
        return "\n".join(parts) + "\n"


def module_name(class_name: str) -> str:
    """A class's validator module: snake case (``CvmInfoV20260121`` -> ``cvm_info_v20260121``)."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", class_name)
    return re.sub(r"\W", "_", snake).lower()


def class_names(components: Json) -> dict[str, str]:
    """Component key -> generated class name (the title, as openapi-python-client uses it)."""
    return {key: str(schema.get("title") or key) for key, schema in components.items()}


def render_validators(spec: Json) -> dict[str, str]:
    """The ``_validators`` package of ``spec``: relative file name -> module text."""
    components = spec.get("components", {}).get("schemas", {})
    names = class_names(components)
    modules: dict[str, str] = {}
    taken: set[str] = set()
    for component in components:
        # Upstream specs may give two components one title (our spec never does: the
        # generator would drop one); a numbered module keeps both validators apart.
        base = candidate = module_name(names[component])
        number = 1
        while candidate in taken:
            number += 1
            candidate = f"{base}_{number}"
        taken.add(candidate)
        modules[component] = candidate
    table = "".join(f"    {names[c]!r}: {modules[c]!r},\n" for c in components)
    files = {
        "__init__.py": PACKAGE_INIT,
        "_core.py": CORE + "\n\n# Schema (class) name -> module of its validator.\n"
        "MODULES: dict[str, str] = {\n" + table + "}\n",
    }
    for component in components:
        writer = ValidatorWriter(components, names)
        files[f"{modules[component]}.py"] = writer.render_module(component, modules)
    return files
