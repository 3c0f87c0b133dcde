"""Names whose last (or first) word says what they are, whatever names they hold (session 16, OUTSIDE14's classes
12 and 14, by property):

- a firm of a family: a capitalised run ending in "Brothers", "Bros.", "Sons", "Sisters" ("Lehman Brothers", "Warner
  Bros.", "Tata Sons") in a firm's slot only: after "at", "joined", "left", "offer(s) from" or as an employer
  label's value ("Worked at Salomon Brothers", "Current employer: Lehman Brothers"), with no second object after it
  ("Left Emma Brothers a voicemail"), and (session 17) after a role and a comma before a span of years
  ("Volunteer mentor, Lehman Brothers (2019-2021)", :mod:`memory.redact_fp_apposed`). "Brothers" and "Sons" are
  family names too (Joyce Brothers; review MUST M3 on 9a2ec25: "Interviewed Joyce Brothers today." was kept). A
  run opening with one of them and "of" ("Sons of Norway", "Sisters of Mercy Hospital") is read anywhere: no name
  opens so;
- a street: a run ending in "Street", "Road", "Avenue" whose first word is a common word no given-name list holds,
  or a number ("Wall Street", "Threadneedle Street"; not "Maria Street", "Sage Street": a person named "Street" is
  written after a given name).

Each is read only where no person's frame stands: a title or a person's cue right before the run, a possessive on
its last word or a person's verb after it leave it to the name rules.
"""

from __future__ import annotations

import re

from memory.redact_fp_apposed import apposed_to_role
from memory.redact_lexicon import PERSON_CUES_BEFORE, PERSON_VERBS_AFTER, TITLES, lexicon
from memory.redact_named import possessive_at
from memory.redact_tokens import Token, sentence_start

_KIN = frozenset("brothers bros sons sisters daughters".split())
_STREETS = frozenset("street road avenue boulevard".split())
_MOST_WORDS = 4
# "with", "by", "from", "at" stand before firms as often as before people.
_PERSON_BEFORE = PERSON_CUES_BEFORE - frozenset("with by from at".split())


def _run(text: str, tokens: list[Token], index: int) -> int:
    """The end of the capitalised run from ``index``: words joined by a space, a hyphen or " & "."""
    end = index + 1
    while end < len(tokens) and end - index < _MOST_WORDS:
        if not tokens[end].cap or text[tokens[end - 1].end : tokens[end].start] not in (" ", "-", " & "):
            break
        end += 1
    return end


def _free(text: str, tokens: list[Token], index: int, end: int) -> bool:
    """No person's frame around ``tokens[index:end]`` (see the module's docstring)."""
    before = tokens[index - 1] if index else None
    if before is not None:
        gap = text[before.end : tokens[index].start]
        opener = sentence_start(text, before) and before.key in lexicon().common and before.key not in lexicon().given
        if before.cap and gap in (" ", "-") and not opener:
            return False  # not the run's first word
        if before.key in TITLES or (before.key in _PERSON_BEFORE and "," not in gap):
            return False
    if any(possessive_at(text, t) >= 0 for t in tokens[index:end]):
        return False
    after = tokens[end] if end < len(tokens) else None
    return after is None or after.key not in PERSON_VERBS_AFTER


def named_by_head(text: str, tokens: list[Token], index: int) -> int:
    """The end of a family firm or a street opening at ``index`` (0 if none)."""
    first = tokens[index]
    if not first.cap or first.key in TITLES or first.key in PERSON_CUES_BEFORE:
        return 0  # "Thanks Tendai Brothers": a cue opening the run is no firm's word
    if first.key in _KIN and index + 2 < len(tokens) and tokens[index + 1].key == "of" and tokens[index + 2].cap:
        end = _run(text, tokens, index + 2)
        return end if _free(text, tokens, index, end) else 0  # "Sons of Norway", "Sisters of Mercy Hospital"
    end = _run(text, tokens, index)
    last = tokens[end - 1]
    if (
        end - index > 1
        and last.key in _KIN
        and _firm_slot(text, tokens, index, end)
        and _free(text, tokens, index, end)
    ):
        return end  # "joined Lehman Brothers", "at Warner Bros.", "Current employer: Tata Sons"
    if end - index > 1 and last.key in _STREETS and not last.upper:
        lex = lexicon()
        opening = first.key.isdigit() or (first.key in lex.common and first.key not in lex.given)
        if opening and _free(text, tokens, index, end):
            return end  # "Great Ormond Street", "Wall Street"
    return 0


# The slots of a firm: its verbs of a career ("joined Lehman Brothers") and "at"; "offer(s) from"; an employer's label.
_FIRM_BEFORE = frozenset("at joined rejoined left leaving quit".split())
_EMPLOYER_LABEL = re.compile(
    r"[ \t•*·-]*(?:(?:current|previous|former|last)[ \t]+)?(?:employer|company)[ \t]*:[ \t]*", re.I
)
# A second object after the run: "Left Emma Brothers a voicemail" (review M1, session 15).
_SECOND_OBJECT = frozenset("a an the her his their my our your some".split())


def _firm_slot(text: str, tokens: list[Token], index: int, end: int) -> bool:
    before = tokens[index - 1] if index else None
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.key in _SECOND_OBJECT and text[tokens[end - 1].end : after.start] == " ":
        return False
    line_start = text.rfind("\n", 0, tokens[index].start) + 1
    label = _EMPLOYER_LABEL.match(text, line_start)
    if label is not None and label.end() == tokens[index].start:
        return True
    if apposed_to_role(text, tokens, index, end):
        return True  # "Volunteer mentor, Lehman Brothers (2019-2021)" (session 16's review, a SHOULD)
    if before is None or text[before.end : tokens[index].start] != " ":
        return False
    if before.key in _FIRM_BEFORE and (not before.cap or sentence_start(text, before)):
        return True
    offered = index >= 2 and tokens[index - 2].key in ("offer", "offers") and not tokens[index - 2].cap
    return before.key == "from" and offered
