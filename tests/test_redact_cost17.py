"""Session 17's cost cut in redaction (issue 10): the cyclic collector is paused while a batch is redacted
(:mod:`memory.redact_cost`), and what is redacted does not change with it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Sequence

import pytest

from memory.redact import Redactor, _reread_blocks
from memory.redact_cost import collector_paused


@pytest.fixture(autouse=True)
def _collector_running() -> object:
    was = gc.isenabled()
    gc.enable()
    yield None
    if not was:
        gc.disable()


def test_paused_inside_restored_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: the inner leaving does not restart it
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_after_an_error() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_host_that_turned_it_off_keeps_it_off() -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_overlapping_calls_restart_it_when_the_last_leaves() -> None:
    entered, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            entered.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    entered.wait(5)
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other call is still running
    release.set()
    thread.join(5)
    assert gc.isenabled()


class _Finder:
    """A tagger that finds nobody and notes whether the collector ran while it was asked."""

    def __init__(self) -> None:
        self.running: list[bool] = []

    def persons(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        self.running.append(gc.isenabled())
        return [[] for _ in texts]


TEXTS = [
    "Skills: Python, Kubernetes, Snowflake, Zorblax, Quintex",  # words no rule decides: the tagger is asked
    "Spoke with Chidubem Okonkwo about the Kafka migration; he will send references.",
    "Talked to Fortune Chirwa and Thandeka Mokoena. Strong hire from Austin.",
    "PRIYA RAGHUNATHAN\nSenior Engineer, Stripe\nReferences: A. Boonmee, R. Long (chair)",
]


def test_redact_many_runs_paused_and_redacts_the_same() -> None:
    finder = _Finder()
    redactor = Redactor(finder=finder)
    paused = redactor.redact_many(TEXTS, [None] * len(TEXTS))
    assert finder.running and not any(finder.running)
    assert gc.isenabled()
    # The same call with the collector running throughout (the undecorated method) gives the same texts.
    running = Redactor.redact_many.__wrapped__(redactor, TEXTS, [None] * len(TEXTS))  # type: ignore[attr-defined]
    assert finder.running[-1]
    assert running == paused


# The second reading reads only the lines around a word beside a placeholder (memory.redact._reread_blocks).
RESUME_HEAD = [
    "SUMMARY",
    "Data analyst with six years in retail banking.",
    "Built dashboards in Tableau and Power BI.",
    "Led the Kafka migration at Stripe.",
]
RESUME_TAIL = ["EDUCATION", "BSc Statistics, University of Lagos, 2016", "SKILLS", "Python, SQL, Snowflake, Airflow"]


def _span(text: str, first: str, last: str) -> tuple[int, int]:
    return text.index(first), text.index(last) + len(last)


def test_blocks_are_the_lines_around_a_word_beside_a_placeholder() -> None:
    text = "\n".join([*RESUME_HEAD, "Mentored by [PERSON] okonkwo-bello during the audit.", *RESUME_TAIL])
    assert _reread_blocks(text) == [_span(text, RESUME_HEAD[-1], "EDUCATION")]
    # Two such lines two apart: their blocks touch, one block.
    text = "\n".join(["Intro.", "Talked to [PERSON] chirwa.", "Middle.", "Thandeka [PERSON] led it.", "Close.", "End."])
    assert _reread_blocks(text) == [_span(text, "Intro.", "Close.")]
    # Far apart: two blocks; the last line's block ends at the text's end, its final newline included.
    text = "\n".join(["Talked to [PERSON] chirwa.", "b", "c", "d", "e", "Thandeka [PERSON] led it.", ""])
    assert _reread_blocks(text) == [_span(text, "Talked", "\nb"), (text.index("\ne") + 1, len(text))]


def test_a_text_without_such_a_word_has_no_block_and_one_line_is_read_whole() -> None:
    assert _reread_blocks("Talked to [PERSON] about the role.\nThen [PERSON] led it.") == []
    line = "Mentored by [PERSON] okonkwo-bello during the audit."
    assert _reread_blocks(line) == [(0, len(line))]


@pytest.mark.slow  # the person tagger
def test_a_resume_read_again_keeps_its_other_lines() -> None:
    lines = [*RESUME_HEAD, "Mentored by Chidubem okonkwo-bello during the audit.", *RESUME_TAIL]
    out = Redactor().redact("\n".join(lines)).split("\n")
    assert out[:5] == [*RESUME_HEAD, "Mentored by [PERSON] okonkwo-bello during the audit."]
    assert out[5:] == ["EDUCATION", "BSc Statistics, University of Lagos, [DATE]", "SKILLS", RESUME_TAIL[-1]]
