"""Public types: each method's argument mapping and the named result unions.

Each ``...Params`` TypedDict is the one-mapping form of a method's arguments, e.g.
``client.get_app_info({"app_id": "app-123"})`` is checked against
``GetAppInfoParams``. Result aliases name the model unions a method can return
(``App``, and ``AppV20260121`` for one API version); the API version decides which
member you get. Both are generated from the spec (``phala_cloud_api.params`` and
``phala_cloud_api.results``); ``phala_cloud_sdk.types`` is imported on first use.
"""

from __future__ import annotations

from phala_cloud_api import params as _params
from phala_cloud_api import results as _results
from phala_cloud_api.params import *  # noqa: F403
from phala_cloud_api.results import *  # noqa: F403

from ._api_versions import ApiVersion
from ._response import APIResponse
from ._types import NOT_GIVEN, Body, FileInput, Headers, NotGiven, Query, Timeout, TimeoutTypes

__all__ = [
    "NOT_GIVEN",
    "APIResponse",
    "ApiVersion",
    "Body",
    "FileInput",
    "Headers",
    "NotGiven",
    "Query",
    "Timeout",
    "TimeoutTypes",
]
__all__ += _params.__all__
__all__ += _results.__all__
