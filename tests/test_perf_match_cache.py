"""The passage-embedding cache (memory/embedding_cache.py): same vectors as the encoder, bounded, and
safe when the web server's threads share it."""

from __future__ import annotations

import doctest
import threading

import numpy as np

import memory.embedding_cache
from embed.encoder import HashingEncoder
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
