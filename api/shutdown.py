"""Shutdown as a flag long requests can read: a retention purge stops between batches on SIGTERM.

uvicorn installs its own SIGTERM/SIGINT handlers and then waits for requests in flight to finish; a purge
of thousands would keep the process alive for minutes. ``watch`` chains a handler that sets ``stopping``
before uvicorn's own runs, and ``Memory.retention(should_stop=stopping.is_set)`` ends at the next batch.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType

stopping = threading.Event()


def watch() -> None:
    """Chain the flag onto the current SIGTERM and SIGINT handlers (main thread only, else a no-op)."""
    if threading.current_thread() is not threading.main_thread():
        return  # signals can only be handled in the main thread; test clients run apps elsewhere
    stopping.clear()
    for number in (signal.SIGTERM, signal.SIGINT):
        previous = signal.getsignal(number)

        def handler(signum: int, frame: FrameType | None, _previous: object = previous) -> None:
            stopping.set()
            if callable(_previous):
                _previous(signum, frame)
            elif _previous == signal.SIG_DFL:
                raise SystemExit(128 + signum)

        signal.signal(number, handler)
