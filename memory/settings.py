"""Runtime configuration: one class, read from ``TALENTRECALL_*`` variables when built.

It is built by the entry points (``create_app()``, the CLI) and handed down, never at import, so tests
and notebooks can make as many differently-configured memories as they like. Only what the memory itself
needs lives here; who may call the web service, and its hook, are ``api.settings.ApiSettings``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from memory.store import DEFAULT_SEARCH_THREADS, IndexTuning, search_threads

_TUNED = IndexTuning()  # the measured defaults (memory/store.py, BENCHMARKS.md "Index settings")


class Settings(BaseSettings):
    """Where the memory lives and which encoder fills it.

    >>> Settings(data_dir=Path("/tmp/tr")).store_kind
    'edge'
    """

    # ``forbid`` rejects a misspelt or misplaced keyword (``Settings(auth=False)``: that one is the service's,
    # in ``api.settings``) instead of dropping it silently; unknown TALENTRECALL_* variables are still ignored.
    model_config = SettingsConfigDict(env_prefix="TALENTRECALL_", extra="forbid")

    data_dir: Path = Field(default=Path("data"), description="Directory of the embedded Qdrant Edge store.")
    qdrant_url: str | None = Field(default=None, description="A Qdrant server URL; set it to leave Edge.")
    qdrant_api_key: SecretStr | None = None
    collection_prefix: str = Field(default="talentrecall", pattern=r"^[A-Za-z0-9_-]{1,40}$")
    model: str | None = Field(
        default=None,
        description="A sentence-transformers model directory; empty means the packaged all-MiniLM-L6-v2.",
    )
    max_text_chars: int = Field(default=100_000, gt=0)
    chunk_words: int = Field(default=150, ge=20, le=400)
    retire_after_unanswered: int = Field(
        default=3, ge=1, description="Consecutive unanswered outbound touches that retire a contact."
    )
    fair_rerank: bool = Field(
        default=False,
        description="Allow representation-aware re-ranking proposals (off: Title VII § 703(l); see memory/rerank.py).",
    )
    decision_retention_days: int = Field(
        default=365, ge=183, description="How long the decision log keeps entries (at least six months)."
    )
    # For evaluation only (eval.run measures the plain cosine as a baseline on a memory of its own): the
    # shipped weights and fit levels are calibrated on centred queries, so a service never turns it off.
    centre_queries: bool = Field(
        default=True,
        description="Evaluation only: off matches with the raw query vector (no typical requisition taken out).",
    )

    # The dense index (see memory.store.IndexTuning): m, ef_construct, quantisation and on-disk vectors
    # shape a collection when it is created; ef and the int8 rescoring apply to every search.
    hnsw_m: int = Field(default=_TUNED.m, ge=4, le=128, description="HNSW links per point (new collections).")
    hnsw_ef_construct: int = Field(
        default=_TUNED.ef_construct, ge=8, le=2048, description="HNSW build beam width (new collections)."
    )
    hnsw_ef: int = Field(
        default=_TUNED.ef, ge=8, le=4096, description="HNSW search beam width: recall against latency."
    )
    quantization: Literal["none", "int8"] = Field(
        default="int8" if _TUNED.int8 else "none",
        description="int8: scalar-quantised vectors in RAM, top hits rescored on the float vectors (new collections).",
    )
    vectors_on_disk: bool = Field(
        default=_TUNED.on_disk, description="Read float vectors from disk (memory-mapped), not RAM (new collections)."
    )

    segment_kb: int = Field(
        default=_TUNED.segment_kb,
        ge=1_000,
        description="Embedded store: largest segment in KB of vectors (a purge rewrites one; a search visits all).",
    )
    payload_cache: int = Field(
        default=_TUNED.payload_cache,
        ge=0,
        description="Embedded store: points per collection whose match fields are kept in memory (0: off).",
    )
    payload_table: int = Field(
        default=_TUNED.payload_table,
        ge=0,
        description="Embedded store: points per collection whose match fields are also kept compact (0: off).",
    )
    payload_preload: bool = Field(
        default=_TUNED.payload_preload,
        description="Embedded store: fill the compact table with every chunk and profile at open (background).",
    )
    search_threads: str = Field(
        default=DEFAULT_SEARCH_THREADS,
        description="Embedded store: threads of each shard's search pool, a positive integer or 'auto' (Edge's own).",
    )

    @field_validator("search_threads")
    @classmethod
    def _threads(cls, value: str) -> str:
        search_threads(value)  # a clear error at startup, not at the store's first open
        return value

    @field_validator("qdrant_url", "model", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def store_kind(self) -> str:
        return "server" if self.qdrant_url else "edge"

    @property
    def index_tuning(self) -> IndexTuning:
        return IndexTuning(
            m=self.hnsw_m,
            ef_construct=self.hnsw_ef_construct,
            ef=self.hnsw_ef,
            int8=self.quantization == "int8",
            on_disk=self.vectors_on_disk,
            segment_kb=self.segment_kb,
            payload_cache=self.payload_cache,
            payload_table=self.payload_table,
            payload_preload=self.payload_preload,
            search_threads=search_threads(self.search_threads),
        )
