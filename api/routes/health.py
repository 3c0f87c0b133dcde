"""Liveness for load balancers and the demo: the store is open and the model loaded."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import MemoryDep, SettingsDep

router = APIRouter(tags=["operations"])


@router.get("/healthz", summary="count")
def healthz(memory: MemoryDep, settings: SettingsDep) -> dict[str, Any]:
    return {
        "status": "ok",
        "store": settings.store_kind,
        "model": memory.model_id,
        "counts": memory.count().model_dump(),
    }
