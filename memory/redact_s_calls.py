"""Initials used as the name a person goes by ("J. K. ran the design round", "per J.K.", "K. said").

A colleague called by initials alone was left whole while a colleague called "Priya" became ``[PERSON]``, so the
model read "J. K. did the round" in one world and "[PERSON] did the round" in another (issue 10, OUTSIDE16 end to
end class 2; the splitter then also cut at each initial's dot, and the number of chunks moved too). Decided by
shape and slot, whatever the letters: one to three capital letters, each with its dot ("J. K.", "J.K.", "K."),
standing where a person stands: opening a sentence before a person's verb ("J.K. said", "K. did the round"),
after a person cue ("with J. K.", "cc J.K.", "thanks K."), or owning something ("J.K.'s feedback"). Once found,
the same letters written the same way are the same person elsewhere in the text ("J.K. and I").

The false side is the dotted abbreviations that stand in the same slots ("U.S. teams", "the U.K. office", "B.S.
in CS", "J.D. from Yale", "P.S. call me"): a fixed list, since the lists of acronyms hold "JD" and "MJ" as often
as initials (:data:`_DOTTED_WORDS`); a letter run after an article or inside a capitalised run is no call name.
"""

from __future__ import annotations

import re

from memory.redact_lexicon import PAST_VERBS, PERSON_CUES_AFTER, PERSON_CUES_BEFORE, PERSON_VERBS_AFTER
from memory.redact_tokens import Token, mark, sentence_start

# Dotted abbreviations written as capital letters with dots: countries, cities, degrees, times, offices, notes.
_DOTTED_WORDS = frozenset(
    """
    us uk eu un usa uae nyc la dc ny sf nz
    bs ms ba ma bsc msc mba bba bfa mfa md jd rn do phd ee be me bcom llb llm
    am pm ad bc ce bce ps pps nb eg ie cv vp ceo cto hr pr qa it ai ml ui ux er or ta ra ok id tv
    """.split()
)
# A person's verbs after a call name that are too plain for an unknown word but fit initials opening a sentence:
# "K. did the design round", "J.K. was calm", "T.O. ran the loop".
_PLAIN_VERBS = frozenset(
    """
    did does was is has had will would can could should may might must
    ran runs led leads owns owned took takes gave gives pushed pushes walked walks drove drives
    liked likes loved loves disliked flagged flags raised raises probed probes pushed asked asks
    """.split()
)
# Cues a person follows in running text; a weak one ("by", "from") too: letters with dots after them are no
# thing's name once the abbreviations above are set aside ("feedback from J.K.", "reviewed by T. O.").
_CUES = PERSON_CUES_BEFORE | frozenset("and or to via".split())
# The most letters a call name has ("J. R. R."); a longer dotted run is an abbreviation or a list.
_MOST = 3
# The line's opening words a run of initials often follows: a bullet or a speaker's dash.
_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-*•>][ \t]*)?$")


def _letter(text: str, token: Token) -> bool:
    """One capital letter followed by its dot."""
    return (
        token.end - token.start == 1
        and text[token.start].isupper()
        and text[token.start].isalpha()
        and text[token.end : token.end + 1] == "."
    )


def _letter_runs(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """``[first, end)`` token ranges of dotted letters written as one name ("J. K.", "J.K.", "K.")."""
    out = []
    index = 0
    while index < len(tokens):
        if not _letter(text, tokens[index]):
            index += 1
            continue
        end = index + 1
        while (
            end < len(tokens)
            and _letter(text, tokens[end])
            and text[tokens[end - 1].end : tokens[end].start] in (".", ". ")
        ):
            end += 1
        out.append((index, end))
        index = end
    return out


def _spelled(text: str, tokens: list[Token], first: int, end: int) -> str:
    return "".join(text[t.start] for t in tokens[first:end])


def _slot(text: str, tokens: list[Token], first: int, end: int) -> bool:
    """Where a person stands: a sentence's subject before a person's verb, after a person cue, or owning."""
    after_dot = tokens[end - 1].end + 1  # past the last letter's dot
    if text[after_dot : after_dot + 2] in ("'s", "’s"):
        return True
    before = tokens[first - 1] if first else None
    gap = text[before.end : tokens[first].start] if before is not None else ""
    # A cue in lower case, or capitalised where it opens the sentence ("Per J.K., ...").
    if before is not None and gap in (" ", ": ", ", ") and before.key in _CUES:
        return not before.cap or sentence_start(text, before)
    if not (sentence_start(text, tokens[first]) or _OPENING.search(text, 0, tokens[first].start)):
        return False
    if end - first > 1 and _OPENING.search(text, 0, tokens[first].start) and text[after_dot : after_dot + 1] == ":":
        return True  # a speaker's or a scorer's label: "- J.K.: strong on SQL" (one letter is an outline's "A.:")
    after = tokens[end] if end < len(tokens) else None
    if after is None or after.cap or text[after_dot : after.start] not in (" ", ", "):
        return False
    return (
        after.key in PERSON_VERBS_AFTER
        or after.key in PERSON_CUES_AFTER
        or after.key in PAST_VERBS
        or after.key in _PLAIN_VERBS
    )


def call_initials(text: str, tokens: list[Token]) -> None:
    """Mark the letters of initials a person is called by, in a person's slot and wherever they recur."""
    found: set[str] = set()
    letter_runs = [
        (first, end)
        for first, end in _letter_runs(text, tokens)
        if end - first <= _MOST
        and _spelled(text, tokens, first, end).lower() not in _DOTTED_WORDS
        and not any(t.person or t.protected for t in tokens[first:end])
        # Inside a capitalised run ("Plan B. did", "Section A. was") the letter is that run's, not a name.
        and not (
            first
            and tokens[first - 1].cap
            and tokens[first - 1].key not in _CUES
            and text[tokens[first - 1].end : tokens[first].start] == " "
        )
    ]
    for first, end in letter_runs:
        if _slot(text, tokens, first, end):
            found.add(text[tokens[first].start : tokens[end - 1].end + 1])
    if not found:
        return
    for first, end in letter_runs:
        written = text[tokens[first].start : tokens[end - 1].end + 1]
        # A single letter recurs as another word's initial too often ("A. Introduction"): only in a slot.
        if written in found and (end - first > 1 or _slot(text, tokens, first, end)):
            for token in tokens[first:end]:
                mark(token, "initials a person is called by")


def own_initials(text: str, tokens: list[Token], initials: frozenset[str]) -> None:
    """The candidate's own initials written with dots ("H.F. here, following up", "H. F."): theirs wherever they
    stand, as their name is; the record says whose they are (a swap of own names gave "[CANDIDATE] here" for some
    names and "H.F. here" for others)."""
    if not initials:
        return
    for first, end in _letter_runs(text, tokens):
        if end - first >= 2 and _spelled(text, tokens, first, end) in initials:
            for token in tokens[first:end]:
                token.own = True
                mark(token, "own")
