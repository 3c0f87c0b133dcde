"""The redaction the write path applies: one ``Redactor`` per process, batched per write.

``memory.capture`` asks for many texts at once, each with the person it is about, so that the person's
own identifiers (known from their record) are removed deterministically and other people's names are
found by the layers of ``memory.redact`` (name lists gated by context, then the NER model).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache

from memory.capture import Redacts
from memory.models import Candidate
from memory.redact import Identity, Redactor


class _ByPerson:
    """Built at open, loaded at the first text: a command that writes nothing never loads spaCy."""

    def __init__(self) -> None:
        self._redactor: Redactor | None = None
        self._lock = threading.Lock()  # two first writes from the web server's pool load it once

    def redact_many(self, texts: Sequence[str], people: Sequence[Candidate | None]) -> list[str]:
        with self._lock:
            if self._redactor is None:
                self._redactor = Redactor()
        identities = [Identity.from_candidate(p) if p is not None else None for p in people]
        return self._redactor.redact_many(texts, identities)


@cache
def redactor() -> Redacts:
    """The process's redactor (one NER model per process, however many memories it opens)."""
    return _ByPerson()
