"""The payload fields a match reads, kept per point in the process that owns an embedded store.

A match scores every note chunk of its net (a few hundred people, ~500-1,500 chunks on the bench pools)
and reads each chunk's owner, text, skills, stage and date. Qdrant Edge 0.9 builds a Python object for
every field of every hit inside the search call; measured on the 10k real-text pool (one exact search of
535 chunks, process CPU): 1.2 ms with no payload, 2.8 ms with the ids, 16.4 ms with the 9 fields a match
reads, and the same again in a fresh in-RAM payload storage (the cost is the binding's, not the disk's).
That copy was ~25% of a warm match. So searches of the collections named in ``CACHED_FIELDS`` ask the
engine for ids and scores only, and the fields come from here: read once per point (one ``retrieve`` of
the points not held), then served from memory until the point is written again.

Why this cannot serve a stale payload:

- the embedded store belongs to one process (``store_edge``: a file lock), so every write to it passes
  through the ``EdgeStore`` that holds this cache, which drops the points it writes (``drop``) or, for a
  write by condition, the whole collection's entries (``clear``), before and after the write;
- a read that overlapped a write keeps nothing it read (``read`` stores only if no write to the collection
  happened while it loaded), so an old payload read just before a write is never kept after it.

Privacy: an erasure deletes the person's points, which drops them here, and everything is dropped at
``close``. A server deployment has no such cache (other processes write to the server).
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping, Sequence

from memory.store import Collection, IndexTuning, Payload

# What a match reads of each collection's hits (``memory.retrieval``, ``memory.passages``); a search that
# asks for a subset of these is served from the cache, any other search goes to the engine as before.
CHUNK_FIELDS = (
    "candidate_id",
    "note_id",
    "chunk_index",
    "text",
    "skills",
    "author",
    "stage",
    "written_at",
    "passage_vectors",
)
PROFILE_FIELDS = ("candidate_id", "record", "skills", "profile_text")
PASSAGE_FIELDS = ("chunk", "passage")
CACHED_FIELDS: Mapping[Collection, tuple[str, ...]] = {
    Collection.chunks: CHUNK_FIELDS,
    Collection.candidates: PROFILE_FIELDS,
    Collection.passages: PASSAGE_FIELDS,
}
# Points kept per collection (least recently read dropped first). A match reads ~500-1,500 chunks and
# ~100-300 profiles; a chunk's fields are ~1-2 KB in Python, so 50,000 chunks are ~100 MB
# (``TALENTRECALL_PAYLOAD_CACHE``; 0 turns the cache off).
DEFAULT_POINTS = IndexTuning().payload_cache

# Points are keyed by the engine's own id objects (``uuid.UUID`` from Edge): turning each hit's id into a
# string cost more than the lookup (~3% of a warm match); writes name points by string and are converted.
Key = Hashable
Loader = Callable[[Collection, list[Key], tuple[str, ...]], dict[Key, Payload]]


class PayloadCache:
    """Payload fields per (collection, point id), bounded, invalidated by the store's own writes.

    >>> cache = PayloadCache(points=2)
    >>> load = lambda c, ids, fields: {i: {"candidate_id": i.upper()} for i in ids}
    >>> cache.read(Collection.chunks, ["a", "b"], load)
    {'a': {'candidate_id': 'A'}, 'b': {'candidate_id': 'B'}}
    >>> cache.drop(Collection.chunks, ["a"]); cache.held(Collection.chunks)
    1
    """

    def __init__(self, points: int = DEFAULT_POINTS, fields: Mapping[Collection, tuple[str, ...]] = CACHED_FIELDS):
        self._points = points
        self._fields = fields
        self._held: dict[Collection, OrderedDict[Key, Payload]] = {c: OrderedDict() for c in fields}
        # Moves at every write to the collection: a load that saw it move keeps nothing.
        self._writes: dict[Collection, int] = dict.fromkeys(fields, 0)
        self._lock = threading.Lock()

    def serves(self, collection: Collection, fields: Sequence[str] | None) -> bool:
        """Whether a search of ``collection`` returning ``fields`` is answered from here."""
        cached = self._fields.get(collection)
        return bool(self._points) and cached is not None and fields is not None and set(fields) <= set(cached)

    def whole(self, collection: Collection, fields: Sequence[str]) -> bool:
        """Whether ``fields`` are every field kept for ``collection``: the kept dict is then the answer."""
        return set(fields) >= set(self._fields.get(collection, ()))

    def read(self, collection: Collection, ids: Sequence[Key], load: Loader) -> dict[Key, Payload]:
        """The cached fields of each point of ``ids`` that exists; ``load`` reads the ones not held.

        The dicts returned are the cache's own: callers read them, never change them.
        """
        held = self._held[collection]
        found: dict[Key, Payload] = {}
        with self._lock:
            writes = self._writes[collection]
            for point in ids:
                payload = held.get(point)
                if payload is not None:
                    held.move_to_end(point)
                    found[point] = payload
        missing = [point for point in dict.fromkeys(ids) if point not in found]
        if not missing:
            return found
        loaded = load(collection, missing, self._fields[collection])  # outside the lock: a store call
        with self._lock:
            if self._writes[collection] == writes:  # no write overlapped the load: what it read is current
                held.update(loaded)
                while len(held) > self._points:
                    held.popitem(last=False)
        found.update(loaded)
        return found

    def drop(self, collection: Collection, ids: Sequence[str]) -> None:
        """Points about to be (or just) written or deleted, named as the store's writes name them."""
        if collection not in self._held:
            return
        keys = [_key(point) for point in ids]
        with self._lock:
            self._writes[collection] += 1
            held = self._held[collection]
            for key in keys:
                held.pop(key, None)

    def clear(self, collection: Collection | None = None) -> None:
        """Every point of ``collection`` (of all when None): a write by condition, or closing the store."""
        with self._lock:
            for name in [collection] if collection is not None else list(self._held):
                if name in self._held:
                    self._writes[name] += 1
                    self._held[name].clear()

    def held(self, collection: Collection) -> int:
        return len(self._held.get(collection, ()))


def _key(point: str) -> Key:
    """The engine's id object for a point id string (a UUID; anything else is kept as it is)."""
    try:
        return uuid.UUID(point)
    except ValueError:
        return point


def project(payload: Payload, fields: Sequence[str]) -> Payload:
    """The fields of ``payload`` a search asked for (absent ones left out, as the engine does)."""
    return {name: payload[name] for name in fields if name in payload}
