"""Round 10 of the redaction evaluation: people of many origins where session 9's outside tester found names kept.

Written by the NAMES helper in session 10 before any rule of that session, from the tester's recall classes in
words only (names and frames in :mod:`eval.redaction_round10_data`). Every class's frames are filled with the
names of its groups (every group, or the groups the class is about: particles, two-letter names, hyphenated
given names, pronoun surnames). The split is by group and frame at once: within each group the names at even
positions and within each class the frames at even positions make the TUNE half (read while working); the
names and frames at odd positions make the HELD-OUT half, scored in aggregate only (its sentences are never
printed). Mixed pairs (a tune name in a held frame) are in neither half, so no held frame is ever seen filled.

``python -m eval.redaction_round10`` prints both halves' token recall, the groups below 0.95 and the false
redactions of the same frames with ordinary words; ``-v`` prints the tune half's misses and false redactions.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence

from eval.redaction_round10_data import CLASSES, GROUPS, NEGATIVES
from memory.redact_identity import Identity

Batch = Callable[[Sequence[str], Sequence[Identity | None]], list[str]]
Tallies = dict[str, list[int]]

# A surname that is a pronoun ("Her") turned into "their" is not removed: the neutral word still says a word
# stood there, and a second "Her" elsewhere reads differently. Counted as kept when the output holds more
# neutral pronouns than the frame itself.
_PRONOUNS = frozenset({"her", "he", "him", "his"})
_NEUTRAL = re.compile(r"\b(?:they|their|them|theirs)\b", re.IGNORECASE)
_ANY_PRONOUN = re.compile(r"\b(?:she|he|her|him|his|hers|they|their|them|theirs)\b", re.IGNORECASE)
_SLOT = re.compile(r"\{(\w+)\}")


def _words(value: str) -> list[str]:
    """Name words of a slot's value: letters only, split on hyphens and apostrophes ("van 't Hof" -> van, Hof)."""
    return [w for w in re.findall(r"[^\W\d_]+", value) if len(w) > 1]


def _gone(word: str, output: str, frame: str) -> bool:
    if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", output) is not None:
        return False
    if word.lower() in _PRONOUNS:
        return len(_NEUTRAL.findall(output)) <= len(_ANY_PRONOUN.findall(frame))
    return True


def _fill(frame: str, given: str, family: str) -> str | None:
    full = f"{given} {family}".strip()
    slots = {"g": given, "f": family, "n": full, "lg": given.lower(), "lf": family.lower(), "ln": full.lower()}
    slots["N"] = full.upper()
    used = set(_SLOT.findall(frame))
    if not family and used & {"f", "lf"}:
        return None  # a mononym has no family name to place
    return frame.format(**slots)


def items(hold: bool) -> list[tuple[str, str, str, list[str]]]:
    """``(class, group, text, name words that must go)`` of one half."""
    out = []
    for kind, (groups, frames) in CLASSES.items():
        for group in groups or tuple(GROUPS):
            for n, (given, family) in enumerate(GROUPS[group]):
                if (n % 2 == 1) != hold:
                    continue
                for m, frame in enumerate(frames):
                    if (m % 2 == 1) != hold:
                        continue
                    text = _fill(frame, given, family)
                    if text is None:
                        continue
                    static = {w.lower() for w in _words(_SLOT.sub(" ", frame))}
                    filled = " ".join(_fill(f"{{{slot}}}", given, family) or "" for slot in _SLOT.findall(frame))
                    words = [w for w in _words(filled) if w.lower() not in static]
                    out.append((kind, group, text, words))
    return out


def recall(redact: Batch, hold: bool) -> tuple[Tallies, Tallies, list[str]]:
    """[removed, total] name words per class and per group, and the texts that kept one."""
    chosen = items(hold)
    outputs = redact([i[2] for i in chosen], [None] * len(chosen))
    by_class: Tallies = defaultdict(lambda: [0, 0])
    by_group: Tallies = defaultdict(lambda: [0, 0])
    misses = []
    for (kind, group, text, words), output in zip(chosen, outputs, strict=True):
        frame_text = text
        for w in words:
            frame_text = re.sub(rf"(?<!\w){re.escape(w)}(?!\w)", " ", frame_text)
        kept = [w for w in words if not _gone(w, output, frame_text)]
        for tally in (by_class[kind], by_group[group]):
            tally[0] += len(words) - len(kept)
            tally[1] += len(words)
        if kept:
            misses.append(f"[{kind} / {group}] {text!r} -> {output!r}")
    return dict(by_class), dict(by_group), misses


def false_redactions(redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
    """[falsely redacted, total] negatives per kind: a kept word lost, or a ``[PERSON]`` placed."""
    chosen = [item for index, item in enumerate(NEGATIVES) if (index % 2 == 1) == hold]
    identities = [Identity.of(names=[name]) if name else None for _, _, _, name in chosen]
    outputs = redact([text for _, text, _, _ in chosen], identities)
    by_kind: Tallies = defaultdict(lambda: [0, 0])
    bad = []
    for (kind, text, keep, _), output in zip(chosen, outputs, strict=True):
        lost = "[PERSON]" in output or any(
            re.search(rf"(?<!\w){re.escape(w)}(?!\w)", output) is None for w in keep.split()
        )
        by_kind[kind][0] += lost
        by_kind[kind][1] += 1
        if lost:
            bad.append(f"[{kind}] {text!r} -> {output!r}")
    return dict(by_kind), bad


def _total(tallies: Tallies) -> list[int]:
    return [sum(t[0] for t in tallies.values()), sum(t[1] for t in tallies.values())]


def _rate(tally: Sequence[int]) -> str:
    return f"{tally[0] / max(tally[1], 1):.3f}"


def summary(redact: Batch) -> list[str]:
    """One line per half: token recall, groups below 0.95, false redactions (aggregate only)."""
    lines = []
    for hold in (False, True):
        by_class, by_group, _ = recall(redact, hold)
        wrong, _ = false_redactions(redact, hold)
        found = _total(by_class)
        low = sum(1 for t in by_group.values() if t[0] / max(t[1], 1) < 0.95)
        false = _total(wrong)
        lines.append(
            f"{'held out' if hold else 'tune'}: token recall {_rate(found)} ({found[1]} words), "
            f"{low} of {len(by_group)} groups below 0.95, false redactions {false[0]} of {false[1]}"
        )
    return lines


def main(argv: Sequence[str]) -> None:
    from memory.redact import Redactor

    redactor = Redactor()

    def batch(texts: Sequence[str], identities: Sequence[Identity | None]) -> list[str]:
        return redactor.redact_many(list(texts), list(identities))

    print("\n".join(summary(batch)))
    for hold in (False, True):
        by_class, by_group, misses = recall(batch, hold)
        wrong, bad = false_redactions(batch, hold)
        print(f"\n{'held out' if hold else 'tune'}:")
        print("  recall by class:", {k: _rate(v) for k, v in sorted(by_class.items())})
        if not hold:  # a held group's figure with its name would say which names to look at
            print("  recall by group:", {k: _rate(v) for k, v in sorted(by_group.items())})
        print("  false:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(wrong.items())})
        if "-v" in argv and not hold:
            print("\n".join(f"  MISS {line}" for line in misses))
            print("\n".join(f"  FALSE {line}" for line in bad))


if __name__ == "__main__":
    main(sys.argv[1:])
