"""Which words the person tagger is asked about, beyond those the name rules left undecided (issue 10, N1).

Thirteen sessions of frame rules ("Name to send ...", "lost Name to ...", "(Name): status", a panel's list) gained
on the tester whose material they were written from and not on the next one's. The fine-tuned tagger, given the
sentence, finds most of those names ("Thandeka", "Kamau", "Lwazi"), but the rules never asked it: a lone
capitalised word went to it only when a person word stood within four words (``person_nearby``). Here every
capitalised word that could be a name is asked, wherever it stands: no common English word, no product, no
place, firm, holiday or language of the gazetteers, no acronym. The model's window around it (its sentence,
:func:`memory.redact_spread.windows`) decides. Cost: the model pass was ~5% of redaction's time (cProfile of the
reviewer battery, session 14); asking about these words adds windows, not whole texts.

Not asked: every lower-case word no dictionary holds on an all lower-case chat line. Measured (OUTSIDE12's token
harness, session 14): recall +0.0015, but three more negative texts lost a word (common words, firms, trade words
written in lower case), so a lower-case word still goes to the model only where a person's cue stands
(``memory.redact._lower_candidates``).
"""

from __future__ import annotations

import re
from functools import cache

from memory.redact_fp_tables import gazetteer
from memory.redact_lexicon import ORGS, PARTICLES, PLACES, TITLES, lexicon
from memory.redact_names import THING
from memory.redact_products import camel
from memory.redact_tokens import MONTHS, Analysis, Kind, Token


@cache
def _things() -> frozenset[str]:
    """One-word places, firms, holidays and languages of the shipped gazetteers ("Durban", "Kwanzaa", "Zulu")."""
    table = gazetteer()
    words: set[str] = set()
    for phrases in (table.all_holidays, table.places, table.all_languages, table.all_companies):
        for first, found in phrases.items():
            if any(len(phrase) == 1 for phrase in found):
                words.add(first)
    return frozenset(words)


def capital_candidates(analysis: Analysis) -> list[int]:
    """Capitalised words no rule decided that could be a name: a listed name that is no common word, or a word no
    list knows ("Thandeka", "Yupanqui", "Lwazi"), not protected, not a place of this text, not an acronym or a
    product spelled in mid-word capitals ("InfoTech"); a word the large dictionary holds only in a person's slot."""
    lex = lexicon()
    things = _things()
    text = analysis.shown or analysis.text
    out: list[int] = []
    for i, t in enumerate(analysis.tokens):
        if not t.cap or t.person or t.protected or t.own or len(t.key) < 3 or t.why == THING:
            continue
        if t.kind not in (Kind.NAME, Kind.UNKNOWN) or (t.key in lex.common and not t.accented):
            continue
        if t.upper or camel(text, t):
            continue  # "SQL", "NYSE"; "InfoTech", "LabView"
        key = t.key
        if key in analysis.places or key in lex.tech or key in things or key in PLACES or key in ORGS:
            continue
        if key in TITLES or key in PARTICLES:
            continue
        if i and analysis.tokens[i - 1].key in _ARTICLES and text[analysis.tokens[i - 1].end : t.start] == " ":
            continue  # "won the Pulitzer", "a Fulbright": no person stands after an article
        if _among_things(text, analysis.tokens, i):
            continue  # "Discussed: budget, Airbyte, and the start date": a list of things
        if _entry_head(text, t.start, t.end):
            continue  # "Klarna\nSenior Data Analyst", "Macquarie — MBA (2021)": a work or school entry's head
        if key in lex.english and not t.accented and not _person_slot(text, analysis.tokens, i, set(out)):
            # A word of the large dictionary ("Kombu", "Acme"; also "Prabhu", "Askar") only in a person's slot: the
            # model called "Celery and Kombu", "Acme x Globex" people (round 6 and round 13 look-alikes, session 14).
            continue
        out.append(i)
    return out


_ARTICLES = frozenset(("the", "a", "an"))
# A list's separators, and a calendar pair's ("Acme x Globex - intro call", "Design <> Platform sync").
_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or ", " & ", " / ", "/", " x ", " <> ", " + "})


def _among_things(text: str, tokens: list[Token], i: int) -> bool:
    """A list item beside a thing: a one-word lower-case item, a dictionary word, a product or a protected name
    joined to it by a list's comma or conjunction. The model calls an unknown word in a list of topics a person
    ("budget, Airbyte, and the start date"; the reviewer's r14_things, session 14); people are listed beside
    people, and a vocative's comma ("Tumelo, the panel is done") is no list."""
    lex = lexicon()
    t = tokens[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and tokens[j].key == "x" and 0 <= 2 * j - i < len(tokens):
            j = 2 * j - i  # a calendar pair's "x" is a token: the item is the word beyond it
        if not 0 <= j < len(tokens):
            continue
        other = tokens[j]
        gap = text[other.end : t.start] if j < i else text[t.end : other.start]
        if gap not in _LIST_GAPS or other.person or other.own:
            continue
        if other.cap:
            if other.protected or other.kind is Kind.WORD or other.key in lex.tech or other.why == THING:
                return True
            continue
        if j > i and gap.endswith(("and ", "or ")) and other.key in ("the", "a", "an", "our", "their", "other"):
            return True  # "X, and the start date"
        # A lower-case item of one word: a list's separator on its other side too ("budget, X").
        far = text[max(0, other.start - 2) : other.start] if j < i else text[other.end : other.end + 2]
        if j < i and (far.endswith((", ", ": ")) or far.endswith("\n")):
            return True
        if j > i and far in (", ", ",\n"):
            return True
    return False


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _entry_head(text: str, start: int, end: int) -> bool:
    """A word opening its line that is the whole line, or opens an entry with a year ("Gojek, 2019-2023",
    "Macquarie — MBA (2021)"): the model calls such heads persons (round 12 FP tune, session 14); a person's one-word
    line is a sign-off ("Thanks,\nThandeka") or a speaker's label, which other rules and slots read."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t*#-•") != "":
        return False
    line_end = text.find("\n", end)
    line = text[end : line_end if line_end >= 0 else len(text)]
    if line.strip(" \t.,:") == "":
        before = text[: line_start - 1].rstrip()
        return not before.endswith(",")
    return line.lstrip()[:1] in ("—", "–", "-", "|", ",", "(") and _YEAR.search(line) is not None


# After a word-name that is the subject of a clause: a person's verb ("Hope rates her a strong yes", "Sunny
# joined"); never a copula or an auxiliary, after which the model calls the virtue itself a person ("Hope is not
# a strategy", "Patience is key": round 11 and 12 tune look-alikes, session 14).
_SUBJECT_NEXT = frozenset(
    """said says thinks thought felt feels mentioned asked told wrote noted agreed suggested replied answered
    explained interviewed confirmed declined accepted recommended led joined presented vouched vouches recommends
    confirms described describes praised endorsed rates rated wants
    wanted sent sends knows knew owns owned took takes flagged raised shared loved liked""".split()
)
# Before a word-name that is the object of a person's verb ("lost Hope to", "asked Sunny", "ping Will").
_OBJECT_BEFORE = frozenset(
    """asked ask tell told met meet thanks thank dear hi hello hey cc interviewed emailed pinged ping lost with
    loop looped from by and w""".split()
)


def word_name_candidates(analysis: Analysis, asked: set[int]) -> list[int]:
    """Listed given names that are also common words ("Hope", "Sunny", "Will", "Bo"), capitalised, undecided, in a
    person's slot only: a speaker's label, a bracketed person, a clause's subject before a verb, the object of a
    person's verb, beside another person in a list. Anywhere else the model is not asked (cost, and "Will you").
    """
    lex = lexicon()
    text = analysis.text
    tokens = analysis.tokens
    things = _things()
    out = []
    for i, t in enumerate(tokens):
        # A rule's THING is not read here: "a dictionary word opening a sentence before a noun" is one of them, and
        # the person's slot below says more ("Hope rates her a strong yes").
        if not t.cap or t.person or t.protected or t.own or t.upper or t.key not in lex.given:
            continue
        if t.kind is not Kind.AMBIG and t.key not in lex.common:
            continue  # a listed name that is no common word is asked by capital_candidates
        if t.key in analysis.places or t.key in lex.tech or t.key in things or t.key in TITLES:
            continue
        if _person_slot(text, tokens, i, asked):
            out.append(i)
    return out


def _person_slot(text: str, tokens: list[Token], i: int, asked: set[int]) -> bool:
    """Where only a person stands: a speaker's label, a bracketed name, a clause's subject before a person's verb,
    the object of a person's verb, a list of people. A word that is also an English word goes to the model only
    there, since elsewhere the model calls the word itself a person ("Hope is not a strategy", "Celery and Kombu")."""
    t = tokens[i]
    line_start = text.rfind("\n", 0, t.start) + 1
    lead = text[line_start : t.start].strip(" \t>*-•")
    after = text[t.end : t.end + 2]
    if after[:1] == ":" and (lead == "" or lead.endswith("]") or lead.replace(":", "").isdigit()):
        return True  # "> Hope: ...", "[10:32] Sunny: ..."
    if _field_value(text, t):
        # "assignee: Destiny", "Shortlist: Ember; ...": a field whose value is people (OUTSIDE16, 6 and 7); a month
        # there is a date or a cohort ("Panel: April, May and the June cohort": round 12's tune look-alike).
        return t.key not in MONTHS
    if text[t.start - 1 : t.start] == "(" and after[:1] in ")," and t.start > 0:
        return True  # "(Hope)", "(Bo, recruiter)"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i else None
    if nxt is not None and not nxt.cap and nxt.key in _SUBJECT_NEXT and text[t.end : nxt.start] == " ":
        return True
    if prev is not None and not prev.cap and prev.key in _OBJECT_BEFORE and text[prev.end : t.start] == " ":
        return prev.key not in ("and", "from", "by", "with") or prev.person or _beside_person(text, tokens, i, asked)
    return _beside_person(text, tokens, i, asked)


# A record's field whose value is people, right before the word: a ticket's "assignee:", a calendar's "attendees:", a
# panel's or shortlist's list (the word opens the value). The model still decides: the slot only asks it.
_PERSON_FIELD = re.compile(
    r"(?:^|[\s,|(\[])(?:assignee|assigned to|owner|interviewers?|panel(?:ists?)?|shortlist|attendees?|reviewers?|"
    r"recruiter|hiring manager|hm|poc|cc|referees?)[ \t]*(?:[:=]|[-–—](?=[ \t]))[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _field_value(text: str, t: Token) -> bool:
    """The word opens the value of a field whose value is people (:data:`_PERSON_FIELD`), on its line."""
    line_start = text.rfind("\n", 0, t.start) + 1
    return _PERSON_FIELD.search(text, line_start, t.start) is not None


def _beside_person(text: str, tokens: list[Token], i: int, asked: set[int]) -> bool:
    """In a list of people: a found name, a word the model is asked about, or a placeholder one ", " or " and " away."""
    t = tokens[i]
    left = text[max(0, t.start - 16) : t.start]
    right = text[t.end : t.end + 16]
    for sep in (", ", " and ", " & ", " / ", "; "):
        if left.endswith("]" + sep) or right.startswith(sep + "["):
            return True
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and (tokens[j].person or j in asked) and tokens[j].cap:
            gap = text[min(tokens[j].end, t.end) : max(tokens[j].start, t.start)]
            if gap in (", ", " and ", " & ", " / ", "; "):
                return True
    return False
