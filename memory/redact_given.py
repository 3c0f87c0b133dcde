"""Hyphenated given names told from eponym pairs by their shape, not by which name they are.

"Newton-Raphson", "Kaplan-Meier", "Harley-Davidson" and "Mei-Ling", "Jean-Luc", "Bat-Erdene" are all two listed
name words joined by a hyphen; :mod:`memory.redact_shapes` keeps a pair alone in its run as an eponym. A given
name written this way has a shape an eponym pair (two surnames of two people) does not have:

- **two romanised syllables**: each part one vowel group with at most an n/ng/m/k/p/t/l/r/h coda (Pinyin,
  Wade-Giles, Cantonese, Korean and Vietnamese given names: "Mei-Ling", "Hsiao-Wei", "Jae-won", "Ka-Wai"), one of
  them a listed name and neither an ordinary word no name list holds ("Hip-Hop", "Wi-Fi", "Sci-Fi" are no name;
  "Ping-Pong", "Kit-Kat" and "Wu-Tang" are taken: pairs of listed syllables a hiring note rarely capitalises);
- **a syllable and a given name**: one part such a syllable, the other a given name no family list holds
  ("Bat-Erdene", "Oyun-Erdene": Mongolian);
- **a compound given name's head**: the first part one of the few given names that open compounds in French,
  Spanish, Portuguese and German, the second a listed given name ("Jean-Luc", "Anne-Sophie", "Maria-Jose").

Eponym pairs are surnames of two or more syllables or with clusters no such syllable has ("Kaplan", "Raphson",
"Mann", "Benz", "Cola", "Royce"), so they fail every test (tests/test_redact_names_shapes.py lists them).
"""

from __future__ import annotations

import re

from memory.redact_lexicon import Lexicon

# One syllable: an onset of up to three consonants, one vowel group, an optional coda; "tsz" and "sze" are the
# Cantonese syllables written without a vowel letter ("Tsz-Hin").
_SYLLABLE = re.compile(r"^(?:[bcdfghjklmnpqrstvwxz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|l|r|h)?|tsz|sze)$")
_DAYS_MONTHS = frozenset(
    "mon tue tues wed thu thur thurs fri sat sun jan feb mar apr may jun jul aug sep sept oct nov dec".split()
)
# Given names that head compound given names (French, Spanish, Portuguese, German, Italian).
COMPOUND_HEADS = frozenset(
    "jean marie anne pierre louis jose maria juan ana paul marc luc jean-claude hans karl ana-maria".split()
)


def syllable(part: str) -> bool:
    """One romanised syllable: "mei", "hsiao", "jae", "hyun", "kit"; not "cola", "benz", "mann"."""
    return len(part) <= 6 and _SYLLABLE.match(part) is not None


def given_pair(key: str, lex: Lexicon) -> bool:
    """``key`` (lower case, accents folded) is a hyphenated given name by its shape (see the module's docstring)."""
    parts = key.split("-")
    if len(parts) != 2 or not all(len(p) > 1 for p in parts):
        return False
    first, second = parts
    if first in _DAYS_MONTHS and second in _DAYS_MONTHS:
        return False  # "Mon-Fri", "Jan-Mar"
    listed = [p in lex.given or p in lex.family for p in parts]
    if all(syllable(p) for p in parts):
        # "Seo-yeon", "Tsz-Hin": a listed name part, and no part an ordinary word no name list holds.
        return any(listed) and all(n or p not in lex.common for p, n in zip(parts, listed, strict=True))
    for one, other in ((first, second), (second, first)):
        if syllable(one) and other in lex.given and other not in lex.family:
            return True  # "Bat-Erdene": a syllable, and a given name no family list holds
    return first in COMPOUND_HEADS and second in lex.given
