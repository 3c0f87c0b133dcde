"""Round 17 of the redaction evaluation: OUTSIDE15's name classes (two given names joined by "&", a lone given
name opening an action item or a note in another language, given names that are English words alone in a person's
slot, nicknames, hyphenated names alone, sign-offs), each frame also filled with things.

Written by the NAMES helper in session 17 before any rule of that session, from the tester's classes in words
(names in :mod:`eval.redaction_round17_names`, frames and fillers in :mod:`eval.redaction_round17_data`). Split,
figures and printing as round 13 (:mod:`eval.redaction_round13`, whose helpers this reuses): names at even
positions and frames at even positions make the TUNE half, odd and odd the HELD-OUT half (totals only); a frame's
filler belongs to the frame's half.

``python -m eval.redaction_round17`` prints both halves; ``-v`` adds the tune half's misses, inexact texts and false
redactions.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Sequence

from eval.redaction_round6 import total
from eval.redaction_round11 import Scores
from eval.redaction_round13 import (
    _INITIALS,
    _SLOT,
    Batch,
    Item,
    Tallies,
    _fill,
    _frame_word_lost,
    _present,
    _rate,
    _slots,
    _words,
    expected,
)
from eval.redaction_round17_data import CLASSES, GROUPS


def items(hold: bool) -> list[Item]:
    """The texts of one half (round 13's split: name and frame positions both even, or both odd)."""
    out = []
    for kind, (groups, _, frames) in CLASSES.items():
        for group in groups or tuple(GROUPS):
            names = GROUPS[group]
            for n, (given, family) in enumerate(names):
                if (n % 2 == 1) != hold:
                    continue
                other = names[(n + 2) % len(names)]  # the next name of the same half
                for m, (frame, *_) in enumerate(frames):
                    if (m % 2 == 1) != hold:
                        continue
                    text = _fill(frame, given, family, other)
                    if text is None:
                        continue
                    static = {w.lower() for w in _words(_SLOT.sub(" ", frame))}
                    values = _slots(given, family, other)
                    filled = " ".join(values[s] for s in _SLOT.findall(frame) if s not in _INITIALS)
                    words = tuple(w for w in _words(filled) if w.lower() not in static)
                    out.append(Item(kind, group, frame, text, words, None))
    return out


def score(redact: Batch, hold: bool) -> tuple[Scores, list[int]]:
    """The half's scores, and [texts a second pass changes, texts]."""
    chosen = items(hold)
    identities = [None] * len(chosen)
    outputs = redact([i.text for i in chosen], identities)
    again = redact(outputs, identities)
    s = Scores(defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), {}, {}, [], [])
    lost: Tallies = defaultdict(lambda: [0, 0])
    per_frame: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item, output in zip(chosen, outputs, strict=True):
        kept = [w for w in item.words if _present(w, output)]
        for tally in (s.by_class[item.kind], s.by_group[item.group]):
            tally[0] += len(item.words) - len(kept)
            tally[1] += len(item.words)
        if kept:
            s.misses.append(f"[{item.kind} / {item.group}] {item.text!r} -> {output!r}")
        ok = output in expected(item.frame)
        s.exact[item.kind][0] += ok
        s.exact[item.kind][1] += 1
        if not ok and not kept:
            s.inexact.append(f"[{item.kind} / {item.group}] {item.text!r} -> {output!r}")
        per_frame[(item.kind, item.frame)].add(output)
        lost[item.kind][0] += _frame_word_lost(item.frame, output)
        lost[item.kind][1] += 1
    frames: Tallies = defaultdict(lambda: [0, 0])
    for (kind, _), outs in per_frame.items():
        frames[kind][0] += len(outs) == 1
        frames[kind][1] += 1
    s.frames = dict(frames)
    s.lost = dict(lost)
    changed = sum(a != b for a, b in zip(outputs, again, strict=True))
    return s, [changed, len(outputs)]


def false_redactions(redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
    """[falsely redacted, total] fillers per class: a word that must stay lost, or more ``[PERSON]`` than people."""
    chosen = [
        (kind, text, keep, people)
        for kind, (_, _, frames) in CLASSES.items()
        for m, (_, text, keep, people) in enumerate(frames)
        if (m % 2 == 1) == hold
    ]
    outputs = redact([text for _, text, _, _ in chosen], [None] * len(chosen))
    by_kind: Tallies = defaultdict(lambda: [0, 0])
    bad = []
    for (kind, text, keep, people), output in zip(chosen, outputs, strict=True):
        wrong = output.count("[PERSON]") > people or any(
            re.search(rf"(?<!\w){re.escape(w)}(?!\w)", output) is None for w in keep.split()
        )
        by_kind[kind][0] += wrong
        by_kind[kind][1] += 1
        if wrong:
            bad.append(f"[{kind}] {text!r} -> {output!r}")
    return dict(by_kind), bad


def summary(redact: Batch) -> list[str]:
    """One line per half (aggregate only), as round 13's."""
    lines = []
    for hold in (False, True):
        s, changed = score(redact, hold)
        wrong, _ = false_redactions(redact, hold)
        found, exact, frames = total(s.by_class), total(s.exact), total(s.frames)
        false, lost = total(wrong), total(s.lost)
        low = sum(1 for t in s.by_group.values() if t[0] / max(t[1], 1) < 0.95)
        lines.append(
            f"{'held out' if hold else 'tune'}: token recall {_rate(found)} ({found[1]} words), {low} of "
            f"{len(s.by_group)} groups below 0.95; exact model text {_rate(exact)} ({exact[1]} texts); frames "
            f"identical for every name {frames[0]} of {frames[1]}; a frame word lost in {lost[0]} of {lost[1]} "
            f"texts; a second pass changes {changed[0]}; false redactions {false[0]} of {false[1]}"
        )
    return lines


def main(argv: Sequence[str]) -> None:
    from memory.redact import Redactor

    batch: Batch = Redactor().redact_many
    print("\n".join(summary(batch)))
    s, _ = score(batch, False)
    wrong, bad = false_redactions(batch, False)
    print("\ntune:")
    print("  recall by class:", {k: _rate(v) for k, v in sorted(s.by_class.items())})
    print("  exact by class:", {k: _rate(v) for k, v in sorted(s.exact.items())})
    print("  frame word lost by class:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(s.lost.items())})
    print("  identical frames by class:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(s.frames.items())})
    print("  recall by group:", {k: _rate(v) for k, v in sorted(s.by_group.items())})
    print("  false:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(wrong.items())})
    # The held-out half is printed as totals only: a per-class or per-group held-out figure would say where to look.
    if "-v" in argv:
        print("\n".join(f"  MISS {line}" for line in s.misses))
        print("\n".join(f"  INEXACT {line}" for line in s.inexact))
        print("\n".join(f"  FALSE {line}" for line in bad))


if __name__ == "__main__":
    main(sys.argv[1:])
