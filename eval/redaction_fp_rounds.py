"""The one runner of the FP helper's false-redaction rounds (10 to 13): scoring, EVAL.md's table and the command.

Each round is only data and a description: frames filled with things (which must survive) and with people (who
must go), split by frame and by term into a tune half (read while working) and a held-out half (printed as totals
only, so it stays unread). Sessions 11 and 12 each copied round 11's scoring and ``main``; this module holds them
once (review, session 13).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eval.redaction_round6 import half_rows, score_positives, total

Batch = Callable[[Sequence[str]], list[str]]
Tallies = dict[str, list[int]]
# (kind, text, words that must stay) or (kind, text, words that must stay, a person stands beside the thing)
Negative = tuple[str, str, str] | tuple[str, str, str, bool]


def _gone(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is None


def score_things(redact: Batch, items: Sequence[Negative]) -> tuple[Tallies, list[str]]:
    """[falsely redacted, total] things per kind: a word of the thing lost, or a ``[PERSON]`` placed where no
    person stands (a text with a person beside the thing may hold the person's placeholders)."""
    by_kind: Tallies = defaultdict(lambda: [0, 0])
    bad = []
    for item, output in zip(items, redact([i[1] for i in items]), strict=True):
        kind, text, words = item[0], item[1], item[2]
        beside = len(item) > 3 and bool(item[3])
        lost = (not beside and "[PERSON]" in output) or any(_gone(w, output) for w in words.split())
        by_kind[kind][0] += lost
        by_kind[kind][1] += 1
        if lost:
            bad.append(f"{text!r} -> {output!r}")
    return dict(by_kind), bad


@dataclass(frozen=True)
class FpRound:
    """A round: its EVAL.md paragraph and the items of each half (``hold``: the held-out half)."""

    paragraph: str
    negatives: Callable[[bool], Sequence[Negative]]
    positives: Callable[[bool], Sequence[tuple[str, str, str]]]

    def false_redactions(self, redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
        return score_things(redact, self.negatives(hold))

    def recall(self, redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
        """[removed, total] name words per kind: people in the same frames (or the nearest a person fills)."""
        return score_positives(redact, self.positives(hold))

    def tables(self, redact: Batch) -> list[str]:
        """A paragraph and table for EVAL.md: false redactions and same-frame recall, for each half."""
        lines = [
            self.paragraph,
            "",
            "| half | false redactions | recall (people in the same frames) |",
            "|---|---|---|",
        ]
        return lines + half_rows(redact, self.false_redactions, self.recall)

    def main(self, argv: Sequence[str]) -> None:
        """Print the table, the tune half's tallies by kind (``-v``: its failures) and the held-out half's
        totals."""
        from memory.redact import Redactor

        redactor = Redactor()

        def batch(texts: Sequence[str]) -> list[str]:
            return redactor.redact_many(list(texts), [None] * len(texts))

        print("\n".join(self.tables(batch)))
        wrong, bad = self.false_redactions(batch, False)
        found, misses = self.recall(batch, False)
        print("\ntune:")
        print("  false:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(wrong.items())})
        print("  recall:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(found.items())})
        if "-v" in argv:
            print("\n".join(f"  FALSE {line}" for line in bad))
            print("\n".join(f"  MISS {line}" for line in misses))
        held_wrong = total(self.false_redactions(batch, True)[0])
        held_found = total(self.recall(batch, True)[0])
        print(
            f"\nheld out (totals only): false {held_wrong[0]}/{held_wrong[1]}, recall {held_found[0]}/{held_found[1]}"
        )
