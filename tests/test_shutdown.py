"""SIGTERM sets the shutdown flag a long purge reads, and still reaches the server's own handler."""

from __future__ import annotations

import os
import signal
from types import FrameType

from api import shutdown


def test_sigterm_sets_the_flag_and_chains_to_the_previous_handler() -> None:
    seen: list[int] = []

    def server_handler(signum: int, frame: FrameType | None) -> None:
        seen.append(signum)

    before = signal.signal(signal.SIGTERM, server_handler)
    try:
        shutdown.watch()
        assert not shutdown.stopping.is_set()
        os.kill(os.getpid(), signal.SIGTERM)
        assert shutdown.stopping.is_set() and seen == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, before)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        shutdown.stopping.clear()
