"""Keep the cyclic garbage collector's full collections off the match path.

A serving process holds ~0.5-0.6 million objects the collector tracks and that live as long as it does
(the model's modules, the redactor's lexicons, pydantic's validators, the store's bindings), measured on
the 10k bench pool after a warm-up (``gc.get_objects()``: 587,723). Python runs a full collection each
time the objects promoted since the last one pass a quarter of that old generation, i.e. about once every
50 warm matches, and a full collection walks every tracked object: ~680 ms of CPU on that pool, paid by
whichever match allocated at that moment (the tail of the match p95; docs/profile/, "Garbage collection").

``settle`` moves what is alive at a point where the process has loaded what it keeps (the end of its first
match: the model, the tagger and the lazy tables are loaded by then; the compact payload table holds no
tracked object) into the collector's permanent generation (``gc.freeze``): full
collections then walk only what was made since, and each costs in proportion. Frozen objects are still
freed by reference counting when dropped (a cache entry, an erased person's payload); only a reference
cycle that is already garbage at that instant is kept for good, once per moment: no collection runs before
the freeze, because that one full collection is the very pause this avoids (``gc.freeze`` alone is O(1)).
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_done: set[str] = set()


def settle(moment: str) -> bool:
    """Freeze every object the collector tracks now, once per process and ``moment``; whether it ran now.

    >>> settle("doctest"), settle("doctest")
    (True, False)
    """
    with _lock:
        if moment in _done:
            return False
        _done.add(moment)
    gc.freeze()
    return True
