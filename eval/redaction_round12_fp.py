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

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence

from eval.redaction_round6 import half_rows, score_positives, total
from eval.redaction_round12_fp_data import FRAMES, negatives, positives

Batch = Callable[[Sequence[str]], list[str]]
Tallies = dict[str, list[int]]


def _gone(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is None


def false_redactions(redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
    """[falsely redacted, total] things per kind: a word of the thing lost, or a ``[PERSON]`` placed where no
    person stands (a frame with a person beside the thing may hold one placeholder: the person's)."""
    items = negatives(hold)
    by_kind: Tallies = defaultdict(lambda: [0, 0])
    bad = []
    for (kind, text, words, beside), output in zip(items, redact([i[1] for i in items]), strict=True):
        lost = (not beside and "[PERSON]" in output) or any(_gone(w, output) for w in words.split())
        by_kind[kind][0] += lost
        by_kind[kind][1] += 1
        if lost:
            bad.append(f"{text!r} -> {output!r}")
    return dict(by_kind), bad


def recall(redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
    """[removed, total] name words per kind: people in the same frames (or the nearest a person fills), and the
    people beside a thing in the very texts that must keep the thing."""
    return score_positives(redact, positives(hold))


def tables(redact: Batch) -> list[str]:
    """A paragraph and table for EVAL.md: false redactions and same-frame recall, for each half."""
    lines = [
        "Round 12 (`eval/redaction_round12_fp.py`, `python -m eval.redaction_round12_fp -v`): "
        f"{len(FRAMES)} frames from session 11's blind false-redaction classes (holidays after a time "
        "preposition; firms named after people and one-word brands after 'from', heading an experience entry or "
        "in a dash row; hospitals named after people; schools as an acronym plus a place or one eponymous word; "
        "languages after a verb of speaking or of several words; possessive and adjectival eponyms; possessive "
        "trade titles; a month, room, business abbreviation, sentence opener or city beside a person's name), "
        "each filled with things and with people of many origins. Written in session 12 before its rules and "
        "first scored at 7b5c0fa; split by frame and by term: `tune` read while working, `held out` new frames "
        "with new terms, totals only.",
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
