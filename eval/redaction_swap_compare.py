"""The comparing half of :mod:`eval.redaction_swap`: a condition's model texts against the reference's.

A difference is classified by what it looks like at the word level (the classes are listed in
:mod:`eval.redaction_swap`'s docstring); a name token leaks when a stored model text holds it more often than
the same record with every name slot empty.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

PARTICLES = frozenset(
    "van der den de la le du dos das da del di von zu ter ten bin binti al el 't ni nic mac o".split()
)


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    sex: str


@dataclass
class Run:
    """What one condition's memory handed the encoder, stored and ranked."""

    calls: list[tuple[str, list[str]]] = field(default_factory=list)
    stored: dict[str, str] = field(default_factory=dict)  # record key -> redacted text stored for the model
    ranks: list[list[tuple[str, float]]] = field(default_factory=list)
    again: int = 0  # distinct texts the write path redacted whose output a second pass changes
    redacted: int = 0  # distinct texts the write path redacted
    unstable: list[tuple[str, str]] = field(default_factory=list)  # (output, second pass) of each such text

    def only(self, keep: Callable[[str], bool]) -> Run:
        """The stored texts of the records ``keep`` accepts (calls and ranks as they are: they are the whole
        memory's)."""
        return Run(self.calls, {k: v for k, v in self.stored.items() if keep(k)}, self.ranks)


_WORD = re.compile(r"\[[A-Z_]+\]|[^\W_]+(?:['’][^\W_]+)*|\S")
_PLACEHOLDER = re.compile(r"^\[[A-Z_]+\]$")
_PRONOUN_WORDS = frozenset("he she him her his hers they them their theirs himself herself themselves".split())


def slug_words(text: str) -> list[str]:
    """The lower-case ASCII words of a name as a URL slug writes them ("Pérez-Gómez" -> perez, gomez)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return [w for w in re.split(r"[^a-z0-9]+", folded.lower()) if w]


def name_tokens(people: Sequence[tuple[Person, ...]]) -> set[str]:
    """Lower-case name words of >= 2 letters, particles apart, with their ASCII spellings, and the joined forms
    handles and slugs make of them (family joined "vanderberg", initial + family "jvanderberg")."""
    out = set()
    for four in people:
        for person in four:
            for word in re.split(r"[\s\-]+", f"{person.given} {person.family}"):
                key = word.lower().strip("'’")
                if len(key) > 1 and key not in PARTICLES:
                    out.add(key)
                    out.update(w for w in slug_words(key) if len(w) > 1)
            if person.family:
                joined = "".join(slug_words(person.family))
                out.update({joined, slug_words(person.given)[0][0] + joined})
    return out


def _count(text: str, word: str) -> int:
    return len(re.findall(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text, re.IGNORECASE))


def leaks(run_: Run, blanks: dict[str, str], tokens: set[str]) -> Counter[str]:
    """Name tokens found in a stored model text more often than in the same record with every name slot empty."""
    out: Counter[str] = Counter()
    for key, text in run_.stored.items():
        blank = blanks.get(key, "")
        for token in tokens:
            extra = _count(text, token) - _count(blank, token)
            if extra > 0:
                out[token] += extra
    return out


def classify(before: str, after: str, names_before: set[str], names_after: set[str]) -> Counter[str]:
    """The classes of the word-level differences between two model texts of one record."""
    a, b = _WORD.findall(before), _WORD.findall(after)
    out: Counter[str] = Counter()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        left, right = a[i1:i2], b[j1:j2]
        if any(w.lower() in names_before for w in left) or any(w.lower() in names_after for w in right):
            out["leak"] += 1
            continue
        words = [w for w in left + right if not _PLACEHOLDER.match(w)]
        if words and all(len(w) == 1 for w in words) and any(w.isalpha() and w.isupper() for w in words):
            out["initial"] += 1  # "A. [PERSON]" under one name, "[PERSON]" under another
            continue
        if words and all(w.lower() in _PRONOUN_WORDS for w in words):
            out["pronoun"] += 1
            continue
        if not words or all(not w[0].isalnum() for w in words):
            # "[PERSON]" vs "[CANDIDATE]", or "[PERSON], [PERSON]" (a "Family, Given" cell) vs a mononym's one
            # "[PERSON]": the shape of the name itself, which no redaction can hide
            out["placeholder"] += 1
            continue
        # Swallowed: the changed words sit right beside a placeholder both texts share (a name's region grew
        # over its neighbour); removed: a word became a placeholder of its own, or vanished, away from any name.
        outside = [w for w in (a[i1 - 1] if i1 else "", a[i2] if i2 < len(a) else "") if w]
        if any(_PLACEHOLDER.match(w) for w in outside):
            out["swallowed"] += 1
        elif any(_PLACEHOLDER.match(w) for w in left + right) or len(left) != len(right):
            out["removed"] += 1
        else:
            out["other"] += 1
    return out


def _term_calls(calls: Sequence[tuple[str, list[str]]]) -> list[list[str]]:
    # A call of short terms: every text of it is at most three words (skill names, requisition titles).
    return [texts for phase, texts in calls if phase == "match" and texts and all(len(t.split()) <= 3 for t in texts)]


@dataclass
class Compared:
    identical: bool
    texts_differing: int
    leaked: Counter[str]
    classes: Counter[str]
    rank_changes: int
    max_dscore: float
    examples: list[tuple[str, str, str]]


def compare(ref: Run, other: Run, ref_names: set[str], names: set[str], blanks: dict[str, str]) -> Compared:
    classes: Counter[str] = Counter()
    examples: list[tuple[str, str, str]] = []
    differing = 0
    for key, before in ref.stored.items():
        after = other.stored.get(key, "")
        if after != before:
            differing += 1
            classes += classify(before, after, ref_names - names, names - ref_names)
            examples.append((key, before, after))
    if _term_calls(ref.calls) != _term_calls(other.calls):
        classes["term list"] += 1
    changes, dscore = 0, 0.0
    for before_list, after_list in zip(ref.ranks, other.ranks, strict=True):
        changes += sum(x[0] != y[0] for x, y in zip(before_list, after_list, strict=False))
        changes += abs(len(before_list) - len(after_list))
        scores = dict(after_list)
        for cid, score in before_list:
            if cid in scores:
                dscore = max(dscore, abs(score - scores[cid]))
    return Compared(
        identical=ref.calls == other.calls,
        texts_differing=differing,
        leaked=leaks(other, blanks, names - ref_names),
        classes=classes,
        rank_changes=changes,
        max_dscore=dscore,
        examples=examples,
    )


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def diff_line(before: str, after: str) -> str:
    a, b = _WORD.findall(before), _WORD.findall(after)
    parts = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag != "equal":
            context = " ".join(a[max(0, i1 - 3) : i1])
            parts.append(f"…{context} [{' '.join(a[i1:i2])} -> {' '.join(b[j1:j2])}]")
    return _short("; ".join(parts), 300)
