"""Values checked when read, and JSON numbers that must survive decoding unchanged."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from phala_cloud_sdk import ResponseValidationError
from phala_cloud_sdk._json import has_long_integer, loads
from tests.support.mock_api import MakeClient, Router
from tests.support.payloads import REVISION, revisions


@pytest.mark.parametrize("bad", ["not-a-date", "2026-13-45T00:00:00Z", "yesterday"])
def test_bad_timestamps_fail_when_read(router: Router, make_client: MakeClient, bad: str) -> None:
    router.add(200, revisions([{**REVISION, "created_at": bad}]))
    page = make_client().get_app_revisions(app_id="a")
    revision = page.items[0]
    assert revision.revision_id == REVISION["revision_id"]
    with pytest.raises(ResponseValidationError) as info:
        _ = revision.created_at
    assert "created_at" in str(info.value)
    # The raw JSON is still there, unchanged.
    assert revision.to_dict()["created_at"] == bad


def test_good_timestamps_are_datetimes(router: Router, make_client: MakeClient) -> None:
    router.add(200, revisions([{**REVISION, "created_at": "2026-01-20T16:03:11Z"}]))
    (revision,) = make_client().get_app_revisions(app_id="a")
    assert revision.created_at == datetime.datetime(
        2026, 1, 20, 16, 3, 11, tzinfo=datetime.timezone.utc
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"x_big": -9223372036854775809}', {"x_big": -(2**63) - 1}),
        (b'{"x_big": 18446744073709551616}', {"x_big": 2**64}),
        (b"[1, 123456789012345678901234567890]", [1, 123456789012345678901234567890]),
        (b'{"s": "12345678901234567890123"}', {"s": "12345678901234567890123"}),
    ],
)
def test_big_integers_decode_exactly(raw: bytes, expected: Any) -> None:
    assert loads(raw) == expected


def test_long_digit_runs_inside_strings_keep_the_fast_path() -> None:
    assert not has_long_integer(b'{"hash": "ab1234567890123456789012cd", "n": 12}')
    assert has_long_integer(b'{"n":\n  12345678901234567890}')


def test_big_integer_in_an_unknown_field_round_trips(
    router: Router, make_client: MakeClient
) -> None:
    big = -(2**63) - 1
    router.add(200, revisions([{**REVISION, "x_big": big}]))
    (revision,) = make_client().get_app_revisions(app_id="a")
    assert revision.additional_properties == {"x_big": big}
    assert revision.to_dict()["x_big"] == big


def test_identifier_prefixes_are_not_enforced(router: Router, make_client: MakeClient) -> None:
    from tests.support.payloads import APP_FULL_2026

    # The spec describes ids as hashids ("prj_..."); another form is passed through as sent.
    router.add(200, {**APP_FULL_2026, "id": "app-7"})
    app = make_client().get_app_info(app_id="a")
    assert app.id == "app-7"
