"""Session 14's cost cuts in :mod:`memory.redact_patterns` change no output: the contact patterns skipped when a
text cannot match them, and the gendered words' trie, each against the unguarded, longest-first original."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from memory import redact_patterns as patterns
from memory.redact_patterns import AGE, CONTACT, DATE, contacts

# ~1,900 generated equivalence cases across these cost-cut files take ~28 s on two workers: they run in
# `make test` (CI), not in `make test-fast`, which must stay under a minute.
pytestmark = pytest.mark.slow


def _contacts_unguarded(text: str, literals: tuple[str, ...] = (), phone_tails: frozenset[str] = frozenset()) -> str:
    """``contacts`` as it was before session 14: every pattern on every text."""
    for literal in literals:
        text = re.sub(rf"(?<![\w.@]){re.escape(literal)}(?![\w])", CONTACT, text, flags=re.IGNORECASE)
    text = patterns._EMAIL.sub(CONTACT, text)
    text = patterns._IMAGE.sub("", text)
    text = patterns._URL.sub("", text)
    text = patterns._HANDLE.sub(CONTACT, text)
    text = patterns._STREET.sub(CONTACT, text)
    text = patterns._ZIP.sub(CONTACT, text)
    text = patterns._DOB.sub(DATE, text)
    text = patterns._GRADUATION.sub(DATE, text)
    text = patterns._AGE.sub(AGE, text)

    def phone(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        return CONTACT if len(digits) >= 9 or (len(digits) >= 7 and digits[-7:] in phone_tails) else match.group(0)

    text = patterns._PHONE.sub(phone, text)
    return patterns._AGE_PROXY.sub("", text)


# Pieces that each pattern matches, and near misses: links without a slash, pictures without "![", digits of
# other scripts (``\d`` takes them), handles after e-mails, a young-sounding phrase without a digit.
PIECES = [
    "Priya",
    "mail priya.r@example.com",
    "@lakisha.w",
    "see www.Example.org today",
    "WWW.SHOUT.COM",
    "github.com/priya",
    "https://x.io/a?b=1",
    "photo.JPG",
    "me.heic,",
    "![me](a.png)",
    "x.jpegs",
    "12 Baker Street",
    "Austin, TX 78701",
    "born 1985",
    "aged 38",
    "٣٨ years old",  # Arabic-Indic digits
    "graduated 2019",
    "Class of '09",
    "+1 617-555-0199",
    "555 0199 12",
    "a digital native",
    "recent graduate",
    "Young and energetic",
    "ts'ehtla.t@x.ca",
    "no contact here",
    "\n",
    " ",
    "/",
    "@",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice([" ", "", ", "]) + rng.choice(PIECES) for _ in range(rng.randint(1, 6)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("text", [*PIECES, *_texts(400, 14)])
def test_contacts_as_unguarded(text: str) -> None:
    assert contacts(text) == _contacts_unguarded(text)
    literals, tails = ("priya.r@example.com", "Priya"), frozenset({"5550199"})
    assert contacts(text, literals, tails) == _contacts_unguarded(text, literals, tails)


def test_contacts_guards_still_replace() -> None:
    """The guards let each kind through (a guard that skipped everything would pass the test above only if the
    pieces never matched)."""
    assert contacts("mail a@b.io or @lakisha, www.x.org, photo.png, born 1985, ٣٨ years old") == (
        f"mail {CONTACT} or {CONTACT},  , {DATE}, {AGE}"  # the link takes its comma
    )


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b", re.IGNORECASE)


def test_neutral_trie_matches_the_alternation() -> None:
    longest_first = _alternation(list(patterns._NEUTRAL))
    tails = ["", "s", "self", "'s", "’ll", "-", "ish", "men", "man", "'"]
    heads = ["", "x", "-", "'", "(", "Ś"]
    texts = [
        f"{head}{word}{tail} "
        for word, head, tail in itertools.product(sorted(patterns._NEUTRAL), heads, tails)
        for word in (word, word.upper(), word.title())
    ]
    texts.append(" ".join(texts))
    for text in texts:
        ours = [(m.span(), m.group(1)) for m in patterns._NEUTRAL_WORD.finditer(text)]
        theirs = [(m.span(), m.group(1)) for m in longest_first.finditer(text)]
        assert ours == theirs, text


def test_trie_of_prefixes() -> None:
    pattern = re.compile(r"\b(" + patterns._trie(["he", "hers", "herself", "him"]) + r")\b")
    assert pattern.pattern == r"\b(h(?:e(?:rs(?:elf)?)?|im))\b"
    assert [m.group(1) for m in pattern.finditer("he hers herself him her herselves")] == [
        "he",
        "hers",
        "herself",
        "him",
    ]
