"""Round 6 of the redaction evaluation: things named like people where an outside tester found them removed.

Session 5's outside tester reported false redactions by class only (tools and AI assistants after "with", "to",
"on"; employers named as a full name; US towns after a travel verb; "<X> de <Y>" schools; eponyms; named awards
and holidays; capitals headings). The sentences in :mod:`eval.redaction_round6_data` were written for those
classes from scratch, with people in the same places, so that a rule that keeps a thing must still find a
person where one stands. Each list is split by position: even positions are the TUNE half (read while
working), odd positions the HOLD half (scored in aggregate only). ``python -m eval.redaction_round6`` prints
both halves; ``-v`` prints the tune half's failures.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence

from eval.redaction_round5 import score_negatives
from eval.redaction_round6_data import NEGATIVES, POSITIVES

Batch = Callable[[Sequence[str]], list[str]]
Tallies = dict[str, list[int]]


def _gone(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is None


def _half(items: Sequence[tuple[str, str, str]], hold: bool) -> list[tuple[str, str, str]]:
    return [item for index, item in enumerate(items) if (index % 2 == 1) == hold]


def false_redactions(redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
    """[falsely redacted, total] negatives per kind: a kept word lost, or a ``[PERSON]`` placed."""
    return score_negatives(redact, _half(NEGATIVES, hold))


def recall(redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
    """[removed, total] name words per slot kind: people where the things of this round stand."""
    return score_positives(redact, _half(POSITIVES, hold))


def score_positives(redact: Batch, items: Sequence[tuple[str, str, str]]) -> tuple[Tallies, list[str]]:
    """[removed, total] name words per kind of ``(kind, text, name words)`` items, and the texts that kept one."""
    by_kind: Tallies = defaultdict(lambda: [0, 0])
    misses = []
    for (kind, text, words), output in zip(items, redact([i[1] for i in items]), strict=True):
        for word in words.split():
            gone = _gone(word, output)
            by_kind[kind][0] += gone
            by_kind[kind][1] += 1
            if not gone:
                misses.append(f"{text!r} -> {output!r}")
    return dict(by_kind), misses


def total(tallies: Tallies) -> list[int]:
    return [sum(t[0] for t in tallies.values()), sum(t[1] for t in tallies.values())]


def tables(redact: Batch) -> list[str]:
    """EVAL.md's round-6 paragraph and table: false redactions and same-slot recall, for each half."""
    lines = [
        "Round 6 (`eval/redaction_round6.py`, `python -m eval.redaction_round6 -v`): things named like people "
        f"({len(NEGATIVES)} sentences: tools and AI assistants after 'with', 'to', 'by' or in a list of models; "
        "employers named as a full name or by a possessive; US towns after a travel verb; schools in other "
        "languages; eponyms before a hyphenated term; named awards and holidays; capitals headings) and "
        f"{len(POSITIVES)} sentences with people in the same places. Written in session 7 from the outside "
        "tester's failure classes only (never its sentences), before the rules that keep them; `tune`: the half "
        "read while working; `held out`: the other half, scored in aggregate only. First scored at 23b721e: "
        "false redactions 26 of 53 (tune) and 19 of 53 (held out), same-slot recall 0.852 and 0.969. Rules "
        "tuned on it brought the false redactions to 3 and 4 of 53 but kept people in the same slots (review "
        "M1, session 7), so every keep-rule of session 7 now keeps only words a word list calls things. Session 8 "
        "added thing lists and shapes that hold no name word where they decide (holidays before a holiday's head, "
        "chains named by a possessive, method pairs before a method's head, tools no O*NET list holds, Indian "
        "places, '-Universität' schools; brands named as a full name were tried and reverted: they kept people "
        "of those names); its tune half was read again then, the held-out half was not.",
        "",
        "| half | false redactions | recall (people in the same places) |",
        "|---|---|---|",
    ]
    return lines + half_rows(redact, false_redactions, recall)


def half_rows(
    redact: Batch,
    false_redactions: Callable[[Batch, bool], tuple[Tallies, list[str]]],
    recall: Callable[[Batch, bool], tuple[Tallies, list[str]]],
) -> list[str]:
    """One table row per half (tune, held out): false redactions and same-slot recall, in aggregate; rounds 6, 9
    and 10 (false redactions) print their tables with it."""
    rows = []
    for hold in (False, True):
        wrong = total(false_redactions(redact, hold)[0])
        found = total(recall(redact, hold)[0])
        name = "held out" if hold else "tune"
        rows.append(f"| {name} | {wrong[0]} of {wrong[1]} | {found[0] / max(found[1], 1):.3f} ({found[1]} words) |")
    return rows


def report(
    argv: Sequence[str],
    tables: Callable[[Batch], list[str]],
    false_redactions: Callable[[Batch, bool], tuple[Tallies, list[str]]],
    recall: Callable[[Batch, bool], tuple[Tallies, list[str]]],
) -> None:
    """Print a round's tables, both halves' tallies and, with ``-v``, the tune half's failures (rounds 6 and 9)."""
    from memory.redact import Redactor

    redactor = Redactor()

    def batch(texts: Sequence[str]) -> list[str]:
        return redactor.redact_many(list(texts), [None] * len(texts))

    print("\n".join(tables(batch)))
    for hold in (False, True):
        wrong, bad = false_redactions(batch, hold)
        found, misses = recall(batch, hold)
        print(f"\n{'held out' if hold else 'tune'}:")
        print("  false:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(wrong.items())})
        print("  recall:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(found.items())})
        if "-v" in argv and not hold:
            print("\n".join(f"  FALSE {line}" for line in bad))
            print("\n".join(f"  MISS {line}" for line in misses))


def main(argv: Sequence[str]) -> None:
    report(argv, tables, false_redactions, recall)


if __name__ == "__main__":
    main(sys.argv[1:])
