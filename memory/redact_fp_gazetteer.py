"""Public gazetteers of holidays, places and languages, and the frames in which their names are things.

Built by ``python -m eval.redaction_lists`` (sources and licences in ``memory/redact_data/SOURCES.md``): public
holidays of every country ``holidays`` knows, GeoNames cities of 15,000 people or more with countries, capitals
and US states, and languages of 100,000 speakers or more. Many such names are people's names too (Jordan,
Madison, Florence, Easter, Christmas, Eid, Tamil), so a gazetteer never decides alone (sessions 7-9: keep-rules by
frame kept people in that frame). A name is kept only

- a language of any name, a name word too, or a list of them, before a language's noun no person takes
  ("Irish and Welsh speakers", "English fluency"; not "speaking", "teaching", "fluent": "Sena tutoring the new
  hires" is a person);
- by the list, where the list holds no name word: a holiday or language of one word that no given- or
  family-name list holds ("Thaipusam", "Tigrinya"), or a phrase with a word no name list holds ("Rosh Hashanah",
  "Eid al-Adha", "Haitian Creole"), and even then never in a person's frame (a possessive, a title, a greeting, a
  person's verb after it); a language (or a list of them) only where a language stands (before "is a plus",
  after "fluent in"; never for being listed with another: "Limbu and Sherpa ran the debrief" are people); a
  holiday only after a time preposition where the clause then ends or a new one opens ("until after Thaipusam.",
  "After Thaipusam we hire"; never before a verb: "until Ramazan replies" is a person), or before what a holiday
  names;
- a place no name list holds after "covering" or after a school's word and a particle ("Universidad de
  Montevideo"); any place of the list before "and (the) surrounding counties" ("Madison and nearby towns");
- or by a shape no person has, for any place of the list, a name word included: a place between "the"/"our" and
  a facility's noun ("the Austin office", "our Valencia branch"; a person there takes a possessive, "Austin's
  office", and "the Austin debrief" is a person's: a debrief is no facility).

Lookups are frozensets and one dictionary from a phrase's first word (redaction's cost budget: no regex scans of
the lists).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources

from memory.redact_lexicon import PERSON_CUES_BEFORE, PERSON_VERBS_AFTER, TITLES, award_heading, lexicon
from memory.redact_named import INSTITUTIONS, possessive_at
from memory.redact_thing_lists import HOLIDAYS
from memory.redact_tokens import TOKEN, Token, key_of, sentence_start

Phrases = dict[str, tuple[tuple[str, ...], ...]]

# Words that open a sentence capitalised before a gazetteer's name and are no part of it.
_OPENERS = frozenset("the our their its a an fluent native bilingual covering serving after before until".split())
# Longest phrase read (words): "national day of prayer and thanksgiving" is six.
_LONGEST = 6
# Function words inside holiday and place names: no name word, but no evidence either ("Día de Muertos").
_JOINERS = frozenset("de del la las los el of the and al y da do dos das di du".split())


@dataclass(frozen=True)
class Gazetteer:
    holidays: Phrases  # phrases holding a word no name list holds
    places: Phrases  # every place, name words included (used only in shapes no person has)
    unnamed_places: Phrases  # places holding a word no name list holds
    languages: Phrases  # languages holding a word no name list holds
    all_languages: Phrases  # every language ("English", "French" are surnames too), as evidence of a list only


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
    return [k for k in (_keys(line) for line in gzip.decompress(data).decode().splitlines()) if 0 < len(k) <= _LONGEST]


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
        return any(w not in names and w not in _JOINERS for w in phrase)

    places = _read("places.txt.gz")
    languages = _read("languages.txt.gz")
    return Gazetteer(
        # With the hand-written holidays and festivals (``HOLIDAYS``: "Kwanzaa", "Purim" are no public holiday).
        holidays=_table([p for p in _read("holidays.txt.gz") + [(w,) for w in HOLIDAYS] if unnamed(p)]),
        places=_table(places),
        unnamed_places=_table([p for p in places if unnamed(p)]),
        languages=_table([p for p in languages if unnamed(p)]),
        all_languages=_table(languages),
    )


def match(table: Phrases, text: str, tokens: list[Token], index: int) -> int:
    """The number of words of the longest phrase of ``table`` written from ``index`` (0 if none): its first and
    last words capitalised, its words joined by a space or a hyphen only."""
    first = tokens[index]
    if not first.cap:
        return 0
    for phrase in table.get(first.key, ()):
        end = index + len(phrase)
        if end > len(tokens) or not tokens[end - 1].cap:
            continue
        if all(tokens[index + n].key == word for n, word in enumerate(phrase)) and all(
            text[tokens[i].end : tokens[i + 1].start] in (" ", "-") for i in range(index, end - 1)
        ):
            return len(phrase)
    return 0


def alone(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """The phrase ``tokens[start:end]`` is the whole capitalised run: no capitalised word joined to it by a space."""
    before = tokens[start - 1] if start else None
    after = tokens[end] if end < len(tokens) else None
    opener = before is not None and before.key in _OPENERS  # "Our Valencia office", "Fluent Tigrinya"
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


# A time preposition before a holiday: "after Thaipusam", "until after Rosh Hashanah", "over Songkran". Not "for",
# "by", "from", "to", "with", "at": a person follows those ("covered for Holi", "reviewed by Holi").
_TIME_PREPOSITIONS = frozenset("before after until till through throughout during over around since".split())
# "<one of these> of <holiday>": "ahead of Purim", "the week of Diwali", "the end of Ramadan" (not "a friend of").
_TIME_OF = frozenset("ahead eve week weekend day days end start middle month season time run-up".split())


def _time_frame(text: str, tokens: list[Token], start: int, end: int) -> bool:
    before = tokens[start - 1] if start else None
    if before is None or text[before.end : tokens[start].start] != " ":
        return False
    if before.key == "of" and not before.cap:
        time_of = start >= 2 and tokens[start - 2].key in _TIME_OF
        return time_of and _closes(text, tokens, _listed_holidays(text, tokens, end))
    if before.key not in _TIME_PREPOSITIONS or (before.cap and not sentence_start(text, before)):
        return False
    return _closes(text, tokens, _listed_holidays(text, tokens, end))


def _listed_holidays(text: str, tokens: list[Token], end: int) -> int:
    """The end of a list of holidays that opens with the phrase ending at ``end`` ("after Ugadi and Dashain")."""
    table = gazetteer().holidays
    while (
        end + 1 < len(tokens)
        and tokens[end].key in ("and", "or")
        and text[tokens[end - 1].end : tokens[end].start] == " "
    ):
        following = tokens[end + 1]
        # a holiday of any name closes a list opened by one no name list holds ("after Ugadi and Christmas")
        length = match(table, text, tokens, end + 1) or int(following.cap and following.key in HOLIDAYS)
        if not length or not alone(text, tokens, end + 1, end + 1 + length):
            break
        end = end + 1 + length
    return end


# After a holiday (or a list of them) in a time frame, what shows it is the holiday: the clause ends, a new
# clause opens ("After Thaipusam we hire"), or a holiday's head follows ("until Nowruz week"). Anything else may
# be a verb of a person named like a holiday no name list holds: "until Ramazan replies", "after Mouloud
# approves", "until Maulidi and the panel agree" (review M1, session 10: Ramazan, Mouloud, Maulidi, Nauroz are
# common given names).
_NEW_CLAUSE = frozenset("we i you they he she it our the this that there everyone everything".split())
_HOLIDAY_HEADS = frozenset(
    "week weekend weekends break holidays holiday celebrations festivities season eve period rush closure".split()
)


def _closes(text: str, tokens: list[Token], end: int) -> bool:
    after = tokens[end] if end < len(tokens) else None
    if after is None:
        return True
    gap = text[tokens[end - 1].end : after.start].strip()
    if gap and gap[0] in ".,;:!?)":
        return True
    if gap:
        return False
    return after.key in _NEW_CLAUSE or (not after.cap and after.key in _HOLIDAY_HEADS)


# What a holiday names before a plain noun, in retail and job-ad prose: "the Diwali rush", "our Songkran campaign".
# A person is never written so ("the Priya rush"); a name word's holiday ("Easter rush") is not read here at all.
_HOLIDAY_NOUNS = frozenset(
    """rush campaign sale sales market drive promotion promotions promo collection menu display shift peak freeze
    shutdown bonus event events fair decorations volume stock inventory traffic travel special specials vacation
    recess break closure party parties celebration celebrations festival festivities holiday holidays greetings
    week weekend season eve food toy toys gift charity fundraiser appeal bazaar parade concert service program
    programme pop-up popup""".split()
)
# Not "orders", "markets", "displays", "shifts", "stocks", "gifts", "lights", "services", "campaigns": each is also
# a verb's third person after a person named like a holiday ("Ramazan services the Izmir accounts"; review M1,
# session 10).


def _before_noun(text: str, tokens: list[Token], end: int) -> bool:
    after = tokens[end] if end < len(tokens) else None
    return (
        after is not None
        and not after.cap
        and after.key in _HOLIDAY_NOUNS
        and text[tokens[end - 1].end : after.start] == " "
    )


def holiday_span(text: str, tokens: list[Token], index: int) -> bool:
    """ "after Thaipusam", "until after Rosh Hashanah", "ahead of Eid al-Adha", "the Thaipusam rush": a holiday of the
    gazetteer that holds a word no name list holds, written as the whole capitalised run right after a time
    preposition or before what a holiday names, and nowhere else: "Holi was off for a week", "covered for Holi"
    are people (review M3, session 8). ``index`` may be any word of the phrase; a holiday listed after one so
    kept ("after Ugadi and Dashain") is decided by :func:`memory.redact_events.holiday`."""
    table = gazetteer().holidays
    for start in range(max(0, index - _LONGEST + 1), index + 1):
        length = match(table, text, tokens, start)
        if length and start + length > index:
            end = start + length
            framed = alone(text, tokens, start, end) and (
                _time_frame(text, tokens, start, end) or _before_noun(text, tokens, end)
            )
            return framed and not person_frame(text, tokens, start, end)
    return False


# What follows a language's name where it names the language: "Tigrinya speakers", "Pashto fluency",
# "Tigrinya-speaking" (hyphenated only). Never what a person does or is ("Sena tutoring the new hires", "Iban
# speaking first", "Dan fluent in Go", "Limbu interpreter"): languages of any name are read before these (Sena,
# Dan, Swati, Shona are given names; review M3, session 10).
_LANGUAGE_NOUNS = frozenset(
    """speakers fluency proficiency skills literacy language translation translations version versions subtitles
    content materials classes lessons instruction""".split()
)
_HYPHENED_LANGUAGE_NOUNS = frozenset("speaking speaker speakers".split())


def _language_noun(text: str, tokens: list[Token], end: int) -> bool:
    after = tokens[end] if end < len(tokens) else None
    if after is None or after.cap:
        return False
    gap = text[tokens[end - 1].end : after.start]
    return (gap == " " and after.key in _LANGUAGE_NOUNS) or (gap == "-" and after.key in _HYPHENED_LANGUAGE_NOUNS)


# What is said of a language in a job ad, right after its name and closing the clause: "Tigrinya is a plus.",
# "Pashto preferred;". A person there is written with more after it ("Gift preferred the late slot").
_LANGUAGE_PREDICATES = (
    "is a plus",
    "a plus",
    "preferred",
    "is preferred",
    "required",
    "is required",
    "essential",
    "is essential",
    "desirable",
    "is desirable",
    "helpful",
    "is helpful",
    "a must",
    "is a must",
)
_CLAUSE_END = frozenset(".,;:!?)\n")
# Words before a language where it names the language: "fluent in Tigrinya", "speaks Pashto".
_LANGUAGE_CUES = frozenset("fluent speak speaks spoke speaking native bilingual trilingual".split())


def _predicate_after(text: str, at: int) -> bool:
    rest = text[at : at + 20]
    for words in _LANGUAGE_PREDICATES:
        if rest.startswith(" " + words):
            after = at + 1 + len(words)
            return after >= len(text) or text[after] in _CLAUSE_END
    return False


def _language_frame(text: str, tokens: list[Token], start: int, end: int, unnamed: bool) -> bool:
    """A language (or a list of languages, ``start:end``) where a language stands: before a language's noun
    (languages of any name), or, when no member is a name word, before what a job ad says of one or after
    "fluent in", "speaks". A list is framed as a whole, never by its members alone: "Limbu and Sherpa ran the
    debrief" are people (surnames that are language names; review M2, session 10)."""
    if _language_noun(text, tokens, end):
        return True
    before = tokens[start - 1] if start else None
    cue = before is not None and not before.cap and before.key in _LANGUAGE_CUES
    return unnamed and (cue or _predicate_after(text, tokens[end - 1].end))


def _language_list(text: str, tokens: list[Token], start: int, end: int, table: Gazetteer) -> tuple[int, bool]:
    """The end of the list of languages opening with ``tokens[start:end]`` ("English, Amharic or Tigrinya"), and
    whether no member is a name word; (0, False) for a later member of a list (decided with its first)."""
    before = tokens[start - 1] if start else None
    if before is not None and (before.key in ("and", "or") or text[before.end : tokens[start].start].strip() == ","):
        return 0, False
    unnamed = match(table.languages, text, tokens, start) == end - start
    while (member := _next_member(text, tokens, end, table.all_languages)) is not None and member[1]:
        following, length = member
        unnamed = unnamed and match(table.languages, text, tokens, following) == length
        end = following + length
    return end, unnamed


def _next_member(text: str, tokens: list[Token], end: int, table: Phrases) -> tuple[int, int] | None:
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


# A facility's noun after a place: "the Austin office", "our Valencia branch", "the Tacoma warehouse". Not a
# person's: "the Austin debrief", "the Madison offer", "the Jordan file", "our Dallas team" (a team may be a
# person's: "the Okafor team").
FACILITY_HEADS = frozenset(
    """office offices branch branches warehouse warehouses plant plants depot depots site sites campus hub
    facility facilities store stores location locations factory factories showroom studio clinic headquarters hq
    port terminal yard mill refinery metro territory market expansion rollout launch""".split()
)
_FACILITY_OWNERS = frozenset("the our their its".split())
# Verbs after which a place is a territory: "Territory manager covering Tacoma and the surrounding counties".
_COVERING = frozenset("covering covers cover serving serves serve servicing".split())


def _facility(text: str, tokens: list[Token], start: int, end: int, places: Phrases) -> int:
    """The end of "the Austin", "Our Madison and Lincoln" before a facility's noun ("office", "stores"): after
    "the"/"our" a place, or places listed with "and", "or" or a comma; 0 if the run is no such thing (not before
    "site visit": a candidate's, "the Jordan site visit")."""
    before = tokens[start - 1] if start else None
    if before is None or before.key not in _FACILITY_OWNERS or text[before.end : tokens[start].start] != " ":
        return 0
    while (member := _next_member(text, tokens, end, places)) is not None:
        following, length = member
        if not length:
            return 0
        end = following + length
    head = tokens[end] if end < len(tokens) else None
    if head is None or head.cap or head.key not in FACILITY_HEADS or text[tokens[end - 1].end : head.start] != " ":
        return 0
    visit = end + 1 < len(tokens) and tokens[end + 1].key in _VISITS
    return 0 if visit or possessive_at(text, tokens[end - 1]) >= 0 else end


# After a facility's noun, what makes it a person's event: "the Jordan site visit", "the Austin office tour".
_VISITS = frozenset("visit visits tour tours interview interviews".split())


# A school's word in another language, a particle, then a place no name list holds: "Universidad de Montevideo",
# "Universidade de Coimbra". The place closes the run. Not a place that is a name word: "Instituto de Raman" may
# be named after a person (Raman is a town in Turkey and a surname; review, session 9).
_SCHOOL_PARTICLES = frozenset("de del do da di du des".split())


def _school_of_place(text: str, tokens: list[Token], index: int, places: Phrases) -> int:
    """The end of "<school word> <particle> <place>" opening at ``index`` (0 if none)."""
    if index + 2 >= len(tokens) or tokens[index].key not in INSTITUTIONS or tokens[index].key == "college":
        return 0
    particle = tokens[index + 1]
    if particle.cap or particle.key not in _SCHOOL_PARTICLES:
        return 0
    if text[tokens[index].end : particle.start] != " " or text[particle.end : tokens[index + 2].start] != " ":
        return 0
    length = match(places, text, tokens, index + 2)
    end = index + 2 + length
    after = tokens[end] if end < len(tokens) else None
    closed = after is None or not after.cap or text[tokens[end - 1].end : after.start] != " "
    return end if length and closed and possessive_at(text, tokens[end - 1]) < 0 else 0


def _covered(text: str, tokens: list[Token], start: int) -> bool:
    """Right after "covering" or listed after a place so kept ("covering Tacoma, Spokane and Boise")."""
    before = tokens[start - 1] if start else None
    if before is None:
        return False
    gap = text[before.end : tokens[start].start]
    if gap == " " and not before.cap and before.key in _COVERING:
        return True
    listed = before.key in ("and", "or") and gap == " " and start >= 2 and tokens[start - 2].protected
    return listed or (gap.strip() == "," and before.protected and before.cap and start >= 2)


# "Tacoma and the surrounding counties", "Madison and nearby towns": what follows a place and never a person.
_SURROUNDINGS = frozenset("surrounding nearby neighbouring neighboring adjacent".split())
_AREAS = frozenset("counties county areas area region regions suburbs towns cities communities states".split())


def _surroundings(text: str, tokens: list[Token], end: int) -> bool:
    """ "<place> and (the) surrounding counties": a place of the list, a name word too, is a place here."""
    words = [t.key for t in tokens[end : end + 4]]
    if len(words) < 3 or words[0] != "and" or text[tokens[end - 1].end : tokens[end].start] != " ":
        return False
    rest = words[2:] if words[1] == "the" else words[1:3]
    return len(rest) >= 2 and rest[0] in _SURROUNDINGS and rest[1] in _AREAS


def protect_listed_things(text: str, tokens: list[Token]) -> None:
    """Mark protected the languages and places the gazetteers decide (see the module's docstring), where they
    stand: no repeat elsewhere in the text is protected by it."""
    table = gazetteer()
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not token.cap or token.upper or token.protected:
            index += 1
            continue
        end = 0
        length = match(table.all_languages, text, tokens, index)
        if length and alone(text, tokens, index, index + length):
            last, unnamed = _language_list(text, tokens, index, index + length, table)
            framed = last and _language_frame(text, tokens, index, last, unnamed)
            if framed and not person_frame(text, tokens, index, last):
                end = last
        length = 0 if end else match(table.places, text, tokens, index)
        if length and alone(text, tokens, index, index + length):
            end = _facility(text, tokens, index, index + length, table.places)
        end = end or _school_of_place(text, tokens, index, table.unnamed_places)
        length = 0 if end else match(table.unnamed_places, text, tokens, index)
        covered = length and alone(text, tokens, index, index + length) and _covered(text, tokens, index)
        if covered and not person_frame(text, tokens, index, index + length):
            end = index + length
        length = 0 if end else match(table.places, text, tokens, index)
        surrounded = (
            length and alone(text, tokens, index, index + length) and _surroundings(text, tokens, index + length)
        )
        if surrounded and not person_frame(text, tokens, index, index + length):
            end = index + length
        for t in tokens[index:end]:
            t.protected = True
        index = max(end, index + 1)


def heading_thing(keys: list[str]) -> bool:
    """A part of a capitals heading that names a thing, not a person (read by ``redact_layout._caps_name``): an
    award ("RHODES SCHOLARSHIP", ``redact_lexicon.award_heading``), or a holiday no name list holds, then what a
    holiday names and common words only ("THAIPUSAM CAMPAIGN", "ROSH HASHANAH FOOD DRIVE"); "MATARIKI NGATA" and
    "MATARIKI BROWN" stay names (no holiday's noun after the holiday)."""
    if award_heading(keys):
        return True
    lex = lexicon()
    for phrase in gazetteer().holidays.get(keys[0], ()) if keys else ():
        rest = keys[len(phrase) :]
        if tuple(keys[: len(phrase)]) == phrase and rest and rest[0] in _HOLIDAY_NOUNS:
            # "SALES PUSH" (both Census surnames too) after a holiday's noun; no given name ("MATARIKI JUNE")
            return all(k in lex.common and k not in lex.given for k in rest)
    return False
