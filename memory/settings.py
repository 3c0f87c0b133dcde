"""Runtime configuration: one class, read from ``TALENTRECALL_*`` variables when built.

It is built by the entry points (``create_app()``, the CLI) and handed down, never at import, so tests
and notebooks can make as many differently-configured memories as they like. Only what the memory itself
needs lives here; who may call the web service, and its hook, are ``api.settings.ApiSettings``.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


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

    @field_validator("qdrant_url", "model", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def store_kind(self) -> str:
        return "server" if self.qdrant_url else "edge"
