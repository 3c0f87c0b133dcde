"""Names read from the word beside them: an initial, a list of people, a preposition a person follows.

Split out of :mod:`memory.redact_n_slots` (session 17); run at the end of its
:func:`~memory.redact_n_slots.person_slots`, and two of them again after the model
(:func:`memory.redact_n_lower.grow`), because a person found there makes its neighbours readable: initials before
a name ("AJ [Fonoti]"), a name closing a list after a person ("[Lily Chen] and Violet"), an initial before a
family name ("A. Boonmee"), and a given name that is also a function word after a person's preposition ("with
Will about").
"""

from __future__ import annotations

import re

from memory import redact_n_slot_cues as cue
from memory.redact_lexicon import ORGS, PERSON_VERBS_AFTER, PLACES, Lexicon
from memory.redact_n_nameish import nameish
from memory.redact_tokens import Kind, Token, mark

# Given names that are also function words ("Will", "An", "So"), read as the word everywhere ("will" opens a question,
# "an" an article): capitalised right after a preposition a person follows, before a lower-case word or a clause's
# end, no modal or article stands there ("Spoke with Will about the offer", "1:1 with An on Friday").
_FUNCTION_NAMES = frozenset({"will", "an", "so"})
_TO_A_PERSON = frozenset({"with", "w", "to", "from", "by", "cc", "thanks", "and"})


def function_word_names(text: str, tokens: list[Token]) -> None:
    """Mark a function-word given name where no function word stands (the comment above); ``settle`` keeps it
    (``memory.redact_edges.FIELD_DECIDED``)."""
    for index in range(1, len(tokens)):
        token = tokens[index]
        if token.person or token.key not in _FUNCTION_NAMES or not token.cap or token.upper:
            continue
        before = tokens[index - 1]
        if before.key not in _TO_A_PERSON or before.cap or text[before.end : token.start] not in (" ", "/ ", "/"):
            continue
        if before.key == "and" and not (index >= 2 and tokens[index - 2].person):
            continue  # "and" only after a person found: "[Priya] and Will"
        # Before a lower-case word or a clause's end ("with Will about"). (``cue.AFTER_OBJECT``'s "^" needs a slice.)
        if cue.AFTER_OBJECT.match(text[token.end : token.end + 3]) is None:
            continue
        mark(token, "function-word given name after a person's preposition")


# Before an initial that opens a name in a list or a line: the line's start (after a bullet), a label's colon, a
# comma, a parenthesis, an ampersand or a slash, or a word that introduces people ("by", "cc", "with", "and").
_BEFORE_INITIAL = re.compile(
    r"(?:^[ \t]*(?:[-*•][ \t]*)?|[:,;(&/][ \t]*|\b(?:by|cc|Cc|CC|with|from|and|to|per|Per|via|Referee|Reference|"
    r"Interviewer|Thanks|thanks|Dr\.|Prof\.)[ \t]+)$"
)


# What may follow a name in a list or a line: punctuation, a parenthesis, a dash, "and", or the line's end.
_NAME_CLOSES = re.compile(r"(?:'s|’s)?(?:[ \t]*(?:[,;:)(]|[-–—] |$)| and | & )", re.MULTILINE)


def initial_and_family(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """An initial and a family name ("References: A. Boonmee, former lead", "- R. Long: hire", "cc A.
    Olatunji-Bello"): the run splits at the initial's dot, which may end a sentence, so no run rule sees them
    together. After a list's or a line's opening (``_BEFORE_INITIAL``), never after a word that may end a
    sentence ("plan B. Long story"), the initial and the name words after it are a person when the first is a
    family or given name (also one that is a word: "Long", "Bright"), or a word no list knows."""
    for index in range(len(tokens) - 1):
        initial, name = tokens[index], tokens[index + 1]
        if len(initial.key) != 1 or not initial.cap or text[initial.end : name.start] != ". " or not name.cap:
            continue
        prefix = text[text.rfind("\n", 0, initial.start) + 1 : initial.start]
        if not _BEFORE_INITIAL.search(prefix):
            continue
        if name.person or name.upper:
            continue
        key = name.key
        listed = key in lex.family or key in lex.given or all(p in lex.family or p in lex.given for p in key.split("-"))
        if not (listed or nameish(text, name, lex, strong=True)) or key in PLACES or key in ORGS:
            continue
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        verb = after is not None and after.key in PERSON_VERBS_AFTER and text[name.end : after.start] == " "
        if verb and key in lex.family:
            pass  # "R. Long recommends moving forward": a person's verb after it, wherever the line opens
        elif key in lex.common and (
            len(key) < 3 or not _NAME_CLOSES.match(text, name.end) or not prefix.strip(" \t-*•")
        ):
            # A word that is also a name only where the name closes ("R. Long (chair)", not "A. Strong work"), and
            # never opening a line, where "B. Knowledge:" is an outline's item.
            continue
        mark(initial, "an initial and a family name")
        mark(name, "an initial and a family name")


def listed_with_people(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """A name-like word closing a list after a person found ("Panel: [Lily Chen] and Violet", "[Somchai], Iolo"):
    listed with people, it is one (also after the model: called again by :func:`memory.redact_n_lower.grow`)."""
    for index in range(2, len(tokens)):
        word = tokens[index]
        if word.person or not word.cap or word.upper:
            continue
        # The person found right before, then "and", "or", ", and", "&" or a comma.
        before = tokens[index - 2] if tokens[index - 1].key in ("and", "or") else tokens[index - 1]
        if not before.person or text[before.end : word.start] not in _JOINERS:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and after.cap and text[word.end : after.start] == " ":
            continue  # a longer run: decided as one by the run rules
        if not _NAME_CLOSES.match(text, word.end) and not (
            after is not None and not after.cap and text[word.end : after.start] == " " and after.key in _NEXT_VERBS
        ):
            continue
        if nameish(text, word, lex, strong=True):
            mark(word, "listed with a person")


_JOINERS = frozenset({" and ", " or ", ", and ", ", ", " & "})
# A verb after a list of people ("Lily Chen and Violet will pair", "... both said"): the list's end.
_NEXT_VERBS = frozenset("will would can could should both said say says agreed agree think thinks were are".split())


def initials_before_names(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Initials used as a given name before a name found (also after the model: called again by
    :func:`memory.redact_n_lower.grow`) ("AJ [Fonoti]"), or joined by "and" to a person found
    ("AJ and [Jo] will pair"): the initials are the person's call name."""
    for index, token in enumerate(tokens):
        if token.person or not token.upper or not nameish(text, token, lex):
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and text[token.end : after.start] == " ":
            if after.person:
                mark(token, "initials before a name")
                continue
            if (
                not after.upper
                and nameish(text, after, lex)
                and (after.key in lex.family or after.kind is Kind.UNKNOWN)
            ):
                # "Notes by KC Abara": initials a given-name list holds before a family name or a word no list knows
                mark(token, "initials before a name")
                mark(after, "initials before a name")
                continue
        before = tokens[index - 1] if index else None
        for joiner, other in ((after, 2), (before, -2)):
            if joiner is None or joiner.key not in ("and", "&"):
                continue
            j = index + other
            if 0 <= j < len(tokens) and tokens[j].person and abs(tokens[j].start - token.start) < 12:
                mark(token, "initials listed with a person")
                break
