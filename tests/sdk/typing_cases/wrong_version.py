"""Must NOT type-check: a 2025-10-28 client does not return 2026-01-21 CVMs."""

from __future__ import annotations

from phala_cloud_api.models import CvmInfoV20260121
from phala_cloud_sdk import Client

cvms: list[CvmInfoV20260121] = Client(api_version="2025-10-28").get_app_cvms(app_id="a")
