"""Embeddings of texts that come back, each computed once per process (a bounded, thread-safe LRU).

A match ranks the note passages of its first results by their similarity to the query. Capture stores
their vectors (``memory.passages``); on a store written before it did, the match embeds them itself, which
was half of a match's time (py-spy, docs/profile/), so each is kept here. A passage's embedding depends
only on its text and the model, so it never goes stale; and the same passages come back: the people who fit
one role top the shortlists of similar roles, and "show 10 more" or a re-run reads the same first results.

>>> from embed.encoder import HashingEncoder
>>> cache = EmbeddingCache(HashingEncoder(8), size=2)
>>> cache.encode(["Go", "Kafka", "Go"]).shape, cache.misses, cache.hits
((3, 8), 2, 1)
>>> _ = cache.encode(["Go"]); _ = cache.encode(["Rust"])     # Kafka was the least recently used
>>> "Go" in cache, "Kafka" in cache, "Rust" in cache
(True, False, True)
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from embed import Encoder

# 20,000 passages of 384 float32 = 29 MiB: the evidence of about 2,000 distinct shortlisted people
# (10 results x 3 chunks x ~3 passages per match), small beside the model itself (~90 MB).
PASSAGE_CACHE_SIZE = 20_000


class EmbeddingCache:
    """``encode`` like the encoder's, from a cache of the ``size`` most recently used texts."""

    def __init__(self, encoder: Encoder, size: int = PASSAGE_CACHE_SIZE) -> None:
        self._encoder = encoder
        self._size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()  # matches run on the web server's threads
        self.hits = 0
        self.misses = 0
        # Bumped by clear(): a match that encoded before an erasure's clear must not put back what it read.
        self._generation = 0

    def clear(self) -> None:
        """Drop every text and vector (after an erasure: the texts are the erased person's passages)."""
        with self._lock:
            self._vectors.clear()
            self._generation += 1

    def __contains__(self, text: str) -> bool:
        with self._lock:
            return text in self._vectors

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, in order; only texts not cached are encoded (in one call, outside the lock)."""
        if not texts:
            return np.empty((0, self._encoder.dim), dtype=np.float32)
        with self._lock:
            generation = self._generation
            found = {t: self._vectors[t] for t in dict.fromkeys(texts) if t in self._vectors}
            for text in found:
                self._vectors.move_to_end(text)
        todo = [t for t in dict.fromkeys(texts) if t not in found]
        fresh = dict(zip(todo, self._encoder.encode(todo), strict=True)) if todo else {}
        with self._lock:
            self.hits += len(texts) - len(todo)
            self.misses += len(todo)
            if generation == self._generation:
                self._vectors.update(fresh)
            while len(self._vectors) > self._size:
                self._vectors.popitem(last=False)
        return np.array([found.get(t, fresh.get(t)) for t in texts]).reshape(len(texts), -1)
