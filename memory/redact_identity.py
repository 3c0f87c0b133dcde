"""The candidate's own identity, known from their record: what of it redaction removes as ``[CANDIDATE]``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from memory.redact_lexicon import (
    NICKNAMES,
    PARTICLES,
    PAST_VERBS,
    PERSON_CUES_AFTER,
    PERSON_CUES_BEFORE,
    PERSON_VERBS_AFTER,
    TITLES,
    Lexicon,
)
from memory.redact_tokens import MONTHS, TOKEN, Token, joined, key_of, mark, sentence_start


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
    # The names were read from the person's resume, not their record (memory.redact_s_own): they are removed as
    # the record's would be, but as [PERSON], so that whether the head was read (which can depend on the name)
    # never shows in the placeholder.
    inferred: bool = False

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
        # A local part with a digit or an underscore ("jdoe88", "j_doe") written without its domain is no word the
        # name rules can read as a person (tokens with digits are never names), so it goes as written; a local
        # part of letters only ("janed") is one of keys() and becomes [CANDIDATE] like the name.
        for email in self.emails:
            local = email.split("@", 1)[0]
            if len(local) > 2 and re.search(r"[\d_]", local):
                found.add(local)
        for url in self.urls:
            handle = url.rstrip("/").rsplit("/", 1)[-1]
            if len(handle) > 2:
                found.add("@" + handle.lstrip("@"))
        return tuple(sorted((f for f in found if f), key=len, reverse=True))

    def phone_tails(self) -> frozenset[str]:
        """The last 7 digits of each phone, so local forms ("555-0199") are found too."""
        tails = {re.sub(r"\D", "", phone)[-7:] for phone in self.phones}
        return frozenset(t for t in tails if len(t) == 7)


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PRONOUNS = frozenset("he she him her his hers they them their i we you it me us".split())
_DATE_AFTER = re.compile(r"\.?,?\s*'?\d|\s*[-–]\s*\d")
# After an own name word that is also an ordinary word, these say the person is meant ("May led", "Her said").
PERSON_NEXT = (
    PERSON_VERBS_AFTER
    | PAST_VERBS
    | frozenset("has had is was will would can could should joined led owns owned wants needs prefers".split())
)


def own_words_in_place(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """The candidate's name words that are also ordinary words count as theirs only where a name stands.

    A candidate named May, August or Her (a Hmong surname) keeps "June 2010 - May 2015", "since August 2000"
    and "Her code was clean": a month before a date, a lower-case word, and a capitalised word opening a
    sentence before anything but a verb are the word. Beside another of their name words ("May Chen", "Li
    Her"), mid-sentence with a capital, or before a verb ("May led") they are the person.
    """
    for index, token in enumerate(tokens):
        if not token.own:
            continue
        key = token.key
        month = key in MONTHS or key in _WEEKDAYS
        # A product's word too ("java" for Java Wibowo): in lower case the word unless a person stands there.
        if not (month or key in _PRONOUNS or key in lex.common or (key in lex.tech and not token.cap)):
            continue
        if month and _DATE_AFTER.match(text, token.end):
            token.own = False  # "May 2015", "August 12", "May - 2015"
            continue
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        beside = any(
            other is not None and other.own and other.cap == token.cap and joined(text, *pair)
            for other, pair in ((before, (before, token)), (after, (token, after)))
            if other is not None
        )
        if beside:
            continue
        if not token.cap:
            # "spoke to hope", "met ruby at the fair", "hope prefers remote": where only a person stands the word
            # is the candidate (the record says it is their name); elsewhere the word ("real hope for the team").
            if month or key in _PRONOUNS or not _person_place(text, tokens, index):
                token.own = False
            continue
        if before is not None and joined(text, before, token) and name_piece(text, before):
            continue  # "Luuk van den Berg", "J. Bird": after a particle or an initial, the family name
        possessive = text[token.end : token.end + 2] in ("'s", "’s")
        verb = after is not None and not after.cap and after.key in PERSON_NEXT
        if not sentence_start(text, token) and key not in _PRONOUNS:
            continue  # a capital mid-sentence is a proper noun: "thanks to May for the intro"
        if not (possessive or verb):
            token.own = False  # "Her code was clean", "August was a slow month"
    # What is still the candidate's is removed now, before the product, place and phrase rules protect a word:
    # the record says it is their name ("Java is strong in Java and Kotlin." for Java Wibowo; review M8).
    # Months and weekdays stay to the date rules ("reviewed in August" for August Lindqvist).
    for token in tokens:
        if token.own and len(token.key) > 1 and token.key not in MONTHS and token.key not in _WEEKDAYS:
            mark(token, "own")


# Before a lower-case word, what makes it a person: a cue only a person takes ("spoke to", "met", "thanks", "cc");
# not "with", "by", "from", "per", which take things as often ("with ruby on rails", "by chance").
_OWN_CUES = PERSON_CUES_BEFORE - frozenset("with by from per candidate reference referred meeting".split())
_TALKED = frozenset("talked spoke speak talk wrote write reached replied reply sent send introduced".split())
_OWN_NEXT = PERSON_NEXT | PERSON_CUES_AFTER


def _person_place(text: str, tokens: list[Token], index: int) -> bool:
    """A lower-case word where a person stands: after a person cue or "spoke to", before a person's verb, or as a
    label ("walsh: strong yes", "Feedback on summer: advance.": a word no text writes before a colon otherwise)."""
    if text[tokens[index].end : tokens[index].end + 1] == ":":
        return True
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and not before.cap and text[before.end : tokens[index].start] == " ":
        if before.key in _OWN_CUES:
            return True
        if before.key == "to" and index > 1 and tokens[index - 2].key in _TALKED:
            return True
    return (
        after is not None and not after.cap and text[tokens[index].end : after.start] == " " and after.key in _OWN_NEXT
    )


def name_piece(text: str, token: Token) -> bool:
    """A particle in lower case ("van", "den", "de") or an initial with its dot: what joins a name's words."""
    if not token.cap:
        return token.key in PARTICLES
    return len(token.key) == 1 and text[token.start : token.end].isupper() and text[token.end : token.end + 1] == "."


def capital_cued(text: str, tokens: list[Token], index: int) -> bool:
    """A capitalised word where a person stands: any person cue before it ("with", "from", "per", "thanks"), "to"
    after a cue ("thanks to", "spoke to"), or a lower-case word's person place (:func:`_person_place`)."""
    if _person_place(text, tokens, index):
        return True
    before = tokens[index - 1] if index else None
    if before is None or before.cap or text[before.end : tokens[index].start] != " ":
        return False
    if before.key in PERSON_CUES_BEFORE:
        return True
    return before.key == "to" and index > 1 and tokens[index - 2].key in _TALKED | {"thanks", "thank"}


def own_lower(tokens: list[Token]) -> None:
    """Every lower-case word still the candidate's after :func:`own_words_in_place` is removed, whatever list
    holds it: "spoke to eko" (a word list holds "eko"), "met ruby at the fair" (a product). The identity layer
    is deterministic; only the word senses that function decided were given back to the text."""
    for token in tokens:
        if token.own and not token.cap and not token.person and not token.protected and len(token.key) > 1:
            mark(token, "own")
