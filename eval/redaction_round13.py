"""Round 13 of the redaction evaluation: third parties' names of origins no earlier round used, in the classes where
session 12's outside tester found names kept (N1-N8), each frame also filled with ordinary words.

Written by the NAMES helper in session 13 before any rule of that session, from the tester's classes in words only
(names, frames and fillers in :mod:`eval.redaction_round13_data`). The split is by name and frame at once, as in
rounds 10-12: within each group the names at even positions and within each class the frames at even positions
make the TUNE half (read while working); the names and frames at odd positions make the HELD-OUT half, scored in
aggregate only (its sentences are never printed, nor its per-group or per-class figures). Mixed pairs are in
neither half, so no held frame is ever seen filled. A frame's filler (the same frame with ordinary words) belongs
to the frame's half.

Figures per half (as round 12's): token recall of the name words (per group and class for the tune half), groups
below issue 10's 0.95; exact model texts (each name one placeholder, nothing else changed); frames whose model text
is byte-identical for every name of the half (the swap property); texts where a word of the frame itself is
missing; texts a second redaction pass still changes (idempotence); false redactions of the fillers (a word that
must stay is lost, or more placeholders than the filler has people). The own-name class redacts with the person's
identity (their name given), so its placeholder is ``[CANDIDATE]``.

``python -m eval.redaction_round13`` prints both halves; ``-v`` adds the tune half's misses, inexact texts and
false redactions.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from eval.redaction_round6 import total
from eval.redaction_round11 import Scores
from eval.redaction_round13_data import CLASSES, GROUPS
from memory.redact_identity import Identity

Batch = Callable[[Sequence[str], Sequence[Identity | None]], list[str]]
Tallies = dict[str, list[int]]
# A round's data: class -> (groups it reads, or () for all; own name given; frames), and group -> names.
Classes = dict[str, Any]
Groups = dict[str, Any]

_SLOT = re.compile(r"\{(\w+)\}")
# Words of a frame the redactor may change by design: courtesy and academic titles (taken into the placeholder).
_MAY_GO = frozenset("Mr Ms Mrs Mx Dr Prof".split())
# The slots that need a family name (skipped for a mononym).
_FAMILY_SLOTS = frozenset({"f", "lf", "F", "k", "lk", "K"})
# Initials are not name words to count (a lone letter may stay), but they are slots.
_INITIALS = frozenset({"i", "j", "I", "J", "li", "lj"})


@dataclass(frozen=True)
class Item:
    kind: str
    group: str
    frame: str
    text: str
    words: tuple[str, ...]
    own: str | None  # the full name given as the record's identity, for the own-name class


def _words(value: str) -> list[str]:
    """Name words of a slot's value: letters only, split on hyphens and apostrophes ("Ait Ahmed" -> 2 words)."""
    return [w for w in re.findall(r"[^\W\d_]+", value) if len(w) > 1]


def _slots(given: str, family: str, other: tuple[str, str]) -> dict[str, str]:
    full = f"{given} {family}".strip()
    slots = {"g": given, "f": family, "n": full, "h": other[0], "k": other[1], "i": given[:1], "j": other[0][:1]}
    slots |= {f"l{k}": v.lower() for k, v in list(slots.items())}
    slots |= {k.upper(): v.upper() for k, v in list(slots.items()) if len(k) == 1}
    return slots


def _fill(frame: str, given: str, family: str, other: tuple[str, str]) -> str | None:
    if (not family or not other[1]) and set(_SLOT.findall(frame)) & _FAMILY_SLOTS:
        return None  # a mononym has no family name to place
    return frame.format(**_slots(given, family, other))


def expected(frame: str, placeholder: str = "[PERSON]") -> set[str]:
    """The model texts counted exact: each slot one placeholder, adjacent slots (also "{i}. {f}", and "{f}, {g}"
    either way) one, an academic title ("Dr.") kept or taken in."""
    text = frame.replace("{{", "{").replace("}}", "}")
    out = set()
    for joined in (r"\{\w+\}(?:\.? \{\w+\})*", r"\{\w+\}(?:\.? \{\w+\}|, \{\w+\})*"):
        out.add(re.sub(joined, placeholder, text))
    return out


def items(hold: bool, classes: Classes = CLASSES, people: Groups = GROUPS) -> list[Item]:
    """The texts of one half (a later round passes its own classes and groups)."""
    out = []
    for kind, (groups, own, frames) in classes.items():
        for group in groups or tuple(people):
            names = people[group]
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
                    full = f"{given} {family}".strip() if own else None
                    out.append(Item(kind, group, frame, text, words, full))
    return out


def _present(word: str, output: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", output) is not None


def _identities(chosen: Sequence[Item]) -> list[Identity | None]:
    return [Identity.of(names=[i.own]) if i.own else None for i in chosen]


def score(redact: Batch, hold: bool, classes: Classes = CLASSES, people: Groups = GROUPS) -> tuple[Scores, list[int]]:
    """The half's scores, and [texts a second pass changes, texts]."""
    chosen = items(hold, classes, people)
    identities = _identities(chosen)
    outputs = redact([i.text for i in chosen], identities)
    again = redact(outputs, identities)
    s = Scores(defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), {}, {}, [], [])
    lost: Tallies = defaultdict(lambda: [0, 0])
    per_frame: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item, output in zip(chosen, outputs, strict=True):
        # A name word is kept when the model text still holds it as a whole word (the frame's own words are never
        # name words, see items()); the slots' case is the text's (lower-case and capitals slots fill their words).
        kept = [w for w in item.words if _present(w, output)]
        for tally in (s.by_class[item.kind], s.by_group[item.group]):
            tally[0] += len(item.words) - len(kept)
            tally[1] += len(item.words)
        if kept:
            s.misses.append(f"[{item.kind} / {item.group}] {item.text!r} -> {output!r}")
        ok = output in expected(item.frame, "[CANDIDATE]" if item.own else "[PERSON]")
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


def _frame_word_lost(frame: str, output: str) -> bool:
    """A word of the frame itself is missing from the model text (counted with multiplicity)."""
    wanted = Counter(w for w in re.findall(r"[^\W\d_]+", _SLOT.sub(" ", frame)) if w not in _MAY_GO)
    have = Counter(re.findall(r"[^\W\d_]+", output))
    return any(have[w] < n for w, n in wanted.items())


def fillers(hold: bool, classes: Classes = CLASSES) -> list[tuple[str, str, str, int]]:
    """(class, text, words that must stay, people in it) of the half's frames."""
    out = []
    for kind, (_, _, frames) in classes.items():
        for m, (_, text, keep, people) in enumerate(frames):
            if (m % 2 == 1) == hold and text:
                out.append((kind, text, keep, people))
    return out


def false_redactions(redact: Batch, hold: bool, classes: Classes = CLASSES) -> tuple[Tallies, list[str]]:
    """[falsely redacted, total] fillers per class: a word that must stay lost, or more ``[PERSON]`` than people."""
    chosen = fillers(hold, classes)
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


def _rate(tally: Sequence[int]) -> str:
    return f"{tally[0] / max(tally[1], 1):.3f}"


def summary(redact: Batch, classes: Classes = CLASSES, people: Groups = GROUPS) -> list[str]:
    """One line per half (aggregate only): recall, groups below 0.95, exact texts, invariant frames, words lost,
    second-pass changes, false redactions."""
    lines = []
    for hold in (False, True):
        s, changed = score(redact, hold, classes, people)
        wrong, _ = false_redactions(redact, hold, classes)
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


def main(argv: Sequence[str], classes: Classes = CLASSES, people: Groups = GROUPS) -> None:
    from memory.redact import Redactor

    redactor = Redactor()
    batch: Batch = redactor.redact_many
    print("\n".join(summary(batch, classes, people)))
    s, _ = score(batch, False, classes, people)
    wrong, bad = false_redactions(batch, False, classes)
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
