"""Evidence that supports: note passages classified as strengths or concerns, ranked by relevance.

A note chunk mixes praise and doubt ("strong on Go. Concern: SQL window functions were shaky."), so the
nearest chunk is not evidence *for* a candidate. Chunks are split into passages (sentences); each is a
``strength``, a ``concern`` or ``context`` (a fact with no judgement: "Skills discussed: Go, Kafka"). The
shortlist shows supporting passages (every strength, most relevant first, then context) and concerns apart,
labelled, never as the top evidence.

The classifier is a cue lexicon, chosen over a model because every decision can be read and tested:
a sentence is a concern when it carries a doubt cue that is not negated ("no concerns" is not one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from memory.chunking import cut


class PassageKind(StrEnum):
    strength = "strength"
    concern = "concern"
    context = "context"


_CONCERN = re.compile(
    r"\b(?:concern(?:s|ed|ing)?|worr(?:y|ied|ies|ying)|weak(?:ness|nesses|er)?|shaky|struggl\w*|lack(?:s|ed|ing)?|"
    r"little (?:experience|exposure|depth|knowledge)|limited|not (?:a |yet )?(?:strength|strong|ready|comfortable|"
    r"familiar|convincing|clear)|vague|shallow|superficial|(?:behind|below) the bar|had(?:n't| not)|has(?:n't| not)|"
    r"did(?:n't| not)|could(?:n't| not)|unable|no (?:experience|exposure)|gaps?|red flags?|poor(?:ly)?|"
    r"inconsistent|rusty|unclear|unfamiliar|uncomfortable|hesitant|fell short|needs? (?:to )?improve\w*|"
    r"(?:was|were) (?:manual|slow|missing|light)|missed|mistakes?|risk(?:s|y)?)\b",
    re.IGNORECASE,
)
# "No concerns", "no gaps", "without any weakness": a doubt cue that is negated is not a concern.
_NEGATED = re.compile(
    r"\b(?:no|without(?: any)?|not any|zero)\s+(?:real\s+|major\s+|obvious\s+)?(?:concerns?|gaps?|red flags?|"
    r"weakness(?:es)?|issues?|mistakes?|risks?)\b",
    re.IGNORECASE,
)
_STRENGTH = re.compile(
    r"\b(?:strong(?:ly)?|excellent|excelled|great|impressive|impressed|outstanding|clear(?:ly)?|thorough(?:ly)?|"
    r"deep(?:ly)?|solid|crisp|calm|precise|exceeded|consistently|expert(?:ise)?|mastery|fluent|"
    r"led|built|designed|shipped|rebuilt|migrated|delivered|closed|ran|cared|partnered|presented|debugged|"
    r"explained|framed|validated|wrote|created|improved|cut|reduced|grew|launched|mentored|owned|"
    r"well|good|confident|rapport|adopted)\b",
    re.IGNORECASE,
)
# A passage break: after a sentence's end, at a semicolon, or before a "Concern:"-style label; never after a lone
# initial's dot before another initial or a lower-case word (``memory.chunking.cut``: "J. K. did the round").
_SPLIT = re.compile(r"(?<=[.!?])\s+|;\s+|\s+(?=(?:concerns?|gaps?|risks?|strengths?)\s*:)", re.IGNORECASE)
# Passages shorter than this are fragments ("Ok.") and are not shown as evidence.
MIN_PASSAGE_CHARS = 12
# The same people top many shortlists, so their chunks are cut and their passages classified again and
# again (5% of a warm match, py-spy): both are pure functions of the text, kept per text. Cleared with the
# match's other text caches after an erasure (``forget_texts``).
TEXT_CACHE_SIZE = 8192


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def classify(passage: str) -> PassageKind:
    """Strength, concern or context.

    >>> [classify(s) for s in ["Concern: SQL window functions were shaky.", "No concerns about Go.",
    ...                        "Wrote careful SQL.", "Skills discussed: Go, Kafka."]]
    [<PassageKind.concern: 'concern'>, <PassageKind.strength: 'strength'>, <PassageKind.strength: 'strength'>, \
<PassageKind.context: 'context'>]
    """
    cleaned = _NEGATED.sub(" ", passage)
    if _CONCERN.search(cleaned):
        return PassageKind.concern
    if _STRENGTH.search(cleaned) or cleaned != passage:
        return PassageKind.strength
    return PassageKind.context


def passages(text: str) -> list[str]:
    """A chunk's passages, in order; fragments dropped.

    >>> passages("Onsite for SRE. Led incident reviews; calm. Concern: cost on AWS was not a strength.")
    ['Onsite for SRE.', 'Led incident reviews', 'Concern: cost on AWS was not a strength.']
    """
    return list(_cut(text))  # a fresh list: the cached tuple is shared by every caller


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _cut(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cut(_SPLIT, text) if len(p.strip()) >= MIN_PASSAGE_CHARS)


def paired(shown: str, redacted: str) -> list[str | None]:
    """For each passage of ``passages(shown)``, the same passage of the chunk's redacted text: what the
    model may read to rank it (it never reads the shown text, which keeps the names).

    Redaction swaps words and keeps sentence ends, so both texts usually cut into the same pieces; where
    they do not (an initial such as "J." redacted away), no piece is paired (``None``) and the passage is
    ranked by its chunk's similarity instead. A twin is one of ``passages(redacted)`` (its own length is
    tested, not the shown piece's): the texts the model reads then follow the redacted text alone, so a
    name's length or a full stop inside it ("cc Bo." vs "cc Chukwuebuka.", "Abd. Rahman") cannot add or
    remove an encoded passage (issue 10, swapped names give identical model texts).

    >>> paired("Ana wrote Go. Ok. Ana led the migration.", "[CANDIDATE] wrote Go. Ok. They led the migration.")
    ['[CANDIDATE] wrote Go.', 'They led the migration.']
    >>> paired("J. Smith wrote Go well.", "[CANDIDATE] wrote Go well.")
    [None]
    """
    pieces = [p.strip() for p in cut(_SPLIT, shown)]
    model = [p.strip() for p in cut(_SPLIT, redacted)]
    same = len(pieces) == len(model)
    return [
        m if same and len(m) >= MIN_PASSAGE_CHARS else None
        for p, m in zip(pieces, model if same else pieces, strict=True)
        if len(p) >= MIN_PASSAGE_CHARS
    ]


def forget_texts() -> None:
    """Drop the passages and kinds kept per text (an erasure must leave no copy of the person's notes)."""
    classify.cache_clear()
    _cut.cache_clear()


@dataclass(frozen=True)
class Passage:
    chunk: int  # index into the chunks it was cut from
    text: str
    kind: PassageKind
    similarity: float


def rank(found: Sequence[Passage], supporting: int, concerns: int) -> tuple[list[Passage], list[Passage]]:
    """Supporting passages, strengths before context, and apart, concerns; each group most relevant first.

    A judgement about the person ("wrote careful SQL") is better evidence than a bare mention
    ("Skills discussed: SQL" or "Screen interview for Data Analyst"), however similar the mention reads.
    """
    unique = list({p.text: p for p in reversed(found)}.values())  # the same sentence in two notes shows once
    found = sorted(unique, key=lambda p: p.chunk)
    support = [p for p in found if p.kind is not PassageKind.concern]
    support.sort(key=lambda p: (p.kind is not PassageKind.strength, -p.similarity, p.chunk))
    doubts = sorted((p for p in found if p.kind is PassageKind.concern), key=lambda p: (-p.similarity, p.chunk))
    return support[:supporting], doubts[:concerns]
