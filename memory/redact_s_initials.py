"""An initial written right before a found name is part of that name, whichever name it is.

"A. Erickson" became "A. [PERSON]" and "A. Banks" stayed whole while "B. Schmitt" became "[PERSON]": the
initial went with the name only where a rule had read the two together, so what the model read beside the
placeholder ("A." or nothing) depended on the name (whole-document swaps, ``python -m eval.redaction_swap``,
session 12: the most common difference after leaks). Decided here by the initial's shape alone: one capital
letter, its dot, and a found name right after it in the same name ("J. R. [Okafor]" takes both initials).

The word before such an initial is the name's only when it is a given name ("Mary J. [Blige]"): "Onsite B.
Schmitt:" went whole while "Onsite A. Gonzalez:" kept "Onsite", so it is decided by the word, as
:mod:`memory.redact_edges` decides context words.
"""

from __future__ import annotations

import re

from memory.redact_edges import CONTEXT_WORDS
from memory.redact_lexicon import Lexicon, lexicon
from memory.redact_tokens import Token, joined, mark


def initials_before_names(text: str, tokens: list[Token]) -> None:
    """Mark an initial (one capital letter and its dot) joined to a found name word after it; in a name written
    in lower case, a lower-case letter ("per j. [okafor]", "thanks t. [nguyen]": OUTSIDE16 class 8).

    ``text`` is the text as written (a line in capitals is re-cased for the rules, and its initials with it)."""
    for index in range(len(tokens) - 2, -1, -1):  # right to left: "J. R. [Okafor]" takes R., then J.
        token, after = tokens[index], tokens[index + 1]
        # A protected initial too: "Onsite A. Gonzalez:" was read as a thing's run before its name was known.
        if token.person or not after.person or len(token.key) != 1:
            continue
        letter = text[token.start : token.end]
        name = text[after.start : after.end]
        if not letter.isalpha() or text[token.end : token.end + 1] != ".":
            continue
        if not (letter.isupper() or (name.islower() and _lone_letter(text, token))):
            continue
        if joined(text, token, after):
            mark(token, "initial of a found name")


def _lone_letter(text: str, token: Token) -> bool:
    """A letter standing alone before its dot: no letter, digit or dot right before it ("e.g." is no initial)."""
    return token.start == 0 or not (text[token.start - 1].isalnum() or text[token.start - 1] == ".")


# Cues a person's name follows in a line written in lower case ("cc: m. case", "thanks t. nguyen", "per j. okafor").
_LOWER_CUES = frozenset("cc per with thanks thank by from met asked ask told tell ping pinged and".split())


def lower_initials(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """An initial and a family name written in lower case: "per j. okafor", "cc: m. case, g. wood".

    The letter, its dot and one word after it that a name list holds: a name no common word shares ("okafor",
    "nguyen") whatever stands before; one that is also a common word ("case", "wood") only after a person's cue
    or right after another found name of a list. "e.g.", "i.e." are no lone letters; an outline item ("a. intro")
    is followed by no listed name."""
    for index in range(len(tokens) - 1):
        letter, word = tokens[index], tokens[index + 1]
        if len(letter.key) != 1 or letter.person or word.person or word.protected or word.own or len(word.key) < 2:
            continue
        if not (text[letter.start : letter.end].islower() and text[word.start : word.end].islower()):
            continue
        if text[letter.end : word.start] != ". " or not _lone_letter(text, letter):
            continue
        if word.key not in lex.family and word.key not in lex.given:
            continue
        before = tokens[index - 1] if index else None
        gap = text[before.end : letter.start] if before is not None else ""
        cue = before is not None and gap in (" ", ": ", ", ", " and ") and (before.person or before.key in _LOWER_CUES)
        if cue or (word.key not in lex.common and word.key not in lex.english):
            mark(letter, "initial of a name in lower case")
            mark(word, "initial of a name in lower case")


def words_before_initials(text: str, tokens: list[Token]) -> None:
    """Give back a found word before an initial of a found name when no given-name list holds it ("[Onsite]
    B. Schmitt:", "[Section] B. Smith"); the record's own words stay."""
    given = lexicon().given
    for index in range(len(tokens) - 2):
        word, initial, name = tokens[index], tokens[index + 1], tokens[index + 2]
        if not (word.person and initial.person and name.person) or word.own or len(initial.key) != 1:
            continue
        if len(word.key) < 2 or word.key in given or not joined(text, word, initial):
            continue
        if text[initial.end : initial.end + 1] == "." and joined(text, initial, name):
            word.person = False
            word.why = ""


def labelled_initials(text: str, tokens: list[Token]) -> None:
    """A field of initials ("initials: C.", "Initials: J. R. O."): the person's identity whatever the letters."""
    for index, token in enumerate(tokens[:-1]):
        if token.key != "initials" or text[token.end : token.end + 1] != ":":
            continue
        line_end = text.find("\n", token.end)
        line_end = len(text) if line_end < 0 else line_end
        letters = [t for t in tokens[index + 1 :] if t.start < line_end]
        if letters and all(len(t.key) == 1 and text[t.start : t.end].isupper() for t in letters):
            for t in letters:
                if not t.person:
                    mark(t, "a field of initials")


# What closes a family name after an initial: a comma, a bracket, a semicolon, a stop, "and", the line's end.
_CLOSED = re.compile(r"[ \t]*(?:$|\n|[,;()]|\.(?:\s|$)|and\b)")


def family_after_initials(text: str, tokens: list[Token]) -> None:
    """ "K. Do, Operations Lead", "H. Do and [PERSON] (2019)": a capitalised function word closing a name after a
    found initial is the family name (Vietnamese Do, Le, An). Settle takes such a word out of a name, as it must
    in "Do [PERSON] and", so the initial stood alone: "[PERSON]. Do" under one name, "[PERSON]" under another."""
    for index in range(len(tokens) - 1):
        initial, word = tokens[index], tokens[index + 1]
        if not initial.person or word.person or len(initial.key) != 1 or word.key not in CONTEXT_WORDS:
            continue
        if text[initial.start : word.start] != initial.key.upper() + ". " or not text[word.start].isupper():
            continue
        if _CLOSED.match(text, word.end):
            mark(word, "family name after an initial")
