"""Standard Webhooks (https://www.standardwebhooks.com, spec 1.0.0): the signature scheme of the generic
requisition hook and of the outgoing shortlist callback.

    webhook-id: msg_…                  one per event, the same on every retry (the receiver's idempotency key)
    webhook-timestamp: 1674087231      integer unix seconds of this attempt
    webhook-signature: v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<raw body>")> [v1,<…> …]

The key is ``TALENTRECALL_HOOK_SECRET``: a ``whsec_<base64>`` secret as Standard Webhooks tools generate
it (the key is the decoded bytes), or any other string (the key is its UTF-8 bytes).

Implemented here to the spec rather than with the ``standardwebhooks`` package, which the tests use to prove
interoperability both ways: its ``verify`` lets malformed input escape as ``ValueError``,
``UnicodeDecodeError`` or ``binascii.Error`` (a 500 here, where a bad request must be a 401), and it reads a
plain-string secret as base64, so a secret like ``s3cret!`` would silently become another key.

>>> key = secret_key("whsec_c2VjcmV0LWJ5dGVzLWZvci10ZXN0cw==")
>>> headers = sign_headers(key, "msg_1", b'{"a":1}', at=1_700_000_000)
>>> headers["webhook-signature"]
'v1,r+PY9/Y7uRX0480Wbb93vZss4YCJjGTSsmI2HWp+VGE='
>>> verify(key, headers, b'{"a":1}', tolerance_s=300, now=1_700_000_100)
'msg_1'
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import time
from collections.abc import Mapping

from api.auth import Unauthorized

PREFIX = "whsec_"
# The spec's timestamp is an integer; more than 12 digits is beyond the year 33658 and not worth parsing.
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
MAX_ID_CHARS = 256


def secret_key(secret: str) -> bytes:
    """The HMAC key of a ``whsec_`` base64 secret (its decoded bytes) or of a plain string (its UTF-8 bytes)."""
    if secret.startswith(PREFIX):
        try:
            key = base64.b64decode(secret[len(PREFIX) :], validate=True)
        except binascii.Error:
            raise ValueError("a whsec_ secret must be base64 after its prefix") from None
    else:
        key = secret.encode()
    if not key:
        raise ValueError("the webhook secret is empty")
    return key


def _digest(key: bytes, msg_id: str, timestamp: int, body: bytes) -> bytes:
    return hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()


def signature(key: bytes, msg_id: str, timestamp: int, body: bytes) -> str:
    """One ``v1,<base64>`` signature of ``body`` under ``msg_id`` at ``timestamp``."""
    return "v1," + base64.b64encode(_digest(key, msg_id, timestamp, body)).decode()


def sign_headers(key: bytes, msg_id: str, body: bytes, at: int | None = None) -> dict[str, str]:
    """The three Standard Webhooks headers for sending ``body`` now (or at unix time ``at``)."""
    stamp = int(time.time()) if at is None else at
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(stamp),
        "webhook-signature": signature(key, msg_id, stamp, body),
    }


def verify(key: bytes, headers: Mapping[str, str], body: bytes, *, tolerance_s: int, now: float | None = None) -> str:
    """The ``webhook-id`` of a request whose Standard Webhooks signature holds; ``Unauthorized`` otherwise.

    ``headers`` is looked up case-insensitively (Starlette's headers already are; a plain dict is lowered).
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    msg_id = lowered.get("webhook-id", "")
    stamp = lowered.get("webhook-timestamp", "")
    signatures = lowered.get("webhook-signature", "")
    if not (msg_id and stamp and signatures):
        raise Unauthorized("missing webhook-id, webhook-timestamp or webhook-signature header")
    if len(msg_id) > MAX_ID_CHARS or not msg_id.isprintable():
        raise Unauthorized("malformed webhook-id header")
    if not _TIMESTAMP.fullmatch(stamp):
        raise Unauthorized("malformed webhook-timestamp header: integer unix seconds expected")
    # Both ways: a timestamp far in the future would otherwise stay replayable for as long.
    if abs((time.time() if now is None else now) - int(stamp)) > tolerance_s:
        raise Unauthorized("stale webhook-timestamp: outside the replay window")
    expected = _digest(key, msg_id, int(stamp), body)
    # A space-separated list (secret rotation): any v1 entry may match; v1a (asymmetric) ones are not ours.
    # Every entry is compared, so the time taken does not tell which one (or whether one) matched.
    matched = False
    for entry in signatures.split():
        version, _, encoded = entry.partition(",")
        if version == "v1":
            matched |= hmac.compare_digest(expected, _decoded(encoded))
    if not matched:
        raise Unauthorized("webhook-signature does not match the body")
    return msg_id


def _decoded(encoded: str) -> bytes:
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):  # ValueError: non-ASCII characters
        return b""
