"""A labelled field whose label names a person: "APPLICANT: KIM BO RA", "Interviewer: BO KIM", "Applicant - SUKARNI".

Forms and exports label each field ("Applicant:", "Candidate name:", "Interviewer -", "Hiring manager:"). After such a
label, a value of one to four words written as a name is written (each word opening with a capital, or the whole
value in capitals) is the person's name, whatever its words are otherwise: a family-first East Asian name of short
words, a name that is also an English word ("HONEY SAGE"), one no list holds (OUTSIDE13's class 2: a full name in
capitals after an applicant label kept in part or whole). The value ends at the line's end or at a field separator.
A label's value that names no one (a team, a job, "TBD", a date) is left, as are values of other labels: which
labels name a person is the property, not the words after them.
"""

from __future__ import annotations

import itertools
import re

from memory.redact_edges import context_word
from memory.redact_layout import ROLE_WORDS
from memory.redact_lexicon import ORGS, TITLES, Lexicon
from memory.redact_tokens import Token, mark

# Labels whose value is a person (one or two words, the last one of these; "Candidate name", "Hiring manager").
_PERSON_LABELS = frozenset(
    """applicant candidate name interviewer interviewers referee reference recruiter sourcer screener owner
    manager contact reviewer coordinator panelist attendee invitee host mentor supervisor""".split()
)
# A first word that makes the label a thing's ("Company name", "Skill owner", "Emergency contact" stays a person).
_THING_FIRST = frozenset("company employer school project product skill tool team file domain user account".split())
# A label at a line's start (or after a field separator), then a colon or a spaced dash, then the value up to the
# line's end or the next field separator.
_FIELD = re.compile(
    r"(?:^|(?<=[|;]))[ \t]*(?P<label>[A-Za-z]+(?:[ \t][A-Za-z]+)?)[ \t]*(?::|[ \t][-–—])[ \t]*(?P<value>[^\n|;,()]*)",
    re.MULTILINE,
)
_NO_ONE = frozenset("tbd tba tbc none unassigned unknown pending open na all team".split())
_MOST_WORDS = 4


def person_labels(text: str, tokens: list[Token], lex: Lexicon, shouted: frozenset[int] = frozenset()) -> None:
    """Mark the words of a person-labelled field's value (see the module's docstring). ``shouted``: offsets of
    lines written in capitals and re-cased (``memory.redact_layout.recase``): their words were capitals, whatever
    case they have now ("APPLICANT NAME: DO VAN AN" reads "applicant name: do van an")."""
    if ":" not in text and "-" not in text and "–" not in text and "—" not in text:
        return
    for field in _FIELD.finditer(text):
        words = field.group("label").lower().split()
        if words[-1] not in _PERSON_LABELS or (len(words) == 2 and words[0] in _THING_FIRST):
            continue
        start, end = field.span("value")
        value = text[start:end].strip()
        if not value or any(c.isdigit() or c in "@/&" for c in value):
            continue
        inside = [t for t in tokens if start <= t.start < end]
        capitals = text.rfind("\n", 0, start) + 1 in shouted
        if not 1 <= len(inside) <= _MOST_WORDS or not (capitals or all(t.cap for t in inside)):
            continue
        if any(text[a.end : b.start] not in (" ", "-") for a, b in itertools.pairwise(inside)):
            continue  # one name: words joined by a space or a hyphen only
        if any(_names_no_one(t, lex) for t in inside):
            continue
        for t in inside:
            # A word a run rule took already is re-marked when it is a context word ("Reference: Jo Do"): the label,
            # not the word, decides it, so ``settle`` keeps it (a second pass took it alone: review SHOULD, s15).
            if t.key not in TITLES and (not t.person or context_word(t)):
                mark(t, "a person's label")


def _names_no_one(token: Token, lex: Lexicon) -> bool:
    """A word of a value that is no name: a job, a team, an employer, a product no given name shares, "TBD"."""
    key = token.key
    if key in ROLE_WORDS or key in _NO_ONE or key in ORGS or token.protected:
        return True
    # A product no name list holds. Not any ordinary word: people are named like languages ("Interviewer: Tamil").
    return key in lex.tech and key not in lex.given and key not in lex.family
