"""Dependencies handed to routes: the ``Memory`` opened in the app's lifespan and the service's settings."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.settings import ApiSettings
from memory import Memory


# ``async`` although they never await: FastAPI runs a sync dependency on the thread pool, which sync routes
# (a match, a capture) fill under load, so /healthz waited behind them (p95 1.6 s with 50 clients).
async def _memory(request: Request) -> Memory:
    memory: Memory = request.app.state.memory
    return memory


async def _settings(request: Request) -> ApiSettings:
    settings: ApiSettings = request.app.state.settings
    return settings


MemoryDep = Annotated[Memory, Depends(_memory)]
SettingsDep = Annotated[ApiSettings, Depends(_settings)]
