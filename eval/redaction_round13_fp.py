"""Round 13 (FP helper, session 13): false-redaction frames from session 12's blind check, with people in them.

The frames (:mod:`eval.redaction_round13_fp_data`, notes in other languages in
:mod:`eval.redaction_round13_fp_notes`) were written before any rule of session 13 from the outside tester's
false-redaction classes F1-F9 in words only, and the session-12 review's open S2 and S8. Each frame is filled with
things and with people of many origins; a keep-rule must keep the things and still remove the people. Split by
frame and by term: TUNE (read while working) and HOLD (printed as totals only). ``python -m
eval.redaction_round13_fp`` prints both; ``-v`` prints the tune half's failures.
"""

from __future__ import annotations

import sys

from eval.redaction_fp_rounds import FpRound
from eval.redaction_round13_fp_data import FRAMES, negatives, positives
from eval.redaction_round13_fp_notes import NOTES

ROUND = FpRound(
    paragraph=(
        "Round 13 (`eval/redaction_round13_fp.py`, `python -m eval.redaction_round13_fp -v`): "
        f"{len(FRAMES)} frames and {len(NOTES)} notes in six other languages from session 12's blind "
        "false-redaction classes (employers named after people and one-word foreign brands after a label or a "
        "verb of leaving or joining; hospitals named after people; job words that are surnames as titles; "
        "holidays after 'for' or 'over'; places that are given names after a label; languages of several words "
        "or opening a line before a dash; possessive eponyms and awards; tools named like people in a tool list; "
        "notes in French, Spanish, German, Portuguese, Italian and Dutch) and the session-12 review's vendors in "
        "a person's slots, each filled with things and with people of many origins. Written in session 13 before "
        "its rules and first scored at 75887d1; split by frame and by term: `tune` read while working, `held "
        "out` new frames with new terms, totals only."
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
