"""Opening a store: the adapter the settings name, and the manifest that ties a store to its model.

A store remembers the model (and its dimension) that built it and the salt its pseudonyms use; opening it
with another model would mix incomparable vectors, so it is refused with a message that says how to proceed.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from embed import Encoder
from memory.errors import BackendUnavailable
from memory.settings import Settings
from memory.store import Collection, StoredPoint, VectorStore, point_id

_MANIFEST_KEY = "manifest"


def open_store(settings: Settings) -> VectorStore:
    """The adapter the settings name; each adapter module alone imports its Qdrant package."""
    if settings.qdrant_url:
        from memory.store_server import ServerStore

        key = settings.qdrant_api_key.get_secret_value() if settings.qdrant_api_key else None
        return ServerStore.connect(settings.qdrant_url, key, settings.collection_prefix, settings.index_tuning)
    from memory.store_edge import EdgeStore

    return EdgeStore(settings.data_dir, settings.index_tuning)


def check_manifest(store: VectorStore, encoder: Encoder, settings: Settings) -> str:
    """Refuse a store built with another model; returns the store's pseudonymisation salt."""
    where = settings.qdrant_url or str(settings.data_dir)
    key = point_id(Collection.meta, _MANIFEST_KEY)
    found = store.retrieve(Collection.meta, [key])
    if found:
        model, dim = found[0].payload.get("model_id"), found[0].payload.get("dim")
        if (model, dim) != (encoder.model_id, encoder.dim):
            raise BackendUnavailable(
                f"the store in {where} was built with {model} ({dim}-d) but the configured model is "
                f"{encoder.model_id} ({encoder.dim}-d); use a new data directory or the original model"
            )
        if "salt" in found[0].payload:
            return str(found[0].payload["salt"])
    salt = secrets.token_hex(16)
    manifest = {
        "model_id": encoder.model_id,
        "dim": encoder.dim,
        "schema": 1,
        "created_at": datetime.now(UTC).isoformat(),
        "salt": salt,
    }
    store.upsert(Collection.meta, [StoredPoint(key, manifest)])
    return salt
