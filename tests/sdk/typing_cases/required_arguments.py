"""Must NOT type-check (tests/sdk/test_typing.py): required arguments and unknown names."""

from __future__ import annotations

from phala_cloud_sdk import Client

client = Client()
client.get_app_info()  # error: app_id is required
client.get_app_info({})  # error: the mapping lacks app_id
client.get_app_info(app_id="a", sort="x")  # error: no such keyword
client.get_app_revisions({"app_id": "a", "pages": 2})  # error: no such key
