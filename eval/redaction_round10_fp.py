"""Round 10 (FP helper, session 10): false-redaction frames from session 9's blind check, with people in them.

The frames (:mod:`eval.redaction_round10_fp_data`) were written before any rule of session 10 from the outside
tester's false-redaction classes in words only: holidays after a time preposition, festivals, places before a
plain noun or after "covering", resort towns, capitals headings, firms named after people and public programmes
in job ads, languages opening a sentence, tools after "with". Each frame is filled with things and with people
of many origins; a keep-rule must keep the things and still remove the people. Frames alternate within a kind:
TUNE (read while working) and HOLD (scored in aggregate only; its failures are never printed).
``python -m eval.redaction_round10_fp`` prints both halves; ``-v`` prints the tune half's failures.
"""

from __future__ import annotations

import sys

from eval.redaction_fp_rounds import FpRound
from eval.redaction_round10_fp_data import FRAMES, negatives, positives

ROUND = FpRound(
    paragraph=(
        "Round 10 (`eval/redaction_round10_fp.py`, `python -m eval.redaction_round10_fp -v`): "
        f"{len(FRAMES)} frames from session 9's blind false-redaction classes (holidays after a time "
        "preposition, festivals, places before a plain noun or after 'covering', resort towns, capitals "
        "headings, firms named after people and public programmes in job ads, languages opening a sentence, "
        "tools after 'with'), each filled with things and with people of many origins. Written in session 10 "
        "before its rules; `tune`: the frames read while working; `held out`: the others, scored in aggregate."
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
