"""Dependencies handed to routes: the ``Memory`` opened in the app's lifespan."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from memory import Memory, Settings


def _memory(request: Request) -> Memory:
    memory: Memory = request.app.state.memory
    return memory


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


MemoryDep = Annotated[Memory, Depends(_memory)]
SettingsDep = Annotated[Settings, Depends(_settings)]
