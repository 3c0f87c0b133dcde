"""Words that name products and things rather than people, by their shape: camel case ("QuickBooks"), product
endings ("Mulesoft", "Dropbox"), a capitalised word no list knows among named things ("as Jira, Trello and
Asana"). Split out of :mod:`memory.redact_positions` by what it holds; used by the name rules."""

from __future__ import annotations

import re

from memory.redact_lexicon import (
    Lexicon,
)
from memory.redact_tokens import Token, near

# Cue words that may open a sentence in front of a name run ("Per Abenov, ...", "Thanks Tendai").
# Verbs whose object is a person: "Shadowed Somchai during ...", "mentored Hemi", "thanked Pau".


def camel(text: str, token: Token) -> bool:
    """ "InfoTech", "LabView": capitals deep inside a word mark a product, not "DeShawn" or "McKinsey"."""
    if token.upper:
        return False
    for part in re.split(r"['’-]", text[token.start : token.end]):  # "Ablimit-Gulnar" is two names, not camel
        inner = [i for i, c in enumerate(part) if c.isupper() and i > 0]
        if len(inner) > 1 or any(i >= 4 for i in inner):
            return True
    return False


# Endings of software and company names made of an English word and a product morpheme ("Mulesoft",
# "Salesforce", "Dropbox", "Freshdesk"); surnames made of words end otherwise ("Littlechild", "Morningstar").
_PRODUCT_ENDINGS = (
    "soft",
    "ware",
    "force",
    "base",
    "box",
    "desk",
    "hub",
    "stack",
    "forge",
    "flow",
    "cloud",
    "bot",
    "ops",
    "pay",
    "sense",
    "scale",
    "labs",
    "logic",
    "works",
    "data",
    "app",
    "apps",
    "net",
    "web",
    "mail",
    "chat",
    "cast",
)


def productish(key: str, lex: Lexicon) -> bool:
    """A word no list knows made of an English word and a product ending: "Mulesoft" is a product, so "so Mulesoft
    moves to the integration team" names none (review S9)."""
    for ending in _PRODUCT_ENDINGS:
        stem = key[: -len(ending)]
        if key.endswith(ending) and len(stem) >= 3 and (stem in lex.english or stem in lex.common):
            return True
    return False


_THING_INTROS = frozenset("as like using including include includes via plus".split())


def among_things(text: str, tokens: list[Token], index: int) -> bool:
    """Listed with another capitalised word ("ANSYS or Hyperworks", "Fresno, Visalia"), after "such as", "like"
    or "using", or before a version number: a product or place, not a person."""
    token = tokens[index]
    before = tokens[index - 1] if index else None
    if before is not None and before.key in _THING_INTROS and near(text, before, token):
        return True
    if re.match(r"\s*[-/ ]?v?\d", text[token.end : token.end + 4], re.IGNORECASE):
        return True
    for step in (-1, 1):
        at = index + step
        if 0 <= at < len(tokens) and tokens[at].key in ("and", "or", "&"):
            at += step
        if not 0 <= at < len(tokens):
            continue
        other = tokens[at]
        gap = text[min(other.end, token.end) : max(other.start, token.start)]
        if len(gap) > 6 or "\n" in gap:
            continue
        # Listed with any capitalised word not found as a person ("Fresno, Visalia", "Sentry and Rollbar"): lists of
        # people are decided by the list rules, lists of places and products stay.
        if other.cap and not other.person:
            return True
    return False
