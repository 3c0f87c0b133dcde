"""Liveness for load balancers and the demo: the store is open and the model loaded."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from fastapi import APIRouter, Request

from api.deps import MemoryDep, SettingsDep

router = APIRouter(tags=["operations"])

# Liveness must answer while the server is saturated: ``async`` so it never queues for the thread pool that
# sync routes (a match, a capture) fill under load, and the store count on a thread of its own, waited for
# briefly. Past that, the last counts are served, marked stale: a busy store is alive, not down.
_COUNTS = ThreadPoolExecutor(max_workers=1, thread_name_prefix="healthz")
COUNT_WAIT_S = 0.05


@router.get("/healthz", summary="count")
async def healthz(request: Request, memory: MemoryDep, settings: SettingsDep) -> dict[str, Any]:
    last: dict[str, int] | None = getattr(request.app.state, "last_counts", None)
    pending = asyncio.get_running_loop().run_in_executor(_COUNTS, memory.count)
    try:
        counts = (await asyncio.wait_for(asyncio.shield(pending), COUNT_WAIT_S if last else None)).model_dump()
        request.app.state.last_counts, stale = counts, False
    except TimeoutError:
        counts, stale = last or {}, True
    return {"status": "ok", "store": settings.store_kind, "model": memory.model_id, "counts": counts, "stale": stale}
