"""Dependencies handed to routes: the ``Memory`` opened in the app's lifespan and the service's settings."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.settings import ApiSettings
from memory import Memory


def _memory(request: Request) -> Memory:
    memory: Memory = request.app.state.memory
    return memory


def _settings(request: Request) -> ApiSettings:
    settings: ApiSettings = request.app.state.settings
    return settings


MemoryDep = Annotated[Memory, Depends(_memory)]
SettingsDep = Annotated[ApiSettings, Depends(_settings)]
