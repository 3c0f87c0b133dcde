"""The web service's settings: the memory's, plus who may call the service and the requisition hook.

``ApiSettings`` extends ``memory.Settings`` rather than holding it, so there is one ``TALENTRECALL_*``
namespace (no nested ``TALENTRECALL_MEMORY__…`` names) and one object, built once at startup by
``create_app()`` or the CLI, that is both what ``Memory.open`` takes and what the routes read.

>>> settings = ApiSettings(auth=False, hook_secret="s3cret")
>>> settings.auth, settings.store_kind, settings.hook_tolerance_s
(False, 'edge', 300)
"""

from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from memory import Settings


class ApiSettings(Settings):
    """Authentication and the requisition-opened hook, on top of where the memory lives."""

    model_config = SettingsConfigDict(env_prefix="TALENTRECALL_", extra="forbid")

    auth: bool = Field(default=True, description="off admits every request as admin: the local demo only.")
    api_keys: str = Field(default="", description="role:sha256-of-key pairs, comma separated.")
    hook_secret: SecretStr | None = Field(default=None, description="HMAC secret of the requisition-opened hook.")
    # Five minutes: wide enough for an ATS's clock skew and retries, short enough to bound a replay.
    hook_tolerance_s: int = Field(default=300, ge=1, description="Replay window of hook signatures, in seconds.")
    hook_callback_url: str | None = Field(default=None, description="Also POST each hook shortlist here.")

    @classmethod
    def from_memory_settings(cls, settings: Settings) -> ApiSettings:
        """``settings`` as they are, with the service's own fields read from the environment.

        For an app handed an already-open memory: the memory keeps its configuration (keywords win over
        the environment), and the service's fields come from ``TALENTRECALL_*`` or their defaults.
        """
        if isinstance(settings, ApiSettings):
            return settings
        return cls(**{name: getattr(settings, name) for name in Settings.model_fields})
