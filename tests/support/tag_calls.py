"""One representative call per operation, and the checks the per-tag test modules share.

A tag's test module (``tests/sdk/test_<module>.py``) lists a :class:`Call` per
operation: the arguments, the request they must produce, a schema-valid response and
the type it must come back as. :func:`run_sync` / :func:`run_async` make the call
(keywords or one mapping), :func:`check_request` checks the wire and
:func:`check_result` the typed result. :func:`official_form` normalises a request the
way two requests are compared with the official SDK's captured ones.
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass, field
from typing import Any

import httpx

import phala_cloud_sdk
from phala_cloud_api._validators import check
from phala_cloud_api.operations import spec
from phala_cloud_sdk import AsyncPage, SyncPage

from .mock_api import API_KEY, MakeAsyncClient, MakeClient, Router

__all__ = [
    "NO_BODY",
    "Call",
    "check_request",
    "check_result",
    "multipart_parts",
    "official_form",
    "parse_capture",
    "request_form",
    "run_async",
    "run_sync",
]

NO_BODY: Any = object()
"""``Call.json`` when the request has no body."""


@dataclass(frozen=True)
class Call:
    """A representative call of one operation, the request it sends and what it returns.

    ``returns`` is the class name of the result (of one item for lists and pages;
    ``page`` names the page response's class), or ``"None"``, ``"bytes"`` or ``"Any"``.
    """

    operation: str
    kwargs: dict[str, Any]
    method: str
    path: str
    returns: str
    response: Any = None
    status: int = 200
    query: dict[str, list[str]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    json: Any = NO_BODY
    page: str | None = None
    form: dict[str, tuple[str | None, bytes]] | None = None
    """A multipart body: part name -> (file name or None for a plain field, content)."""

    @property
    def id(self) -> str:
        return self.operation

    def serve(self, router: Router) -> None:
        """Queue this call's response."""
        if self.returns == "bytes":
            router.add(
                self.status,
                content=self.response,
                headers={"content-type": "application/octet-stream"},
            )
        elif self.response is None:
            router.add(self.status, content=b"")
        else:
            router.add(self.status, self.response)

    def validate_response(self) -> None:
        """The response body fits the schema of the class it should become."""
        if self.returns in {"None", "bytes", "Any"}:
            return
        if self.page is not None and not isinstance(self.response, list):
            check(self.page, self.response)
            return
        items = self.response if isinstance(self.response, list) else [self.response]
        for item in items:
            check(self.returns, item)


def run_sync(make_client: MakeClient, call: Call, version: str, style: str) -> Any:
    """Make the call with a sync client (``style``: keywords or mapping)."""
    method = getattr(make_client(api_version=version), call.operation)
    return method(**call.kwargs) if style == "keywords" else method(dict(call.kwargs))


async def run_async(
    make_async_client: MakeAsyncClient, call: Call, version: str, style: str
) -> Any:
    """Make the call with an async client."""
    method = getattr(make_async_client(api_version=version), call.operation)
    return await (method(**call.kwargs) if style == "keywords" else method(dict(call.kwargs)))


def check_request(request: httpx.Request, call: Call, version: str) -> None:
    """The request is the one ``call`` describes, with the client's standard headers."""
    assert request.method == call.method
    assert request.url.path == "/api/v1" + call.path
    params = request.url.params
    assert {key: params.get_list(key) for key in params} == call.query
    for name, value in call.headers.items():
        assert request.headers.get(name) == value, name
    assert request.headers["X-API-Key"] == API_KEY
    assert request.headers["X-Phala-Version"] == version
    assert request.headers["User-Agent"] == (
        f"phala-cloud-sdk/{phala_cloud_sdk.__version__} python/{platform.python_version()}"
    )
    if call.form is not None:
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert multipart_parts(request) == call.form
    elif call.json is NO_BODY:
        assert request.content == b""
        assert "content-type" not in request.headers
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == call.json


def multipart_parts(request: httpx.Request) -> dict[str, tuple[str | None, bytes]]:
    """The parts of a multipart/form-data request: name -> (file name, content)."""
    from email.parser import BytesParser
    from email.policy import HTTP

    header = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(header + request.read())
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        filename = part.get_param("filename", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        parts[str(name)] = (None if filename is None else str(filename), payload)
    return parts


def check_result(result: Any, call: Call) -> None:
    """The result has the type the call promises and holds the response's data."""
    if call.returns == "None":
        assert result is None
        return
    if call.returns == "bytes":
        assert result == call.response
        assert type(result) is bytes
        return
    if call.returns == "Any":
        assert result == call.response
        return
    if call.page is not None:
        assert isinstance(result, SyncPage | AsyncPage)
        data = result.data
        if isinstance(call.response, list):
            assert [type(i).__name__ for i in data] == [call.returns] * len(call.response)
            assert [i.to_dict() for i in data] == call.response
        else:
            assert type(data).__name__ == call.page
            assert data.to_dict() == call.response
        assert all(type(i).__name__ == call.returns for i in result.items)
        return
    if isinstance(call.response, list):
        assert isinstance(result, list)
        assert [type(i).__name__ for i in result] == [call.returns] * len(call.response)
        assert [i.to_dict() for i in result] == call.response
        return
    assert type(result).__name__ == call.returns
    assert result.to_dict() == call.response


def official_form(
    operation: str,
    method: str,
    path: str,
    query: dict[str, list[str]],
    body: Any,
) -> tuple[str, str, dict[str, list[str]], Any]:
    """A request as compared with the official SDK's: defaults, nulls and ``{}`` dropped.

    Query parameters equal to their spec default are left out (sending a default or
    not is the same request), JSON nulls are dropped from the body (an explicit null
    and an absent optional field are equal), and an empty JSON object is no body.
    """
    defaults = {}
    for arg in spec(operation).arguments:
        if arg.location == "query" and "default" in arg.schema:
            value = arg.schema["default"]
            defaults[arg.wire] = [json.dumps(value) if isinstance(value, bool) else str(value)]
    kept = {key: values for key, values in query.items() if defaults.get(key) != values}
    if isinstance(body, dict):
        body = {key: value for key, value in body.items() if value is not None} or None
    return method, path, kept, body


def request_form(
    request: httpx.Request, operation: str
) -> tuple[str, str, dict[str, list[str]], Any]:
    """:func:`official_form` of a request our client sent."""
    params = request.url.params
    body = json.loads(request.content) if request.content else None
    return official_form(
        operation,
        request.method,
        request.url.path.removeprefix("/api/v1"),
        {key: params.get_list(key) for key in params},
        body,
    )


def parse_capture(
    operation: str, http: str, query: str | None = None, body: Any = None
) -> tuple[str, str, dict[str, list[str]], Any]:
    """:func:`official_form` of a request the official SDK sent (as the notes captured it)."""
    method, path = http.split(" ", 1)
    parsed = httpx.QueryParams(query or "")
    return official_form(
        operation, method, path, {key: parsed.get_list(key) for key in parsed}, body
    )
