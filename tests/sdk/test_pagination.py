"""Page objects: walking pages, stop rules, async prefetch."""

from __future__ import annotations

import httpx
import pytest

from phala_cloud_sdk import APIError, NoNextPageError
from tests.support.mock_api import MakeAsyncClient, MakeClient, Router
from tests.support.payloads import V2026, app_list, revision, revisions


def app(n: int) -> dict[str, object]:
    return {"app_id": f"app{n}"}


def three_pages(router: Router) -> None:
    for page in (1, 2, 3):
        items = [app(2 * page - 1), app(2 * page)]
        router.add(200, app_list(V2026, items, page=page, total_pages=3))


def test_page_fields(router: Router, make_client: MakeClient) -> None:
    three_pages(router)
    page = make_client().get_app_list(page_size=2)
    assert [a.app_id for a in page.items] == ["app1", "app2"]
    assert (page.page, page.page_size, page.total, page.total_pages) == (1, 2, 6, 3)
    assert page.has_next_page()
    second = page.next_page()
    assert second.page == 2
    assert second.items[0].app_id == "app3"
    assert router.last.url.params["page"] == "2"
    assert router.last.url.params["page_size"] == "2"


def test_iterate_all_pages_keeps_filters(router: Router, make_client: MakeClient) -> None:
    three_pages(router)
    ids = [a.app_id for a in make_client().get_app_list(page_size=2, status=["a", "b"])]
    assert ids == [f"app{n}" for n in range(1, 7)]
    assert len(router.requests) == 3
    for number, request in enumerate(router.requests, 1):
        # The first request leaves page out (its default, 1); the next ones name the page.
        assert request.url.params.get("page", "1") == str(number)
        assert request.url.params.get_list("status") == ["a", "b"]


def test_last_page_has_no_next(router: Router, make_client: MakeClient) -> None:
    router.add(200, app_list(V2026, [app(1)], page=1, total_pages=1))
    page = make_client().get_app_list()
    assert not page.has_next_page()
    with pytest.raises(NoNextPageError, match="has_next_page"):
        page.next_page()
    assert list(page) == page.items
    assert len(router.requests) == 1


@pytest.mark.asyncio
async def test_async_last_page_has_no_next(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    router.add(200, app_list(V2026, [app(1)], page=1, total_pages=1))
    page = await make_async_client().get_app_list()
    assert not page.has_next_page()
    with pytest.raises(NoNextPageError) as error:
        await page.next_page()
    assert isinstance(error.value, APIError | RuntimeError)  # an SDK error; RuntimeError too
    assert len(router.requests) == 1


def test_stops_on_empty_page(router: Router, make_client: MakeClient) -> None:
    router.add(200, app_list(V2026, [app(1)], page=1, total_pages=5))
    router.add(200, app_list(V2026, [], page=2, total_pages=5))
    ids = [a.app_id for a in make_client().get_app_list()]
    assert ids == ["app1"]
    assert len(router.requests) == 2


def test_stops_when_server_repeats_page(router: Router, make_client: MakeClient) -> None:
    # The server ignores ?page= and always answers page 1.
    router.add(200, app_list(V2026, [app(1), app(2)], page=1, total_pages=50))
    ids = [a.app_id for a in make_client().get_app_list()]
    assert ids == ["app1", "app2"]
    assert len(router.requests) == 2


def test_stops_when_server_repeats_items(router: Router, make_client: MakeClient) -> None:
    router.add(200, app_list(V2026, [app(1)], page=1, total_pages=50))
    router.add(200, app_list(V2026, [app(1)], page=2, total_pages=50))
    ids = [a.app_id for a in make_client().get_app_list()]
    assert ids == ["app1"]
    assert len(router.requests) == 2


def test_revisions_pages(router: Router, make_client: MakeClient) -> None:
    router.add(200, revisions([revision(1), revision(2)], page=1, total_pages=2))
    router.add(200, revisions([revision(3)], page=2, total_pages=2))
    page = make_client().get_app_revisions(app_id="a", page_size=2)
    assert [r.revision_id for r in page] == ["rev-1", "rev-2", "rev-3"]
    assert all(r.url.path == "/api/v1/apps/a/revisions" for r in router.requests)


@pytest.mark.asyncio
async def test_async_iterate_in_order(router: Router, make_async_client: MakeAsyncClient) -> None:
    total = 7

    def serve(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        body = app_list(
            V2026, [app(2 * number - 1), app(2 * number)], page=number, total_pages=total
        )
        return httpx.Response(200, json=body)

    router.add_handler(serve)
    client = make_async_client(prefetch_pages=3)
    page = await client.get_app_list(page_size=2)
    ids = [a.app_id async for a in page]
    assert ids == [f"app{n}" for n in range(1, 2 * total + 1)]
    assert len(ids) == len(set(ids))
    assert len(router.requests) == total
    assert (await page.next_page()).page == 2


@pytest.mark.asyncio
async def test_async_stops_on_repeat(router: Router, make_async_client: MakeAsyncClient) -> None:
    router.add(200, app_list(V2026, [app(1)], page=1, total_pages=30))
    page = await make_async_client(prefetch_pages=4).get_app_list()
    ids = [a.app_id async for a in page]
    assert ids == ["app1"]
    assert len(router.requests) <= 1 + 4


@pytest.mark.asyncio
async def test_async_stops_on_empty(router: Router, make_async_client: MakeAsyncClient) -> None:
    router.add(200, app_list(V2026, [app(1)], page=1, total_pages=3))
    router.add(200, app_list(V2026, [], page=2, total_pages=3))
    router.add(200, app_list(V2026, [app(9)], page=3, total_pages=3))
    page = await make_async_client(prefetch_pages=0).get_app_list()
    ids = [a.app_id async for a in page]
    assert ids == ["app1"]
    assert len(router.requests) == 2


def test_response_fields_reachable_on_the_page(router: Router, make_client: MakeClient) -> None:
    three_pages(router)
    page = make_client().get_app_list(page_size=2)
    # As in the official SDK's list result: the response's own field names work too.
    assert [a.app_id for a in page.dstack_apps] == ["app1", "app2"]
    with pytest.raises(AttributeError):
        _ = page.no_such_field
