"""The web service's settings: the memory's, plus who may call the service and the requisition hook.

``ApiSettings`` extends ``memory.Settings`` rather than holding it, so there is one ``TALENTRECALL_*``
namespace (no nested ``TALENTRECALL_MEMORY__…`` names) and one object, built once at startup by
``create_app()`` or the CLI, that is both what ``Memory.open`` takes and what the routes read.

>>> settings = ApiSettings(auth=False, hook_secret="s3cret")
>>> settings.auth, settings.store_kind, settings.hook_tolerance_s
(False, 'edge', 300)
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from memory import Settings


class ApiSettings(Settings):
    """Authentication and the requisition-opened hook, on top of where the memory lives."""

    model_config = SettingsConfigDict(env_prefix="TALENTRECALL_", extra="forbid")

    auth: bool = Field(default=True, description="off admits every request as admin: the local demo only.")
    # A first match after start loaded the models, the redactor's tables and the match's shards on its own clock
    # (13 s on the 10k pool at load ~10): the server loads them on a thread at start instead (warm_up).
    warm_at_start: bool = Field(
        default=True, description="Load the models and a match's tables and shards on a thread at start."
    )
    api_keys: str = Field(default="", description="role:sha256-of-key pairs, comma separated.")
    hook_secret: SecretStr | None = Field(default=None, description="HMAC secret of the requisition-opened hook.")
    # Five minutes: wide enough for an ATS's clock skew and retries, short enough to bound a replay.
    hook_tolerance_s: int = Field(default=300, ge=1, description="Replay window of hook signatures, in seconds.")
    hook_callback_url: str | None = Field(default=None, description="Also POST each hook shortlist here.")
    # Limits of one request, answered 413 problem+json. 4 MiB holds a 100,000-character text (the default
    # ``max_text_chars``) even \u-escaped; the import has its own limits, of bytes and of lines.
    max_body_bytes: int = Field(default=4 << 20, ge=1024, description="Largest JSON body, in bytes (413 above).")
    max_import_bytes: int = Field(default=64 << 20, ge=1024, description="Largest NDJSON import body, in bytes.")
    max_import_lines: int = Field(default=50_000, ge=1, description="Most NDJSON lines in one import request.")
    max_rejected_listed: int = Field(
        default=100, ge=0, description="Rejected lines listed in an import report (all are counted)."
    )
    # HOOK (issue 17): Greenhouse's web hook secret key, the callback retry schedule, the hooks' body limit.
    greenhouse_secret: SecretStr | None = Field(default=None, description="Secret key of the Greenhouse web hook.")
    # Standard Webhooks' example schedule (5 s … 24 h, about three days in all); each delay gets ±20% jitter.
    hook_callback_delays_s: list[Annotated[float, Field(ge=0, le=604_800)]] = Field(
        default=[5, 300, 1_800, 7_200, 18_000, 36_000, 50_400, 72_000, 86_400],
        max_length=20,
        description="Seconds before each retry of a callback that was not answered 2xx.",
    )
    hook_max_body_bytes: int = Field(default=1_048_576, ge=1_024, le=67_108_864, description="Largest hook body.")

    @classmethod
    def from_memory_settings(cls, settings: Settings) -> ApiSettings:
        """``settings`` as they are, with the service's own fields read from the environment.

        For an app handed an already-open memory: the memory keeps its configuration (keywords win over
        the environment), and the service's fields come from ``TALENTRECALL_*`` or their defaults.
        """
        if isinstance(settings, ApiSettings):
            return settings
        return cls(**{name: getattr(settings, name) for name in Settings.model_fields})
