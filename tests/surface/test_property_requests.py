"""Property tests: valid arguments reach the wire exactly; invalid ones never leave the client."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phala_cloud_sdk import Client, InvalidParameterError, ResponseValidationError

EXAMPLES = int(os.environ.get("PHALA_PROPERTY_EXAMPLES", "200"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
BASE_PATH = "/api/v1"
PAGE = {"dstack_apps": [], "revisions": [], "page": 1, "page_size": 1, "total": 0, "total_pages": 0}


class Recorder:
    """A MockTransport handler that records requests and answers with an empty page."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=PAGE)


@pytest.fixture(scope="module")
def harness() -> Iterator[tuple[Recorder, Client]]:
    recorder = Recorder()
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    client = Client(
        api_key="k", base_url="https://api.test" + BASE_PATH, max_retries=0, http_client=http
    )
    yield recorder, client
    http.close()


# Any text except the values rejected by design ("", ".", "..") and lone surrogates.
app_ids = st.one_of(
    st.sampled_from(["app-123", "a/b", "../x", "%2F", "100%", "a b", "é/ü", "?q=1#f", "..."]),
    st.text(st.characters(exclude_categories=["Cs"]), min_size=1),
).filter(lambda s: s not in {".", ".."})


def _segments(request: httpx.Request) -> list[str]:
    raw = request.url.raw_path.decode("ascii")
    path = raw.split("?", 1)[0]
    assert path.startswith(BASE_PATH + "/")
    return [unquote(part) for part in path[len(BASE_PATH) + 1 :].split("/")]


def _query(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(urlsplit(str(request.url)).query, keep_blank_values=True)


def _last(recorder: Recorder, before: int) -> httpx.Request:
    assert len(recorder.requests) == before + 1, "expected exactly one request"
    return recorder.requests[-1]


@SETTINGS
@given(app_id=app_ids)
def test_app_id_reaches_the_path_exactly(harness: tuple[Recorder, Client], app_id: str) -> None:
    recorder, client = harness
    before = len(recorder.requests)
    # The empty-page answer does not fit a revision: only the request matters here.
    with contextlib.suppress(ResponseValidationError):
        client.get_app_revision_detail(app_id=app_id, revision_id="rev/1")
    assert _segments(_last(recorder, before)) == ["apps", app_id, "revisions", "rev/1"]


@SETTINGS
@given(
    app_id=app_ids,
    page=st.integers(1, 1000),
    page_size=st.integers(1, 1000),
)
def test_revisions_paging_reaches_the_query(
    harness: tuple[Recorder, Client], app_id: str, page: int, page_size: int
) -> None:
    recorder, client = harness
    before = len(recorder.requests)
    client.get_app_revisions(app_id=app_id, page=page, page_size=page_size)
    request = _last(recorder, before)
    assert _segments(request) == ["apps", app_id, "revisions"]
    assert _query(request) == {"page": [str(page)], "page_size": [str(page_size)]}


@SETTINGS
@given(
    page=st.integers(1, 10_000),
    page_size=st.integers(1, 100),
    status=st.lists(st.text(st.characters(exclude_categories=["Cs"]), min_size=1), max_size=4),
    search=st.none() | st.text(st.characters(exclude_categories=["Cs"]), min_size=1),
    listed=st.none() | st.booleans(),
)
def test_app_list_filters_reach_the_query(  # noqa: PLR0917 - pytest parameters
    harness: tuple[Recorder, Client],
    page: int,
    page_size: int,
    status: list[str],
    search: str | None,
    listed: bool | None,
) -> None:
    recorder, client = harness
    before = len(recorder.requests)
    client.get_app_list(page=page, page_size=page_size, status=status, search=search, listed=listed)
    request = _last(recorder, before)
    assert _segments(request) == ["apps"]
    expected: dict[str, list[str]] = {"page": [str(page)], "page_size": [str(page_size)]}
    if status:
        expected["status"] = status
    if search is not None:
        expected["search"] = [search]
    if listed is not None:
        expected["listed"] = ["true" if listed else "false"]
    assert _query(request) == expected


non_ints = st.one_of(
    st.text(max_size=5),
    st.floats(allow_nan=False),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
)

INVALID_CALLS: list[tuple[str, str, st.SearchStrategy[Any]]] = [
    ("get_app_list", "page", st.integers(max_value=0) | non_ints),
    ("get_app_list", "page_size", st.integers(min_value=101) | st.integers(max_value=0) | non_ints),
    ("get_app_revisions", "page", st.integers(max_value=0) | non_ints),
    (
        "get_app_revisions",
        "page_size",
        st.integers(min_value=1001) | st.integers(max_value=0) | non_ints,
    ),
    ("get_app_list", "status", st.lists(st.integers(), min_size=1, max_size=3) | st.integers()),
    ("get_app_info", "app_id", st.sampled_from(["", ".", ".."]) | st.integers() | st.booleans()),
]


@pytest.mark.parametrize(("operation", "field", "values"), INVALID_CALLS, ids=lambda v: str(v)[:20])
def test_invalid_arguments_are_rejected_before_sending(
    harness: tuple[Recorder, Client],
    operation: str,
    field: str,
    values: st.SearchStrategy[Any],
) -> None:
    recorder, client = harness
    base: dict[str, Any] = {} if operation == "get_app_list" else {"app_id": "app-123"}

    @settings(SETTINGS, max_examples=max(20, EXAMPLES // 4))
    @given(value=values)
    def run(value: Any) -> None:
        before = len(recorder.requests)
        with pytest.raises(InvalidParameterError) as info:
            getattr(client, operation)(**{**base, field: value})
        assert info.value.field == field
        assert field in str(info.value)
        assert len(recorder.requests) == before, "the transport was called"

    run()
