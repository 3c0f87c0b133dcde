"""A store that cannot be opened gives a clear error naming its directory."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from embed import Encoder, HashingEncoder
from memory import BackendUnavailable, Candidate, Memory, Settings


def test_a_locked_store_names_its_directory(tmp_path: Path, hashing: Encoder) -> None:
    first = Memory.open(Settings(data_dir=tmp_path / "locked"), encoder=hashing)
    try:
        with pytest.raises(BackendUnavailable, match=r"locked.*another process"):
            Memory.open(Settings(data_dir=tmp_path / "locked"), encoder=hashing)
    finally:
        first.close()


def test_a_store_built_with_another_model_is_refused(tmp_path: Path, minilm: Encoder) -> None:
    Memory.open(Settings(data_dir=tmp_path / "s"), encoder=minilm).close()
    with pytest.raises(BackendUnavailable) as err:
        Memory.open(Settings(data_dir=tmp_path / "s"), encoder=HashingEncoder(64))
    message = str(err.value)
    assert str(tmp_path / "s") in message and "all-MiniLM-L6-v2 (384-d)" in message and "hashing-64" in message
    Memory.open(Settings(data_dir=tmp_path / "s"), encoder=minilm).close()


def test_a_corrupt_store_is_a_clear_error(tmp_path: Path, hashing: Encoder) -> None:
    Memory.open(Settings(data_dir=tmp_path / "c"), encoder=hashing).close()
    (tmp_path / "c" / "meta" / "edge_config.json").write_text("{not json")
    with pytest.raises(BackendUnavailable, match=str(tmp_path / "c")):
        Memory.open(Settings(data_dir=tmp_path / "c"), encoder=hashing)


def test_a_missing_model_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BackendUnavailable, match="does not exist"):
        Memory.open(Settings(data_dir=tmp_path / "m", model=str(tmp_path / "nope")))


def test_concurrent_first_reads_of_a_reopened_store_all_succeed(tmp_path: Path, hashing: Encoder) -> None:
    """Shards open on first use; threads that reach the same unopened shard at once must share one open."""
    settings = Settings(data_dir=tmp_path / "s")
    with Memory.open(settings, encoder=hashing) as memory:
        memory.upsert_candidate(Candidate(candidate_id="c1", headline="ICU nurse"))
    failures: list[BaseException] = []
    for _ in range(5):  # the race lost about one trial in five before the shard opening was locked
        with Memory.open(settings, encoder=hashing) as memory:
            barrier = threading.Barrier(8)

            def read(memory: Memory = memory, barrier: threading.Barrier = barrier) -> None:
                barrier.wait()
                try:
                    memory.get("c1")
                except BaseException as exc:  # collected: an exception in a thread would not fail the test
                    failures.append(exc)

            threads = [threading.Thread(target=read) for _ in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    assert failures == []


def test_search_threads_reach_every_shard_a_process_opens(tmp_path: Path, hashing: Encoder) -> None:
    # TALENTRECALL_SEARCH_THREADS (memory/store.py): persisted in each shard's config before it loads; shards
    # open on first use, so each setting is checked on the shards the same write opens.
    def threads_after_a_write(value: str) -> list[object]:
        with Memory.open(Settings(data_dir=tmp_path / "t", search_threads=value), encoder=hashing) as memory:
            memory.upsert_candidate(Candidate(candidate_id=f"c-{value}", headline="Go", consent={"status": "granted"}))
        configs = sorted(tmp_path.glob("t/*/edge_config.json"))
        return [json.loads(p.read_text()).get("max_search_threads") for p in configs]

    assert set(threads_after_a_write("1")) == {1}
    assert set(threads_after_a_write("auto")) == {None}
    assert set(threads_after_a_write("2")) == {2}


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_search_threads_other_than_a_positive_count_or_auto_are_refused_at_startup(value: str) -> None:
    with pytest.raises(ValueError, match="positive integer or 'auto'"):
        Settings(search_threads=value)
