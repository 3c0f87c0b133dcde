"""The recruiter search page: one static page over the REST API, every asset served locally."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

STATIC = Path(__file__).resolve().parents[1] / "static"

router = APIRouter(include_in_schema=False)


@router.get("/", summary="page")
def page() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")
