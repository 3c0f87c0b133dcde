"""Session 17's cost cut in redaction (issue 10): the cyclic collector is paused while a batch is redacted
(:mod:`memory.redact_cost`), and what is redacted does not change with it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Sequence

import pytest

from memory.redact import Redactor
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
