"""Session 14's cost cuts in :mod:`memory.redact_tokens` change no token: the word pattern that takes runs whole,
each spelling read once (a cache per lexicon), the keep phrases indexed once, against the code before them."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from memory import redact_tokens as tokens_module
from memory.redact_lexicon import KEEP_PHRASES, PARTICLES, Lexicon, lexicon
from memory.redact_tokens import MONTHS, Kind, Token, protect_phrases, tokenize

# ~1,900 generated equivalence cases across these cost-cut files take ~28 s on two workers: they run in
# `make test` (CI), not in `make test-fast`, which must stay under a minute.
pytestmark = pytest.mark.slow

_TOKEN_BEFORE = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*(?:['’-][^\W_](?:[^\W_]|[\u0300-\u036f])*)*")


def _tokenize_before(text: str, lex: Lexicon, own: frozenset[str] = frozenset()) -> list[Token]:
    """``tokenize`` as it was before session 14."""
    out = []
    for match in _TOKEN_BEFORE.finditer(text):
        start, word = match.start(), match.group(0)
        if (start and text[start - 1] in "[_@") or (not word.isalpha() and any(c.isdigit() for c in word)):
            continue
        if tokens_module._CONTRACTION.search(word):
            continue
        core = word[:-2] if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS" else word
        key = tokens_module.key_of(core)
        if key == "w" and text[start + 1 : start + 2] == "/" and not text[start + 2 : start + 3].isalnum():
            key, core = "with", "w/"
        upper = core.isupper() and len(core) > 1
        kind = Kind(tokens_module._classify(key, lex))
        date = key in MONTHS and tokens_module._DAY_OR_YEAR.match(text, start + len(core)) is not None
        if date:
            kind = Kind.WORD
        out.append(
            Token(
                start=start,
                end=start + len(core),
                key=key,
                cap=tokens_module._capitalised(core),
                upper=upper,
                kind=Kind.WORD if upper and len(core) <= 4 and kind is not Kind.WORD else kind,
                own=key in own or ("-" in key and all(p in own or p in PARTICLES for p in key.split("-"))),
                spelled=kind,
                accented=not core.isascii(),
                protected=date,
            )
        )
    return out


def _protect_phrases_before(text: str, tokens: list[Token], lex: Lexicon) -> None:
    starts: dict[str, list[list[str]]] = {}
    for phrase in KEEP_PHRASES:
        starts.setdefault(phrase[0], []).append(phrase)
    for index, token in enumerate(tokens):
        for phrase in starts.get(token.key, ()):
            if [t.key for t in tokens[index : index + len(phrase)]] == phrase:
                for t in tokens[index : index + len(phrase)]:
                    t.protected = True
    found = [tokens_module._org_span(text, m.start(), m.end()) for m in tokens_module._ORGS.finditer(text)]
    spans = iter([(a, b) for a, b in found if b > a and not tokens_module._named_org(text[a:b], lex)])
    span = next(spans, None)
    for token in tokens:
        while span is not None and span[1] <= token.start:
            span = next(spans, None)
        if span is None:
            break
        if span[0] <= token.start:
            token.protected = True


# Words of every kind the reader tells apart: names, words, capitals, possessives, contractions, digits, handles,
# placeholders, "w/" and "W/" before and not before a name, months before a year, accents and combining marks,
# particles, hyphens and apostrophes (both kinds), Irish mutations, keep phrases and organisations.
PIECES = [
    "Priya",
    "Raghunathan's",
    "O’Brien",
    "don't",
    "We’ll",
    "I'm",
    "J2EE",
    "@lakisha",
    "[PERSON]",
    "_x",
    "w/ priya",
    "W/ Priya",
    "w/o",
    "ẁ/ x",
    "Jan 2016",
    "May",
    "June '19",
    "JSON",
    "WEI LI",
    "İhsanoğlu",
    "i̇hsanoğlu",
    "Tô",
    "al-Rashid",
    "tSaoir",
    "Jean-Pierre",
    "Full-Stack",
    "de la Cruz",
    "Chase Bank",
    "grant writing",
    "Howard University",
    "Austin Church",
    "Deloitte & Touche",
    "the",
    "okafor",
    "-",
    "'",
    "’s",
    "\n",
    ".",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(["", " ", ", ", ". ", "\n"]) + rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
        for _ in range(count)
    ]


TEXTS = [*PIECES, *_texts(500, 14)]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_as_before(text: str) -> None:
    lex = lexicon()
    own = frozenset({"priya", "okafor"})
    for _ in range(2):  # the second reading comes from the cache
        assert tokenize(text, lex, own) == _tokenize_before(text, lex, own)
    ours, theirs = tokenize(text, lex), _tokenize_before(text, lex)
    protect_phrases(text, ours, lex)
    _protect_phrases_before(text, theirs, lex)
    assert ours == theirs


def test_word_pattern_as_before() -> None:
    rng = random.Random(14)
    letters = "aZé_-'’ \u0301\u0307İı9x‐."
    texts = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    for text in [*texts, *TEXTS]:
        assert [m.span() for m in tokens_module.TOKEN.finditer(text)] == [
            m.span() for m in _TOKEN_BEFORE.finditer(text)
        ]


def test_another_lexicon_is_read_afresh() -> None:
    """The cache belongs to one lexicon: a word read with another is classed by that one."""
    shipped = lexicon()
    assert tokenize("Priya", shipped)[0].kind is Kind.NAME
    bare = dataclasses.replace(shipped, given=frozenset(), family=frozenset(), kinds={})
    assert tokenize("Priya", bare)[0].kind is Kind.UNKNOWN
    assert tokenize("Priya", shipped)[0].kind is Kind.NAME


_CAP, _SUFFIX = tokens_module._CAP, tokens_module._ORG_SUFFIX
_ORGS_BEFORE = re.compile(
    rf"\b(?:{_CAP}[ \t]+){{1,4}}(?:{_SUFFIX}|(?i:{_SUFFIX})(?<=[A-Z]{{2}}))\b\.?"
    rf"|\b(?:{_SUFFIX})[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?(?:{_CAP}[ \t]*){{1,4}}"
    r"|\b[A-Z][\w'’]+[ \t]+&[ \t]+[A-Z][\w'’]+\b"
)


def test_organisations_as_before() -> None:
    """The organisation pattern with its boundary and first character tested once finds what the three
    alternatives found: every suffix opens with a capital, so no match opens elsewhere."""
    assert all(suffix[:1].isupper() for suffix in tokens_module._ORG_SUFFIX.split("|"))
    rng = random.Random(14)
    words = [
        "Howard",
        "University",
        "UNIVERSITY",
        "of",
        "the",
        "Bank",
        "AT&T",
        "&",
        "Johnson&",
        "J.P.",
        "Univ.",
        "x",
        "Co",
    ]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    found = 0
    for text in [*texts, *TEXTS]:
        ours = [m.span() for m in tokens_module._ORGS.finditer(text)]
        assert ours == [m.span() for m in _ORGS_BEFORE.finditer(text)], text
        found += len(ours)
    assert found > 100
