"""The FastAPI application: thin routes over one ``Memory`` opened for the app's lifetime."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api import errors
from api.routes import audit, candidates, health, imports, match
from memory import Memory, Settings


def create_app(settings: Settings | None = None, *, memory: Memory | None = None) -> FastAPI:
    """Build the app. Settings are read here, at startup, never at import.

    Passing an already-open ``memory`` lets tests share one loaded model across apps; the app then
    leaves closing it to the caller.
    """
    settings = settings or (memory.settings if memory else Settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = memory is None
        app.state.memory = memory or Memory.open(settings)
        app.state.settings = settings
        try:
            yield
        finally:
            if owned:
                app.state.memory.close()

    app = FastAPI(
        title="talentrecall",
        version="0.1.0",
        summary="Institutional memory for recruiting: who have we already met that fits?",
        lifespan=lifespan,
    )
    errors.install(app)
    for module in (candidates, match, imports, audit, health):
        app.include_router(module.router)
    return app
