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
from collections.abc import Callable, Sequence

from eval.redaction_round5 import score_negatives
from eval.redaction_round6 import half_rows, score_positives, total
from eval.redaction_round11_fp_data import FRAMES, negatives, positives

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
        "Round 11 (`eval/redaction_round11_fp.py`, `python -m eval.redaction_round11_fp -v`): "
        f"{len(FRAMES)} frames from session 10's blind false-redaction classes (languages beside English, in a "
        "list after a label, before '-speaking' or '(native)'; firms named after people after 'with', 'left', "
        "'joined', 'Previous employer:', before 'LLC' or opening a firm - title - years line; a city after "
        "'Location:'; holidays after 'the week of', 'after', 'closed for', festivals opening a sentence, "
        "possessive '...'s Day'; tools after 'strong with' or before 'experience:'), each filled with things and "
        "with people of many origins. Written in session 11 before its rules and first scored at 700512a; split "
        "by frame and by term: `tune` read while working, `held out` new frames with new terms, totals only.",
        "",
        "| half | false redactions | recall (people in the same frames) |",
        "|---|---|---|",
    ]
    return lines + half_rows(redact, false_redactions, recall)


def main(argv: Sequence[str]) -> None:
    """Print the table, the tune half's tallies by kind (``-v``: its failures) and the held-out half's totals."""
    from memory.redact import Redactor

    redactor = Redactor()

    def batch(texts: Sequence[str]) -> list[str]:
        return redactor.redact_many(list(texts), [None] * len(texts))

    print("\n".join(tables(batch)))
    wrong, bad = false_redactions(batch, False)
    found, misses = recall(batch, False)
    print("\ntune:")
    print("  false:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(wrong.items())})
    print("  recall:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(found.items())})
    if "-v" in argv:
        print("\n".join(f"  FALSE {line}" for line in bad))
        print("\n".join(f"  MISS {line}" for line in misses))
    held_wrong = total(false_redactions(batch, True)[0])
    held_found = total(recall(batch, True)[0])
    print(f"\nheld out (totals only): false {held_wrong[0]}/{held_wrong[1]}, recall {held_found[0]}/{held_found[1]}")


if __name__ == "__main__":
    main(sys.argv[1:])
