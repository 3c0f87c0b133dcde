"""The recruiter search page: one static page over the REST API, every asset served locally."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel

from api.auth import AnyReader

STATIC = Path(__file__).resolve().parents[1] / "static"

# The page's own routes stay out of the OpenAPI document: they are not verbs of the memory.
router = APIRouter(include_in_schema=False)


class Whoami(BaseModel):
    role: str
    auth: bool


@router.get("/", summary="page")
def page() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")


@router.get("/favicon.ico", summary="favicon")
def favicon() -> FileResponse:
    # Browsers ask for /favicon.ico whatever the page links; every current one renders an SVG icon.
    return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")


@router.get("/v1/whoami", response_model=Whoami, summary="whoami")
def whoami(request: Request, caller: AnyReader) -> Whoami:
    """The caller's role, so the page shows what that role may act on (contacts are for outreach)."""
    return Whoami(role=caller.role.value, auth=bool(request.app.state.settings.auth))
