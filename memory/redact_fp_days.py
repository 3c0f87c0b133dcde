"""Named days of several words that hold a person's name: "Martin Luther King Jr. Day", "Lincoln's Birthday",
"Guy Fawkes Night", "Saint Nicholas Day" (session 14; moved out of :mod:`memory.redact_fp_holidays` in session 16,
which had grown past 400 lines). The whole holiday is one thing, whatever names it holds."""

from __future__ import annotations

import re

from memory.redact_fp_tables import alone, gazetteer
from memory.redact_lexicon import TITLES
from memory.redact_tokens import Token

_ORDINAL = re.compile(r"(?:one|two|three|four|five|first|second|third)\b", re.IGNORECASE)


# The last word of a holiday named after a person: "Martin Luther King Jr. Day", "Lincoln's Birthday", "Guy Fawkes
# Night", "Christmas Eve".
DAY_HEADS = frozenset("day night birthday birthdays eve".split())
# Gaps inside such a phrase: a space or hyphen, a possessive, or an abbreviation's dot ("Jr. Day", "Robert E. Lee").
_DAY_GAPS = frozenset((" ", "-", "'s ", "’s ", "' ", "’ ", ". "))
# Named days widely observed that no public calendar of the ``holidays`` package lists under this name (general
# knowledge, session 14): each holds a person's name, which a name rule would take without the rest.
_NAMED_DAYS = frozenset(
    tuple(phrase.split())
    for phrase in (
        "guy fawkes night",
        "guy fawkes day",
        "bonfire night",
        "burns night",
        "saint patrick day",
        "saint andrew day",
        "saint david day",
        "saint george day",
        "saint nicholas day",
        "saint lucia day",
        "saint stephen day",
        "saint valentine day",
        "martin luther king day",
        "martin luther king jr day",
        "mlk day",
        "harvey milk day",
        "rosa parks day",
        "nelson mandela day",
        "robert e lee day",
        "lee jackson day",
        "simon bolivar day",
        "benito juarez day",
        "jose rizal day",
        "jefferson davis day",
        "rizal day",
        "bonifacio day",
        "cesar chavez day",
        "columbus day",
        "presidents day",
        "washington birthday",
        "lincoln birthday",
        "king birthday",
        "queen birthday",
    )
)


def named_day(text: str, tokens: list[Token], index: int) -> int:
    """The end of a holiday of several words that opens at ``index`` and ends in "Day", "Night", "Birthday" or
    "Eve", written as one capitalised phrase (0 if none): "Martin Luther King Jr. Day", "Lincoln's Birthday",
    "Saint Nicholas Day", "Robert E. Lee Day". The whole holiday is one thing, whatever names it holds, so no
    frame is needed: a person is never written "<Name> Day". Not "Priya's Day 1 plan" (a number or an ordinal
    after it), not after a title, and the phrase must be a holiday of the gazetteer or of ``_NAMED_DAYS``."""
    token = tokens[index]
    if not token.cap or token.upper or index + 1 >= len(tokens):
        return 0
    if not any(t.key in DAY_HEADS for t in tokens[index + 1 : index + 7]):
        return 0  # most words stop here
    before = tokens[index - 1] if index else None
    if before is not None and before.key in TITLES:
        return 0
    table = gazetteer().all_holidays
    keys: list[str] = []
    for end in range(index + 1, min(index + 7, len(tokens)) + 1):
        word = tokens[end - 1]
        if not word.cap or (end - 1 > index and text[tokens[end - 2].end : word.start] not in _DAY_GAPS):
            return 0
        dot = end - 1 > index and text[tokens[end - 2].end : word.start] == ". "
        if dot and len(tokens[end - 2].key) > 2 and tokens[end - 2].key not in ("jr", "sr", "st"):
            return 0  # a sentence's full stop, not an abbreviation's dot
        keys.append("saint" if word.key == "st" else word.key)
        if word.key not in DAY_HEADS or len(keys) < 2:
            continue
        phrase = tuple(keys)
        listed = phrase in table.get(phrase[0], ()) or phrase in _NAMED_DAYS
        listed = listed or (tuple(k for k in phrase if k != "jr") in _NAMED_DAYS)
        after = text[word.end : word.end + 4].strip()
        if listed and alone(text, tokens, index, end) and not (after[:1].isdigit() or _ORDINAL.match(after)):
            return end
    return 0
