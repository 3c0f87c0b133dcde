"""The redaction the write path applies: one object, built once per memory, batched per write.

``memory.capture`` asks for many texts at once, each with the person it is about, so that the person's
own identifiers (known from their record) are removed deterministically and other people's names are
found by the layers of ``memory.redact``.
"""

from __future__ import annotations

from collections.abc import Sequence

from memory.capture import Redacts
from memory.models import Candidate
from memory.redact import redact


class _NameListRedactor:
    def redact_many(self, texts: Sequence[str], people: Sequence[Candidate | None]) -> list[str]:
        return [
            redact(text, [person.name] if person is not None and person.name else [])
            for text, person in zip(texts, people, strict=True)
        ]


def redactor() -> Redacts:
    return _NameListRedactor()
