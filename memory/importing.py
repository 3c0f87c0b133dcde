"""Bulk import: NDJSON lines in, a report of what was stored and what was refused out.

Lines go to the writer in blocks, so one encoder call covers many texts and every line passes the same
rules as a single write. A block ends early when an id repeats inside it: the second version of a record
must see the first one stored, as it would through two single writes.

Encoding overlaps writing: while block N is checked, redacted and written (store reads, upserts, flushes,
consent history), the texts of block N+1 are encoded on a background thread (``EncodeAhead``), so the
import runs at close to the encoder's own speed (``make bench``, "Ingest"). What is encoded ahead is a
guess made from the records alone (``Lookahead``); the writer still decides everything, and any text it
needs that was not guessed is encoded then, so a wrong guess costs time, never correctness.

The guess itself (redacting a block's texts: Python, which holds the GIL) runs on a thread of its own, in
parts of ``PLAN_PART`` records, and each part is encoded on the encoder's thread as soon as it is redacted:
torch releases the GIL inside its kernels, so the redaction of the next part (and of the next block, which
is handed over before this block's vectors are waited for) runs while the encoder works. Before session 13
one thread redacted a whole block and then encoded it, so every block's redaction sat on the import's path
(a timeline of the bench's import: the first block's redaction took 5 of 33 s under load, nothing else ran).

While an import runs, the interpreter hands the GIL over sooner (``IMPORT_SWITCH_S``, ``_quick_gil_handover``):
the encoder's thread needs the GIL back after every torch kernel, and beside a thread running Python (the
plan's redaction, the writer) it waited up to the default 5 ms each time, so it ran at about half speed whenever
the other threads ran Python (``docs/scale.md``, "Ingest").
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

from embed import Encoder
from embed.encoder import Vectors
from embed.wrapper import EncoderWrapper
from memory.capture import PROFILE_CHUNK_WORDS
from memory.capture_plans import Redacts, note_model_texts
from memory.chunking import chunk_text
from memory.errors import TalentRecallError
from memory.models import Candidate, EvaluationSignal, InterviewNote
from memory.ndjson import ParsedLine, parse_lines
from memory.relationship import Touchpoint
from memory.results import ImportReport, RejectedLine, WriteStatus
from memory.store import Collection, VectorStore, point_id
from memory.writer import Outcome, Record

Write = Callable[[Sequence[Record]], list[Outcome]]  # Writer.write, or a wrapper that locks around it
Ahead = Callable[[Sequence[Record]], "Future[None]"]  # starts encoding a block's texts in the background

IMPORT_BLOCK = 256  # lines per writer call: big enough to batch the encoder, small enough to report progress
# Records per part of a look-ahead (``EncodeAhead.submit_parts``): each part's texts are one encoder call.
# Smaller parts start the encoder sooner but pad more (sentence-transformers sorts a call's texts by length;
# the bench import's 692 texts cost 9.0 s of encoder CPU in one call, 9.0-9.5 s in calls of 200, 10.1-10.2 s
# in calls of 100: scratch /tmp/PERF/s13/padcost.py, load ~8); 128 records give ~200 texts a call.
PLAN_PART = 128
# The GIL switch interval (seconds) while an import runs; Python's default is 0.005. A thread that asks for the
# GIL while another runs Python waits this long before the holder is made to let go. The encoder's thread asks
# after every torch kernel (hundreds a batch); beside a Python thread spinning in a loop its sleep waiting for the
# GIL was 1.75-2.04 s per ~1.9 s of its CPU at 0.005 and 0.76-0.82 s at 0.0005, 3 runs each, alternating,
# load ~8 (schedstat of the encoder's thread: wall - CPU - run-queue wait; scratch /tmp/PERF/s16/convoy2.py).
IMPORT_SWITCH_S = 0.0005
_handover = threading.Lock()
_handovers: list[float] = [0, 0.0]  # imports running, the interval before the first of them began


@contextlib.contextmanager
def _quick_gil_handover() -> Iterator[None]:
    """``IMPORT_SWITCH_S`` while at least one import runs; the process's own interval back when the last ends.

    Process-wide (the interpreter has one interval): matches served beside an import also get the GIL back
    sooner. Never raises the interval, so a process that set a shorter one keeps it."""
    with _handover:
        if _handovers[0] == 0:
            _handovers[1] = sys.getswitchinterval()
            sys.setswitchinterval(min(_handovers[1], IMPORT_SWITCH_S))
        _handovers[0] += 1
    try:
        yield
    finally:
        with _handover:
            _handovers[0] -= 1
            if _handovers[0] == 0:
                sys.setswitchinterval(_handovers[1])


def _identity(record: Record) -> tuple[str, str]:
    if isinstance(record, Candidate):
        return ("candidate", record.candidate_id)
    if isinstance(record, InterviewNote):
        return ("note", record.note_id)
    if isinstance(record, EvaluationSignal):
        return ("signal", record.signal_id)
    return ("touchpoint", record.touchpoint_id)


def _blocks(lines: Iterable[str | bytes], report: ImportReport) -> Iterable[list[ParsedLine]]:
    """The valid lines in writer blocks; invalid ones go straight into the report."""
    block: list[ParsedLine] = []
    seen: set[tuple[str, str]] = set()
    for parsed in parse_lines(lines):
        if parsed.error is not None:
            report.rejected.append(RejectedLine(line=parsed.line, error=parsed.error))
            continue
        assert isinstance(parsed.record, Candidate | InterviewNote | EvaluationSignal | Touchpoint)
        key = _identity(parsed.record)
        if len(block) >= IMPORT_BLOCK or key in seen:
            yield block
            block, seen = [], set()
        block.append(parsed)
        seen.add(key)
    if block:
        yield block


def import_lines(
    write: Write,
    lines: Iterable[str | bytes],
    progress: Callable[[int], None] | None = None,
    *,
    ahead: Ahead | None = None,
) -> ImportReport:
    """Store every valid line; report each invalid one with its line number and reason.

    ``write`` is called once per block: the memory takes its write lock per block, not per import, so
    a match or another write waits for one block at most, never for a whole import. ``ahead`` (a
    ``Lookahead``) sees each block one block early, so its texts are encoded while the previous one is
    written.
    """
    report = ImportReport(imported=0)
    with _quick_gil_handover():
        blocks = iter(_blocks(lines, report))
        current = next(blocks, None)
        encoding = ahead(_records(current)) if current is not None and ahead is not None else None
        while current is not None:
            following = next(blocks, None)  # parsed before ``current`` is written, so its encoding can start
            # Handed over before this block's vectors are waited for: its redaction runs while they are encoded.
            upcoming = ahead(_records(following)) if following is not None and ahead is not None else None
            if encoding is not None:
                encoding.exception()  # wait for this block's vectors; a failed guess is encoded by the writer
            _write(write, current, report, progress)
            current, encoding = following, upcoming
    report.rejected.sort(key=lambda r: r.line)
    return report


def _records(block: list[ParsedLine]) -> list[Record]:
    return [p.record for p in block]  # type: ignore[misc]  # parse errors were filtered out


def _write(write: Write, block: list[ParsedLine], report: ImportReport, progress: Callable[[int], None] | None) -> None:
    if not block:
        return
    records = [p.record for p in block]
    outcomes = write(records)  # type: ignore[arg-type]  # parse errors were filtered out above
    for parsed, outcome in zip(block, outcomes, strict=True):
        if isinstance(outcome, TalentRecallError):
            report.rejected.append(RejectedLine(line=parsed.line, error=outcome.detail))
        elif outcome.status is WriteStatus.unchanged:
            report.unchanged += 1
        else:
            report.imported += 1
        if not isinstance(outcome, TalentRecallError) and outcome.possible_duplicates:
            report.possible_duplicates[outcome.candidate_id] = outcome.possible_duplicates
    if progress is not None:
        progress(len(block))


class EncodeAhead(EncoderWrapper):
    """An encoder that hands out vectors computed ahead of time on one background thread.

    ``submit(plan)`` runs ``plan`` (which returns texts) and encodes its texts on that thread;
    ``encode(texts)`` takes the vectors already there and encodes the rest itself, in one call. The
    vectors are those of the same model on the same text, so which path computed one does not change
    what is stored. A vector is dropped two submissions after the last one that wanted it: a wrong guess
    never piles up. ``clear()`` drops them all: an import calls it when it ends and an erasure when it
    runs, so no person's redacted text outlives the import that brought it (erasure leaves no copy).
    """

    def __init__(self, encoder: Encoder) -> None:
        super().__init__(encoder)
        # Plans (the guesses: redaction, Python) on one thread, their parts' encoding on another (torch
        # releases the GIL in its kernels), so that a part is redacted while the one before it is encoded.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="encode-ahead-plan")
        self._encoding = ThreadPoolExecutor(max_workers=1, thread_name_prefix="encode-ahead-vectors")
        self._lock = threading.Lock()
        self._ready: dict[str, tuple[int, np.ndarray]] = {}  # text -> (submission, vector)
        # Texts handed to the encoder and not yet in ``_ready``: a later part or plan wanting one waits for
        # it instead of encoding it again; the value is the latest submission that wants it.
        self._wanted: dict[str, int] = {}
        self._submitted = 0
        self._last: Future[None] | None = None
        # What the look-ahead redacted to guess a block's texts, for the writer (``redacted``): (text, the
        # person's whole record as JSON) -> (submission, redacted text). Kept and dropped as the vectors are.
        self._redactions: dict[tuple[str, str | None], tuple[int, str]] = {}

    def submit(self, plan: Callable[[], list[str]]) -> Future[None]:
        """Encode ``plan()``'s texts in the background (one part)."""
        return self.submit_parts(lambda: [plan()])

    def submit_parts(self, plan: Callable[[], Iterable[list[str]]]) -> Future[None]:
        """Run ``plan`` on the plan thread; each part it yields is encoded on the encoder's thread meanwhile.
        The future is done once every part's vectors are held (or with the plan's or the encoder's error)."""
        done: Future[None] = Future()
        with self._lock:
            self._submitted += 1
            self._last = done
            self._pool.submit(self._plan, plan, self._submitted, done)
        return done

    def clear(self, *, wait: bool = False) -> None:
        """Drop every vector computed ahead; with ``wait``, first let the submitted work finish, so none
        lands after the clear (an import's end; an erasure does not wait, the import's own end clears)."""
        last = self._last
        if wait and last is not None:
            with contextlib.suppress(Exception):  # the import reports its own failures
                last.result()
        with self._lock:
            self._ready.clear()
            self._redactions.clear()

    def keep_redacted(self, texts: Sequence[str], people: Sequence[Candidate | None], outs: Sequence[str]) -> None:
        """Remember redactions made to guess a block (on the background thread, inside a plan), so that the
        writer, which redacts the same texts for the same people, takes them instead of redacting again: the
        second redaction of every guessed text (spaCy and the rules, in the writer's thread) is the work removed
        (session 12; ``docs/scale.md``, "Ingest")."""
        with self._lock:
            submission = self._submitted
            self._redactions.update(
                ((text, _person_key(person)), (submission, out))
                for text, person, out in zip(texts, people, outs, strict=True)
            )

    def redacted(self, texts: Sequence[str], people: Sequence[Candidate | None]) -> list[str | None]:
        """The redaction kept for each (text, person), or None. The key holds the person's whole record, so a
        record that changed between the guess and the write (or a stored one that differs) is redacted anew."""
        keys = [(text, _person_key(person)) for text, person in zip(texts, people, strict=True)]
        with self._lock:
            return [kept[1] if (kept := self._redactions.get(key)) is not None else None for key in keys]

    def _plan(self, plan: Callable[[], Iterable[list[str]]], submission: int, done: Future[None]) -> None:
        """On the plan thread: each part's new texts to the encoder's thread, then the collection after them."""
        parts: list[tuple[list[str], Future[Vectors]]] = []
        try:
            for part in plan():
                texts = [t for t in dict.fromkeys(part) if t]
                with self._lock:
                    # A text the previous block also wants ("Onsite interview for ...") is kept for this one
                    # too: taking a vector does not remove it (it was: the next block then found it gone and
                    # encoded it in the foreground, 124 of the 120-person bench import's texts).
                    for text in texts:
                        if text in self._ready:
                            self._ready[text] = (submission, self._ready[text][1])
                        elif text in self._wanted:  # being encoded for an earlier part or plan
                            self._wanted[text] = submission
                    texts = [t for t in texts if t not in self._ready and t not in self._wanted]
                    self._wanted.update((t, submission) for t in texts)
                if texts:
                    parts.append((texts, self._encoding.submit(self._inner.encode, texts)))
        except BaseException as exc:
            # The parts already handed over are still collected (their texts leave ``_wanted``).
            self._encoding.submit(self._collect, parts, submission, done, exc)
            return
        # The encoder's thread runs its work in order: this runs after every part above is encoded.
        self._encoding.submit(self._collect, parts, submission, done, None)

    def _collect(
        self,
        parts: list[tuple[list[str], Future[Vectors]]],
        submission: int,
        done: Future[None],
        failed: BaseException | None,
    ) -> None:
        """On the encoder's thread: hold the parts' vectors; drop what no plan since ``submission - 1`` wanted."""
        try:
            with self._lock:
                for text in [t for t, (n, _) in self._ready.items() if n < submission - 1]:
                    del self._ready[text]
                for key in [k for k, (n, _) in self._redactions.items() if n < submission - 1]:
                    del self._redactions[key]
            for texts, encoded in parts:
                error = encoded.exception()
                with self._lock:
                    if error is None:
                        vectors = encoded.result()
                        for text, vector in zip(texts, vectors, strict=True):
                            self._ready[text] = (self._wanted.get(text, submission), vector)
                    for text in texts:
                        self._wanted.pop(text, None)
                failed = failed or error
        finally:
            if failed is not None:
                done.set_exception(failed)
            else:
                done.set_result(None)

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            found = {t: self._ready[t][1] for t in set(texts) if t in self._ready}
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        if missing:
            found.update(zip(missing, self._inner.encode(missing), strict=True))
        return np.stack([found[t] for t in texts]).astype(np.float32, copy=False)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)  # first: a running plan may still hand parts over
        self._encoding.shutdown(wait=True, cancel_futures=True)


class Lookahead:
    """Guesses the texts the writer will encode for a block of new records, and has them encoded ahead.

    A candidate's profile chunks and a note's chunks and passages, redacted for the person they are about, as
    ``memory.capture`` makes them; all of it on the encoder's background thread. Only records the store
    does not hold yet are guessed (one read per block): an update or a replay may encode nothing at all,
    and guessing it would spend the encoder's time on vectors nobody asks for. A note's person is looked
    up among the candidates of this import.
    """

    def __init__(self, store: VectorStore, encoder: EncodeAhead, redactor: Redacts, chunk_words: int) -> None:
        self._store = store
        self._encoder = encoder
        self._redactor = redactor
        self._chunk_words = chunk_words
        self._people: dict[str, Candidate] = {}

    def __call__(self, records: Sequence[Record]) -> Future[None]:
        self._people.update((r.candidate_id, r) for r in records if isinstance(r, Candidate))
        people = dict(self._people)
        parts = [records[i : i + PLAN_PART] for i in range(0, len(records), PLAN_PART)]
        return self._encoder.submit_parts(lambda: (self._texts(part, people) for part in parts))

    def _texts(self, records: Sequence[Record], people: dict[str, Candidate]) -> list[str]:
        candidates = [r for r in records if isinstance(r, Candidate)]
        notes = [r for r in records if isinstance(r, InterviewNote) and r.candidate_id in people]
        known = self._stored(candidates, notes)
        new_people = [c for c in candidates if c.candidate_id not in known]
        new_notes = [n for n in notes if n.note_id not in known]
        texts = [c.public().profile_text() for c in new_people] + [n.text for n in new_notes]
        owners: list[Candidate | None] = [*new_people, *(people[n.candidate_id] for n in new_notes)]
        redacted = self._redactor.redact_many(texts, owners) if texts else []
        self._encoder.keep_redacted(texts, owners, redacted)
        # Profiles are chunked as ``memory.capture`` chunks them (PROFILE_CHUNK_WORDS); a note's texts are its
        # chunks at chunk_words and their passages, as capture makes them (``note_model_texts``).
        profiles = redacted[: len(new_people)]
        texts = [chunk for text in profiles for chunk in chunk_text(text, PROFILE_CHUNK_WORDS)]
        for note, text in zip(new_notes, redacted[len(new_people) :], strict=True):
            texts += note_model_texts(note.text, text, self._chunk_words)
        return texts

    def _stored(self, candidates: list[Candidate], notes: list[InterviewNote]) -> set[str]:
        keys = [point_id(Collection.candidates, c.candidate_id) for c in candidates]
        found = (
            {p.payload["candidate_id"] for p in self._store.retrieve(Collection.candidates, keys)} if keys else set()
        )
        keys = [point_id(Collection.notes, n.note_id) for n in notes]
        return found | ({p.payload["note_id"] for p in self._store.retrieve(Collection.notes, keys)} if keys else set())


def _person_key(person: Candidate | None) -> str | None:
    """A person as redaction reads them: the whole record (their identifiers, and their profile for context)."""
    return person.model_dump_json() if person is not None else None
