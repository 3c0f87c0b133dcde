"""Names whose last (or first) word says what they are, whatever names they hold (session 16, OUTSIDE14's classes
12 and 14, by property):

- a firm of a family: a capitalised run ending in "Brothers", "Bros.", "Sons", "Sisters" ("Lehman Brothers", "Warner
  Bros.", "Tata Sons", "Big Brothers Big Sisters"), or opening with one of them and "of" ("Sons of Norway",
  "Sisters of Mercy Hospital"); a run of two words only in a firm's place ("at", "joined", "left", a comma), since
  a kin noun is a family name too ("Interviewed Joyce Brothers today");
- a street: a run ending in "Street", "Road", "Avenue" whose first word is a common word no given-name list holds,
  or a number ("Wall Street", "Threadneedle Street"; not "Maria Street", "Sage Street": a person named "Street" is
  written after a given name).

Each is read only where no person's frame stands: a title or a person's cue right before the run, a possessive on
its last word or a person's verb after it leave it to the name rules.
"""

from __future__ import annotations

from memory.redact_lexicon import PERSON_CUES_BEFORE, PERSON_VERBS_AFTER, TITLES, lexicon
from memory.redact_named import possessive_at
from memory.redact_tokens import Token, sentence_start

_KIN = frozenset("brothers bros sons sisters daughters".split())
_STREETS = frozenset("street road avenue boulevard".split())
_MOST_WORDS = 4
# "with", "by", "from", "at" stand before firms as often as before people.
_PERSON_BEFORE = PERSON_CUES_BEFORE - frozenset("with by from at".split())
# Words after which a run names an employer more often than a person (a two-word "<X> Brothers" needs one).
_FIRM_BEFORE = frozenset("at joined left leaving from for of employer client".split())


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


def _firm_slot(text: str, tokens: list[Token], index: int) -> bool:
    """A firm's place before ``tokens[index]``: after "at", "joined", "left", "from", "for", "of", or after a comma or
    an opening bracket ("Volunteer mentor, Lehman Brothers (2019-2021)"). A two-word run needs one: "Joyce Brothers",
    "Tevita Sons" and "Aroha Sisters" are people everywhere else, and a given-name list cannot tell (it holds Lehman,
    Salomon, Warner and Tata too)."""
    if not index:
        return False
    before = tokens[index - 1]
    gap = text[before.end : tokens[index].start]
    return before.key in _FIRM_BEFORE or gap.strip() in (",", "(")


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
    if end - index > 1 and last.key in _KIN and _free(text, tokens, index, end):
        lex = lexicon()
        if sentence_start(text, first) and first.key in lex.common and first.key not in lex.given:
            return 0  # "Interviewed Joyce Brothers": a sentence's opening verb is no part of the run
        if end - index == 2 and not _firm_slot(text, tokens, index):
            return 0  # "Interviewed Joyce Brothers today", "Aroha Sisters": kin nouns are family names too (review M3)
        return end  # "Lehman Brothers", "Warner Bros.", "Tata Sons", "Big Brothers Big Sisters"
    if end - index > 1 and last.key in _STREETS and not last.upper:
        lex = lexicon()
        opening = first.key.isdigit() or (first.key in lex.common and first.key not in lex.given)
        if opening and _free(text, tokens, index, end):
            return end  # "Great Ormond Street", "Wall Street"
    return 0
