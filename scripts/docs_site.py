"""The generated pages of the API reference site, and the build's docstring clean-up.

``mkdocs.yml`` loads this file twice:

- as a mkdocs hook (``hooks:``): :func:`on_files` adds one page per tag
  (``reference/<module>.md``) and one models page per tag (``models/<module>.md``, plus
  ``models/shared.md``) as in-memory files, and :func:`on_config` lists them in the
  navigation. Nothing is written to ``docs/``, so no stale page can survive a removed
  tag or operation;
- as a griffe extension (:class:`RestToMarkdown`) that turns the reStructuredText bits
  of our docstrings (``:class:`X```, ``Example::`` blocks) into Markdown and hides the
  generated methods' ``**unknown: Never`` catch-all (a typing device, not a parameter).

The pages come from what the SDK itself knows: ``OPERATIONS`` (names, paths, tags,
pagination, retry safety, aliases), ``openapi.json``'s tags (their ``x-sdk-module`` and
description), each operation's arguments (``phala_cloud_api.operations.spec``) and the
generated docstrings and models, rendered by mkdocstrings. No per-operation text is
kept by hand. ``python scripts/docs_site.py OUT`` writes the Markdown of these pages to a
folder, to read them without a build.
"""

from __future__ import annotations

import ast
import enum
import inspect
import json
import re
import sys
import textwrap
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import griffe

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from phala_cloud_api.operations import Operation

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi.json"
# The client whose methods the reference documents (AsyncClient mirrors it name for name).
CLIENT = "phala_cloud_sdk.Client"
ERRORS = "phala_cloud_sdk._exceptions"
# Raised by every operation before anything is sent.
ARGUMENT_ERRORS = (
    ("ArgumentError", "A required argument is missing or an unknown one was given."),
    ("InvalidParameterError", "An argument has a wrong type or value."),
)
NAV_REFERENCE = "API reference"
NAV_MODELS = "Models"


@dataclass
class Tag:
    """One tag of ``openapi.json``: its pages and its operations, in spec order."""

    name: str
    module: str
    description: str
    operations: list[Operation] = field(default_factory=list)

    @property
    def page(self) -> str:
        return f"reference/{self.module}.md"

    @property
    def models_page(self) -> str:
        return f"models/{self.module}.md"


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def tags(document: Mapping[str, Any]) -> list[Tag]:
    """The spec's tags with their operations; every operation belongs to one of them."""
    from phala_cloud_api.operations import OPERATIONS

    found = [Tag(t["name"], t["x-sdk-module"], t.get("description", "")) for t in document["tags"]]
    by_name = {tag.name: tag for tag in found}
    for operation in OPERATIONS.values():
        if operation.tag not in by_name:
            raise ValueError(f"{operation.name}: tag {operation.tag!r} is not in openapi.json")
        by_name[operation.tag].operations.append(operation)
    return [tag for tag in found if tag.operations]


# -- operation pages ------------------------------------------------------------------


def error_statuses(document: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """Per operation name: its documented error statuses and their prose."""
    found: dict[str, dict[str, str]] = {}
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            found[operation["operationId"]] = {
                status: response.get("description", "")
                for status, response in operation.get("responses", {}).items()
                if status[0] in "45"
            }
    return found


def error_link(name: str) -> str:
    return f"[`{name}`][{ERRORS}.{name}]"


def status_errors(status: str) -> str:
    """The error class(es) raised for ``status``, linked to the errors page."""
    from phala_cloud_sdk._exceptions import status_error_class

    code = int(status)
    with_code = status_error_class(code, {"error_code": "any"})
    without_code = status_error_class(code, {})
    if with_code is without_code:
        return error_link(with_code.__name__)
    return (
        f"{error_link(with_code.__name__)} (with an error code), "
        f"{error_link(without_code.__name__)} (without)"
    )


def placeholder(schema: Mapping[str, Any], document: Mapping[str, Any] | None = None) -> Any:
    """A small valid value of ``schema`` for an example call (models: their required fields)."""
    members = [s for s in schema.get("anyOf", [schema]) if s.get("type") != "null"]
    first: Mapping[str, Any] = members[0] if members else {}
    if "$ref" in first:
        document = document or load_spec()
        target = document["components"]["schemas"][first["$ref"].rsplit("/", 1)[-1]]
        return placeholder(target, document)
    if "enum" in first:
        return next(v for v in first["enum"] if v is not None)
    kind = first.get("type")
    if kind == "object":
        properties = first.get("properties", {})
        return {name: placeholder(properties[name], document) for name in first.get("required", [])}
    if kind == "array":
        return [placeholder(first.get("items", {}), document)]
    if first.get("format") == "binary":
        return b"..."
    return {"integer": 1, "number": 1.0, "boolean": True}.get(str(kind), "...")


def example(operation: Operation) -> str:
    """Sync and async tabs with a call giving every required argument."""
    from phala_cloud_api.operations import spec

    arguments = ", ".join(
        f"{a.name}={placeholder(a.schema)!r}" for a in spec(operation.name).arguments if a.required
    )
    call = f"client.{operation.name}({arguments})"
    if operation.paginated:
        sync = f"for item in {call}:  # every item of every page\n    print(item)"
        asynchronous = f"async for item in {call}:\n    print(item)"
    else:
        sync = f"result = {call}"
        asynchronous = f"result = await {call}"
    tabs = []
    for title, code in (("Client", sync), ("AsyncClient", asynchronous)):
        body = textwrap.indent(f"```python\n{code}\n```", "    ")
        tabs.append(f'=== "{title}"\n\n{body}\n')
    return "\n".join(tabs)


def facts(operation: Operation) -> str:
    """The SDK facts of an operation, one line each."""
    lines = [f"- **Request**: `{operation.method} {operation.path}`"]
    if operation.paginated:
        lines.append(
            f"- **Pagination**: `{operation.paginated}` style; the call returns a page, and "
            "iterating it walks every item of every page ([Pagination](../pagination.md))"
        )
    lines.append(
        "- **Retried**: after any transient failure (a retry-safe call)"
        if operation.retry_safe
        else "- **Retried**: only when the request was not sent, and on 429"
    )
    if operation.aliases:
        lines.append("- **Also named**: " + ", ".join(f"`{a}`" for a in operation.aliases))
    return "\n".join(lines)


def returns(operation: Operation) -> list[tuple[str, str]]:
    """(API version or "any", type) from the method's docstring "Returns:" section."""
    from phala_cloud_sdk import Client

    doc = inspect.getdoc(getattr(Client, operation.name)) or ""
    section = " ".join(doc.split("Returns:", 1)[-1].split("Raises:", 1)[0].split())
    per_version = re.findall(r"With API version ([\w-]+): ``(.+?)``\.", section)
    if per_version:
        return per_version
    single = re.match(r"``(.+?)``\.", section)
    if single is None:
        raise ValueError(f"{operation.name}: no return type in its docstring")
    return [("any", single.group(1))]


def returns_table(operation: Operation, pages: Mapping[str, str]) -> str:
    lines = ["| API version | Returns |", "|---|---|"]
    for version, annotation in returns(operation):
        shown = "every version" if version == "any" else f"`{version}`"
        lines.append(f"| {shown} | {linked_type(annotation, '', pages, '../')} |")
    return "\n".join(lines)


def raises(operation: Operation, statuses: Mapping[str, str]) -> str:
    rows = [(error_link(name), "", text + " Nothing is sent.") for name, text in ARGUMENT_ERRORS]
    rows += [
        (status_errors(status), status, text.strip() or "-")
        for status, text in sorted(statuses.items())
    ]
    lines = ["| Error | Status | When |", "|---|---|---|"]
    lines += [f"| {cls} | {status} | {text} |" for cls, status, text in rows]
    return "\n".join(lines)


def tag_page(tag: Tag, statuses: Mapping[str, Mapping[str, str]], pages: Mapping[str, str]) -> str:
    """The reference page of one tag: a summary table, then every operation."""
    out = [
        f"# {tag.name}",
        "",
        tag.description,
        "",
        "These are methods of [`Client`](../clients.md); "
        "[`AsyncClient`](../clients.md#phala_cloud_sdk.AsyncClient) has each one, "
        "name for name, as a coroutine (a list call returns an `AsyncPager`). Arguments "
        "go as keywords or as one mapping; one left at `NOT_GIVEN` is not sent. Every "
        "call may also raise "
        "[`APIConnectionError`][phala_cloud_sdk._exceptions.APIConnectionError], "
        "[`RateLimitError`][phala_cloud_sdk._exceptions.RateLimitError] or "
        "[`ResponseValidationError`][phala_cloud_sdk._exceptions.ResponseValidationError] "
        "([Errors and retries](../errors.md)). Results are the models of the client's "
        f"API version ([{tag.name} models](../{tag.models_page})).",
        "",
        "| Method | Request | Summary |",
        "|---|---|---|",
    ]
    out += [
        f"| [`{op.name}`][{CLIENT}.{op.name}] | `{op.method} {op.path}` | {op.summary} |"
        for op in tag.operations
    ]
    for operation in tag.operations:
        out += [
            "",
            f"::: {CLIENT}.{operation.name}",
            "    options:",
            "      show_docstring_returns: false",
            "      show_docstring_raises: false",
            "",
            "**Returns:**",
            "",
            returns_table(operation, pages),
            "",
            "**Raises:**",
            "",
            raises(operation, statuses.get(operation.name, {})),
            "",
            "**Example:**",
            "",
            example(operation),
            facts(operation),
        ]
    return "\n".join(out) + "\n"


# -- model pages ----------------------------------------------------------------------


def model_names() -> list[str]:
    from phala_cloud_api import models

    return list(models.__all__)


def model(name: str) -> Any:
    from phala_cloud_api import models

    return getattr(models, name)


def names_in(annotation: str, known: Iterable[str]) -> list[str]:
    words = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation)
    known = set(known)
    return [w for w in dict.fromkeys(words) if w in known]


def fields_of(cls: type) -> list[tuple[str, str, str | None]]:
    """(attribute, annotation, docstring or None) of each property, in source order."""
    found = []
    for attribute, member in vars(cls).items():
        if isinstance(member, property) and attribute not in (
            "additional_properties",
            "additional_keys",
        ):
            annotation = str(member.fget.__annotations__.get("return", "")) if member.fget else ""
            found.append((attribute, annotation, member.__doc__))
    return found


def referenced(name: str, known: set[str]) -> list[str]:
    """The models a model's fields (or an enum's nothing) refer to."""
    cls = model(name)
    if not inspect.isclass(cls) or not hasattr(cls, "_FIELDS"):
        return []
    out: list[str] = []
    for _, annotation, _ in fields_of(cls):
        out += [n for n in names_in(annotation, known) if n != name and n not in out]
    return out


def operation_models(operation: Operation, known: set[str]) -> list[str]:
    """The models an operation returns or takes as its body, in every API version."""
    from phala_cloud_api.operations import spec
    from phala_cloud_sdk import Client

    method = getattr(Client, operation.name)
    returned = names_in(str(method.__annotations__.get("return", "")), known)
    described = spec(operation.name)
    # A list call returns its items; the page's own response model counts too.
    responses = [
        name
        for response in described.responses.values()
        for _, name in response.alternatives
        if name is not None
    ]
    bodies = [b.schema_class for b in described.bodies if b.schema_class]
    return [n for n in dict.fromkeys([*returned, *responses, *bodies]) if n in known]


def model_pages(all_tags: list[Tag]) -> dict[str, list[str]]:
    """Models by page: each on the page of the first tag (in spec order) that reaches it.

    A model no operation reaches (an error body, say) goes to ``models/shared.md``.
    """
    known = set(model_names())
    owner: dict[str, str] = {}
    for tag in all_tags:
        queue = [m for op in tag.operations for m in operation_models(op, known)]
        while queue:
            name = queue.pop(0)
            if name in owner:
                continue
            owner[name] = tag.models_page
            queue += referenced(name, known)
    pages: dict[str, list[str]] = {tag.models_page: [] for tag in all_tags}
    pages["models/shared.md"] = []
    for name in model_names():
        pages[owner.get(name, "models/shared.md")].append(name)
    return pages


def anchor(name: str) -> str:
    return f"phala_cloud_api.models.{name}"


# Names in annotations that link somewhere other than a models page.
OTHER_TARGETS = {
    name: f"pagination.html#phala_cloud_sdk.{name}"
    for name in ("SyncPage", "AsyncPage", "AsyncPager")
}


def none_last(annotation: str) -> str:
    """``None | str`` -> ``str | None`` (only the outermost union is reordered)."""
    parts: list[str] = []
    depth = start = 0
    for i, char in enumerate(annotation):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(annotation[start:i].strip())
            start = i + 1
    parts.append(annotation[start:].strip())
    if "None" in parts:
        parts = [p for p in parts if p != "None"] + ["None"]
    return " | ".join(parts)


def linked_type(annotation: str, here: str, pages: Mapping[str, str], up: str = "../") -> str:
    """An annotation as inline HTML code, each model name a link to its section.

    ``here`` is the page the link is on (same-page links are bare anchors); ``up`` leads
    from it to the site's root.
    """

    def link(match: re.Match[str]) -> str:
        word = match.group(0)
        page = pages.get(word)
        if page is not None:
            target = "" if page == here else up + page.replace(".md", ".html")
            return f'<a href="{target}#{anchor(word)}">{word}</a>'
        if word in OTHER_TARGETS:
            return f'<a href="{up}{OTHER_TARGETS[word]}">{word}</a>'
        return word

    text = none_last(" ".join(annotation.split()))
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = re.sub(r"[A-Za-z_][A-Za-z0-9_]*", link, text)
    return "<code>" + text.replace("|", "&#124;") + "</code>"


def cell(text: str | None) -> str:
    """Docstring prose for a table cell (one line, pipes escaped); none stays empty."""
    return "" if not text else " ".join(inspect.cleandoc(text).split()).replace("|", "\\|")


def model_section(
    name: str, here: str, pages: Mapping[str, str], description: str | None, used_by: list[str]
) -> list[str]:
    """A model's heading, description, the operations using it, and its fields' types."""
    cls: Any = model(name)
    out = ["", f"## {name} {{#{anchor(name)}}}", ""]
    if description:
        out += [" ".join(description.split()), ""]
    if used_by:
        out += ["Used by " + ", ".join(f"[`{op}`][{CLIENT}.{op}]" for op in used_by) + ".", ""]
    if inspect.isclass(cls) and issubclass(cls, enum.Enum):
        values = ", ".join(f"`{member.value!r}`" for member in cls)
        return [*out, f"An enum (`str`): {values}."]
    if not inspect.isclass(cls):
        values = ", ".join(f"`{v!r}`" for v in typing.get_args(cls))
        return [*out, f"One of {values}."]
    json_fields = set(vars(cls)["_FIELDS"])
    json_key = dict(vars(cls)["_JSON_KEYS"])
    fields: list[tuple[str, str, str]] = []
    conveniences: list[tuple[str, str, str]] = []
    for attribute, annotation, doc in fields_of(cls):
        typed = linked_type(annotation, here, pages)
        key = json_key.get(attribute, attribute)
        if key in json_fields:
            shown = f"`{attribute}`" + ("" if key == attribute else f" (`{key}`)")
            fields.append((shown, typed, cell(doc)))
        else:
            conveniences.append((f"`{attribute}`", typed, cell(doc)))
    if fields:
        out += table("Field", fields)
    else:
        out += ["No declared fields (every key is in `additional_properties`)."]
    if conveniences:
        out += ["", *table("Convenience", conveniences)]
    return out


def table(first: str, rows: list[tuple[str, str, str]]) -> list[str]:
    """A name/type(/description) table; no description column when no row has one."""
    if any(description for _, _, description in rows):
        head = [f"| {first} | Type | Description |", "|---|---|---|"]
        return head + [f"| {n} | {t} | {d} |" for n, t, d in rows]
    return [f"| {first} | Type |", "|---|---|"] + [f"| {n} | {t} |" for n, t, _ in rows]


def models_page(
    title: str,
    path: str,
    names: list[str],
    *,
    pages: Mapping[str, str],
    document: Mapping[str, Any],
    used_by: Mapping[str, list[str]],
) -> str:
    schemas = document["components"]["schemas"]
    descriptions = {n: s["description"] for n, s in schemas.items() if s.get("description")}
    out = [
        f"# {title}",
        "",
        "Models are read-only views of the JSON ([how they behave](index.md)); a field the "
        "response left out reads as `None`. Each has `from_dict`, `to_dict`, `has_field`, "
        "`matches` and `has_shape`.",
    ]
    for name in sorted(names, key=str.lower):
        out += model_section(name, path, pages, descriptions.get(name), used_by.get(name, []))
    return "\n".join(out) + "\n"


# -- all pages ------------------------------------------------------------------------


def pages(document: Mapping[str, Any] | None = None) -> dict[str, str]:
    """Every generated page: path under ``docs/`` -> Markdown."""
    document = document if document is not None else load_spec()
    all_tags = tags(document)
    statuses = error_statuses(document)
    by_page = model_pages(all_tags)
    page_of = {name: page for page, names in by_page.items() for name in names}
    out = {tag.page: tag_page(tag, statuses, page_of) for tag in all_tags}
    titles = {tag.models_page: f"{tag.name} models" for tag in all_tags}
    titles["models/shared.md"] = "Shared models"
    known = set(page_of)
    used_by: dict[str, list[str]] = {}
    for tag in all_tags:
        for operation in tag.operations:
            for name in operation_models(operation, known):
                used_by.setdefault(name, []).append(operation.name)
    for path, names in by_page.items():
        if names:
            out[path] = models_page(
                titles[path], path, names, pages=page_of, document=document, used_by=used_by
            )
    return out


def nav_entries(
    document: Mapping[str, Any], generated: Mapping[str, str]
) -> dict[str, list[dict[str, str]]]:
    """The navigation entries of the generated pages, per nav section."""
    all_tags = tags(document)
    models = [{f"{t.name}": t.models_page} for t in all_tags if t.models_page in generated]
    if "models/shared.md" in generated:
        models.append({"Shared": "models/shared.md"})
    return {
        NAV_REFERENCE: [{t.name: t.page} for t in all_tags],
        NAV_MODELS: models,
    }


# -- mkdocs hook ----------------------------------------------------------------------

_GENERATED: dict[str, str] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Generate the pages and add them to the navigation sections named above."""
    for path in (ROOT / "overlay", ROOT / "generated"):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    document = load_spec()
    _GENERATED.clear()
    _GENERATED.update(pages(document))
    entries = nav_entries(document, _GENERATED)
    for section in config.nav or []:
        if isinstance(section, dict):
            for title, children in section.items():
                if title in entries and isinstance(children, list):
                    children.extend(entries[title])
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    from mkdocs.structure.files import File

    for path, content in _GENERATED.items():
        files.append(File.generated(config, path, content=content))
    return files


# -- griffe extension -----------------------------------------------------------------

_ROLE = re.compile(r":(?:class|meth|func|attr|data|exc|obj|mod):`[~.]?([^`]+)`")
_LITERAL_INTRO = re.compile(r"::$")


def is_python(code: str) -> bool:
    """Whether a literal block is Python (highlighted as such) rather than a drawing."""
    try:
        ast.parse(code)
    except SyntaxError:
        return False
    return True


def rest_to_markdown(text: str) -> str:
    """``:class:`X``` -> ```X```; a paragraph ending in ``::`` introduces a Python block."""
    text = _ROLE.sub(r"`\1`", text)
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _LITERAL_INTRO.search(line) and not line.strip().startswith(">>>"):
            out.append(line[:-2].rstrip() + ("" if line.strip() == "::" else ":"))
            i += 1
            block: list[str] = []
            while i < len(lines) and (not lines[i].strip() or lines[i].startswith(" ")):
                block.append(lines[i])
                i += 1
            while block and not block[-1].strip():
                block.pop()
            indent = len(line) - len(line.lstrip())
            fence = " " * indent
            code = textwrap.dedent("\n".join(b for b in block)).strip("\n")
            language = "python" if is_python(code) else "text"
            out += ["", f"{fence}```{language}", textwrap.indent(code, fence), f"{fence}```", ""]
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


class RestToMarkdown(griffe.Extension):
    """Our docstrings' reStructuredText bits as Markdown; no ``**unknown`` parameter."""

    def on_instance(
        self,
        *,
        node: ast.AST | griffe.ObjectNode,
        obj: griffe.Object,
        agent: griffe.Visitor | griffe.Inspector,
        **kwargs: Any,
    ) -> None:
        if obj.docstring is not None:
            obj.docstring.value = rest_to_markdown(obj.docstring.value)

    def on_function_instance(
        self,
        *,
        node: ast.AST | griffe.ObjectNode,
        func: griffe.Function,
        agent: griffe.Visitor | griffe.Inspector,
        **kwargs: Any,
    ) -> None:
        # The generated methods end in `**unknown: Never`: any other keyword is a type error.
        if "unknown" in func.parameters:
            parameter = func.parameters["unknown"]
            if parameter.kind is griffe.ParameterKind.var_keyword:
                del func.parameters["unknown"]


def main(argv: list[str]) -> int:
    """Write the generated pages under ``argv[0]`` (to read them without a build)."""
    if len(argv) != 1:
        print("usage: python scripts/docs_site.py OUT_FOLDER", file=sys.stderr)
        return 2
    out = Path(argv[0])
    for path, content in pages().items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
