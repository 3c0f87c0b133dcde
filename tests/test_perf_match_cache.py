"""The passage-embedding cache (memory/embedding_cache.py): same vectors as the encoder, bounded, and
safe when the web server's threads share it."""

from __future__ import annotations

import doctest
import threading
from collections.abc import Sequence

import numpy as np

import memory.embedding_cache
from embed.encoder import HashingEncoder, Vectors
from memory.embedding_cache import EmbeddingCache


def test_its_examples() -> None:
    assert doctest.testmod(memory.embedding_cache).failed == 0


def test_cached_rows_are_the_encoders_rows_in_order() -> None:
    encoder = HashingEncoder(32)
    cache = EmbeddingCache(encoder, size=3)
    texts = ["Kafka pipeline", "Go services", "Kafka pipeline", "Postgres tuning", "SRE on call"]
    assert np.allclose(cache.encode(texts), encoder.encode(texts))
    assert np.allclose(cache.encode(texts[::-1]), encoder.encode(texts[::-1]))  # partly evicted, partly cached
    assert cache.encode([]).shape == (0, 32)


def test_threads_sharing_it_get_their_own_rows() -> None:
    encoder = HashingEncoder(16)
    cache = EmbeddingCache(encoder, size=50)
    words = [f"skill{i} passage" for i in range(200)]
    wrong: list[int] = []

    def work(seed: int) -> None:
        rng = np.random.default_rng(seed)
        for _ in range(50):
            picked = [words[i] for i in rng.integers(0, len(words), 8)]
            if not np.allclose(cache.encode(picked), encoder.encode(picked)):
                wrong.append(seed)

    threads = [threading.Thread(target=work, args=(seed,)) for seed in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not wrong and len(cache._vectors) <= 50 and cache.hits > 0


def test_an_encoding_that_straddles_a_clear_does_not_put_its_texts_back() -> None:
    """An erasure clears the cache while a match is encoding the erased person's passages: they stay out."""
    cache: EmbeddingCache

    class ClearingMidway(HashingEncoder):
        def encode(self, texts: Sequence[str]) -> Vectors:
            cache.clear()  # the erasure lands while this match's passages are being embedded
            return super().encode(texts)

    cache = EmbeddingCache(ClearingMidway(16))
    rows = cache.encode(["passage of the erased person"])
    assert rows.shape == (1, 16) and "passage of the erased person" not in cache
