"""Employers in the shapes of a career entry, whatever their words: "Backend Engineer - Checkr - 2019-2022",
"Dyson | Product Manager | 2020 - present", an employer's line above "Senior Data Analyst, 2019-2023", and "joined
us from Klarna in March".

Firms named after people (Dyson, Heinz, Suzuki, Grant Thornton) and one-word brands no list holds (Checkr,
Paystack, Gojek) hold no word that tells them from a person's name, and notes list managers and referees in the
same shapes ("Emily | Engineering Manager | 2019 - 2022"; review M2 on 73f22fa). So a shape keeps a run only when
the name rules would not take it for a person anyway (a listed company holding a word no name list holds, or a
run with no given name and a dictionary or product word: "Johnson Controls", "Thermo Fisher"), in these shapes:

- a field of a line that also holds a job title (a role noun: "Engineer", "Nurse", "Analyst") and a span of years
  ("2019-2022", "Jan 2020 - Present", "2015 to 2019"): the run that is a whole field (between the line's ends,
  dashes, bars, commas or a bracket) is the employer. A person listed with a title and years is a referee: such a
  line under a "References" heading, or with a person's role in brackets ("(referee)"), is left to the name rules
  (review M4, session 11); a run holding the role noun is the title, not the employer;
- a line holding only a capitalised run, right above a line of a job title and a span of years: the employer's
  heading of an entry;
- after a verb of changing jobs and "from" ("joined us from", "moved over from", "hired away from", "poached
  from"; "came from" only opening a sentence or after a pronoun: "the referral came from Priya" is a person),
  where the clause then ends or goes on with a time, "where" or "as a": "heard from", "took over from" and "got
  a referral from" are a person's frames and are not read.

A possessive, a title before the run, or a person's verb after it leaves the run to the name rules.
"""

from __future__ import annotations

import re

from memory.redact_fp_tables import Gazetteer, alone, match
from memory.redact_fp_values import thing_word
from memory.redact_lexicon import PERSON_CUES_BEFORE, PERSON_VERBS_AFTER, TITLES, lexicon
from memory.redact_named import possessive_at
from memory.redact_slots import ROLE_NOUNS
from memory.redact_tokens import Token, sentence_start

# Role nouns a job title ends in (``ROLE_NOUNS``) and a few more; none is a given name.
_ROLES = ROLE_NOUNS | frozenset(
    """lead intern associate teacher lecturer assistant advisor adviser representative agent supervisor founder
    cto ceo coo cfo vp""".split()
)
# A span of years, with optional month names: "2019-2022", "Jan 2020 - Present", "2015 to 2019", "2018 – now".
_MONTH = r"(?:[A-Za-z]{3,9}\.?[ \t]+)?"
_YEARS = re.compile(
    rf"\b{_MONTH}(?:19|20)\d\d[ \t]*(?:-|–|—|to)[ \t]*{_MONTH}(?:(?:19|20)\d\d|present|now|current|today|date)\b",
    re.IGNORECASE,
)
# What every match of ``_YEARS`` holds: a year and the dash or "to" after it.
_YEAR_DASH = re.compile(r"(?:19|20)\d\d[ \t]*(?:-|–|—|to)", re.IGNORECASE)
# What bounds a field of a career line on either side.
_FIELD_BEFORE = re.compile(r"(?:^|[ \t]+[-–—|][ \t]*|\|[ \t]*|,[ \t]*|\([ \t]*)$", re.MULTILINE)
_FIELD_AFTER = re.compile(r"(?:$|[ \t]*[-–—|][ \t]+|[ \t]*\||[ \t]*,|[ \t]*\()", re.MULTILINE)
# A person's role in brackets or after a separator on the line: a referee's line, not a job.
_PERSON_ROLE = re.compile(
    r"\b(?:referee|reference|contact|counsel|advis[oe]r to|mentor|supervisor:|reporting|interviewer|panel|recruiter"
    r"|manager:|reports to)",
    re.IGNORECASE,
)
# Section headings: a reference section lists people with titles and years; a work section lists employers.
_REFERENCES = re.compile(r"^[ \t#*•-]*(?:references?|referees?|referrals?)\b[^\n]{0,30}$", re.IGNORECASE | re.M)
_SECTION = re.compile(
    r"^[ \t#*•-]*(?:(?:professional|work|relevant)[ \t]+)?(?:experience|employment|work history|career|education|"
    r"skills|projects|summary|references?|referees?)\b[^\n]{0,30}$",
    re.IGNORECASE | re.MULTILINE,
)


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _run_end(text: str, tokens: list[Token], index: int) -> int:
    end = index + 1
    while end < len(tokens) and tokens[end].cap and text[tokens[end - 1].end : tokens[end].start] in (" ", "-", " & "):
        end += 1
    return end


def _referees(text: str, line_start: int) -> bool:
    """The nearest section heading above the line is a references heading."""
    headings = list(_SECTION.finditer(text, 0, line_start))
    return bool(headings) and _REFERENCES.match(headings[-1].group(0)) is not None


def _career_line(text: str, start: int, end: int) -> bool:
    """A line (without the run) holding a job title's role noun and a span of years, and no person's role."""
    line = text[start:end]
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", line)}
    return bool(_YEARS.search(line)) and bool(words & _ROLES) and not _PERSON_ROLE.search(line)


def _plain(text: str, tokens: list[Token], index: int, end: int) -> bool:
    """No possessive, no title before, no role noun inside (then it is the title) nor a person's cue ("Thanks"), no
    person's verb after."""
    if any(possessive_at(text, t) >= 0 for t in tokens[index:end]) or any(t.key in _ROLES for t in tokens[index:end]):
        return False
    if any(t.key in PERSON_CUES_BEFORE for t in tokens[index:end]):
        return False  # "Thanks Nakato alum network": a greeting opens the run
    before = tokens[index - 1] if index else None
    after = tokens[end] if end < len(tokens) else None
    titled = before is not None and before.key in TITLES
    return not titled and not (after is not None and after.key in PERSON_VERBS_AFTER)


def _firm_like(text: str, tokens: list[Token], index: int, end: int, table: Gazetteer) -> bool:
    """A run the name rules would not take for a person: a listed company holding a word no name list holds, or
    a run with no given name and a word that is a thing's (a dictionary or product word, an inner capital, a
    digit: "Johnson Controls", "BluOne"). A career line is also how notes list managers and referees ("Emily |
    Engineering Manager | 2019 - 2022", "Tenzin Dorje - Team Lead - 2018-2020"), so its shape is evidence about
    the slot, not the words (review M2 on 73f22fa): an unlisted one-word brand there ("Checkr") is a person's name
    as often, and stays to the name rules."""
    if match(table.companies, text, tokens, index) == end - index:
        return True
    lex = lexicon()
    words = tokens[index:end]
    # a thing's word of three letters or more, written without a name's accent ("Ó" in "Brishen Ó Ceallaigh" is a
    # dictionary's "o")
    thing = any(len(t.key) > 2 and not t.accented and thing_word(text, t) for t in words)
    return thing and not any(t.key in lex.given for t in words)


def spans_years(text: str) -> bool:
    """The text holds a span of years somewhere: no career shape can hold without one, so the caller reads
    :func:`career_field` only then (once per text, not once per capitalised word: most notes have none)."""
    # the year and its dash first: a plain search, where ``_YEARS``'s optional month tries every word of the text
    return _YEAR_DASH.search(text) is not None and _YEARS.search(text) is not None


def career_field(text: str, tokens: list[Token], index: int, table: Gazetteer) -> int:
    """The end of the employer's run opening at ``index`` in a career entry (0 if none; see the docstring).

    Every test is a condition of the one answer and none has a side effect, so they run cheapest first: the
    line's shape and its span of years (a slice's search) before the run's words are looked up (``_plain``,
    ``_firm_like``: the dictionaries), which most capitalised words of a note never reach."""
    first = tokens[index]
    before = tokens[index - 1] if index else None
    if before is not None and before.cap and text[before.end : first.start] in (" ", "-", " & "):
        return 0  # not the run's first word
    end = _run_end(text, tokens, index)
    line_start, line_end = _line(text, first.start)
    closing = tokens[end - 1].end
    whole_line = not text[line_start : first.start].strip() and not text[closing:line_end].strip(" \t:")
    if whole_line:
        following = text[line_end + 1 :].lstrip("\n")
        next_end = following.find("\n")
        next_line = following if next_end < 0 else following[:next_end]
        if not line_end < len(text) or not _career_line(next_line, 0, len(next_line)):
            return 0
    else:
        if not _FIELD_BEFORE.search(text, line_start, first.start) or not _FIELD_AFTER.match(text, closing, line_end):
            return 0
        rest = text[line_start : first.start] + " " + text[closing:line_end]
        if not _career_line(rest, 0, len(rest)):
            return 0
    if not _plain(text, tokens, index, end) or not _firm_like(text, tokens, index, end, table):
        return 0
    return 0 if _referees(text, line_start) else end


# Verbs of changing jobs before "from <employer>"; "came" only where a person is its subject (see the docstring).
_MOVES = frozenset("joined moved hired poached recruited switched jumped transferred came".split())
# Words between the verb and "from": "joined us from", "moved over from", "hired away from", "came over from".
_BETWEEN = frozenset("us over across away straight directly".split())
_PRONOUNS = frozenset("she he they i we".split())
# After the employer: the clause's end, a time, "where", "as a".
_AFTER_EMPLOYER = re.compile(
    r"[ \t]*(?:$|[.;:!?)\n]|,[ \t]+(?:where|after|in|as)\b|[ \t]+(?:in|after|last|this|earlier|back|where|as an?|"
    r"(?:two|three|four|five|six|\d+)[ \t]+(?:years|months)[ \t]+ago)\b)",
    re.IGNORECASE,
)


def moved_from(text: str, tokens: list[Token], index: int, table: Gazetteer) -> int:
    """The end of an employer's run after a verb of changing jobs and "from" (0 if none; see the docstring)."""
    if index < 2 or tokens[index - 1].key != "from" or tokens[index - 1].cap:
        return 0
    verb = index - 2
    if tokens[verb].key in _BETWEEN and verb >= 1:
        verb -= 1
    move = tokens[verb]
    if move.key not in _MOVES or (move.cap and not sentence_start(text, move)):
        return 0
    subject = tokens[verb - 1].key if verb else ""
    if move.key == "came" and not sentence_start(text, move) and subject not in _PRONOUNS:
        return 0  # "the referral came from Priya"
    end = _run_end(text, tokens, index)
    if not alone(text, tokens, index, end) or not _plain(text, tokens, index, end):
        return 0
    if not _firm_like(text, tokens, index, end, table):
        return 0  # "Joined us from Tenzin in 2021", "Hired away from Lhakpa Warsame last year" (review M2)
    return end if _AFTER_EMPLOYER.match(text, tokens[end - 1].end) else 0


# "dropped out of <school>": what one drops out of is a school or a programme, never a person (OUTSIDE13 class 21,
# session 15); "dropped Priya a note", "dropped out of Priya's class" (a possessive) are not read.
_DROPS = frozenset("dropped drop drops dropping".split())
# After the school: the clause's end, a time, a reason, a list.
_AFTER_SCHOOL = re.compile(
    r"[ \t]*(?:$|[.,;:!?)\n(]|[-–—][ \t]|(?:in|after|at|during|before|to|and|when|because|with|in order)\b)",
    re.IGNORECASE,
)


def dropped_out(text: str, tokens: list[Token], index: int) -> int:
    """The end of the capitalised run after "dropped out of" (0 if none)."""
    if index < 3 or [t.key for t in tokens[index - 2 : index]] != ["out", "of"]:
        return 0
    drop = tokens[index - 3]
    if drop.key not in _DROPS or (drop.cap and not sentence_start(text, drop)) or tokens[index - 2].cap:
        return 0
    if text[drop.end : tokens[index].start] != " out of ":
        return 0
    end = _run_end(text, tokens, index)
    while end + 1 < len(tokens) and tokens[end].key in ("of", "at") and tokens[end + 1].cap:
        end = _run_end(text, tokens, end + 1)  # "University of Lagos", "University of Texas at Austin"
    if any(possessive_at(text, t) >= 0 for t in tokens[index:end]):
        return 0
    return end if _AFTER_SCHOOL.match(text, tokens[end - 1].end) else 0


# "She comes from <hospital> with five years in ICU", "Moved from <hospital> to a smaller clinic": a workplace one
# comes or moves from, said so by what follows it (a span of experience, a move to another workplace). No person is
# come from with years of experience or left for a smaller clinic; "comes from Priya's team" (a possessive that owns
# something) and "took over from Priya as charge nurse" (no such verb) are not read (OUTSIDE13 class 18, session 15).
_COMES = frozenset("comes came coming moved moving moves transferred transferring transfers".split())
_WORKPLACE_AFTER = re.compile(
    r"[ \t]+(?:with[ \t]+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+\+?|several|many|over|nearly|"
    r"almost|about)\b[^.;\n]{0,24}?\b(?:years?|months?|yrs?)\b|to[ \t]+(?:a|an|another|our|the|this|their)[ \t]+"
    r"(?:[a-z-]+[ \t]+){0,2}(?:hospital|clinic|practice|trust|centre|center|unit|ward|site|"
    r"company|firm|office|school|campus|system|network|lab|startup|agency)s?\b)",
    re.IGNORECASE,
)
_GROUPS = frozenset("women children".split())


def came_from_workplace(text: str, tokens: list[Token], index: int) -> int:
    """The end of the workplace's run after "comes/moved from" (0 if none; see above)."""
    if index < 2 or tokens[index - 1].key != "from" or tokens[index - 1].cap:
        return 0
    verb = index - 2
    if verb >= 2 and tokens[verb].key == "us" and tokens[verb - 1].key == "to":
        verb -= 2  # "comes to us from"
    elif tokens[verb].key in _BETWEEN and verb >= 1:
        verb -= 1
    move = tokens[verb]
    if move.key not in _COMES or (move.cap and not sentence_start(text, move)):
        return 0
    if move.key in ("came", "comes", "coming") and not sentence_start(text, move):
        subject = tokens[verb - 1].key if verb else ""
        if subject not in _PRONOUNS and subject not in ("is", "was", "are", "were"):
            return 0  # "the referral came from Priya"
    end = _run_end(text, tokens, index)
    while end + 1 < len(tokens) and tokens[end].key in ("and", "of") and not tokens[end].cap and tokens[end + 1].cap:
        end = _run_end(text, tokens, end + 1)  # "Brigham and Women's", "Hospital of the University"
    if not alone(text, tokens, index, end):
        return 0
    closing = tokens[end - 1].end
    owner = possessive_at(text, tokens[end - 1])
    if owner >= 0:
        if tokens[end - 1].key not in _GROUPS and not _WORKPLACE_AFTER.match(text, owner):
            return 0  # "comes from Priya's team with ..." owns a team; "from Addenbrooke's with five years" none
        closing = owner
    if any(possessive_at(text, t) >= 0 for t in tokens[index : end - 1] if t.key not in _GROUPS):
        return 0
    return end if _WORKPLACE_AFTER.match(text, closing) else 0
