"""The FastAPI application: thin routes over one ``Memory`` opened for the app's lifetime."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles

from api import contract, errors, observability, shutdown
from api.auth import KeyRing
from api.limits import BodyLimit
from api.routes import audit, candidates, health, hooks, imports, lifecycle, match, outcomes, page
from api.settings import ApiSettings
from memory import Memory
from memory.memory import warm_up


def create_app(settings: ApiSettings | None = None, *, memory: Memory | None = None) -> FastAPI:
    """Build the app. Settings are read here, at startup, never at import.

    Passing an already-open ``memory`` lets tests share one loaded model across apps; the app then
    leaves closing it to the caller. Without ``settings``, such an app keeps the memory's own settings
    (an ``ApiSettings`` is used whole) and reads the service's fields from the environment.
    """
    if settings is None:
        settings = ApiSettings.from_memory_settings(memory.settings) if memory else ApiSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = memory is None
        app.state.memory = memory or Memory.open(settings)
        # Only a memory the app opened itself: one handed in (tests, the bench) is warmed by its owner, if at all.
        warming = _warm(app.state.memory) if owned and settings.warm_at_start else None
        app.state.settings = settings
        app.state.keys = KeyRing(settings)  # re-reads the keys file when it changes
        shutdown.watch()  # after uvicorn installed its signal handlers: a long purge stops on SIGTERM
        if not settings.auth:
            print(
                "talentrecall: INSECURE: TALENTRECALL_AUTH=off admits every request as admin; for the local demo only",
                file=sys.stderr,
                flush=True,
            )
        try:
            yield
        finally:
            if warming is not None:
                warming.join()  # the store is not closed under the warm-up's reads
            if owned:
                app.state.memory.close()

    app = FastAPI(
        title="talentrecall",
        version="0.1.0",
        summary="Institutional memory for recruiting: who have we already met that fits?",
        lifespan=lifespan,
    )
    errors.install(app)
    # Inside Observe (added after it, so outermost), so that a 413 is counted and logged like any answer.
    app.add_middleware(BodyLimit, default=settings.max_body_bytes, per_path={imports.PATH: settings.max_import_bytes})
    app.state.metrics = observability.install(app)
    for module in (page, candidates, lifecycle, match, outcomes, hooks, imports, audit, health):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=page.STATIC), name="static")
    contract.documented(app, all_routes(app))
    return app


def _warm(memory: Memory) -> threading.Thread:
    """``warm_up`` on a thread: the server answers from the start (a match that comes first loads what it
    needs itself, under the same locks); a warm-up that fails is logged and costs only the first match's time."""

    def run() -> None:
        try:
            warm_up(memory)
        except Exception:  # a warm-up never stops the server; the first match will say what fails
            logging.getLogger("talentrecall").warning("warm-up at start failed", exc_info=True)

    thread = threading.Thread(target=run, name="warm-up", daemon=True)
    thread.start()
    return thread


def all_routes(app: FastAPI) -> list[APIRoute]:
    """Every API route of the app, descending into included routers (kept nested by newer FastAPI)."""
    found: list[APIRoute] = []

    def walk(routes: list[Any], prefix: str) -> None:
        for route in routes:
            if isinstance(route, APIRoute):
                found.append(route)
            elif hasattr(route, "original_router"):
                context = getattr(route, "include_context", None)
                walk(route.original_router.routes, prefix + getattr(context, "prefix", ""))

    walk(list(app.router.routes), "")
    return found
