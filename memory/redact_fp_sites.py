"""Things named by their last word, in any case: landmarks, hospitals, honours, techniques, feast days (session 18,
OUTSIDE16's false-redaction classes by property).

A head noun says what a run of words before it is, whatever names the run holds: "Victoria Station", "Moreton Bay",
"Baker Street" are places, "St Mary's Hospital" a hospital, "Rhodes Scholarship" and "Turing Award" honours,
"Kaplan Meier curves" a technique; a weekday after a feast word of the holiday gazetteer is a date ("Whit Monday",
"Shrove Tuesday"). The run is read in the head's own case (Title case, capitals, or lower case in a lower-case
line), joined by spaces (and by "'s", "and", "&", "of" inside Title case and capitals: "Brigham and Women's
Hospital", "ST MARY'S HOSPITAL"), at most four words back from the head.

Where people stand instead, nothing is kept: a title or a person's cue right before the run ("Thanks Victoria
Station"), a person's label whose whole value the run is ("Name: Maria Street"), a head used as a verb ("Amaka Obi
awards the prizes", "Jisoo filters the list"). "Park" is no head: it is a family name too ("Jisoo Park", and
"Young Park", "Sora Park" whose first words are common words or places like "Hyde"), so "Hyde Park" is left to the
other rules. A weekday family name ("Emeka Monday") is no feast: the pair must be a holiday of the gazetteer.
Checked with people in the same slots by ``eval/redaction_round18_fp.py``.
"""

from __future__ import annotations

import re

from memory.redact_fp_tables import gazetteer, person_frame
from memory.redact_lexicon import PERSON_VERBS_BEFORE, TITLES, lexicon
from memory.redact_tokens import Token

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Landmarks' head nouns (general knowledge): "Victoria Station", "Byron Bay", "Waterloo Bridge", "Baker Street".
LANDMARKS = frozenset(
    """station bay bridge square street road avenue boulevard circus junction terminal airport wharf quay pier
    embankment harbour harbor""".split()
)
# Heads that are family names too ("Tokala Street", "Aroha Bay", "Losaline Bridge", "Ember Road": review MUST 1 on
# 422526c; "Sandy Bay": OUTSIDE13's sealed word names lost 8 of 150 tokens when they were read like "Station"): the
# word before one must be a listed place ("Moreton Bay", "Waterloo Bridge") or a common word no given-name list holds
# ("Wall Street", "Tower Bridge"), and no person's frame may stand around the run.
_FAMILY_HEADS = frozenset("street bay bridge road square quay pier harbour harbor".split())
HOSPITALS = frozenset("hospital hospitals infirmary hospice nhs".split())
HONOURS = frozenset(
    """scholarship scholarships scholar scholars fellowship fellowships prize prizes award awards medal medals
    laureate laureates""".split()
)
# A method's head after an eponym pair ("Kaplan Meier curves", "Monte Carlo simulation", "Kalman filters"); not
# "model", "process", "tests": a person's verb or a person's own work as often ("Amaka Obi tests the build").
TECHNIQUES = frozenset(
    """method methods algorithm algorithms estimator estimators filter filters transform transforms curve curves
    equation equations simulation simulations sampling sampler decomposition distribution distributions
    regression inequality theorem criterion integration chain chains""".split()
)
HEADS = WEEKDAYS | LANDMARKS | HOSPITALS | HONOURS | TECHNIQUES
# Degree words before "from" whose object is a school in a lower-case or capitals line ("degree from stanford").
DEGREES = frozenset(
    "degree degrees diploma bachelors masters phd doctorate mba bsc msc ba ma bs ms ba bfa mfa llb llm md".split()
)
_MOST_WORDS = 4
_JOINERS = frozenset("and of".split())
# Words that end a run read back in a lower-case line: function words and people's cues (the run is the name).
_STOPS = frozenset(
    """the a an at to in on of by from for with via near into onto and or but is are was were be been our their
    his her my your its this that these those per as than then so at""".split()
)
# A head used as a verb has an object right after it: "Amaka Obi awards the prizes", "Jisoo filters them".
_OBJECTS = frozenset("the a an her his their them him it our my your this that these those some all".split())
# What may follow a technique's head: the clause goes on with a preposition or a conjunction, or ends.
_AFTER_TECHNIQUE = frozenset("for to in on with of and or from as at via".split())


def protect_heads(text: str, tokens: list[Token], keys: set[str], shouted: frozenset[int] = frozenset()) -> None:
    """Mark protected the runs named by a head noun and the feast days of ``tokens`` (``keys``: their keys, so that
    a text without any head skips the walk), and a school after a degree's "from" in lower case or capitals.
    ``shouted``: the starts of capitals lines re-cased word by word (``redact_layout.recase``: "ST MARY'S HOSPITAL"
    reads "st Mary's hospital"), where a run's case says nothing."""
    if not keys.isdisjoint(HEADS):
        for index in [i for i, t in enumerate(tokens) if t.key in HEADS and i]:  # a comprehension: resumes are long
            head = tokens[index]
            if head.protected:
                continue
            recased = bool(shouted) and text.rfind("\n", 0, head.start) + 1 in shouted
            if head.key in WEEKDAYS:
                start = _feast(text, tokens, index, recased)
            else:
                start = _named(text, tokens, index, recased)
            for token in tokens[start : index + 1] if start >= 0 else ():
                token.protected = True
    if "from" in keys and not keys.isdisjoint(DEGREES):
        _schools(text, tokens)


def _same_case(word: Token, head: Token, recased: bool = False) -> bool:
    if recased:
        return True
    if head.upper:
        return word.upper or (not word.key.isalpha() and word.cap)
    if head.cap:
        return word.cap
    return not word.cap


def _named(text: str, tokens: list[Token], index: int, recased: bool) -> int:
    """The first word of the run that ``tokens[index]`` heads, or -1 (see the module's docstring)."""
    head = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    gap_after = text[head.end : after.start] if after is not None else ""
    if after is not None and gap_after == " " and after.key in _OBJECTS:
        return -1  # a verb: "Amaka Obi awards the prizes"
    if head.key in TECHNIQUES and after is not None and gap_after == " " and after.key not in _AFTER_TECHNIQUE:
        return -1  # "Kalman filters for tracking" yes; "Tevita filters candidates" no
    start = index
    while start > 0 and index - start < _MOST_WORDS:
        word = tokens[start - 1]
        gap = text[word.end : tokens[start].start]
        joiner = (
            word.key in _JOINERS and (head.cap or recased) and gap == " "
        )  # "Brigham and Women's", "ST MARY'S AND ..."
        if not joiner and (word.key in _STOPS or not _same_case(word, head, recased)):
            break
        if gap not in (" ", "'s ", "’s ", "'S ", "' ", "’ ", ". ", "-"):
            break
        if gap == ". " and word.key not in ("st", "mt"):
            break  # a full stop, not "St. Mary's"
        if not head.cap and not recased and gap != " ":
            break  # lower case: "priya's hospital" is a person's
        if word.key in TITLES or word.key in PERSON_VERBS_BEFORE:
            return -1  # "Dr Obi Scholarship", "Thanks Victoria Station"
        start -= 1
    while start < index and tokens[start].key in _JOINERS:
        start += 1  # "and", "of" open no run
    if start == index:
        return -1
    before = tokens[start - 1] if start else None
    cue = before is not None and (before.key in TITLES or before.key in PERSON_VERBS_BEFORE)
    if cue and before is not None and text[before.end : tokens[start].start] in (" ", ". "):
        return -1
    if head.key in _FAMILY_HEADS and not _place_word(tokens[index - 1]):
        return -1  # "Tokala Street", "Sandy Bay" may be people; "Moreton Bay", "Wall Street" are not
    if head.key in _FAMILY_HEADS and person_frame(text, tokens, start, index + 1):
        return -1  # "Spoke with Moreton Bay ...": a person's cue before, a person's verb after
    if head.key in _FAMILY_HEADS and tokens[start].key in lexicon().given and _modal_next(tokens, index + 1):
        return -1  # "Florence Street will run the round": a given name's run before a modal and a verb (review MUST 1c)
    if _person_value(text, tokens, start, index):
        return -1  # "Name: Maria Street", "Referee: Anna Bay (manager)"
    if head.key in TECHNIQUES and index - start > 2:
        return -1  # an eponym pair at most ("Levenberg Marquardt algorithm")
    return start


# A label whose value is a person: "Name: Maria Street", "Referee - Anna Bay".
_PERSON_LABEL = re.compile(
    r"(?:name|names|candidate|applicant|referee|referees|reference|references|interviewer|interviewers|contact"
    r"|manager|mentor|recruiter|panel|panelists|attendees|owner|assignee|reviewer|from|to|cc)[ \t]*[:\-–—][ \t]*$",
    re.IGNORECASE,
)


def _person_value(text: str, tokens: list[Token], start: int, head: int) -> bool:
    """The run is the whole value of a person's label: the line ends after it, or a comma, a bracket or a bar does
    (a speaker's sentence goes on: "Candidate: Victoria Station is ten minutes away")."""
    line_start = text.rfind("\n", 0, tokens[start].start) + 1
    if _PERSON_LABEL.search(text, line_start, tokens[start].start) is None:
        return False
    rest = text[tokens[head].end : tokens[head].end + 3].lstrip(" \t")
    return rest[:1] in ("", "\n", ",", "(", "|", ";", ".")


# A modal and a lower-case verb after the run: a person's frame when the run opens with a given name ("Austin Bay
# will run the coding round"); a place takes it too ("Tower Bridge will close"), so only given names' runs are asked.
_MODALS = frozenset("will would can could should must may might shall".split())


def _modal_next(tokens: list[Token], at: int) -> bool:
    return at + 1 < len(tokens) and tokens[at].key in _MODALS and not tokens[at + 1].cap


def _place_word(word: Token) -> bool:
    """A listed place of one word, or a common word no given-name list holds."""
    lex = lexicon()
    if (word.key,) in gazetteer().places.get(word.key, ()):
        return True
    return word.key in lex.common and word.key not in lex.given


def _feast(text: str, tokens: list[Token], index: int, recased: bool) -> int:
    """The feast word's index when ``tokens[index - 1 : index + 1]`` is a holiday of the gazetteer written in one
    case ("Whit Monday", "SHROVE TUESDAY", "holy saturday"), else -1."""
    day, word = tokens[index], tokens[index - 1]
    if (
        text[word.end : day.start] != " "
        or not _same_case(word, day, recased)
        or (day.cap and not word.cap and not recased)
    ):
        return -1
    if (word.key, day.key) not in gazetteer().all_holidays.get(word.key, ()):
        return -1
    before = tokens[index - 2] if index >= 2 else None
    return -1 if before is not None and before.key in TITLES else index - 1


def _schools(text: str, tokens: list[Token]) -> None:
    """A school after "<degree> from" in a lower-case or capitals line ("bachelor's degree from stanford", "MS
    DEGREE FROM GEORGIA TECH"): up to four words of the line's case, to a comma, a bracket, a year or a
    function word. Title case is read by the slots of :mod:`memory.redact_where`."""
    for index in [i for i, t in enumerate(tokens) if t.key == "from" and 0 < i < len(tokens) - 1]:
        word = tokens[index]
        if tokens[index - 1].key not in DEGREES:
            continue
        if text[tokens[index - 1].end : word.start] != " " or text[word.end : tokens[index + 1].start] != " ":
            continue
        end = index + 1
        while end < len(tokens) and end - index <= _MOST_WORDS:
            school = tokens[end]
            if school.key in _STOPS or not school.key.isalpha() or not _same_case(school, word):
                break
            if end > index + 1 and text[tokens[end - 1].end : school.start] != " ":
                break
            end += 1
        for token in tokens[index + 1 : end]:
            token.protected = True
