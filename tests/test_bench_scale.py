"""The scale benchmark's pieces: the real-text corpus, how it is grown, the pool it builds, its recall."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from embed import HashingEncoder
from eval import bench_corpus, bench_scale
from eval.bench_corpus import RESERVED, Corpus, exact_top, grow
from memory import MatchFilters, Memory, Settings
from memory.retrieval import filters_where
from memory.store import Collection, IndexTuning, point_id
from memory.store_edge import EdgeStore


def _corpus(n: int = 400, groups: int = 20, seed: int = 3) -> Corpus:
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((n, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    queries = vectors[:10] + 0.05 * rng.standard_normal((10, 32)).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    return Corpus(
        texts=[f"task {i} of occupation {i % groups}" for i in range(n)],
        groups=[f"g{i % groups}" for i in range(n)],
        vectors=vectors,
        queries=[f"query {i}" for i in range(10)],
        query_vectors=queries,
        passages=[vectors[i : i + 1] for i in range(n)],  # one passage per text, its own vector
    )


def test_grown_vectors_are_unit_rows_near_a_real_text_of_their_group() -> None:
    corpus = _corpus()
    vectors, source = grow(corpus, 50, 5, seed=1)
    assert vectors.shape == (250, 32) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # Each row stays closer to the real text it carries than to a random other text.
    own = np.einsum("ij,ij->i", vectors, corpus.vectors[source])
    assert float(np.median(own)) > 0.7
    assert np.array_equal(grow(corpus, 50, 5, seed=1)[0], vectors)  # deterministic by seed


def test_exact_top_is_the_argsort_of_cosine() -> None:
    corpus = _corpus()
    truth = exact_top(corpus.vectors, corpus.query_vectors, k=5)
    expected = np.argsort(-(corpus.query_vectors @ corpus.vectors.T), axis=1)[:, :5]
    assert np.array_equal(truth, expected)


def test_a_built_pool_opens_as_a_memory_and_its_curve_finds_the_exact_neighbours(tmp_path: Path) -> None:
    corpus = _corpus()
    path = tmp_path / "pool"
    built = bench_scale.build(path, corpus, 60, IndexTuning(int8=True))
    assert (built["candidates"], built["chunks"]) == (60, 300) and built["disk_gib"] > 0
    store = EdgeStore(path)
    store.ensure(32)
    assert store.count(Collection.chunks) == 300 and store.count(Collection.candidates) == 60
    # Every chunk has its evidence passage stored, as capture stores a note's (issue 13).
    assert built["passages"] == store.count(Collection.passages) == 300
    assert {p.payload["passage_vectors"] for p in store.scroll(Collection.chunks)} == {1}
    eligible = filters_where(MatchFilters(), datetime.now(UTC))  # a match's default filters (valid consent)
    assert store.count(Collection.candidates, eligible) == 60 and store.count(Collection.chunks, eligible) == 300
    row = 137
    hit = store.search_dense(Collection.chunks, np.load(path.with_suffix(".vectors.npy"))[row].tolist(), 1)
    assert hit[0].id == point_id(Collection.chunks, bench_scale.chunk_key(row))
    store.close()
    curve = bench_scale.search_curve(path, corpus, IndexTuning(int8=True), [16, 64])
    assert [p["ef"] for p in curve] == [16, 64]
    assert all(p["recall_at_10"] == 1.0 for p in curve)  # 300 points: one plain segment, searched exactly


def test_the_corpus_reads_no_reserved_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    opened: list[str] = []
    real_open = open

    def watching(path: object, *args: object, **kwargs: object) -> object:
        opened.append(str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    if not (bench_corpus.DATA / "onet_29_2").is_dir():
        pytest.skip("../shared/data is not beside the checkout")
    monkeypatch.setattr("builtins.open", watching)
    texts, groups = bench_corpus.texts()
    assert len(texts) == len(groups) > 5_000
    assert opened and not any(name in path for path in opened for name in RESERVED)


def test_settings_carry_the_index_tuning_to_the_embedded_store(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "s", hnsw_ef=48, quantization="int8", vectors_on_disk=True)
    assert settings.index_tuning == IndexTuning(ef=48, int8=True, on_disk=True)
    with Memory.open(settings, encoder=HashingEncoder()) as memory:
        assert memory._store.tuning == settings.index_tuning  # type: ignore[attr-defined]


def test_a_pool_is_copied_with_its_holes_left_as_holes(tmp_path: Path) -> None:
    """Edge's files are mostly holes: a copy that wrote them out filled the disk (session 16's window)."""
    source = tmp_path / "pool" / "chunks"
    source.mkdir(parents=True)
    with open(source / "vectors.dat", "wb") as handle:
        handle.truncate(64 * 1024 * 1024)  # 64 MiB long, nothing written
        handle.seek(1024)
        handle.write(b"data")
    bench_scale.copy_pool(tmp_path / "pool", tmp_path / "copy")
    copied = tmp_path / "copy" / "chunks" / "vectors.dat"
    assert copied.read_bytes() == (source / "vectors.dat").read_bytes()
    assert copied.stat().st_blocks * 512 < 1024 * 1024  # under 1 MiB on disk, as the source
    with pytest.raises(FileExistsError):
        bench_scale.copy_pool(tmp_path / "pool", tmp_path / "copy")
