"""Round 11 (FP helper, session 11): false-redaction frames from session 10's blind check, with people in them.

The frames (:mod:`eval.redaction_round11_fp_data`) were written before any rule of session 11 from the outside
tester's false-redaction classes in words only: languages beside English, in a list after a label, before
"-speaking" or "(native)"; firms named after people after "with", "left", "joined", "Previous employer:", before
"LLC", opening a firm - title - years line; a city after "Location:"; holidays after "the week of", "after",
"closed for", festivals opening a sentence, possessive "...'s Day"; tools after "strong with" and before
"experience:". Each frame is filled with things and with people of many origins; a keep-rule must keep the
things and still remove the people. Split by frame and by term: TUNE (read while working) and HOLD (new frames
with new terms, printed as totals only). ``python -m eval.redaction_round11_fp`` prints both; ``-v`` prints the
tune half's failures.
"""

from __future__ import annotations

import sys

from eval.redaction_fp_rounds import FpRound
from eval.redaction_round11_fp_data import FRAMES, negatives, positives

ROUND = FpRound(
    paragraph=(
        "Round 11 (`eval/redaction_round11_fp.py`, `python -m eval.redaction_round11_fp -v`): "
        f"{len(FRAMES)} frames from session 10's blind false-redaction classes (languages beside English, in a "
        "list after a label, before '-speaking' or '(native)'; firms named after people after 'with', 'left', "
        "'joined', 'Previous employer:', before 'LLC' or opening a firm - title - years line; a city after "
        "'Location:'; holidays after 'the week of', 'after', 'closed for', festivals opening a sentence, "
        "possessive '...'s Day'; tools after 'strong with' or before 'experience:'), each filled with things and "
        "with people of many origins. Written in session 11 before its rules and first scored at 700512a; split "
        "by frame and by term: `tune` read while working, `held out` new frames with new terms, totals only."
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
