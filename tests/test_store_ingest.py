"""The ingest pipeline: an import's next block is encoded on a background thread while this one is written.

What is checked is behaviour, never time: the vectors stored are the ones the plain encoder gives, the
writer's own thread encodes nothing that was guessed right, a replay guesses nothing, and a wrong guess
neither changes what is stored nor piles up.
"""

from __future__ import annotations

import functools
import json
import sys
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path

import numpy as np
import pytest

from embed import HashingEncoder
from embed.encoder import Vectors
from embed.wrapper import EncoderWrapper
from memory import Memory, Settings, importing, redaction_port
from memory import memory as memory_module
from memory.demo import demo_records
from memory.importing import EncodeAhead
from memory.models import Candidate
from memory.results import WriteResult, WriteStatus
from memory.store import Collection


class _Recording(EncoderWrapper):
    """The hashing encoder, noting which thread asked for which texts."""

    def __init__(self) -> None:
        super().__init__(HashingEncoder())
        self.calls: list[tuple[str, list[str]]] = []
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> Vectors:
        with self._lock:
            self.calls.append((threading.current_thread().name, list(texts)))
        return self._inner.encode(texts)

    def texts_from(self, prefix: str) -> list[str]:
        return [t for name, texts in self.calls if name.startswith(prefix) for t in texts]


def _lines(people: int) -> list[str]:
    records = [r for r in demo_records(people, seed=5) if r["type"] in ("candidate", "note")]
    return [json.dumps(r) for r in records]


def _chunks(memory: Memory) -> dict[str, list[float]]:
    return {p.id: list(p.dense or []) for p in memory._store.scroll(Collection.chunks, with_vectors=True)}


def test_encode_ahead_gives_the_plain_encoders_vectors_whatever_was_guessed() -> None:
    plain = HashingEncoder()
    ahead = EncodeAhead(HashingEncoder())
    ahead.submit(lambda: ["Kafka on call", "never asked for", "Go and Rust"]).result()
    asked = ["Go and Rust", "ICU nurse", "Go and Rust", "Kafka on call"]
    assert np.array_equal(ahead.encode(asked), plain.encode(asked))
    assert ahead.encode([]).shape == (0, plain.dim)
    ahead.close()


def test_unused_guesses_are_dropped_two_submissions_later() -> None:
    recording = _Recording()
    ahead = EncodeAhead(recording)
    for i in range(5):
        ahead.submit(functools.partial(lambda n: [f"guess {n}"], i)).result()
    recording.calls.clear()
    ahead.encode(["guess 0", "guess 4"])  # 0 was dropped (encoded again here), 4 is still held
    assert recording.texts_from("MainThread") == ["guess 0"]
    ahead.close()


def test_an_import_stores_the_same_vectors_and_its_writer_encodes_no_guessed_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "IMPORT_BLOCK", 64)
    lines = _lines(60)
    assert len(lines) > 2 * 64  # three blocks at least: blocks 2 and 3 are encoded while 1 and 2 are written
    recording = _Recording()
    with Memory.open(Settings(data_dir=tmp_path / "ahead"), encoder=recording) as memory:
        report = memory.import_ndjson(lines)
        piped = _chunks(memory)
    assert report.imported == len(lines) and not report.rejected
    ahead_texts = recording.texts_from("encode-ahead")
    writer_texts = recording.texts_from("MainThread")
    assert len(ahead_texts) > 150
    assert writer_texts == []  # every text was guessed right and encoded in the background, none twice

    monkeypatch.setattr(memory_module, "Lookahead", lambda *args: lambda records: None)  # the same blocks, no guessing
    with Memory.open(Settings(data_dir=tmp_path / "plain"), encoder=HashingEncoder()) as memory:
        memory.import_ndjson(lines)
        plain = _chunks(memory)
    assert piped.keys() == plain.keys()
    assert all(np.allclose(piped[k], plain[k], atol=1e-6) for k in plain)


def test_a_replayed_import_guesses_nothing(tmp_path: Path) -> None:
    lines = _lines(8)
    recording = _Recording()
    with Memory.open(Settings(data_dir=tmp_path / "s"), encoder=recording) as memory:
        memory.import_ndjson(lines)
        recording.calls.clear()
        report = memory.import_ndjson(lines)
    assert report.unchanged == len(lines)
    assert recording.texts_from("encode-ahead") == [] and recording.texts_from("MainThread") == []


def _redacted_chunks(memory: Memory) -> dict[str, str]:
    return {p.id: p.payload["redacted"] for p in memory._store.scroll(Collection.chunks)}


def test_the_writer_redacts_no_text_the_look_ahead_redacted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The look-ahead redacts a block to guess its texts; the writer takes those redactions (same text, same
    record) instead of redacting the block again, and what is stored is what a redaction of its own gives."""
    monkeypatch.setattr(importing, "IMPORT_BLOCK", 64)
    lines = _lines(60)
    redacted_by: list[tuple[str, str]] = []
    plain_redact = redaction_port._ByPerson.redact_many

    def recording(
        self: redaction_port._ByPerson, texts: Sequence[str], people: Sequence[Candidate | None]
    ) -> list[str]:
        redacted_by.extend((threading.current_thread().name, t) for t in texts)
        return plain_redact(self, texts, people)

    monkeypatch.setattr(redaction_port._ByPerson, "redact_many", recording)
    with Memory.open(Settings(data_dir=tmp_path / "ahead"), encoder=HashingEncoder()) as memory:
        memory.import_ndjson(lines)
        piped = _redacted_chunks(memory)
    assert len([t for name, t in redacted_by if name.startswith("encode-ahead")]) > 150
    assert [t for name, t in redacted_by if name == "MainThread"] == []  # nothing redacted twice

    monkeypatch.setattr(memory_module, "Lookahead", lambda *args: lambda records: None)  # the writer redacts all
    with Memory.open(Settings(data_dir=tmp_path / "plain"), encoder=HashingEncoder()) as memory:
        memory.import_ndjson(lines)
        assert _redacted_chunks(memory) == piped


def test_a_redaction_kept_ahead_serves_only_its_text_and_record_until_cleared() -> None:
    ahead = EncodeAhead(HashingEncoder())
    ada = Candidate(candidate_id="c1", name="Ada Obi", headline="Backend engineer")
    ahead.keep_redacted(["Ada Obi built it.", "No one named."], [ada, None], ["[CANDIDATE] built it.", "No one named."])
    renamed = ada.model_copy(update={"name": "Ada Obi-Eze"})  # the record changed between the guess and the write
    asked = ["Ada Obi built it.", "Ada Obi built it.", "No one named.", "Ada Obi built it."]
    assert ahead.redacted(asked, [ada, renamed, None, None]) == ["[CANDIDATE] built it.", None, "No one named.", None]
    ahead.clear()  # an import's end, an erasure: no person's text outlives it
    assert ahead.redacted(["Ada Obi built it."], [ada]) == [None]
    ahead.close()


def test_a_plans_next_part_is_redacted_while_its_first_part_is_encoded() -> None:
    """The plan (redaction) and the encoder run on two threads: the encoder takes part 1 while the plan is still
    making part 2 (one thread doing both would make part 2 first: the wait below would time out)."""
    started = threading.Event()

    class _Signalling(HashingEncoder):
        def encode(self, texts: Sequence[str]) -> np.ndarray:
            started.set()
            return super().encode(texts)

    seen: list[bool] = []

    def plan() -> Iterator[list[str]]:
        yield ["part one"]
        seen.append(started.wait(30.0))  # part 2 is being made: has the encoder started part 1 meanwhile?
        yield ["part two", "part one"]

    ahead = EncodeAhead(_Signalling())
    ahead.submit_parts(plan).result()
    assert seen == [True]
    plain = HashingEncoder()
    assert np.array_equal(ahead.encode(["part one", "part two"]), plain.encode(["part one", "part two"]))
    ahead.close()


def test_the_next_block_is_handed_to_the_look_ahead_before_this_blocks_vectors_are_waited_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Block 1's redaction runs while block 0's vectors are encoded: ``import_lines`` hands block 1 over before it
    waits for block 0. Here block 0's vectors are ready only once block 1 was handed over (or after 5 s: an
    import loop that waited first would write block 0 late, not hang)."""
    monkeypatch.setattr(importing, "IMPORT_BLOCK", 1)
    events: list[str] = []
    futures: list[Future[None]] = []

    def ahead(records: Sequence[object]) -> Future[None]:
        events.append(f"ahead {len(futures)}")
        future: Future[None] = Future()
        futures.append(future)
        if len(futures) == 1:
            threading.Timer(5.0, lambda: futures[0].done() or events.append("waited 5 s")).start()
            threading.Timer(5.01, lambda: futures[0].done() or futures[0].set_result(None)).start()
        else:
            future.set_result(None)  # later blocks: ready at once
            if not futures[0].done():
                futures[0].set_result(None)
        return future

    def write(records: Sequence[object]) -> list[WriteResult]:
        events.append("write")
        return [WriteResult(kind="candidate", id="c", candidate_id="c", status=WriteStatus.created) for _ in records]

    importing.import_lines(write, _lines(2)[:2], ahead=ahead)  # type: ignore[arg-type]
    assert events == ["ahead 0", "ahead 1", "write", "write"]


def _write_noting_interval(seen: list[float]) -> importing.Write:
    def write(records: Sequence[object]) -> list[WriteResult]:
        seen.append(sys.getswitchinterval())
        return [WriteResult(kind="candidate", id="c", candidate_id="c", status=WriteStatus.created) for _ in records]

    return write  # type: ignore[return-value]


def test_an_import_hands_the_gil_over_quickly_and_gives_the_interval_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """While an import runs the switch interval is ``IMPORT_SWITCH_S``; after it, and after one that failed, the
    process's own again."""
    monkeypatch.setattr(importing, "IMPORT_BLOCK", 1)
    before = sys.getswitchinterval()
    assert before > importing.IMPORT_SWITCH_S  # Python's default, 0.005
    seen: list[float] = []
    importing.import_lines(_write_noting_interval(seen), _lines(2)[:3])
    assert seen == [importing.IMPORT_SWITCH_S] * 3
    assert sys.getswitchinterval() == before

    def failing(records: Sequence[object]) -> list[WriteResult]:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        importing.import_lines(failing, _lines(2)[:2])  # type: ignore[arg-type]
    assert sys.getswitchinterval() == before


def test_overlapping_imports_give_the_interval_back_when_the_last_ends() -> None:
    before = sys.getswitchinterval()
    first_writing, second_done = threading.Event(), threading.Event()
    seen: list[float] = []

    def slow(records: Sequence[object]) -> list[WriteResult]:
        first_writing.set()
        assert second_done.wait(10)
        seen.append(sys.getswitchinterval())  # the second import ended meanwhile: still the import's interval
        return [WriteResult(kind="candidate", id="c", candidate_id="c", status=WriteStatus.created) for _ in records]

    first = threading.Thread(target=importing.import_lines, args=(slow, _lines(2)[:1]))
    first.start()
    assert first_writing.wait(10)
    importing.import_lines(_write_noting_interval(seen), _lines(2)[:1])
    second_done.set()
    first.join(10)
    assert seen == [importing.IMPORT_SWITCH_S, importing.IMPORT_SWITCH_S]
    assert sys.getswitchinterval() == before


def test_an_import_keeps_a_shorter_interval_the_process_set() -> None:
    before = sys.getswitchinterval()
    sys.setswitchinterval(importing.IMPORT_SWITCH_S / 5)
    try:
        seen: list[float] = []
        importing.import_lines(_write_noting_interval(seen), _lines(2)[:1])
        assert seen == [pytest.approx(importing.IMPORT_SWITCH_S / 5, abs=2e-6)]
        assert sys.getswitchinterval() == pytest.approx(importing.IMPORT_SWITCH_S / 5, abs=2e-6)
    finally:
        sys.setswitchinterval(before)
