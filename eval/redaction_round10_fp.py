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
from collections.abc import Callable, Sequence

from eval.redaction_round5 import score_negatives
from eval.redaction_round6 import half_rows, report, score_positives
from eval.redaction_round10_fp_data import FRAMES, negatives, positives

Batch = Callable[[Sequence[str]], list[str]]
Tallies = dict[str, list[int]]


def false_redactions(redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
    """[falsely redacted, total] things per kind: a kept word lost, or a ``[PERSON]`` placed."""
    return score_negatives(redact, negatives(hold))


def recall(redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
    """[removed, total] name words per kind: people in the same frames (or the nearest a person fills)."""
    return score_positives(redact, positives(hold))


def tables(redact: Batch) -> list[str]:
    """A paragraph and table for EVAL.md: false redactions and same-frame recall, for each half."""
    lines = [
        "Round 10 (`eval/redaction_round10_fp.py`, `python -m eval.redaction_round10_fp -v`): "
        f"{len(FRAMES)} frames from session 9's blind false-redaction classes (holidays after a time "
        "preposition, festivals, places before a plain noun or after 'covering', resort towns, capitals "
        "headings, firms named after people and public programmes in job ads, languages opening a sentence, "
        "tools after 'with'), each filled with things and with people of many origins. Written in session 10 "
        "before its rules; `tune`: the frames read while working; `held out`: the others, scored in aggregate.",
        "",
        "| half | false redactions | recall (people in the same frames) |",
        "|---|---|---|",
    ]
    return lines + half_rows(redact, false_redactions, recall)


def main(argv: Sequence[str]) -> None:
    report(argv, tables, false_redactions, recall)


if __name__ == "__main__":
    main(sys.argv[1:])
