"""Schemathesis hooks for ``tests/test_api_fuzz.py`` (``SCHEMATHESIS_HOOKS=tests.api_fuzz_hooks``)."""

from __future__ import annotations

import json
from typing import Any

import schemathesis


@schemathesis.serializer("application/x-ndjson")
def ndjson(ctx: Any, value: Any) -> bytes:
    """The import's records one JSON document a line; anything else (negative cases) as one line."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, list):
        return b"\n".join(json.dumps(item).encode() for item in value)
    return json.dumps(value).encode()
