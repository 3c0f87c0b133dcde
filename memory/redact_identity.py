"""The candidate's own identity, known from their record: what of it redaction removes as ``[CANDIDATE]``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from memory.redact_lexicon import NICKNAMES, PARTICLES, TITLES
from memory.redact_tokens import TOKEN, key_of


@dataclass(frozen=True)
class Identity:
    """What the record says about who the person is; everything here is removed from their texts.

    >>> sorted(Identity.of(names=["Priya Raghunathan"], emails=["priya.r@example.com"]).keys())
    ['priya', 'priya.r', 'raghunathan']
    """

    names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()

    @classmethod
    def of(
        cls,
        names: Iterable[str] = (),
        emails: Iterable[str] = (),
        phones: Iterable[str] = (),
        urls: Iterable[str] = (),
    ) -> Identity:
        return cls(tuple(names), tuple(emails), tuple(phones), tuple(urls))

    @classmethod
    def from_candidate(cls, candidate: object) -> Identity:
        """The identity a :class:`memory.Candidate` carries: name, emails, phones and links (if any)."""
        name = getattr(candidate, "name", None)
        links = getattr(candidate, "links", None) or ()
        return cls.of(
            [name] if name else [],
            getattr(candidate, "emails", None) or (),
            getattr(candidate, "phones", None) or (),
            [str(link) for link in links],
        )

    def keys(self) -> frozenset[str]:
        """Lower-case words that name the person: name parts, nicknames, email local parts, handles."""
        out: set[str] = set()
        for name in self.names:
            for part in TOKEN.findall(name):
                # "Min-jun" is also written "Minjun" (and "minjun"): the joined form is the person's too.
                for piece in [part, *part.split("-"), part.replace("-", "")]:
                    key = key_of(piece)
                    # "de" in "Ana de la Cruz" is a particle; "Le" in "Minh Le" is a family name.
                    if len(key) > 1 and key not in TITLES and (key not in PARTICLES or piece[:1].isupper()):
                        out.add(key)
                        out.update(NICKNAMES.get(key, "").split())
                        out.update(full for full, short in NICKNAMES.items() if key in short.split())
        for email in self.emails:
            local = email.split("@", 1)[0]
            out.update(key_of(p) for p in re.split(r"[._+\-\d]+", local) if len(p) > 2)
            out.add(key_of(local))
        for url in self.urls:
            handle = url.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
            if len(handle) > 2:
                out.add(key_of(handle))
        return frozenset(k for k in out if k)

    def literals(self) -> tuple[str, ...]:
        """Exact strings to remove before anything else: emails, URLs, handles; longest first."""
        found = {*self.emails, *self.urls}
        for url in self.urls:
            handle = url.rstrip("/").rsplit("/", 1)[-1]
            if len(handle) > 2:
                found.add("@" + handle.lstrip("@"))
        return tuple(sorted((f for f in found if f), key=len, reverse=True))

    def phone_tails(self) -> frozenset[str]:
        """The last 7 digits of each phone, so local forms ("555-0199") are found too."""
        tails = {re.sub(r"\D", "", phone)[-7:] for phone in self.phones}
        return frozenset(t for t in tails if len(t) == 7)
