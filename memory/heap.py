"""Keep the cyclic garbage collector's full collections off the match path.

A serving process holds ~0.6 million objects the collector tracks and that live as long as it does (the
model's modules, the redactor's lexicons, pydantic's validators, the store's bindings: 611,300 on the 10k
bench pool after a warm-up, ``eval.bench`` gc part). Python runs a full collection each time the objects
promoted since the last one pass a quarter of that old generation, about once every 10-50 matches here, and
a full collection walks every tracked object and stops every thread: on the order of a second on this
machine, paid by whichever match allocated at that moment (the tail of the match p95; docs/profile/,
"Garbage collection").

``settle`` moves what is alive at a point where the process has loaded what it keeps (the end of its first
match: the model, the tagger and the lazy tables are loaded by then; the compact payload table holds no
tracked object) into the collector's permanent generation (``gc.freeze``): full collections then walk only
what was made since, and each costs in proportion. What is made since (the payload cache's dicts, the text
caches of a warm server) grows until a full collection is slow again; ``settle_if_due`` then freezes once
more, right after that collection. Frozen objects are still freed by reference counting when dropped (a
cache entry, an erased person's payload); only a reference cycle that is already garbage when a freeze runs
is kept for good. The first freeze runs without a collection before it (that collection is the very pause
this avoids; ``gc.freeze`` alone is O(1)); the later ones follow a full collection, so they keep at most
what a match made in between.
"""

from __future__ import annotations

import gc
import threading
import time

# A full collection slower than this (wall) means the objects made since the last freeze have grown to cost
# a match a visible pause (a warm server's caches: ~50-160 ms a collection at 100k in the quiet window).
SLOW_FULL_COLLECTION_S = 0.02

_lock = threading.Lock()
_done: set[str] = set()
_due = threading.Event()
_started: list[float] = []


def settle(moment: str) -> bool:
    """Freeze every object the collector tracks now, once per process and ``moment``; whether it ran now.

    >>> settle("doctest"), settle("doctest")
    (True, False)
    """
    with _lock:
        if moment in _done:
            return False
        _done.add(moment)
        if not _done - {moment}:  # the first settle of the process watches the full collections from then on
            gc.callbacks.append(_watch)
    gc.freeze()
    return True


def settle_if_due() -> bool:
    """Freeze again if a slow full collection ran since the last freeze; whether it froze.

    Right after a full collection everything the collector tracks is alive (it has just removed the
    garbage), so freezing then keeps no garbage: only what was made in between, a match's worth at most.
    Called at the end of a match, outside the collector (a callback must not change its generations).
    """
    if not _due.is_set():
        return False
    _due.clear()
    gc.freeze()
    return True


def _watch(phase: str, info: dict[str, int]) -> None:
    if info.get("generation") != 2:
        return
    if phase == "start":
        _started[:] = [time.perf_counter()]
    elif _started and time.perf_counter() - _started[0] > SLOW_FULL_COLLECTION_S:
        _due.set()
