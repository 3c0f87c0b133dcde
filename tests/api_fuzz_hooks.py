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


HOOK_SECRET = "fuzz-secret"  # the server fixture's TALENTRECALL_HOOK_SECRET


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    """Sign the requisition-opened hook's body, so fuzzing reaches past its signature check.

    The transport serialises a JSON body with ``json.dumps``' defaults, so signing those bytes signs what is sent.
    """
    if case.operation.path != "/v1/hooks/requisition-opened" or case.body is None:
        return case
    from api.hooks import sign  # the server's own signer: the fuzzer signs exactly what an ATS would

    try:
        raw = json.dumps(case.body, allow_nan=False).encode()
    except (TypeError, ValueError):
        return case  # not JSON: left unsigned, refused with a 401
    case.headers = {**(case.headers or {}), "x-talentrecall-signature": sign(HOOK_SECRET, raw)}
    return case
