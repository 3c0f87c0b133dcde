"""Session 14's cost cut in :mod:`memory.redact_layout` changes no output: lines in capitals are found by counting
an ASCII line's bytes, as the letter-by-letter count found them (the reference copies below are that code)."""

from __future__ import annotations

import random

import pytest

from memory import redact_layout as layout
from memory.redact_lexicon import lexicon
from memory.redact_tokens import TOKEN

# ~1,900 generated equivalence cases across these cost-cut files take ~28 s on two workers: they run in
# `make test` (CI), not in `make test-fast`, which must stay under a minute.
pytestmark = pytest.mark.slow


def _shouted_lines_before(shown: str) -> list[tuple[int, int]]:
    out = []
    cursor = 0
    for line in shown.split("\n"):
        begin, cursor = cursor, cursor + len(line)
        head = line.split(": ", 1)[0] if ": " in line else ""
        for part in (line, head):
            letters = [c for c in part if c.isalpha()]
            if len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters):
                if part is line or len(part.split()) >= 2:
                    out.append((begin, begin + len(part)))
                break
        cursor += 1
    return out


def _recase_before(text: str) -> str:
    lex = lexicon()
    out = []
    for line in text.split("\n"):
        upper = sum(map(str.isupper, line))
        if upper < 4 or upper < 0.9 * (upper + sum(map(str.islower, line))) or len(TOKEN.findall(line)) < 4:
            out.append(line)
            continue
        out.append(TOKEN.sub(lambda m: layout._recased(m.group(0), lex), line))
    return "\n".join(out)


# Words in capitals, in small letters and mixed; letters of other scripts, and characters that are upper or lower
# case without being letters (Roman numerals, circled letters), which only the non-ASCII count may meet.
WORDS = [
    "AMADOU",
    "SOW",
    "ACCEPTED",
    "THE",
    "OFFER",
    "update",
    "Final",
    "NEXT STEP FOR PATIENCE TEMBO",
    "ÇELIK",
    "ŞAHIN",
    "İLKAY",
    "STRAßE",
    "ΑΛΕΞΗΣ",
    "ИВАНОВ",
    "Ⅷ",
    "ⓐⓑ",
    "ⒶⒷ",
    "A",
    "ok",
    "2024",
    "-",
    ":",
    "|",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        lines = []
        for _ in range(rng.randint(1, 4)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(0, 7))]
            if rng.random() < 0.4:
                words.insert(rng.randint(0, len(words)), rng.choice(["NOTES:", "DEBRIEF:", "Re:"]))
            lines.append(" ".join(words))
        texts.append("\n".join(lines))
    return texts


@pytest.mark.parametrize("text", _texts(600, 14))
def test_same_lines_as_before(text: str) -> None:
    assert layout._shouted_lines(text) == _shouted_lines_before(text)
    assert layout.recase(text, lexicon()) == _recase_before(text)


def test_counts_of_cased_characters() -> None:
    assert layout._cased_counts("DALLAS BANKS - final round") == (11, 10)
    assert layout._cased_counts("ŞAHIN ok Ⅷ ⓐ") == (6, 3)  # Ⅷ is upper case and ⓐ lower case, though no letters
