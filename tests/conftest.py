"""Shared fixtures: the real model loaded once, Edge stores in temp dirs, a live HTTP server."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import uvicorn

from embed import Encoder, HashingEncoder, SentenceEncoder
from memory import Memory, Settings

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def minilm() -> Encoder:
    """The real all-MiniLM-L6-v2 from its PyPI package, loaded once per test session."""
    return SentenceEncoder()


@pytest.fixture
def hashing() -> Encoder:
    return HashingEncoder(64)


MemoryFactory = Callable[..., Memory]


@pytest.fixture
def open_memory(tmp_path: Path, minilm: Encoder) -> Iterator[MemoryFactory]:
    """Open memories on Edge under tmp_path (real model by default); all are closed at teardown."""
    opened: list[Memory] = []

    def factory(name: str = "store", encoder: Encoder | None = None, **settings: object) -> Memory:
        memory = Memory.open(Settings(data_dir=tmp_path / name, **settings), encoder=encoder or minilm)
        opened.append(memory)
        return memory

    yield factory
    for memory in opened:
        with contextlib.suppress(Exception):  # a test may have closed it already
            memory.close()


@pytest.fixture
def memory(open_memory: MemoryFactory) -> Memory:
    return open_memory()


def shared_dir() -> Path | None:
    """``../shared/data`` beside the checkout (or $TALENTRECALL_SHARED); None when absent."""
    root = Path(os.environ.get("TALENTRECALL_SHARED", REPO.parent / "shared")) / "data"
    return root if root.is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    root = shared_dir()
    if root is None:
        if os.environ.get("TALENTRECALL_REQUIRE_SHARED") == "1":
            pytest.fail("TALENTRECALL_REQUIRE_SHARED=1 but ../shared/data is missing")
        pytest.skip("../shared/data is absent")
    return root


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LiveServer:
    """A real uvicorn server on loopback, in a thread, serving one app."""

    def __init__(self, app: object) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")  # type: ignore[arg-type]
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
