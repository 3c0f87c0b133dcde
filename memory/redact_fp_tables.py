"""The shipped gazetteers of holidays, places and languages, and how a phrase of one is read in a text.

Built by ``python -m eval.redaction_lists`` (sources and licences in ``memory/redact_data/SOURCES.md``). Lookups
are frozensets and one dictionary from a phrase's first word (redaction's cost budget: no regex scans of the
lists). What the phrases are kept for, and where, is in :mod:`memory.redact_fp_gazetteer`.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources

from memory.redact_lexicon import PERSON_CUES_BEFORE, PERSON_VERBS_AFTER, TITLES, lexicon
from memory.redact_named import possessive_at
from memory.redact_thing_lists import HOLIDAY_PHRASES, HOLIDAYS
from memory.redact_tokens import TOKEN, Token, key_of

Phrases = dict[str, tuple[tuple[str, ...], ...]]

# Words that open a sentence capitalised before a gazetteer's name and are no part of it.
OPENERS = frozenset(
    """the our their its a an fluent native bilingual covering serving after before until till during over
    through throughout since speaks spoke speak speaking interprets interpreted interpreting joined rejoined left
    leaving quit her his your my conversational
    basic intermediate advanced elementary proficient business professional working limited heritage
    learning studying""".split()
)  # time prepositions opening a sentence: "During Nowruz we ..."; not "Around" ("Around Maulidi the team is
# quieter": in a person's presence; the reviewer's fresh_fp set, session 12); possessives ("Her Khmer is
# excellent": the possessive is no part of the language's name); a level before a language ("Conversational
# Welsh.", session 14); a verb whose object a language is ("Learning Irish before the move.", session 16)
# Longest phrase read (words): "national day of prayer and thanksgiving" is six.
LONGEST = 6
# Function words inside holiday and place names: no name word, but no evidence either ("Día de Muertos").
JOINERS = frozenset("de del la las los el of the and al y da do dos das di du".split())


@dataclass(frozen=True)
class Gazetteer:
    holidays: Phrases  # phrases holding a word no name list holds
    all_holidays: Phrases  # every holiday, name words included (used only in frames no person stands in)
    places: Phrases  # every place, name words included (used only in shapes no person has)
    unnamed_places: Phrases  # places holding a word no name list holds
    languages: Phrases  # languages holding a word no name list holds
    all_languages: Phrases  # every language ("English", "French" are surnames too), as evidence of a list only
    companies: Phrases  # listed companies holding a word no name list holds ("eli lilly and company", "thermo fisher")
    all_companies: Phrases  # every listed company, name words included (after an employer's label only)
    named_firms: Phrases  # listed companies of two words or more, name words included ("walt disney", "kraft heinz")


def _keys(phrase: str) -> tuple[str, ...]:
    """A phrase's words as the tokenizer keys them ("New Year's Day" -> new, year, day)."""
    if phrase.isascii() and phrase.replace(" ", "").isalpha():
        return tuple(phrase.split())  # most lines (lower case already): the load stays cheap for every process
    out = []
    for match in TOKEN.finditer(phrase):
        word = match.group(0)
        core = word[:-2] if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS" else word
        out.append(key_of(core))
    return tuple(out)


def _read(name: str) -> list[tuple[str, ...]]:
    data = resources.files("memory").joinpath("redact_data", name).read_bytes()
    return [k for k in (_keys(line) for line in gzip.decompress(data).decode().splitlines()) if 0 < len(k) <= LONGEST]


def _table(phrases: list[tuple[str, ...]]) -> Phrases:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(set(phrases), key=len, reverse=True):  # longest first
        by_first.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(found) for first, found in by_first.items()}


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteers, read once per process."""
    lex = lexicon()
    names = lex.given | lex.family

    def unnamed(phrase: tuple[str, ...]) -> bool:
        # A word no name list holds, and not only a joiner ("Rosh Hashanah": hashanah; "Durga Puja": none).
        return any(w not in names and w not in JOINERS for w in phrase)

    places = _read("places.txt.gz")
    companies = _read("companies.txt.gz")
    # With the hand-written observances of several words (``HOLIDAY_PHRASES``: "Semana Santa", "Durga Puja").
    holidays = _read("holidays.txt.gz") + [(w,) for w in HOLIDAYS] + [_keys(p) for p in HOLIDAY_PHRASES]
    languages = _read("languages.txt.gz")
    return Gazetteer(
        # With the hand-written holidays and festivals (``HOLIDAYS``: "Kwanzaa", "Purim" are no public holiday).
        holidays=_table([p for p in holidays if unnamed(p)]),
        all_holidays=_table(holidays),
        places=_table(places),
        unnamed_places=_table([p for p in places if unnamed(p)]),
        languages=_table([p for p in languages if unnamed(p)]),
        all_languages=_table(languages),
        # Not a company made of name words only ("raymond james", "williams", "eli lilly"): people are named so, and
        # the career shapes are not free of people ("Left Cooper in charge"; review M4, session 11).
        companies=_table([p for p in companies if unnamed(p)]),
        all_companies=_table(companies),
        # In a career line's shapes (after left/joined before a time) a company of two name words is the firm
        # ("She left Walt Disney in March"; session 14): no one leaves a person "in March". One name word stays
        # out ("Left Cooper in charge"; review M4, session 11).
        named_firms=_table([p for p in companies if len(p) >= 2]),
    )


def match(table: Phrases, text: str, tokens: list[Token], index: int) -> int:
    """The number of words of the longest phrase of ``table`` written from ``index`` (0 if none): its first and
    last words capitalised, its words joined by a space or a hyphen only."""
    first = tokens[index]
    if not first.cap:
        return 0
    for phrase in table.get(first.key, ()):
        end = index + len(phrase)
        if end > len(tokens) or not (tokens[end - 1].cap or _capital_after_hyphen(text, tokens[end - 1])):
            continue
        if all(tokens[index + n].key == word for n, word in enumerate(phrase)) and all(
            text[tokens[i].end : tokens[i + 1].start] in (" ", "-") for i in range(index, end - 1)
        ):
            return len(phrase)
    return 0


def _capital_after_hyphen(text: str, token: Token) -> bool:
    """ "ul-Fitr" in "Eid ul-Fitr": a last word whose particle is lower case and its name capitalised (session 16)."""
    at = text.find("-", token.start, token.end)
    return at >= 0 and text[at + 1 : at + 2].isupper()


def alone(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """The phrase ``tokens[start:end]`` is the whole capitalised run: no capitalised word joined to it by a space."""
    before = tokens[start - 1] if start else None
    after = tokens[end] if end < len(tokens) else None
    opener = before is not None and before.key in OPENERS  # "Our Valencia office", "Fluent Tigrinya"
    joined_before = before is not None and before.cap and not opener and text[before.end : tokens[start].start] == " "
    joined_after = after is not None and after.cap and text[tokens[end - 1].end : after.start] == " "
    return not joined_before and not joined_after


def person_frame(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """Where a person stands around ``tokens[start:end]``: a possessive, a title or a person cue before ("thanks",
    "met", "with", "Dr."), a person's verb after ("said", "confirmed")."""
    if possessive_at(text, tokens[end - 1]) >= 0:
        return True
    before = tokens[start - 1] if start else None
    after = tokens[end] if end < len(tokens) else None
    if before is not None and (before.key in TITLES or before.key in PERSON_CUES_BEFORE):
        return True
    return after is not None and after.key in PERSON_VERBS_AFTER


def next_member(text: str, tokens: list[Token], end: int, table: Phrases) -> tuple[int, int] | None:
    """The next member of a list after ``tokens[end - 1]`` ("and X", "or X", ", X"): its start and the length of
    the phrase of ``table`` written there as a whole run (0: the list goes on with something else); None when no
    list goes on."""
    if end >= len(tokens):
        return None
    after = tokens[end]
    gap = text[tokens[end - 1].end : after.start]
    if not ((after.key in ("and", "or") and gap == " ") or (gap == ", " and after.cap)):
        return None
    following = end + 1 if after.key in ("and", "or") else end
    length = match(table, text, tokens, following) if following < len(tokens) else 0
    return following, length if length and alone(text, tokens, following, following + length) else 0
