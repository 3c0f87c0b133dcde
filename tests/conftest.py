"""Shared fixtures: two stacks, Edge stores in temp dirs, the app in-process or on a real server.

Every test that uses ``memory``, ``open_memory`` or ``serve`` runs on two stacks:

- ``fast``: the deterministic ``HashingEncoder``, the server adapter on qdrant-client's local mode (in
  memory: no files, ~40x cheaper per test than an Edge store, and the ``ServerStore`` path exercised by
  every ``Memory`` test) and, for HTTP, FastAPI's ``TestClient`` (the app and its lifespan in-process).
  This is ``make test-fast`` (``-m "not slow"``). A test marked ``edge`` gets Edge stores here too.
  With ``TALENTRECALL_QDRANT_URL`` set (``make test-qdrant QDRANT_URL=...``) the same tests run against that
  Qdrant server, each in collections of its own.
- ``real`` (marked ``slow``): the packaged all-MiniLM-L6-v2, loaded once per session, Qdrant Edge on disk
  and a real uvicorn on loopback. ``make test`` runs both, so every behaviour is seen once on the real
  components. Edge's own promises (files, purge, lock, crash) have their own tests (test_store_*,
  test_erasure_*).

Tests whose assertions depend on meaning ("the ICU nurse ranks first") use ``real_memory`` and are
marked ``slow``; any test that asks for the real model is marked ``slow`` here, whatever it says.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from filelock import FileLock

from api.settings import ApiSettings
from embed import Encoder, HashingEncoder, SentenceEncoder
from eval import devset
from memory import Memory, Settings

# qdrant-client, FastAPI, httpx and uvicorn are imported on use: 2-3 s of imports at the start of every
# test process, xdist's controller included, which runs no test.
if TYPE_CHECKING:
    import httpx
    from fastapi import FastAPI
    from fastapi.testclient import TestClient
    from qdrant_client import QdrantClient

    from memory.store_server import ServerStore

# numba serves only the reference libraries the slow cross-checks compare against (ranx's metrics, shap's
# explainers). JIT-compiling them took ~80 s (ranx) and ~9 s (shap) of CPU in a fresh venv, the slowest items of
# `make test`; interpreted, the same algorithms score these small cases in seconds. numba reads the variable once,
# at its first import, which comes later than this (both libraries are imported inside their tests).
os.environ.setdefault("NUMBA_DISABLE_JIT", "1")

REPO = Path(__file__).resolve().parents[1]
REAL_MODEL_FIXTURES = {"minilm", "real_memory", "open_real_memory"}
STACK_MEMORY_FIXTURES = {"memory", "open_memory", "open_module_memory"}


def pytest_configure(config: pytest.Config) -> None:
    """Each test process imports spaCy once, up front, without letting thinc import torch.

    thinc (spaCy's ML layer) imports torch at import time only to offer it as a backend; the redaction
    pipeline runs on numpy. That import is ~3 s of CPU in every worker of the fast suite, which never
    encodes with torch. Done here, before any test starts a thread, so no other import can see the
    placeholder; a process that loads the real model imports torch afterwards as usual. The service is
    left as it is: it loads torch for the model anyway. Not in xdist's controller, which runs no test.
    Redaction results are the same either way: en_core_web_sm's tok2vec and NER run on thinc's numpy ops
    whether or not torch is importable (thinc uses torch only for models that wrap torch layers).
    """
    import sys

    if getattr(config.option, "numprocesses", None) and "PYTEST_XDIST_WORKER" not in os.environ:
        return
    if "torch" in sys.modules or "spacy" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError meanwhile
    try:
        import spacy  # noqa: F401
    finally:
        del sys.modules["torch"]


_ALL_SLOW = re.compile(r"^pytestmark = \[?pytest\.mark\.slow\b", re.MULTILINE)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """``make test-fast`` does not import the modules it would deselect whole.

    Every xdist worker imports every collected module, so a module marked ``slow`` as a whole (playwright,
    nbclient, Edge crash harnesses) cost each worker its imports for no test; read from the source, since
    importing it is the cost. Any other mark expression collects everything, as pytest would.
    """
    if config.getoption("markexpr", "") != "not slow" or collection_path.suffix != ".py":
        return None
    if collection_path.name.startswith("test_") and _ALL_SLOW.search(collection_path.read_text(encoding="utf-8")):
        return True
    return None


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if REAL_MODEL_FIXTURES & fixtures and not item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.slow)
        # The fast stack's memories live on the server adapter (see _local), so `-m qdrant` selects every
        # Memory test that runs there: `make test-qdrant` points them at a real server.
        callspec = getattr(item, "callspec", None)
        on_fast_stack = callspec is not None and callspec.params.get("stack") == "fast"
        if STACK_MEMORY_FIXTURES & fixtures and on_fast_stack and not item.get_closest_marker("edge"):
            item.add_marker(pytest.mark.qdrant)


@pytest.fixture(scope="session")
def minilm() -> Encoder:
    """The real all-MiniLM-L6-v2 from its PyPI package, loaded once per test session."""
    encoder = SentenceEncoder()
    # One torch thread per xdist worker when the workers fill the cores: two workers encoding at once
    # with two threads each took 15.4 s for what one thread each did in 11.2 s (256 texts, MiniLM, this
    # 2-core machine; a lone process is 24% slower on one thread, so the split pays while both work).
    # Only this process: setting OMP_NUM_THREADS for the whole run slowed make test-fast (95 s vs 73 s).
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    if workers > 1:
        import torch

        torch.set_num_threads(max(1, (os.cpu_count() or 1) // workers))
    return encoder


@pytest.fixture
def hashing() -> Encoder:
    return HashingEncoder(64)


# Module-scoped so that a module may share one store or server per stack (see test_roles.py).
@pytest.fixture(scope="module", params=["fast", pytest.param("real", marks=pytest.mark.slow)])
def stack(request: pytest.FixtureRequest) -> str:
    """``fast`` (hashing encoder, in-process app) or ``real`` (MiniLM, uvicorn): see the module docstring."""
    name: str = request.param
    return name


@pytest.fixture(scope="module")
def encoder(stack: str, request: pytest.FixtureRequest) -> Encoder:
    if stack == "real":
        real: Encoder = request.getfixturevalue("minilm")
        return real
    return HashingEncoder(64)


MemoryFactory = Callable[..., Memory]


def _kept_store(client: QdrantClient, prefix: str) -> ServerStore:
    """A local-mode store whose close keeps its data, so that a test can restart the memory over it."""
    from memory.store_server import ServerStore

    class KeptStore(ServerStore):
        def close(self) -> None:
            pass

    return KeptStore(client, prefix)


@contextlib.contextmanager
def _opener(root: Path, default: Encoder, *, local: bool) -> Iterator[MemoryFactory]:
    """Open memories by name: on Edge under ``root``, or (``local``) on qdrant-client's local mode.

    A name opened again after a close finds what it held, on either store, as a restarted service would.
    """
    opened: list[Memory] = []
    clients: dict[str, QdrantClient] = {}
    prefixes: dict[str, str] = {}

    def factory(name: str = "store", encoder: Encoder | None = None, **settings: object) -> Memory:
        # ApiSettings: the memory's settings plus the service's (auth, keys, hook), for tests that serve it.
        config = ApiSettings(data_dir=root / name, **settings)
        store = None
        if local:
            client = clients.setdefault(name, _server_client())
            # A test's own collections, so that runs against one real server never see each other's points.
            prefixes.setdefault(name, f"t{uuid.uuid4().hex[:12]}")
            store = _kept_store(client, prefixes[name])
        memory = Memory.open(config, encoder=encoder or default, store=store)
        opened.append(memory)
        return memory

    yield factory
    for memory in opened:
        with contextlib.suppress(Exception):  # a test may have closed it already
            memory.close()
    for name, client in clients.items():
        for collection in client.get_collections().collections:
            if collection.name.startswith(prefixes[name] + "_"):
                client.delete_collection(collection.name)
        client.close()


@pytest.fixture
def memory_opener() -> Callable[..., contextlib.AbstractContextManager[MemoryFactory]]:
    """The opener behind ``open_memory``, for a module that picks its store per test (test_write_path).

    A fixture rather than an import of this module's private name: imported by name, conftest would load a
    second time as a plain module with state of its own.
    """
    return _opener


@contextlib.contextmanager
def fast_memory(data_dir: Path, **settings: object) -> Iterator[Memory]:
    """A memory on the fast stack for a module's own fixture: the hashing encoder on a local-mode store.

    For API modules that build one memory outside the ``stack`` parametrisation: an Edge store is ~800
    files and most of such a module's setup, and these tests are about the service, not the store's files.
    """
    with _opener(data_dir.parent, HashingEncoder(64), local=True) as factory:
        yield factory(data_dir.name, **settings)


def _server_client() -> QdrantClient:
    """A Qdrant server when TALENTRECALL_QDRANT_URL names one (``make test-qdrant``), else the local mode."""
    from qdrant_client import QdrantClient

    from memory.store_server import LOCAL

    url = os.environ.get("TALENTRECALL_QDRANT_URL")
    if url:
        return QdrantClient(url=url, api_key=os.environ.get("TALENTRECALL_QDRANT_API_KEY"))
    return QdrantClient(location=LOCAL)


def _local(stack: str, request: pytest.FixtureRequest) -> bool:
    """The fast stack stores in qdrant-client's local mode, unless the test is about Edge's files."""
    return stack == "fast" and request.node.get_closest_marker("edge") is None


@pytest.fixture
def open_memory(
    tmp_path: Path, encoder: Encoder, stack: str, request: pytest.FixtureRequest
) -> Iterator[MemoryFactory]:
    """Open memories with the stack's encoder and store (see the module docstring); closed at teardown."""
    with _opener(tmp_path, encoder, local=_local(stack, request)) as factory:
        yield factory


@pytest.fixture
def memory(open_memory: MemoryFactory) -> Memory:
    return open_memory()


@pytest.fixture(scope="module")
def open_module_memory(
    tmp_path_factory: pytest.TempPathFactory, encoder: Encoder, stack: str, request: pytest.FixtureRequest
) -> Iterator[MemoryFactory]:
    """``open_memory`` for a store that the tests of one module share (state carries over between them)."""
    with _opener(tmp_path_factory.mktemp("module"), encoder, local=_local(stack, request)) as factory:
        yield factory


@pytest.fixture
def open_real_memory(tmp_path: Path, minilm: Encoder) -> Iterator[MemoryFactory]:
    """Like ``open_memory``, always on the real model and Edge (for assertions about meaning; marks it slow)."""
    with _opener(tmp_path, minilm, local=False) as factory:
        yield factory


@pytest.fixture
def real_memory(open_real_memory: MemoryFactory) -> Memory:
    return open_real_memory("real")


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
        pytest.skip(
            "../shared/data is absent: put the shared data sets beside the checkout (each "
            "../shared/data/<set>/SOURCE.md says where it comes from and under which licence) or set "
            "TALENTRECALL_SHARED=/path/to/shared; TALENTRECALL_REQUIRE_SHARED=1 makes this a failure"
        )
    return root


@pytest.fixture(scope="session")
def dev_store(shared: Path, minilm: Encoder, tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The dev-set resumes loaded once per test run into an Edge store on the real model.

    Loading them costs minutes (redaction and encoding of 166 long resumes), and several tests need them
    (the ranking gate, the evaluation notebook): one xdist worker builds, under a file lock in the run's
    temp root, and the others wait for it. Tests open a copy (``copy_dev_store``): a memory holds its
    store's lock and writes its decision log. Loading the same lines again into a copy is a no-op,
    since writes are idempotent by external id.
    """
    # pytest-N/ is this run's own (popen-gwK/ below it per worker); without xdist, basetemp is pytest-N.
    root = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent
    built, done = root / "dev-store", root / "dev-store.done"
    with FileLock(str(root / "dev-store.lock")):
        if not done.exists():
            shutil.rmtree(built, ignore_errors=True)
            with Memory.open(Settings(data_dir=built), encoder=minilm) as memory:
                report = memory.import_ndjson(dev_lines(devset.load(shared)))
            assert report.rejected == [], report.rejected[:3]
            done.touch()
    return built


def dev_lines(dev: devset.DevSet) -> list[str]:
    """The dev resumes as NDJSON import lines, as ``eval.run.collect`` and the notebook load them."""
    return [json.dumps({"type": "candidate", **r.model_dump(mode="json")}) for r in dev.resumes]


def copy_dev_store(dev_store: Path, into: Path) -> Path:
    shutil.copytree(dev_store, into)
    return into


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LiveServer:
    """A real uvicorn server on loopback, in a thread, serving one app."""

    def __init__(self, app: object) -> None:
        import uvicorn

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


ServeFactory = Callable[["FastAPI"], "contextlib.AbstractContextManager[httpx.Client]"]


@contextlib.contextmanager
def _serve(app: FastAPI, *, real: bool) -> Iterator[httpx.Client]:
    import httpx
    from fastapi.testclient import TestClient

    if real:
        with LiveServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as client:
            yield client
    else:
        # The context manager runs the app's lifespan, as uvicorn would.
        with TestClient(app) as client:
            yield client


@pytest.fixture(scope="module")
def serve(stack: str) -> ServeFactory:
    """``with serve(app) as client``: the app in-process (``fast``) or on a real uvicorn (``real``)."""

    def factory(app: FastAPI) -> contextlib.AbstractContextManager[httpx.Client]:
        return _serve(app, real=stack == "real")

    return factory


@contextlib.contextmanager
def apps_over(memory: Memory, **defaults: object) -> Iterator[Callable[..., TestClient]]:
    """``app(**settings)``: the service over an already open memory, in-process, with these settings.

    For modules that load one memory and try the service under several settings (secrets, roles); each
    client runs the app's lifespan, as uvicorn would, and is closed on exit.
    """
    from fastapi.testclient import TestClient

    from api.app import create_app

    clients: list[TestClient] = []

    def factory(**overrides: object) -> TestClient:
        fields: dict[str, object] = {"auth": False, **defaults, **overrides}
        client = TestClient(create_app(ApiSettings(data_dir=memory.settings.data_dir, **fields), memory=memory))
        clients.append(client.__enter__())
        return client

    try:
        yield factory
    finally:
        for client in clients:
            client.__exit__(None, None, None)
