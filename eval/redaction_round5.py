"""Round 5 of the redaction evaluation: names made of words, and look-alike negatives, with a held-out half.

Written from scratch in session 5, after an outside tester found that names whose words are English words
or places (noun-word surnames, virtue names, given names that are cities) leak, and that eponyms, brands,
places, schools and gendered words inside proper nouns were falsely removed. Nothing here is copied from
that tester's set or from earlier rounds; names were written from general knowledge of naming customs.

Every list is split in two by position: even positions are the TUNE half (read while working), odd
positions and the groups marked ``held out`` are the HOLD half (scored only in aggregate, never read while
changing the redactor). ``python -m eval.redaction_round5`` prints recall per group and false redactions
for each half; ``-v`` prints the tune half's misses only.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence

from eval.redaction_round5_data import (
    CONTEXTS,
    FINAL_CONTEXTS,
    FINAL_GROUPS,
    FINAL_NEGATIVES,
    GROUPS,
    HELD_OUT_GROUPS,
    NEGATIVES,
)

Batch = Callable[[Sequence[str]], list[str]]
__all__ = [
    "CONTEXTS",
    "FINAL_GROUPS",
    "GROUPS",
    "HELD_OUT_GROUPS",
    "NEGATIVES",
    "cases",
    "final_check",
    "held",
    "tables",
    "total",
]


def _values(full: str) -> dict[str, str]:
    given, _, family = full.partition(" ")
    return {
        "full": full,
        "given": given,
        "family": family,
        "lfull": full.lower(),
        "lgiven": given.lower(),
        "lfamily": family.lower(),
        "FULL": full.upper(),
    }


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def held(group: str, index: int, context: str = "") -> bool:
    """The HOLD half: odd positions, held-out groups and held-out contexts."""
    return index % 2 == 1 or group.endswith("(held out)") or context.endswith("(held out)")


def cases() -> list[tuple[bool, str, str, str, list[str]]]:
    """(held out, group, context, text, name words that must be gone)."""
    out = []
    for group, names in GROUPS.items():
        for index, full in enumerate(names):
            values = _values(full)
            words = {w.lower() for w in _words(full)}
            for context, template in CONTEXTS.items():
                text = template.format(**values)
                static = {w.lower() for w in _words(re.sub(r"\{\w+\}", " ", template))}
                found = [w for w in _words(text) if w.lower() in words - static]
                out.append((held(group, index, context), group, context, text, found))
    return out


def _gone(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is None


def recall(redact: Batch, hold: bool) -> tuple[dict[str, list[int]], dict[str, list[int]], list[str]]:
    """[removed, total] name words per group and per context in one half, and the misses."""
    items = [c for c in cases() if c[0] == hold]
    outputs = redact([c[3] for c in items])
    by_group: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_context: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for (_, group, context, text, words), output in zip(items, outputs, strict=True):
        for word in words:
            gone = _gone(word, output)
            for tally in (by_group[group], by_context[context]):
                tally[0] += gone
                tally[1] += 1
            if not gone:
                misses.append(f"{text!r} -> {output!r}")
    return dict(by_group), dict(by_context), misses


def false_redactions(redact: Batch, hold: bool) -> tuple[dict[str, list[int]], list[str]]:
    """[falsely redacted, total] negatives per kind in one half: a word lost or changed, or a placeholder."""
    return score_negatives(redact, [n for i, n in enumerate(NEGATIVES) if (i % 2 == 1) == hold])


def score_negatives(redact: Batch, items: Sequence[tuple[str, str, str]]) -> tuple[dict[str, list[int]], list[str]]:
    """[falsely redacted, total] per kind of ``(kind, text, words that must stay)`` items, and the failures."""
    outputs = redact([text for _, text, _ in items])
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    bad = []
    for (kind, text, words), output in zip(items, outputs, strict=True):
        lost = "[PERSON]" in output or any(_gone(w, output) for w in words.split())
        by_kind[kind][0] += lost
        by_kind[kind][1] += 1
        if lost:
            bad.append(f"{text!r} -> {output!r}")
    return dict(by_kind), bad


def final_check(redact: Batch) -> tuple[dict[str, list[int]], dict[str, list[int]], list[int]]:
    """The second held-out part: [removed, total] per group and per context, and [false, total] negatives."""
    items = []
    for group, names in FINAL_GROUPS.items():
        for full in names:
            values = _values(full)
            words = {w.lower() for w in _words(full)}
            for context, template in FINAL_CONTEXTS.items():
                text = template.format(**values)
                static = {w.lower() for w in _words(re.sub(r"\{\w+\}", " ", template))}
                items.append((group, context, text, [w for w in _words(text) if w.lower() in words - static]))
    outputs = redact([i[2] for i in items])
    by_group: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_context: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (group, context, _, found), output in zip(items, outputs, strict=True):
        for word in found:
            for tally in (by_group[group], by_context[context]):
                tally[0] += _gone(word, output)
                tally[1] += 1
    outputs = redact([text for _, text, _ in FINAL_NEGATIVES])
    wrong = [0, len(FINAL_NEGATIVES)]
    for (_, _, kept), output in zip(FINAL_NEGATIVES, outputs, strict=True):
        wrong[0] += "[PERSON]" in output or any(_gone(w, output) for w in kept.split())
    return dict(by_group), dict(by_context), wrong


def tables(redact: Batch) -> list[str]:
    """EVAL.md's round-5 tables: recall per group and false redactions, tune half, held-out half, final part."""
    lines = [
        "Round 5 (`eval/redaction_round5.py`, `python -m eval.redaction_round5 --final`): names made of words or "
        "places (noun-word surnames, virtue names, given names that are cities, pet names, short names) in 20 "
        "contexts, and look-alike negatives (brands, places, schools, products, eponyms, gendered words in proper "
        "nouns, short days). Written in session 5 before working on it. `tune`: the half read while working; "
        "`held out`: the other half, whole groups and contexts never read (scored in aggregate); `final`: a second "
        "part written later (12:50 UTC), first scored at recall 0.840 and 4/28 false; one class its lowest "
        "context showed (a lower-case name repeated, 'spoke to x ...; x has') was then fixed, so its figure is "
        "after one look.",
        "",
        "| origin group | tune | held out |",
        "|---|---|---|",
    ]
    tune_groups, _, _ = recall(redact, False)
    hold_groups, _, _ = recall(redact, True)
    for group in GROUPS:
        tune = f"{rate(tune_groups[group]):.3f}" if group in tune_groups else "-"
        lines.append(f"| {group} | {tune} | {rate(hold_groups[group]):.3f} |")
    tune_total, hold_total = total(tune_groups), total(hold_groups)
    lines.append(f"| **all** | **{rate(tune_total):.3f}** | **{rate(hold_total):.3f}** |")
    tune_neg, _ = false_redactions(redact, False)
    hold_neg, _ = false_redactions(redact, True)
    wrong_tune, wrong_hold = total(tune_neg), total(hold_neg)
    final_groups, _, final_wrong = final_check(redact)
    final_total = total(final_groups)
    lines += [
        f"| false redactions | {wrong_tune[0]}/{wrong_tune[1]} | {wrong_hold[0]}/{wrong_hold[1]} |",
        "",
        f"Final part: recall {rate(final_total):.3f} over {final_total[1]} name words of {len(FINAL_GROUPS)} "
        f"groups (lowest group {min(rate(t) for t in final_groups.values()):.3f}); false redactions "
        f"{final_wrong[0]}/{final_wrong[1]}.",
    ]
    return lines


def rate(tally: Sequence[int]) -> float:
    return tally[0] / tally[1] if tally[1] else float("nan")


def total(tallies: dict[str, list[int]]) -> list[int]:
    return [sum(t[0] for t in tallies.values()), sum(t[1] for t in tallies.values())]


_total = total  # eval/ner_eval.py's import until it moves to ``total``


def main(argv: Sequence[str] | None = None) -> int:
    from memory.redact import Redactor

    args = sys.argv[1:] if argv is None else list(argv)
    redactor = Redactor()

    def batch(texts: Sequence[str]) -> list[str]:
        return redactor.redact_many(list(texts), [None] * len(texts))

    for hold in (False, True):
        half = "HOLD" if hold else "TUNE"
        by_group, by_context, misses = recall(batch, hold)
        found = total(by_group)
        print(f"{half}: recall {rate(found):.3f} ({found[0]}/{found[1]})")
        for key, tally in sorted({**by_group, **by_context}.items(), key=lambda kv: rate(kv[1])):
            print(f"  {key:45} {rate(tally):.3f}")
        by_kind, bad = false_redactions(batch, hold)
        wrong = total(by_kind)
        print(f"{half}: false redactions {wrong[0]}/{wrong[1]} ({rate(wrong):.1%})")
        for kind, tally in by_kind.items():
            print(f"  {kind:45} {tally[0]}/{tally[1]}")
        if "-v" in args and not hold:
            print("\n".join(["-- misses (tune)", *misses, "-- false redactions (tune)", *bad]))
    if "--final" in args:
        by_group, by_context, wrong = final_check(batch)
        found = total(by_group)
        print(f"FINAL (held out): recall {rate(found):.3f} ({found[0]}/{found[1]})")
        for key, tally in sorted({**by_group, **by_context}.items(), key=lambda kv: rate(kv[1])):
            print(f"  {key:45} {rate(tally):.3f}")
        print(f"FINAL (held out): false redactions {wrong[0]}/{wrong[1]} ({rate(wrong):.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
