"""A mononym heading its notes in capitals: "SUTRISNO - FINAL ROUND" (session 10, issue 10).

The capitals rules of :mod:`memory.redact_layout` read two or more words as a name; a single word in capitals is
an acronym as often. One word longer than an acronym, in no dictionary, product, place or employer list, opening a
line before what a heading says of a person's loop (" - FINAL ROUND", ": FEEDBACK"), is a name whatever its
origin. Used by :func:`memory.redact_n_frames.frames`.
"""

from __future__ import annotations

import re

from memory.redact_lexicon import ORGS, PLACES, Lexicon
from memory.redact_tokens import Token, mark

# Endings of English words no dictionary here lists ("Scriptwriting:", "Onboarding:"): no name. Not "ness": an
# English word so ended is in the dictionary, and "Loveness" is a given name.
WORD_ENDINGS = ("ing", "tion", "tions", "ment", "ments", "ity", "ics", "ism", "able", "ware", "ship")


# What a capitals heading says of the person it names: "SUTRISNO - FINAL ROUND", "THIDAR - FEEDBACK".
_HEADING_OF = re.compile(
    r"[ \t]+[-–—:|][ \t]+(?:FINAL |FIRST |SECOND |ONSITE |PHONE |TECHNICAL |PANEL )?"
    r"(?:ROUND|FEEDBACK|SCREEN|INTERVIEW|DEBRIEF|REFERENCES?|SCORECARD|NOTES)\b"
)


def shouted_heading(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """One word in capitals opening a line before " - FINAL ROUND" (a mononym): no dictionary, product or place word,
    and longer than an acronym (five letters at most: "SRE - ONSITE ROUND" stays)."""
    for token in tokens:
        if not token.upper or token.person or len(token.key) <= 5:
            continue
        start = text.rfind("\n", 0, token.start) + 1
        if text[start : token.start].strip(" \t*#") or not _HEADING_OF.match(text, token.end):
            continue
        key = token.key
        if key in lex.english or key in lex.common or key in lex.tech or key in PLACES or key in ORGS:
            continue
        if key in lex.acronyms or key.endswith(WORD_ENDINGS):
            continue
        token.protected = False
        mark(token, "a mononym heading its notes")
