"""Round 12 (FP helper, session 12): false-redaction frames from session 11's blind check, with people in them.

The frames (:mod:`eval.redaction_round12_fp_data`) were written before any rule of session 12 from the outside
tester's false-redaction classes 13-19 in words only: holidays after a time preposition, firms named after people
and one-word brands after "from" or heading an experience entry, hospitals and health systems named after people,
schools (an acronym plus a place, one-word eponymous universities), languages after a verb of speaking and of
several words, possessive and adjectival eponyms, possessive trade titles, and words beside a name (a month in a
mail date, a room, a short business abbreviation, a sentence opener, a city in a resume header). Each frame is
filled with things and with people of many origins; a keep-rule must keep the things and still remove the
people. Split by frame and by term: TUNE (read while working) and HOLD (new frames with new terms, printed as
totals only). ``python -m eval.redaction_round12_fp`` prints both; ``-v`` prints the tune half's failures.
"""

from __future__ import annotations

import sys

from eval.redaction_fp_rounds import FpRound
from eval.redaction_round12_fp_data import FRAMES, negatives, positives

ROUND = FpRound(
    paragraph=(
        "Round 12 (`eval/redaction_round12_fp.py`, `python -m eval.redaction_round12_fp -v`): "
        f"{len(FRAMES)} frames from session 11's blind false-redaction classes (holidays after a time "
        "preposition; firms named after people and one-word brands after 'from', heading an experience entry or "
        "in a dash row; hospitals named after people; schools as an acronym plus a place or one eponymous word; "
        "languages after a verb of speaking or of several words; possessive and adjectival eponyms; possessive "
        "trade titles; a month, room, business abbreviation, sentence opener or city beside a person's name), "
        "each filled with things and with people of many origins. Written in session 12 before its rules and "
        "first scored at 7b5c0fa; split by frame and by term: `tune` read while working, `held out` new frames "
        "with new terms, totals only."
    ),
    negatives=negatives,
    positives=positives,
)
# What eval.redaction and the tests read.
tables = ROUND.tables
false_redactions = ROUND.false_redactions
recall = ROUND.recall


if __name__ == "__main__":
    ROUND.main(sys.argv[1:])
