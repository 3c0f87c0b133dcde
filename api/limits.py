"""Size limits of a request, answered 413 before the body is read (or as soon as it goes over).

A declared ``Content-Length`` over the limit is refused before a byte of the body is read; a chunked body
is counted as it arrives and refused at the first chunk past the limit. The NDJSON import reads its body
line by line against its own, larger, byte limit and a limit on lines (``read_ndjson``).
"""

from __future__ import annotations

from fastapi import HTTPException, Request
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from memory.errors import TooLarge


class BodyTooLarge(HTTPException):
    """Raised from inside ``receive``: FastAPI re-raises an ``HTTPException`` met while reading a body
    (any other exception there becomes a 400 "error parsing the body")."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is over the limit of {limit} bytes")
        self.limit = limit


class BodyLimit:
    """Refuse bodies over ``default`` bytes (``per_path`` overrides it for, say, the NDJSON import)."""

    def __init__(self, app: ASGIApp, *, default: int, per_path: dict[str, int]) -> None:
        self.app = app
        self.default = default
        self.per_path = per_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.per_path.get(scope["path"], self.default)
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            from api.errors import too_large  # api.errors renders problems; imported late to avoid a cycle

            await too_large(scope, limit)(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, counted, send)


async def read_ndjson(request: Request, max_lines: int) -> list[bytes]:
    """The body's lines, refused with ``TooLarge`` (413) at the first line past ``max_lines``."""
    lines: list[bytes] = []
    pending = b""
    async for chunk in request.stream():
        pending += chunk
        *complete, pending = pending.split(b"\n")
        lines.extend(complete)
        if len(lines) > max_lines:
            raise TooLarge(f"the import is over the limit of {max_lines} lines a request", field="body")
    if pending:
        lines.append(pending)
    if len(lines) > max_lines:
        raise TooLarge(f"the import is over the limit of {max_lines} lines a request", field="body")
    return lines
