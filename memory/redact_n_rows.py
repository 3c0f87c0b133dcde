"""A name alone in a field of a delimited row: "Panel - Thandeka - 14:00 - systems design" (a panel row with
dashes between its fields) and "2024-03-12,Ngcobo,Thandeka,technical,hold" (a record line, commas and no spaces).

Session 10's outside check (classes 2 and 4): a given name alone between dashes was kept in about a third of
rows, and in a record line the family name before a removed given name was kept, for names of every origin no
list holds. No cue word stands beside such a field, so the place rules never looked at it. Here the row's shape
is the cue: a field that is nothing but one to three capitalised words, each a name no common word shares or a
word no dictionary, product, place, language or company list knows, is a person. Fields the lists decide
("Zoom", "Berlin", "Spanish", "Python") and fields with any other word or a digit stay; a word that is both a
name and a common word ("Faith", "Ruby") is left to the other rules.
"""

from __future__ import annotations

import re

from memory.redact_fp_tables import gazetteer, match
from memory.redact_lexicon import MINOR_PLACES, ORGS, PLACES, Lexicon
from memory.redact_tokens import Kind, Token, mark

_DASHES = (" - ", " – ", " — ")
# A record line: three or more commas with no space beside any of them ("date,family,given,stage,outcome").
_SPACED_COMMA = re.compile(r" ,|, ")
_LOWER_FIELD = re.compile(r"[a-z][a-z -]*")
_DIGIT = re.compile(r"\d")


def _fields(line: str) -> list[tuple[int, int]]:
    """The fields of a delimited line as offsets into it, or none when the line is not such a row."""
    for dash in _DASHES:
        if line.count(dash) >= 2:
            return _split(line, dash)
    if line.count(",") >= 3 and _SPACED_COMMA.search(line) is None:
        fields = _split(line, ",")
        values = [line[a:b] for a, b in fields]
        # A record, not a list of skills ("Core Java,JSP,Servlet,Spring"): a field in lower case only (a stage,
        # an outcome) and a field with a digit (a date).
        if any(_LOWER_FIELD.fullmatch(v) for v in values) and any(_DIGIT.search(v) for v in values):
            return fields
    return []


def _split(line: str, separator: str) -> list[tuple[int, int]]:
    out, at = [], 0
    while True:
        cut = line.find(separator, at)
        out.append((at, len(line) if cut < 0 else cut))
        if cut < 0:
            return out
        at = cut + len(separator)


def _name_word(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A name no common word shares, or a word no list or dictionary knows (a hyphenated one: every part so, or
    a listed given name: "Rose-Merline")."""
    token = tokens[index]
    key = token.key
    if not token.cap or token.upper or token.protected or key in lex.tech:
        return False
    if key in PLACES or key in ORGS or key in MINOR_PLACES:
        return False
    table = gazetteer()
    if any(match(t, text, tokens, index) for t in (table.all_languages, table.places, table.all_companies)):
        return False
    if "-" in key:
        return all(part in lex.given or part not in lex.english for part in key.split("-") if part)
    if token.kind is Kind.NAME:
        return key not in lex.common
    return token.kind is Kind.UNKNOWN and key not in lex.english and len(key) > 2


def row_fields(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the names of the module's docstring."""
    start = 0
    for line in text.split("\n"):
        for a, b in _fields(line):
            lo, hi = start + a, start + b
            inside = [i for i, t in enumerate(tokens) if lo <= t.start and t.end <= hi]
            if not 1 <= len(inside) <= 3:
                continue
            words = [tokens[i] for i in inside]
            # Nothing in the field but the words, one space apart.
            if text[lo:hi].strip() != " ".join(text[t.start : t.end] for t in words):
                continue
            if all(t.person for t in words):
                continue
            if all(t.person or _name_word(text, tokens, i, lex) for i, t in zip(inside, words, strict=True)):
                for t in words:
                    if not t.person:
                        mark(t, "a name alone in a row's field")
        start += len(line) + 1
