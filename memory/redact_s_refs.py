"""The people of a resume's references: each entry's leading name, by the section's layout.

Under a "REFERENCES" heading, or after "References:" / "Referee:" / "Referees:", every entry opens with a
person's name, then their role and employer after a comma, a bracket or a dash ("JODY KOCH, Head of Analytics,
Unilever"; "Will Hunter, Consultant"; "C. Kramer (Kantar)"). The name rules read such a line as any other:
"JODY KOCH" in capitals passed as an acronym's run while "DEJA [Koch]" lost one part, and "Will Hunter" stayed
while "Anne Smith" went (whole-document swaps, ``python -m eval.redaction_swap``, session 12). Here the place
decides, not the name: an entry's leading run of one to four capitalised words (initials and particles inside)
is the referee, unless no word of it is a given name or a word outside the common English ones ("Available
Upon Request"): a referee whose names are all common words and no given name ("Head Office" as a name) stays.
A label with no colon in running notes ("Reference Faith Miller to be called Friday") opens one entry: the run of
capitalised words after it (OUTSIDE16 end to end class 3: a name of words stayed there, a name of a list went).
"""

from __future__ import annotations

import re

from memory.redact_lexicon import ORGS, PARTICLES, PLACES, Lexicon
from memory.redact_things import INSTITUTION_WORDS, PLACE_HEADS
from memory.redact_tokens import Token, mark

# A heading alone on its line, or a label opening one: what opens a references section.
_HEADING = re.compile(r"^[ \t]*(?:references?|referees?)[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:references?|referees?)[ \t]*:[ \t]*(?=\S)", re.IGNORECASE)
# A label with no colon before a capitalised name, in running notes: "Reference Faith Miller to be called Friday".
# The entry is the run of capitalised words after it (a lower-case word closes it); "reference check with" or
# "Reference Architecture" (a common word, no given name) give no referee.
_BARE = re.compile(r"(?:^|\n|[.;!?][ \t]+)[ \t]*(?:Reference|Referee|REFERENCE|REFEREE)[ \t]+(?=[A-Z])")
_BARE_NAME = re.compile(r"(?:[A-Z][\w'’-]*\.?(?:[ \t]+|(?=[,;(\n]|$)))+")
# ``memory.redact_edges.FIELD_DECIDED``'s reason for a name a label decided.
_LABELLED = "a person's label"
# What ends an entry's name: a comma, a bracket, a dash between spaces, a bar, a semicolon, a line end.
_NAME_END = re.compile(r",|\(|\s[-–—]\s|\||;|\n|$")
_ENTRY_SPLIT = re.compile(r";|\s+and\s+")
# Most words a referee's name is written with ("Ana de la Cruz", "J. R. Okafor").
_MOST_WORDS = 5


def _entries(text: str) -> list[tuple[int, int, bool, bool]]:
    """Character spans of the entries of the text's references sections, each with whether its label names
    several people ("Referees:", "References:", a heading): then a comma may list a second name; and whether it
    follows a label with no colon ("Reference Mai Her says")."""
    spans: list[tuple[int, int, bool, bool]] = []
    for heading in _HEADING.finditer(text):
        at = heading.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if not text[at:end].strip():
                break  # a blank line closes the section
            spans.append((at, end, False, False))
            at = end + 1
    for label in _LABEL.finditer(text):
        plural = label.group().rstrip(" \t:").lower().endswith("s")
        end = text.find("\n", label.end())
        end = len(text) if end < 0 else end
        at = label.end()
        for part in _ENTRY_SPLIT.finditer(text, at, end):
            spans.append((at, part.start(), plural, False))
            at = part.end()
        spans.append((at, end, plural, False))
    for label in _BARE.finditer(text):
        name = _BARE_NAME.match(text, label.end())
        if name is not None:
            spans.append((label.end(), name.end(), False, True))
    return spans


def referees(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark each references entry's leading name (see the module docstring)."""
    if "referee" not in text.lower() and "reference" not in text.lower():
        return
    by_start = sorted(tokens, key=lambda t: t.start)
    for start, end, plural, bare in _entries(text):
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        begin = start + lead
        stop = _NAME_END.search(text, begin, end)
        close = stop.start() if stop is not None else end
        words = [t for t in by_start if begin <= t.start and t.end <= close]
        if not words or len(words) > _MOST_WORDS or any(t.own for t in words):
            continue
        # A firm, school or place in the referee's slot ("Reference: Acme Corp - former employer", "Referee: Mercy
        # Hospital"): its head word says so, or a rule of the thing lists protected it.
        if any(t.protected or t.key in INSTITUTION_WORDS or t.key in PLACE_HEADS for t in words):
            continue
        if text[begin:close].strip() != text[words[0].start : words[-1].end]:
            continue  # something else than the name's words before the comma ("Available on request.")
        shaped = all(
            (t.cap and text[t.start : t.end].replace("-", "").replace("'", "").isalpha())
            or (not t.cap and t.key in PARTICLES)
            for t in words
        )
        if not shaped:
            continue
        named = [t for t in words if len(t.key) > 1 and t.key not in PARTICLES]
        # A given name, or a word that is no common English word, among them: "MARK CASE", "KOCH", "Wulandari";
        # not "Available Upon Request" or "Head Office" (common words, whatever surname lists also hold them).
        # An initial opening the entry makes it a person's whatever the family name is ("D. Ware, Operations Lead";
        # a firm or a place is not written so).
        initial = len(words) > 1 and len(words[0].key) == 1 and text[words[0].end : words[0].end + 1] == "."
        if not initial and not any(t.key in lex.given or t.key not in lex.common for t in named):
            continue
        for t in words:
            if not t.person:
                # After a label with no colon the reason is a label's, which ``settle`` keeps for a function word
                # that is a family name ("Referee Mai Her says": Hmong Her, as for "Mai Lee").
                mark(t, _LABELLED if bare else "a referee in a references section")
        if plural and stop is not None and text[stop.start() : stop.end()] == ",":
            _listed_after(text, by_start, stop.end(), end, lex)


# The most words of a second name in an entry's comma list ("Referees: Will Hunter, Grace Field").
_LISTED_WORDS = 4


def _listed_after(text: str, tokens: list[Token], start: int, end: int, lex: Lexicon) -> None:
    """The names after an entry's first, listed with commas ("Referees: Will Hunter, Grace Field"): each piece
    of two to four capitalised words opening with a given name and no product, employer, place or protected word
    is a person (OUTSIDE16 class 3: the second half of a full name of words stayed). A role ("Engineering
    Manager") or an employer ("Paystack", "Grant Thornton", protected) after the comma is no such piece."""
    at = start
    while at < end:
        comma = text.find(",", at, end)
        stop = end if comma < 0 else comma
        piece = [t for t in tokens if at <= t.start and t.end <= stop]
        at = stop + 1
        if not 2 <= len(piece) <= _LISTED_WORDS or text[at - 1 if comma >= 0 else stop : stop] not in ("", ","):
            continue
        if text[piece[0].start : piece[-1].end] != text[piece[0].start : stop].rstrip(" .;"):
            continue  # words after the name ("Grace Field from Stripe")
        if not all(t.cap and not t.upper and text[t.start : t.end].isalpha() for t in piece):
            continue
        if piece[0].key not in lex.given or any(
            t.protected
            or t.key in ORGS
            # "Field", "Lake": a family name that a product or place list also holds ("Grace Field")
            or ((t.key in lex.tech or t.key in PLACES or t.key in INSTITUTION_WORDS) and t.key not in lex.family)
            for t in piece
        ):
            continue
        for t in piece:
            if not t.person:
                mark(t, "a referee listed after another")
