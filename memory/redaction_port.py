"""The redaction the write path applies: one ``Redactor`` per process, batched per write.

``memory.capture`` asks for many texts at once, each with the person it is about, so that the person's
own identifiers (known from their record) are removed deterministically and other people's names are
found by the layers of ``memory.redact`` (name lists gated by context, then the NER model).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from memory.capture_plans import Redacts
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
        identities = _own_from_heads(self._redactor, people, identities)
        texts, identities, context = _with_profiles(list(texts), people, identities)
        return self._redactor.redact_many(texts, identities, context)[: len(people)]


def _own_from_heads(
    redactor: Redactor, people: Sequence[Candidate | None], identities: list[Identity | None]
) -> list[Identity | None]:
    """A person with no ``name`` on record gets the name their resume's head gives (``Redactor.own_names``) as
    their identity's, for their profile and every note about them alike, so that their own name goes in any
    form ("A. Gonzalez", "Angel's") whichever name it is (issue 10; :mod:`memory.redact_s_own`)."""
    unnamed = {p.candidate_id: p.public().profile_text() for p in people if p is not None and not p.name}
    if not unnamed:
        return identities
    found = dict(zip(unnamed, redactor.own_names(list(unnamed.values())), strict=True))
    out = list(identities)
    for index, person in enumerate(people):
        own = found.get(person.candidate_id) if person is not None and not person.name else None
        identity = out[index]
        if own and identity is not None:
            out[index] = replace(identity, names=(own,), inferred=True)
    return out


def _with_profiles(
    texts: list[str], people: Sequence[Candidate | None], identities: list[Identity | None]
) -> tuple[list[str], list[Identity | None], list[int | None]]:
    """Each note about a person with no ``name`` on record reads the names found in that person's profile
    (``context``), so "Gift" alone in a note goes when the profile says "Gift Ndlovu" (issue 10: names only in
    the text). The profile is added to the call when it is not in it; its output is dropped. A person with a
    ``name`` needs none of it: the identity layer removes their name in any case and order. A profile itself
    reads no other text, so it is redacted the same whichever notes come with it (the import's look-ahead and
    the write see the same texts)."""
    context: list[int | None] = [None] * len(texts)
    profiles: dict[str, int] = {}
    count = len(texts)
    for index in range(count):
        person = people[index]
        if person is None or person.name:
            continue
        profile = person.public().profile_text()
        if texts[index] == profile:
            continue
        at = profiles.get(person.candidate_id)
        if at is None:
            at = next((j for j in range(count) if texts[j] == profile and people[j] is person), None)
            if at is None:
                texts.append(profile)
                identities.append(identities[index])
                context.append(None)
                at = len(texts) - 1
            profiles[person.candidate_id] = at
        context[index] = at
    return texts, identities, context


@cache
def redactor() -> Redacts:
    """The process's redactor (one NER model per process, however many memories it opens)."""
    return _ByPerson()
