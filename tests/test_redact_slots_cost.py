"""Session 14's cost cut in the person slots (:mod:`memory.redact_n_slot_tail`) changes no slot: a prefix that
does not end with what every match of the pattern ends with is answered without the full search, as the search
answers it."""

from __future__ import annotations

import random
import re

import pytest

from memory import redact_n_slot_cues as cue
from memory.redact_n_slot_tail import ENDINGS, at_end

# ~1,900 generated equivalence cases across these cost-cut files take ~28 s on two workers: they run in
# `make test` (CI), not in `make test-fast`, which must stay under a minute.
pytestmark = pytest.mark.slow

# Each pattern read at a prefix's end, with the ending its call site names.
CALLS = list(zip([cue.BY_PERSON, cue.THANKS_TO, cue.SOURCE, cue.INTRO, cue.ADDRESSED], ENDINGS, strict=True))
# What the patterns match, and the characters around them (blanks, quotes, a final newline, a colon).
PIECES = [
    "A:",
    "A)",
    "A -",
    "Q: who ran it?",
    "Referred by",
    "interviewed by",
    "Thanks to",
    "thank you to",
    "Per",
    "according to",
    "I'm",
    "My name is",
    "Thanks,",
    "Hi",
    "cc:",
    '"name": "',
    "'referee': '",
    '{"hiring_manager": "',
    "Kiviaq",
    "the offer",
    " ",
    "  ",
    "\t",
    "\n",
    '"',
    "'",
    ":",
    ".",
    "(",
    "Per ",
    "(per\t",
    "according to ",
    "Thanks to ",
    "Referred by ",
    "I'm ",
    "Hi ",
    "A: ",
    "My name's ",
    "I am\t",
    "Call me ",
    "this is ",
    "I’m ",
    "Kudos to ",
    "shout-out to ",
    "Hello, ",
    "hey ",
    "Dear ",
    "Thank you: ",
    "CC ",
    "vouched for by ",
    "SIGNED BY ",
    "According to\n",
]


def _prefixes(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 6))) for _ in range(count)]


PREFIXES = [*PIECES, *_prefixes(1500, 14), "x" * 200 + "Referred by ", "x " * 100 + "Thanks, \n"]


@pytest.mark.parametrize(("pattern", "ending"), CALLS)
def test_at_end_as_the_search(pattern: re.Pattern[str], ending: re.Pattern[str]) -> None:
    matched = 0
    for prefix in PREFIXES:
        found = pattern.search(prefix) is not None
        assert at_end(pattern, prefix, ending) is found, prefix
        matched += found
    assert matched > 0  # the prefixes reach the pattern
