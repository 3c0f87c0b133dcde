"""Round 9 of the redaction evaluation: ordinary words in nine kinds of text, and people in the same places.

The sentences (:mod:`eval.redaction_round9_data`) were written in session 9 before its rules, from the outside
tester's failure classes in words only. Even positions are the TUNE half (read while working), odd positions
the HOLD half (scored in aggregate only). ``python -m eval.redaction_round9`` prints both halves' false
redactions per kind and the same-slot recall; ``-v`` prints the tune half's failures.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from eval.redaction_round5 import score_negatives
from eval.redaction_round6 import _half, half_rows, report, score_positives
from eval.redaction_round9_data import NEGATIVES, POSITIVES

Batch = Callable[[Sequence[str]], list[str]]
Tallies = dict[str, list[int]]


def false_redactions(redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
    """[falsely redacted, total] negatives per kind: a kept word lost, or a ``[PERSON]`` placed."""
    return score_negatives(redact, _half(NEGATIVES, hold))


def recall(redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
    """[removed, total] name words per slot kind: people where this round's things stand."""
    return score_positives(redact, _half(POSITIVES, hold))


def tables(redact: Batch) -> list[str]:
    """EVAL.md's round-9 paragraph and table: false redactions and same-slot recall, for each half."""
    lines = [
        "Round 9 (`eval/redaction_round9.py`, `python -m eval.redaction_round9 -v`): ordinary words that are "
        f"also names in nine kinds of text ({len(NEGATIVES)} sentences: job-ad prose, events and holidays, "
        "products and AI assistants, places, eponyms, capitals headings, schools, lower case, employers) and "
        f"{len(POSITIVES)} sentences with people of many origins in the same places. Written in session 9 from "
        "the outside tester's failure classes only, before that session's rules; `tune`: the half read while "
        "working; `held out`: the other half, scored in aggregate only (its sentences never read). First scored "
        "at a1223a8: false redactions 15 of 90 (tune) and 16 of 90 (held out), same-slot recall 1.000 and "
        "0.938. Kept since, each only in a frame no person fills and tested with people of several origins in "
        "the same frame: a job title's seniority word after a name, named storms, a bare run after 'during', a "
        "holiday's word before a holiday's head, 'parkinson's disease' in lower case. Tried and reverted (the "
        "session's reviewer found people or the names of firms named after people kept in them): kinds listing "
        "members ('firms like <X> and <Y>'), plural facilities, foreign schools' namesakes, disease nouns by "
        "their ending, frames only a firm fills ('<X> is a biotech company', 'At <X>, we', 'Location: <X>'), "
        "'closed for <X>'.",
        "",
        "| half | false redactions | recall (people in the same places) |",
        "|---|---|---|",
    ]
    return lines + half_rows(redact, false_redactions, recall)


def main(argv: Sequence[str]) -> None:
    report(argv, tables, false_redactions, recall)


if __name__ == "__main__":
    main(sys.argv[1:])
