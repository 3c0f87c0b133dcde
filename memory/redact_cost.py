"""The cyclic garbage collector paused while a batch is redacted (issue 10's cost budget, session 17).

Redaction allocates many short-lived objects (tokens, spans, the tagger's documents) that reference counting
frees as they go: almost none is part of a cycle (the dev set's 166 resumes leave 120 objects for the collector).
Yet their allocations start the collector's passes over every tracked object of the process, the loaded lists and
the model included: 213 young, 20 middle and 2 full passes on the dev resumes, 0.42 of 6.1 s CPU
(``gc.callbacks``; session 17). Paused for the call, the little cyclic garbage is collected by the first pass
after it. What is redacted does not change: the collector frees memory and decides nothing.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    """How many redaction calls are running, and whether the first of them paused the collector."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.paused = False


_PAUSE = _Pause()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector paused; calls may overlap (request threads) and nest.

    The first call to enter pauses the collector only if it was running, and the last to leave restarts it only
    if a call paused it: a host that turned the collector off keeps it off."""
    with _PAUSE.lock:
        if _PAUSE.running == 0 and gc.isenabled():
            gc.disable()
            _PAUSE.paused = True
        _PAUSE.running += 1
    try:
        yield
    finally:
        with _PAUSE.lock:
            _PAUSE.running -= 1
            if _PAUSE.running == 0 and _PAUSE.paused:
                _PAUSE.paused = False
                gc.enable()
