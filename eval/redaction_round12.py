"""Round 12 of the redaction evaluation: third parties' names of many origins in the slots where session 11's outside
tester found name words kept, and whether a frame's model text is the same whatever name fills it.

Written by the NAMES helper in session 12 before any rule of that session, from the tester's recall classes 1-10
in words only (names, frames and fillers in :mod:`eval.redaction_round12_data`). The split is by name and frame at
once, as in rounds 10 and 11: within each group the names at even positions and within each class the frames at
even positions make the TUNE half (read while working); the names and frames at odd positions make the HELD-OUT
half, scored in aggregate only (its sentences are never printed, nor its per-group or per-class figures). Mixed
pairs are in neither half, so no held frame is ever seen filled.

Figures per half (as round 11's): token recall of the name words (per group and class for the tune half), groups
below issue 10's 0.95; exact model texts (each name one placeholder, nothing else changed); frames whose model text
is byte-identical for every name of the half (the swap property); texts where a word of the frame itself is
missing from the model text; false redactions of the same frames filled with ordinary words (``FILLERS``: the
English words of class 1 used as words, places, firms, tools, languages, months and rooms).

``python -m eval.redaction_round12`` prints both halves; ``-v`` adds the tune half's misses, inexact texts and
false redactions.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eval.redaction_round6 import total
from eval.redaction_round11 import Scores
from eval.redaction_round12_data import CLASSES, FILLERS, GROUPS

Batch = Callable[[Sequence[str]], list[str]]
Tallies = dict[str, list[int]]

_SLOT = re.compile(r"\{(\w+)\}")
# Courtesy titles are gendered: the redactor may take them into the placeholder. Academic titles may stay or go.
_COURTESY = re.compile(r"\b(?:Mr|Ms|Mrs|Mx)\.? (?=\{)")
# Words of a frame the redactor may change by design: courtesy and academic titles (taken into the placeholder).
_MAY_GO = frozenset("Mr Ms Mrs Mx Dr Prof".split())
# The slots that need a family name (skipped for a mononym).
_FAMILY_SLOTS = frozenset({"f", "lf", "F"})


@dataclass(frozen=True)
class Item:
    kind: str
    group: str
    frame: str
    text: str
    words: tuple[str, ...]


def _words(value: str) -> list[str]:
    """Name words of a slot's value: letters only, split on hyphens and apostrophes ("ap Rhys" -> 2 words)."""
    return [w for w in re.findall(r"[^\W\d_]+", value) if len(w) > 1]


def _slots(given: str, family: str, other: str) -> dict[str, str]:
    full = f"{given} {family}".strip()
    slots = {"g": given, "f": family, "n": full, "h": other, "i": given[:1]}
    slots |= {f"l{k}": v.lower() for k, v in list(slots.items())}
    slots |= {k.upper(): v.upper() for k, v in list(slots.items()) if len(k) == 1}
    return slots


def _fill(frame: str, given: str, family: str, other: str) -> str | None:
    if not family and set(_SLOT.findall(frame)) & _FAMILY_SLOTS:
        return None  # a mononym has no family name to place
    return frame.format(**_slots(given, family, other))


def expected(frame: str) -> set[str]:
    """The model texts counted exact: each slot one placeholder, adjacent slots (also "{i}. {f}", and "{f}, {g}"
    either way) one, a courtesy title taken in, an academic title ("Dr.") kept or taken in."""
    text = _COURTESY.sub("", frame).replace("{{", "{").replace("}}", "}")
    out = set()
    for joined in (r"\{\w+\}(?:\.? \{\w+\})*", r"\{\w+\}(?:\.? \{\w+\}|, \{\w+\})*"):
        done = re.sub(joined, "[PERSON]", text)
        out |= {done, re.sub(r"\b(?:Dr|Prof)\. (?=\[PERSON\])", "", done)}
    return out


def items(hold: bool) -> list[Item]:
    """The texts of one half."""
    out = []
    for kind, (groups, frames) in CLASSES.items():
        for group in groups or tuple(GROUPS):
            names = GROUPS[group]
            for n, (given, family) in enumerate(names):
                if (n % 2 == 1) != hold:
                    continue
                other = names[(n + 2) % len(names)][0]  # the next name of the same half
                for m, frame in enumerate(frames):
                    if (m % 2 == 1) != hold:
                        continue
                    text = _fill(frame, given, family, other)
                    if text is None:
                        continue
                    static = {w.lower() for w in _words(_SLOT.sub(" ", frame))}
                    values = _slots(given, family, other)
                    filled = " ".join(values[s] for s in _SLOT.findall(frame) if s not in ("i", "I", "li"))
                    words = tuple(w for w in _words(filled) if w.lower() not in static)
                    out.append(Item(kind, group, frame, text, words))
    return out


def _present(word: str, output: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", output) is not None


def score(redact: Batch, hold: bool) -> Scores:
    chosen = items(hold)
    outputs = redact([i.text for i in chosen])
    s = Scores(defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), {}, {}, [], [])
    lost: Tallies = defaultdict(lambda: [0, 0])
    per_frame: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item, output in zip(chosen, outputs, strict=True):
        # A name word is kept when the model text still holds it as a whole word (the frame's own words are never
        # name words, see items()); a word written twice counts twice, both kept if either is.
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
    return s


def _frame_word_lost(frame: str, output: str) -> bool:
    """A word of the frame itself is missing from the model text (counted with multiplicity)."""
    wanted = Counter(w for w in re.findall(r"[^\W\d_]+", _SLOT.sub(" ", frame)) if w not in _MAY_GO)
    have = Counter(re.findall(r"[^\W\d_]+", output))
    return any(have[w] < n for w, n in wanted.items())


def false_redactions(redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
    """[falsely redacted, total] fillers per class: a word that must stay lost, or a ``[PERSON]`` placed."""
    positions: dict[str, int] = defaultdict(int)
    chosen = []
    for filler in FILLERS:
        if (positions[filler[0]] % 2 == 1) == hold:
            chosen.append(filler)
        positions[filler[0]] += 1
    outputs = redact([text for _, text, _ in chosen])
    by_kind: Tallies = defaultdict(lambda: [0, 0])
    bad = []
    for (kind, text, keep), output in zip(chosen, outputs, strict=True):
        lost = "[PERSON]" in output or any(not _present(w, output) for w in keep.split())
        by_kind[kind][0] += lost
        by_kind[kind][1] += 1
        if lost:
            bad.append(f"[{kind}] {text!r} -> {output!r}")
    return dict(by_kind), bad


def _rate(tally: Sequence[int]) -> str:
    return f"{tally[0] / max(tally[1], 1):.3f}"


def summary(redact: Batch) -> list[str]:
    """One line per half (aggregate only): recall, groups below 0.95, exact texts, invariant frames, words lost,
    false redactions."""
    lines = []
    for hold in (False, True):
        s = score(redact, hold)
        wrong, _ = false_redactions(redact, hold)
        found, exact, frames = total(s.by_class), total(s.exact), total(s.frames)
        false, lost = total(wrong), total(s.lost)
        low = sum(1 for t in s.by_group.values() if t[0] / max(t[1], 1) < 0.95)
        lines.append(
            f"{'held out' if hold else 'tune'}: token recall {_rate(found)} ({found[1]} words), {low} of "
            f"{len(s.by_group)} groups below 0.95; exact model text {_rate(exact)} ({exact[1]} texts); frames "
            f"identical for every name {frames[0]} of {frames[1]}; a frame word lost in {lost[0]} of {lost[1]} "
            f"texts; false redactions {false[0]} of {false[1]}"
        )
    return lines


def main(argv: Sequence[str]) -> None:
    from memory.redact import Redactor

    redactor = Redactor()

    def batch(texts: Sequence[str]) -> list[str]:
        return redactor.redact_many(list(texts), [None] * len(texts))

    print("\n".join(summary(batch)))
    s = score(batch, False)
    wrong, bad = false_redactions(batch, False)
    print("\ntune:")
    print("  recall by class:", {k: _rate(v) for k, v in sorted(s.by_class.items())})
    print("  exact by class:", {k: _rate(v) for k, v in sorted(s.exact.items())})
    print("  frame word lost by class:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(s.lost.items())})
    print("  identical frames by class:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(s.frames.items())})
    print("  recall by group:", {k: _rate(v) for k, v in sorted(s.by_group.items())})
    print("  false:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(wrong.items())})
    # The held-out half is printed as totals only (the summary line): a per-class or per-group held-out figure
    # would say where to look.
    if "-v" in argv:
        print("\n".join(f"  MISS {line}" for line in s.misses))
        print("\n".join(f"  INEXACT {line}" for line in s.inexact))
        print("\n".join(f"  FALSE {line}" for line in bad))


if __name__ == "__main__":
    main(sys.argv[1:])
