"""The benchmark's payloads (scripts/bench_payloads.py) are deterministic and fit the spec."""

from __future__ import annotations

import json

import bench_payloads

from phala_cloud_api import _validators

PAGE_SCHEMA = "DstackAppListResponseV20260121"


def test_big_page_is_deterministic() -> None:
    assert bench_payloads.big_page_bytes() == bench_payloads.big_page_bytes()
    assert bench_payloads.big_page_bytes(1) != bench_payloads.big_page_bytes(2)


def test_big_page_fits_the_schema_and_size() -> None:
    raw = bench_payloads.big_page_bytes()
    assert 700_000 <= len(raw) <= 1_100_000
    page = json.loads(raw)
    _validators.check(PAGE_SCHEMA, page)
    assert len(page["dstack_apps"]) == 100
    for app in page["dstack_apps"]:
        assert app["current_cvm"] == app["cvms"][0]
        assert len(app["cvms"]) == 2
        for key in ("resource", "node_info", "os", "kms_info", "gateway", "progress", "logs"):
            assert app["current_cvm"][key], key


def test_paged_apps_fit_the_schema_without_duplicates() -> None:
    pages = [json.loads(raw) for raw in bench_payloads.paged_apps(250, 100)]
    assert [page["page"] for page in pages] == [1, 2, 3]
    assert {page["total_pages"] for page in pages} == {3}
    ids = [app["app_id"] for page in pages for app in page["dstack_apps"]]
    assert len(ids) == len(set(ids)) == 250
    for page in pages:
        _validators.check(PAGE_SCHEMA, page)
