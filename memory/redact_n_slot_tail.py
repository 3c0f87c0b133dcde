"""Reading a pattern at the end of a line's prefix without scanning the whole line (the slots' cost cut).

Split out of :mod:`memory.redact_n_slots` (session 17). The slot rules ask whether a line's text before a run
ends with a cue ("Referred by ", "Thanks, "); resume lines are long, so the search is bounded to the prefix's tail
and skipped when the prefix does not end with the cue's last word. Both cuts keep every answer the full search
gives (``tests/test_redact_slots_cost.py``).
"""

from __future__ import annotations

import re

# The patterns read at the end of a line's prefix (in :mod:`memory.redact_n_slot_cues`: ``ANSWER``, ``BY_PERSON``,
# ``THANKS_TO``, ``SOURCE``, ``INTRO``, ``PERSON_FIELD``, ``ADDRESSED``, ``PROSE_START``) match at most 18
# characters other than spaces and tabs (the longest: a person's JSON field, '"hiring_manager": "'); their only
# unbounded parts are runs of spaces and tabs. So a match ending at the prefix's end starts inside any tail that
# holds more than that many other characters, and the search may start there. Scanned from the line's start, each
# capitalised run cost a pass over the whole line: quadratic on long resume lines (session 12's profile: 0.33 s of
# 4.8 s on the reviewer's battery). ``pattern.search(prefix, pos)`` keeps every reading byte-identical: "^" still
# matches only at the prefix's real start and "\b" still sees the character before ``pos`` (a slice would not).
# The last words every match of BY_PERSON, THANKS_TO, SOURCE, INTRO and ADDRESSED ends with, with the same
# flags: each is the end of its pattern's last alternatives ("[Aa]ccording to" ends in "to", "[Hh]ello" in "lo").
ENDINGS = (
    re.compile(r"by[ \t]$", re.IGNORECASE),
    re.compile(r"to[ \t]$"),
    re.compile(r"(?:[Pp]er|to)[ \t]$"),
    re.compile(r"(?:I'm|I’m|am|is|'s|me)[ \t]$"),
    re.compile(r"(?:ks|ou|[Cc][Cc]|[Hh]i|lo|ey|ar)[,:]?[ \t]$"),
)
_ENDING = 6  # characters: the longest ending (4: "I'm ", "ks, ") and a final newline, one to spare
_TAIL = 96  # characters searched when the prefix is longer (a line's last words before the run)
_SOLID = 32  # more than the 18 non-blank characters any of those matches holds, with a margin


def at_end(pattern: re.Pattern[str], prefix: str, ending: re.Pattern[str] | None = None) -> bool:
    """``pattern.search(prefix)`` for a pattern anchored at the prefix's end, scanning only its tail.

    ``ending``: what every match of ``pattern`` ends with (its last words and blank, ``ENDINGS``), at most
    ``_ENDING`` characters before the prefix's end (and a final newline, before which ``$`` also matches): a
    prefix without it is answered without the full search (session 14: these searches were ~3% of redaction's
    time, and most prefixes end in no such word)."""
    if ending is not None and ending.search(prefix, max(0, len(prefix) - _ENDING)) is None:
        return False
    start = len(prefix) - _TAIL
    if start > 0:
        tail = prefix[start:]
        if len(tail) - tail.count(" ") - tail.count("\t") > _SOLID:
            return pattern.search(prefix, start) is not None
    return pattern.search(prefix) is not None
