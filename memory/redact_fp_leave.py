"""Holidays as the reason of an absence: "Out of office for Diwali until Tuesday", "OOO for Eid al-Fitr", "away for
Christmas, back on the 2nd" (OUTSIDE14's class 13, session 16).

What follows "out of office for" is why someone is away, never who: a person there takes a possessive ("out of
office for Priya's wedding"), which is a person's frame and is left to the name rules. So in this frame any holiday
of the gazetteer is the holiday, name words included ("Christmas", "Easter", "Ramadan", "Eid", "Durga Puja"): the
frame decides, not the list's name test (:func:`memory.redact_fp_tables.gazetteer`'s ``holidays`` keeps only the
phrases with a word no name list holds, and ``redact_fp_holidays`` reads those after any "for" of a time off).

The clause must go on as an absence does: it ends, or a time, a return or a new clause follows ("until Tuesday",
"back on the 2nd", "this week", "and back Monday"); a verb after the word ("out of office for Eid to sign") is
left to the name rules.
"""

from __future__ import annotations

import re

from memory.redact_fp_holidays import HOLIDAY_FIRST
from memory.redact_fp_tables import alone, gazetteer, match, person_frame
from memory.redact_lexicon import lexicon
from memory.redact_thing_lists import HOLIDAYS
from memory.redact_tokens import Token

# The absence before "for": "out of office", "out of the office", "OOO", "away", "off", said of oneself: at a
# clause's start or after a form of "be" ("Out of office for Eid", "Away for Diwali, returning Monday", "I'm OOO for
# Diwali", "Priya is out of office for Easter"). Not after another verb: "Covering out of office for Noel this week"
# covers a person's absence. Read on the characters before the holiday (the longest, "we're out of the office for ",
# is 28).
_ABSENT = re.compile(
    r"(?:(?:^|[.!?;:(\n-][ \t]*)|\b(?:is|are|was|were|be|been|am|being|I['’]m|i['’]m|[Ww]e['’]re|[Tt]hey['’]re|"
    r"[Ss]he['’]s|[Hh]e['’]s|I['’]ll be|[Ww]ill be)[ \t]+)"
    r"(?:[Oo]ut[ \t]+of[ \t]+(?:the[ \t]+)?[Oo]ffice|OOO|ooo|[Aa]way|[Oo]ff)[ \t]+for[ \t]+$"
)
_LOOK_BACK = 40
# What an absence goes on with after its reason: a time, a return, a new clause ("until Tuesday", "back Monday",
# "this week", "so ping me"). Not "to", "with", "in": a person named like a holiday may follow them ("out of office
# for Eid to sign" is no English; "for Eid in legal" names someone).
_AFTER_ABSENCE = frozenset(
    """until till through thru from back returning return on next this that all the each every over and so but we
    i you they he she it our""".split()
)


def absence_holiday(text: str, tokens: list[Token], index: int) -> int:
    """The end of a holiday opening at ``index`` right after an absence's "for" (0 if none; see the docstring)."""
    token = tokens[index]
    if not token.cap or index == 0 or tokens[index - 1].key != "for":
        return 0
    window = max(0, token.start - _LOOK_BACK)
    if _ABSENT.search(text, window, token.start) is None:
        return 0
    length = match(gazetteer().all_holidays, text, tokens, index) or int(token.key in HOLIDAYS)
    if not length:
        return 0
    end = index + length
    lone_name = length == 1 and token.key in lexicon().given and token.key not in HOLIDAY_FIRST
    if not alone(text, tokens, index, end) or person_frame(text, tokens, index, end):
        return 0  # "out of office for Priya's wedding", "out of office for Eid Hassan"
    after = tokens[end] if end < len(tokens) else None
    if after is None:
        return end
    gap = text[tokens[end - 1].end : after.start]
    if gap.strip()[:1] in (".", ",", ";", ":", "!", "?", ")", "-", "–", "—") or "\n" in gap:
        return end
    # A holiday of one given name ("Noel", "Durga", "Fasika") only where the clause ends: "out of office for Noel until
    # Tuesday" may be someone's absence taken for Noel.
    return end if not lone_name and gap == " " and not after.cap and after.key in _AFTER_ABSENCE else 0
