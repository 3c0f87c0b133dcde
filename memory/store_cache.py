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

Two tiers. The fields of points read recently are kept as dicts (an LRU of ``points`` per collection: a
warm match reads them as they are). Behind it, a compact table keeps every point's fields ever read as
one ``marshal`` string (~0.3 KB a note chunk of the bench pools, decoded in ~3 us) up to ``table`` points
per collection; ``EdgeStore`` can fill it for the whole store at open (``fill``, in a background thread:
``TALENTRECALL_PAYLOAD_PRELOAD``), so that the first showing of a person reads no payload from the
engine either: a cold match on the 100k pool read ~1,070 chunks' fields with ``retrieve``, 123 ms of its
CPU (and disk reads: the payload storage is memory-mapped). Both tiers obey the same rules below.

Privacy: an erasure deletes the person's points, which drops them from both tiers (``EdgeStore``
names the points a delete by condition removes), and everything is dropped at ``close``. A server
deployment has no such cache (other processes write to the server).
"""

from __future__ import annotations

import marshal
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
    # The passage the model read: skill coverage reads it (memory.match), never the original with its names.
    "redacted",
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
DEFAULT_TABLE = IndexTuning().payload_table

# Points are keyed by the engine's own id objects (``uuid.UUID`` from Edge): turning each hit's id into a
# string cost more than the lookup (~3% of a warm match); writes name points by string and are converted.
Key = Hashable
Loader = Callable[[Collection, list[Key], tuple[str, ...]], dict[Key, Payload]]


class PayloadCache:
    """Payload fields per (collection, point id), bounded, invalidated by the store's own writes.

    >>> cache = PayloadCache(points=2)
    >>> load = lambda c, ids, fields: {i: {"candidate_id": i.upper()} for i in ids if i != "gone"}
    >>> cache.read(Collection.chunks, ["a", "b", "gone"], load)
    [{'candidate_id': 'A'}, {'candidate_id': 'B'}, None]
    >>> cache.drop(Collection.chunks, ["a"]); cache.held(Collection.chunks)
    1
    """

    def __init__(
        self,
        points: int = DEFAULT_POINTS,
        fields: Mapping[Collection, tuple[str, ...]] = CACHED_FIELDS,
        table: int = DEFAULT_TABLE,
    ):
        self._points = points
        self._fields = fields
        # Keyed, like the compact tier, by the UUID's integer (``_untracked``).
        self._held: dict[Collection, OrderedDict[Hashable, Payload]] = {c: OrderedDict() for c in fields}
        # The compact tier: marshal strings (the store's own plain types, made and read in this process only),
        # keyed by the UUID's integer: neither is tracked by the garbage collector, whose full collections
        # walk every tracked object (the engine's 600,000 UUID objects of the 100k pool were half of them).
        # Not an LRU: once full it takes nothing more (the dict tier still keeps what is read).
        self._table_points = table if points else 0
        self._table: dict[Collection, dict[Hashable, bytes]] = {c: {} for c in fields}
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

    def read(self, collection: Collection, ids: Sequence[Key], load: Loader) -> list[Payload | None]:
        """The cached fields of each point of ``ids``, in order (None for a point that does not exist);
        ``load`` reads the ones not held.

        Both tiers are keyed by the UUID's integer (``_untracked``): a match reads ~1,700 hits, and hashing the
        engine's ``uuid.UUID`` objects (a Python-level ``__hash__``, ~7 hashes a hit) was ~11,500 calls a warm
        match on the 10k pool (cProfile). The dicts returned are the cache's own: callers read them, never
        change them.
        """
        held = self._held[collection]
        keys = [_untracked(point) for point in ids]
        found: list[Payload | None] = [None] * len(keys)
        missing: dict[Hashable, Key] = {}  # untracked key -> the engine's id, first seen order
        with self._lock:
            writes = self._writes[collection]
            for at, key in enumerate(keys):
                payload = held.get(key)
                if payload is not None:
                    held.move_to_end(key)
                    found[at] = payload
                elif key not in missing:
                    missing[key] = ids[at]
            if not missing:
                return found
            table = self._table[collection]
            packed = {key: table[key] for key in missing if key in table}
        decoded = {key: marshal.loads(value) for key, value in packed.items()}
        rest = [point for key, point in missing.items() if key not in decoded]
        # outside the lock: a store call (none when the compact tier held every missing point)
        read = load(collection, rest, self._fields[collection]) if rest else {}
        loaded = {_untracked(point): fields for point, fields in read.items()}
        with self._lock:
            if self._writes[collection] == writes:  # no write overlapped the load: what it read is current
                held.update(decoded)
                held.update(loaded)
                while len(held) > self._points:
                    held.popitem(last=False)
                self._pack(collection, loaded)
        decoded.update(loaded)
        for at, key in enumerate(keys):
            if found[at] is None:
                found[at] = decoded.get(key)
        return found

    def generation(self, collection: Collection) -> int:
        """Moves at every write to ``collection``: read before a load, handed to ``fill`` with what it read."""
        with self._lock:
            return self._writes[collection]

    def fill(self, collection: Collection, page: Mapping[Key, Payload], since: int) -> bool:
        """Put a page of points read from the engine into the compact tier, unless a write to the collection
        happened since ``since`` (then the page may be stale and is dropped whole). False once it is full."""
        with self._lock:
            if self._writes[collection] == since:
                self._pack(collection, page)
            return len(self._table[collection]) < self._table_points

    def _pack(self, collection: Collection, payloads: Mapping[Key, Payload]) -> None:
        table = self._table[collection]
        for point, payload in payloads.items():
            if len(table) >= self._table_points:
                return
            try:
                table[_untracked(point)] = marshal.dumps(payload)
            except ValueError:  # a type marshal does not know: that point is read from the engine
                continue

    def drop(self, collection: Collection, ids: Sequence[str]) -> None:
        """Points about to be (or just) written or deleted, named as the store's writes name them."""
        if collection not in self._held:
            return
        self.forget(collection, [_key(point) for point in ids])

    def forget(self, collection: Collection, keys: Sequence[Key]) -> None:
        """``drop`` for points named by the engine's own ids (those a delete by condition will remove)."""
        if collection not in self._held:
            return
        with self._lock:
            self._writes[collection] += 1
            held, table = self._held[collection], self._table[collection]
            for key in keys:
                held.pop(_untracked(key), None)
                table.pop(_untracked(key), None)

    def keeps(self, collection: Collection, fields: Sequence[str]) -> bool:
        """Whether a write of ``fields`` by condition changes anything kept here (if not, nothing is dropped)."""
        return bool(set(fields) & set(self._fields.get(collection, ())))

    def clear(self, collection: Collection | None = None, *, table: bool = True) -> None:
        """Every point of ``collection`` (of all when None): a write by condition, or closing the store.
        ``table=False`` keeps the compact tier (a benchmark's cold match on a server that has filled it)."""
        with self._lock:
            for name in [collection] if collection is not None else list(self._held):
                if name in self._held:
                    self._writes[name] += 1
                    self._held[name].clear()
                    if table:
                        self._table[name].clear()

    def held(self, collection: Collection) -> int:
        return len(self._held.get(collection, ()))

    def tabled(self, collection: Collection) -> int:
        return len(self._table.get(collection, ()))


def _key(point: str) -> Key:
    """The engine's id object for a point id string (a UUID; anything else is kept as it is)."""
    try:
        return uuid.UUID(point)
    except ValueError:
        return point


def _untracked(key: Key) -> Hashable:
    """A compact-table key: the engine's UUID as its integer (ids the engine does not make stay as they are)."""
    return key.int if isinstance(key, uuid.UUID) else key


def project(payload: Payload, fields: Sequence[str]) -> Payload:
    """The fields of ``payload`` a search asked for (absent ones left out, as the engine does)."""
    return {name: payload[name] for name in fields if name in payload}
