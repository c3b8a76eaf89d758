"""Render the client surface of a spec: methods, typed dicts and operation tables.

From the operations ``codegen_operations.describe`` reads out of the spec, this
writes (relative to the generated package):

- ``surface/<module>.py``: per tag, the sync and async method mixins of the clients
  (keyword signatures, per-version ``@overload``s, docstrings), both rendered from
  ``templates/surface/methods.py.jinja``; ``surface/_raw_<module>.py``: the types of
  ``with_raw_response`` (type checkers only); ``surface/__init__.py`` composes them;
  ``surface/_base.py``: the abstract runtime contract.
- ``params/<module>.py``: one ``TypedDict`` per operation (the one-mapping call style).
- ``operations/``: the public index (``OPERATIONS``) and one module per operation
  with what the runtime needs to call it (arguments, bodies, responses, pagination).
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from codegen_operations import Argument, Describer, Operation, SurfaceError, snake_case
from speclib import Json, component_name

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
EXTRAS = (
    "extra_headers: Headers | None = None",
    "extra_query: Query | None = None",
    "extra_body: Body | None = None",
    "timeout: Timeout | NotGiven = NOT_GIVEN",
)
EXTRA_DOCS = (
    ("extra_headers", "Headers to add to this request (the API key and version are the client's)."),
    ("extra_query", "Query parameters to add to this request."),
    ("extra_body", "Fields to merge into the JSON body of this request."),
    ("timeout", "Seconds (or an ``httpx.Timeout``) for this call instead of the client's."),
)
WIDTH = 88


@dataclass
class Overload:
    """One ``@overload`` of a method."""

    version: str | None
    parameters: list[str]
    returns: dict[str, str]


@dataclass
class Method:
    """What the method template needs for one method name."""

    name: str
    operation: str
    params_type: str
    http: str
    paged: bool
    parameters: list[str]
    returns: dict[str, str]
    overloads: list[Overload]
    call: str
    docstring: str
    fields: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Tag:
    """One tag's module."""

    name: str
    module: str
    title: str
    description: str
    methods: list[Method] = field(default_factory=list)
    operations: list[Method] = field(default_factory=list)
    models: set[str] = field(default_factory=set)

    @property
    def stem(self) -> str:
        return "".join(part.capitalize() for part in self.module.split("_"))

    @property
    def sync_class(self) -> str:
        return f"{self.stem}Methods"

    @property
    def async_class(self) -> str:
        return f"Async{self.stem}Methods"

    @property
    def sync_raw_class(self) -> str:
        return f"{self.stem}RawMethods"

    @property
    def async_raw_class(self) -> str:
        return f"Async{self.stem}RawMethods"


class TypeWriter:
    """Python annotations for JSON Schemas, recording the model classes they name."""

    def __init__(self, components: Json) -> None:
        self.components = components
        self.models: set[str] = set()

    def model(self, ref: str) -> str:
        key = component_name(ref)
        name = str(self.components[key].get("title") or key)
        self.models.add(name)
        return name

    def input(self, schema: Any) -> str:
        """What a caller may pass for a value of ``schema``."""
        if not isinstance(schema, dict) or not schema:
            return "Any"
        if "$ref" in schema:
            return f"{self.model(schema['$ref'])} | Mapping[str, Any]"
        if "anyOf" in schema or "oneOf" in schema:
            members = schema.get("anyOf") or schema.get("oneOf") or []
            return join_types(self.input(m) for m in members)
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            literal = f"Literal[{', '.join(repr(v) for v in values)}]"
            return literal if len(values) == len(schema["enum"]) else f"{literal} | None"
        if "const" in schema:
            return f"Literal[{schema['const']!r}]"
        kind = schema.get("type")
        if isinstance(kind, list):
            return join_types(self.input({**schema, "type": k}) for k in kind)
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "date-time":
                return "str | datetime.datetime"
            if fmt == "date":
                return "str | datetime.date"
            if fmt == "binary":
                return "FileInput"
            return "str"
        if kind == "array":
            return f"Sequence[{self.input(schema.get('items', {}))}]"
        if kind == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return f"Mapping[str, {self.input(extra)}]"
            return "Mapping[str, Any]"
        return {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}.get(
            str(kind), "Any"
        )

    def alternative(self, shape: str, name: str | None) -> str:
        """The Python type of one response alternative."""
        if name is None:
            return "Any"
        self.models.add(name)
        return {"object": name, "array": f"list[{name}]", "map": f"dict[str, {name}]"}[shape]


def join_types(types: Any) -> str:
    """``A | B`` with duplicates removed and ``None`` last."""
    parts: list[str] = []
    for text in types:
        for part in split_union(text):
            if part not in parts:
                parts.append(part)
    if "Any" in parts:
        return "Any"
    if "None" in parts:
        parts = [p for p in parts if p != "None"] + ["None"]
    return " | ".join(parts)


def split_union(text: str) -> list[str]:
    """Split ``A | B[C | D]`` at top-level bars."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return parts


def forward_union(text: str) -> str:
    """``A | B`` as ``Union["A", "B"]``: a runtime value that needs no model imported."""
    parts = split_union(text)
    if len(parts) == 1:
        return repr(parts[0])
    return "Union[" + ", ".join(repr(p) for p in parts) + "]"


def wrap(text: str, width: int = WIDTH - 8, indent: str = "") -> list[str]:
    """Word-wrapped lines of a paragraph."""
    return textwrap.wrap(
        " ".join(text.split()), width, initial_indent=indent, subsequent_indent=indent
    )


def params_type_name(operation: str) -> str:
    """``get_app_info`` -> ``GetAppInfoParams``."""
    return "".join(part.capitalize() for part in operation.split("_")) + "Params"


class SurfaceWriter:
    """Prepares the template data of every tag and renders the files."""

    def __init__(self, spec: Json, *, lenient: bool = False) -> None:
        self.spec = spec
        self.components: Json = spec.get("components", {}).get("schemas", {})
        describer = Describer(spec, lenient=lenient)
        self.operations = describer.describe()
        self.skipped = describer.skipped
        self.tags: dict[str, Tag] = {}
        for raw in spec.get("tags", []):
            module = raw.get("x-sdk-module") or (snake_case(raw["name"]) if lenient else None)
            if not module:
                raise SurfaceError(f"tag {raw['name']!r} has no x-sdk-module")
            self.tags[raw["name"]] = Tag(
                raw["name"], module, raw["name"], raw.get("description", "")
            )
        for op in self.operations:
            tag = self.tags.get(op.tag)
            if tag is None and lenient:
                tag = self.tags[op.tag] = Tag(op.tag, snake_case(op.tag), op.tag, "")
            if tag is None:
                raise SurfaceError(f"{op.name}: tag {op.tag!r} is not declared in the spec's tags")
            types = TypeWriter(self.components)
            primary = self.method(op, op.name, types)
            tag.operations.append(primary)
            tag.methods.append(primary)
            for alias in op.aliases:
                tag.methods.append(self.method(op, alias, types))
            tag.models |= types.models

    # -- one method ------------------------------------------------------------------

    def method(self, op: Operation, name: str, types: TypeWriter) -> Method:
        params_type = params_type_name(op.name)
        keyword_params = [self.keyword(arg, types, style="impl") for arg in op.arguments]
        parameters = [f"params: {params_type} | None = None", "/", "*", *keyword_params, *EXTRAS]
        results = {v: self.result(op, types, v) for v in op.versions}
        returns_by_version = {v: self.variants(op, r) for v, r in results.items()}
        union = self.variants(op, join_types(results.values()))
        styles: list[list[str]] = []
        if op.required:
            styles.append([f"params: {params_type}", "/", "*", *EXTRAS])
            styles.append(
                ["*", *(self.keyword(a, types, style="overload") for a in op.arguments), *EXTRAS]
            )
        elif op.version_shaped:
            styles.append(parameters)
        overloads: list[Overload] = []
        for style in styles:
            if op.version_shaped:
                for version, returns in returns_by_version.items():
                    overloads.append(Overload(version, style, returns))
            overloads.append(Overload(None, style, union))
        call = "{" + ", ".join(f"{a.name!r}: {a.name}" for a in op.arguments) + "}"
        fields = [
            {
                "name": a.name,
                "annotation": (
                    f'Required["{self.plain(a, types)}"]'
                    if a.required
                    else f'"{self.plain(a, types)}"'
                ),
                "doc": a.description.replace('"""', "'''"),
            }
            for a in op.arguments
        ]
        return Method(
            name=name,
            operation=op.name,
            params_type=params_type,
            http=f"``{op.method} {op.path}``",
            paged=op.pagination is not None,
            parameters=parameters,
            returns=union,
            overloads=overloads,
            call=call,
            docstring=self.docstring(op, name, returns_by_version),
            fields=fields,
        )

    def plain(self, arg: Argument, types: TypeWriter) -> str:
        text = types.input(arg.schema)
        return text if arg.required or "None" in split_union(text) else f"{text} | None"

    def keyword(self, arg: Argument, types: TypeWriter, *, style: str) -> str:
        annotation = types.input(arg.schema)
        if style == "overload" and arg.required:
            return f"{arg.name}: {annotation}"
        if not arg.required and "None" not in split_union(annotation):
            annotation += " | None"
        return f"{arg.name}: {annotation} | NotGiven = NOT_GIVEN"

    def result(self, op: Operation, types: TypeWriter, version: str) -> str:
        """What the call returns in ``version`` (for list calls: the type of one item)."""
        if op.pagination is not None:
            return self.item_type(op, types, version)
        kind = op.success.kind
        if kind != "json":
            return {"text": "str", "bytes": "bytes", "empty": "None"}[kind]
        return join_types(types.alternative(s, c) for s, c in op.alternatives_for(version))

    @staticmethod
    def variants(op: Operation, result: str) -> dict[str, str]:
        """The return type of each method variant (plain and raw, sync and async)."""
        if op.pagination is None:
            return {
                "sync": result,
                "async": result,
                "sync_raw": f"APIResponse[{result}]",
                "async_raw": f"APIResponse[{result}]",
            }
        return {
            "sync": f"SyncPage[{result}]",
            "async": f"AsyncPager[{result}]",
            "sync_raw": f"APIResponse[SyncPage[{result}]]",
            "async_raw": f"APIResponse[AsyncPage[{result}]]",
        }

    def item_type(self, op: Operation, types: TypeWriter, version: str) -> str:
        """The type of one item of a paginated operation's pages in ``version``."""
        assert op.pagination is not None
        items = op.pagination.items
        found: list[str] = []
        for shape, name in op.alternatives_for(version):
            if items == "$":
                if shape != "array" or name is None:
                    raise SurfaceError(f"{op.name}: items '$' needs an array response")
                found.append(types.alternative("object", name))
                continue
            if shape != "object" or name is None:
                raise SurfaceError(f"{op.name}: a page response must be an object")
            prop = self.components[name].get("properties", {}).get(items)
            if not prop or prop.get("type") != "array":
                raise SurfaceError(f"{op.name}: {name}.{items} is not an array")
            item = prop.get("items", {})
            members = item.get("anyOf", [item])
            for member in members:
                if "$ref" not in member:
                    raise SurfaceError(f"{op.name}: {name}.{items} items must be models")
                found.append(types.model(member["$ref"]))
        return join_types(found)

    def docstring(self, op: Operation, name: str, returns: dict[str, dict[str, str]]) -> str:
        lines = [f"{op.summary}: ``{op.method} {op.path}``.", ""]
        if name != op.name:
            lines += [*wrap(f"Alias of :meth:`{op.name}` (the name the official SDK uses)."), ""]
        lines += wrap(op.description)
        lines += ["", "Args:"]
        lines += wrap("params: The arguments as one mapping, instead of keywords.", indent="    ")
        for arg in op.arguments:
            text = arg.description.rstrip(".") + "."
            if arg.required:
                text += " Required."
            lines += self.arg_lines(arg.name, text)
        for extra, text in EXTRA_DOCS:
            lines += self.arg_lines(extra, text)
        lines += ["", "Returns:"]
        results = {v: r["sync"] for v, r in returns.items()}
        if op.version_shaped:
            for version, result in results.items():
                lines += wrap(f"With API version {version}: ``{result}``.", indent="    ")
        else:
            lines += wrap(f"``{next(iter(results.values()))}``.", indent="    ")
        if op.pagination is not None:
            lines += wrap(
                "Iterate the page to walk every item of every page (fetched as needed).",
                indent="    ",
            )
        # Hanging indents, as under Args: a wrapped line is part of its entry.
        lines += ["", "Raises:"]
        lines += self.arg_lines(
            "ArgumentError", "A required argument is missing or an unknown one was given."
        )
        lines += self.arg_lines(
            "InvalidParameterError", "An argument has a wrong type or value (nothing is sent)."
        )
        statuses = "; ".join(f"{s} {d.rstrip('.')}" for s, d in op.errors.items())
        if statuses:
            lines += self.arg_lines("APIStatusError", f"The matching subclass for {statuses}.")
        body = "\n".join(line.rstrip() for line in lines)
        return '"""' + body.replace('"""', "'''") + '\n"""'

    @staticmethod
    def arg_lines(name: str, text: str) -> list[str]:
        first, *rest = textwrap.wrap(f"{name}: {text}", WIDTH - 12)
        return ["    " + first] + ["        " + line for line in rest]

    # -- files -----------------------------------------------------------------------

    def render(self) -> dict[str, str]:
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(TEMPLATES / "surface"), str(TEMPLATES)]),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
        )
        env.filters["tojson"] = json.dumps
        tags = [tag for tag in self.tags.values() if tag.methods]
        for tag in tags:
            tag.models = set(sorted(tag.models))
        files: dict[str, str] = {
            "surface/_base.py": env.get_template("base.py.jinja").render(),
            "surface/__init__.py": env.get_template("surface_init.py.jinja").render(tags=tags),
            "params/__init__.py": env.get_template("params_init.py.jinja").render(tags=tags),
            "operations/_types.py": env.get_template("operation_types.py.jinja").render(),
            "operations/_spec_types.py": env.get_template("operation_spec_types.py.jinja").render(),
            "operations/__init__.py": self.operations_index(),
            "results.py": self.results_module(),
        }
        for tag in tags:
            context = {"tag": {**tag.__dict__, **self.tag_names(tag), "models": sorted(tag.models)}}
            files[f"surface/{tag.module}.py"] = env.get_template("resource.py.jinja").render(
                **context
            )
            files[f"surface/_raw_{tag.module}.py"] = env.get_template("raw.py.jinja").render(
                **context
            )
            files[f"params/{tag.module}.py"] = env.get_template("params.py.jinja").render(**context)
        for op in self.operations:
            files[f"operations/{op.name}.py"] = self.operation_module(op)
        return files

    def results_module(self) -> str:
        """Named unions of what methods return (``x-sdk.result_name``), per version and overall."""
        lines: list[str] = []
        models: set[str] = set()
        names: list[str] = []
        for op in self.operations:
            if not op.result_name:
                continue
            types = TypeWriter(self.components)
            per_version = {v: self.elements(op, types, v) for v in op.versions}
            models |= types.models
            every = join_types(per_version.values())
            names.append(op.result_name)
            lines += [
                f"{op.result_name}: TypeAlias = {forward_union(every)}",
                f'"""What ``{op.name}`` returns (an item of it), in any API version."""',
            ]
            for version, text in per_version.items():
                alias = f"{op.result_name}V{version.replace('-', '')}"
                names.append(alias)
                lines += [
                    f"{alias}: TypeAlias = {forward_union(text)}",
                    f'"""What ``{op.name}`` returns (an item of it) with API version {version}."""',
                ]
        imports = [f"        {name}," for name in sorted(models)]
        return "\n".join(
            [
                BANNER,
                '"""Names for the model unions the methods return, overall and per API version."""',
                "",
                "from __future__ import annotations",
                "",
                "from typing import TYPE_CHECKING, Union",
                "",
                "if TYPE_CHECKING:",
                "    from typing import TypeAlias",
                "",
                "    from .models import (",
                *imports,
                "    )",
                "else:",
                "    TypeAlias = object",
                "",
                f"__all__ = {sorted(names)!r}",
                "",
                *lines,
                "",
            ]
        )

    def elements(self, op: Operation, types: TypeWriter, version: str) -> str:
        """The model classes a result holds in ``version`` (lists and maps unwrapped)."""
        if op.pagination is not None:
            return self.item_type(op, types, version)
        return join_types(
            types.alternative("object", c) if c else "Any" for _, c in op.alternatives_for(version)
        )

    @staticmethod
    def tag_names(tag: Tag) -> dict[str, str]:
        return {
            "sync_class": tag.sync_class,
            "async_class": tag.async_class,
            "sync_raw_class": tag.sync_raw_class,
            "async_raw_class": tag.async_raw_class,
        }

    def operations_index(self) -> str:
        rows = []
        aliases = []
        for op in self.operations:
            record = (
                f"Operation({op.name!r}, {op.method!r}, {op.path!r}, {op.tag!r}, {op.aliases!r}, "
                f"{(op.pagination.style if op.pagination else None)!r}, {op.retry_safe!r}, "
                f"{op.summary!r})"
            )
            rows.append(f"    {op.name!r}: {record},")
            aliases += [f"    {alias!r}: {op.name!r}," for alias in op.aliases]
        return "\n".join(
            [
                BANNER,
                '"""The operation index: every API operation by method name, and how to load its',
                "full description (``spec(name)``) on first use.",
                '"""',
                "",
                "from __future__ import annotations",
                "",
                "import importlib",
                "from types import MappingProxyType",
                "from typing import TYPE_CHECKING",
                "",
                "from ._types import Operation",
                "",
                "if TYPE_CHECKING:",
                "    from collections.abc import Mapping",
                "",
                "    from ._spec_types import OperationSpec",
                "",
                '__all__ = ["ALIASES", "OPERATIONS", "Operation", "spec"]',
                "",
                "OPERATIONS: Mapping[str, Operation] = MappingProxyType(",
                "    {",
                *("    " + row for row in rows),
                "    }",
                ")",
                '"""Every operation by its method name (aliases are listed in each record)."""',
                "",
                "ALIASES: Mapping[str, str] = MappingProxyType(",
                "    {",
                *("    " + row for row in aliases),
                "    }",
                ")",
                '"""Alias method name -> the operation it calls."""',
                "",
                "",
                "def spec(name: str) -> OperationSpec:",
                '    """Everything the runtime needs to call ``name`` (imported on first use)."""',
                '    module = importlib.import_module(f"{__name__}.{name}")',
                "    result: OperationSpec = module.SPEC",
                "    return result",
                "",
            ]
        )

    def operation_module(self, op: Operation) -> str:
        arguments = ",\n".join(
            f"        Argument({a.name!r}, {a.wire!r}, {a.location!r}, {a.required!r}, "
            f"{a.schema!r}, {a.aliases!r}, {a.nullable!r}, {a.media!r})"
            for a in op.arguments
        )
        bodies = ",\n".join(
            f"        Body({b.media!r}, {b.kind!r}, {b.schema_class!r}, {b.fields!r})"
            for b in op.bodies
        )
        responses = ",\n".join(
            f"        {s!r}: Response({r.kind!r}, {r.alternatives!r})"
            for s, r in op.responses.items()
        )
        pagination = "None"
        if op.pagination is not None:
            p = op.pagination
            pagination = (
                f"Pagination({p.style!r}, {p.items!r}, {p.page_param!r}, {p.size_param!r}, "
                f"{p.total_pages!r}, {p.total!r}, {p.limit_param!r}, {p.offset_param!r}, "
                f"{p.cursor_param!r}, {p.next_cursor!r}, {p.default_limit!r})"
            )
        return "\n".join(
            [
                BANNER,
                f'"""``{op.name}``: {op.method} {op.path}."""',
                "",
                "from __future__ import annotations",
                "",
                "from . import OPERATIONS",
                "from ._spec_types import (  # noqa: F401",
                "    Argument,",
                "    Body,",
                "    OperationSpec,",
                "    Pagination,",
                "    Response,",
                ")",
                "",
                "SPEC = OperationSpec(",
                f"    operation=OPERATIONS[{op.name!r}],",
                "    arguments=(\n" + arguments + ("," if arguments else "") + "\n    ),",
                "    bodies=(\n" + bodies + ("," if bodies else "") + "\n    ),",
                f"    body_required={op.body_required!r},",
                "    responses={\n" + responses + ",\n    },",
                f"    pagination={pagination},",
                *([f"    unwrap={op.unwrap!r},"] if op.unwrap else []),
                *([f"    defaults={op.defaults!r},"] if op.defaults else []),
                ")",
                "",
            ]
        )


BANNER = (TEMPLATES / "banner.jinja").read_text(encoding="utf-8").rstrip("\n") + "\n"


def render_surface(spec: Json, *, lenient: bool = False) -> tuple[dict[str, str], list[str]]:
    """The surface files of ``spec`` (path relative to the package -> module text), and
    (``lenient`` only) the operations left out, each with why."""
    writer = SurfaceWriter(spec, lenient=lenient)
    return writer.render(), writer.skipped
