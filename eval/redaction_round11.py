"""Round 11 of the redaction evaluation: names of many origins where session 10's outside tester found them kept,
and whether a frame's model text is the same whatever name fills it.

Written by the NAMES helper in session 11 before any rule of that session, from the tester's failure classes in
words only (names, frames and fillers in :mod:`eval.redaction_round11_data`). The split is by name and frame at
once, as in round 10: within each group the names at even positions and within each class the frames at even
positions make the TUNE half (read while working); the names and frames at odd positions make the HELD-OUT half,
scored in aggregate only (its sentences are never printed, nor its per-group figures). Mixed pairs are in neither
half, so no held frame is ever seen filled.

Three figures per half:

- token recall of the name words (per class; per group for the tune half), class 12 read with the candidate's
  own name as their identity;
- frame words lost: the texts where a word of the frame itself (not of the name) is missing from the model text,
  on every frame (the placeholder took a neighbour: "[PERSON] to the onsite." for "Advance ... to the onsite.");
- exact: the share of texts whose model text is the frame with each name slot replaced by one placeholder and
  nothing else changed (an opening verb or "As" swallowed, a word lost elsewhere, a title left behind all count
  as not exact), and the frames whose model text is byte-identical for every name of the half (issue 10's swap
  property, class 14 above all);
- false redactions of the same frames filled with places, firms, tools, languages and teams (``FILLERS``).

``python -m eval.redaction_round11`` prints both halves; ``-v`` adds the tune half's misses, inexact texts and
false redactions.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eval.redaction_round6 import total
from eval.redaction_round11_data import CLASSES, FILLERS, GROUPS, IDENTITY_CLASSES
from memory.redact_identity import Identity

Batch = Callable[[Sequence[str], Sequence[Identity | None]], list[str]]
Tallies = dict[str, list[int]]

# A surname that is a pronoun ("Her") turned into "their" is not removed: the neutral word still says a word
# stood there. Counted as kept when the output holds more neutral pronouns than the frame itself.
_PRONOUNS = frozenset({"her", "he", "him", "his"})
_NEUTRAL = re.compile(r"\b(?:they|their|them|theirs)\b", re.IGNORECASE)
_ANY_PRONOUN = re.compile(r"\b(?:she|he|her|him|his|hers|they|their|them|theirs)\b", re.IGNORECASE)
_SLOT = re.compile(r"\{(\w+)\}")
# Courtesy titles are gendered: the redactor takes them into the placeholder ("Mr. Do" -> "[PERSON]"). Academic
# titles are not gendered, but whether they stay is the redactor's choice; either is counted exact.
_COURTESY = re.compile(r"\b(?:Mr|Ms|Mrs|Mx)\.? (?=\{)")


@dataclass(frozen=True)
class Item:
    kind: str
    group: str
    frame: str
    text: str
    words: tuple[str, ...]
    identity: str  # the candidate's full name when the class is read with it, else ""


def _words(value: str) -> list[str]:
    """Name words of a slot's value: letters only, split on hyphens and apostrophes ("van den Berg" -> 3 words)."""
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
    if not family and set(_SLOT.findall(frame)) & {"f", "lf"}:
        return None  # a mononym has no family name to place
    return frame.format(**slots)


def expected(frame: str, placeholder: str) -> set[str]:
    """The model texts counted exact: each slot one placeholder, two adjacent slots one, a courtesy title taken in,
    an academic title ("Dr.", "Prof.") kept or taken in."""
    text = _COURTESY.sub("", frame)
    text = re.sub(r"\{\w+\}(?: \{\w+\})*", placeholder, text)
    dropped = re.sub(rf"\b(?:Dr|Prof)\. (?={re.escape(placeholder)})", "", text)
    return {text, dropped}


def items(hold: bool) -> list[Item]:
    """The texts of one half."""
    out = []
    for classes, with_identity in ((CLASSES, False), (IDENTITY_CLASSES, True)):
        for kind, (groups, frames) in classes.items():
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
                        filled = " ".join(_fill(f"{{{s}}}", given, family) or "" for s in _SLOT.findall(frame))
                        words = tuple(w for w in _words(filled) if w.lower() not in static)
                        name = f"{given} {family}".strip() if with_identity else ""
                        out.append(Item(kind, group, frame, text, words, name))
    return out


@dataclass
class Scores:
    by_class: Tallies
    by_group: Tallies
    exact: Tallies  # [exact, texts] per class
    frames: Tallies  # [frames with one model text for every name, frames] per class
    lost: Tallies  # [texts with a frame word missing, texts] per class
    misses: list[str]
    inexact: list[str]


def score(redact: Batch, hold: bool) -> Scores:
    chosen = items(hold)
    outputs = redact(
        [i.text for i in chosen], [Identity.of(names=[i.identity]) if i.identity else None for i in chosen]
    )
    s = Scores(defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), {}, {}, [], [])
    lost: Tallies = defaultdict(lambda: [0, 0])
    per_frame: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item, output in zip(chosen, outputs, strict=True):
        bare = item.text
        for w in item.words:
            bare = re.sub(rf"(?<!\w){re.escape(w)}(?!\w)", " ", bare)
        kept = [w for w in item.words if not _gone(w, output, bare)]
        for tally in (s.by_class[item.kind], s.by_group[item.group]):
            tally[0] += len(item.words) - len(kept)
            tally[1] += len(item.words)
        if kept:
            s.misses.append(f"[{item.kind} / {item.group}] {item.text!r} -> {output!r}")
        ok = output in expected(item.frame, "[CANDIDATE]" if item.identity else "[PERSON]")
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


# Words of a frame the redactor may change by design: courtesy and academic titles (taken into the placeholder).
_MAY_GO = frozenset("Mr Ms Mrs Mx Dr Prof".split())


def _frame_word_lost(frame: str, output: str) -> bool:
    """A word of the frame itself is missing from the model text (counted with multiplicity)."""
    wanted = Counter(w for w in re.findall(r"[^\W\d_]+", _SLOT.sub(" ", frame)) if w not in _MAY_GO)
    have = Counter(re.findall(r"[^\W\d_]+", output))
    return any(have[w] < n for w, n in wanted.items())


def false_redactions(redact: Batch, hold: bool) -> tuple[Tallies, list[str]]:
    """[falsely redacted, total] fillers per class: a kept word lost, or a ``[PERSON]`` placed."""
    positions: dict[str, int] = defaultdict(int)
    chosen = []
    for filler in FILLERS:
        if (positions[filler[0]] % 2 == 1) == hold:
            chosen.append(filler)
        positions[filler[0]] += 1
    identities = [Identity.of(names=[name]) if name else None for _, _, _, name in chosen]
    outputs = redact([text for _, text, _, _ in chosen], identities)
    by_kind: Tallies = defaultdict(lambda: [0, 0])
    bad = []
    for (kind, text, keep, name), output in zip(chosen, outputs, strict=True):
        lost = (not name and "[PERSON]" in output) or any(
            re.search(rf"(?<!\w){re.escape(w)}(?!\w)", output) is None for w in keep.split()
        )
        by_kind[kind][0] += lost
        by_kind[kind][1] += 1
        if lost:
            bad.append(f"[{kind}] {text!r} -> {output!r}")
    return dict(by_kind), bad


def _rate(tally: Sequence[int]) -> str:
    return f"{tally[0] / max(tally[1], 1):.3f}"


def summary(redact: Batch) -> list[str]:
    """One line per half (aggregate only): recall, groups below 0.95, exact texts, invariant frames, false."""
    lines = []
    for hold in (False, True):
        s = score(redact, hold)
        wrong, _ = false_redactions(redact, hold)
        found, exact, frames, false = total(s.by_class), total(s.exact), total(s.frames), total(wrong)
        lost = total(s.lost)
        low = sum(1 for t in s.by_group.values() if t[0] / max(t[1], 1) < 0.95)
        swap = s.frames.get("14 opening verb or As", [0, 0])
        lines.append(
            f"{'held out' if hold else 'tune'}: token recall {_rate(found)} ({found[1]} words), {low} of "
            f"{len(s.by_group)} groups below 0.95; exact model text {_rate(exact)} ({exact[1]} texts); frames "
            f"identical for every name {frames[0]} of {frames[1]} (class 14: {swap[0]} of {swap[1]}); a frame word "
            f"lost in {lost[0]} of {lost[1]} texts; "
            f"false redactions {false[0]} of {false[1]}"
        )
    return lines


def main(argv: Sequence[str]) -> None:
    from memory.redact import Redactor

    redactor = Redactor()

    def batch(texts: Sequence[str], identities: Sequence[Identity | None]) -> list[str]:
        return redactor.redact_many(list(texts), list(identities))

    print("\n".join(summary(batch)))
    for hold in (False, True):
        s = score(batch, hold)
        wrong, bad = false_redactions(batch, hold)
        print(f"\n{'held out' if hold else 'tune'}:")
        print("  recall by class:", {k: _rate(v) for k, v in sorted(s.by_class.items())})
        print("  exact by class:", {k: _rate(v) for k, v in sorted(s.exact.items())})
        print("  frame word lost by class:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(s.lost.items())})
        print("  identical frames by class:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(s.frames.items())})
        if not hold:  # a held group's figure with its name would say which names to look at
            print("  recall by group:", {k: _rate(v) for k, v in sorted(s.by_group.items())})
        print("  false:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(wrong.items())})
        if "-v" in argv and not hold:
            print("\n".join(f"  MISS {line}" for line in s.misses))
            print("\n".join(f"  INEXACT {line}" for line in s.inexact))
            print("\n".join(f"  FALSE {line}" for line in bad))


if __name__ == "__main__":
    main(sys.argv[1:])
