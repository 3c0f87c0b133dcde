"""A name signing a message after a dash: "Thanks for turning it around.\n-- Gökhan", "—Summer", "-- Hla Myint".

A line that is only a double dash (or an en or em dash) and one to three capitalised words is an e-mail or chat
sign-off: the words are the writer's name whatever else they are (an English word, a nationality, a word no
list holds), as after "Best,\n" (``memory.redact_layout.signatures``). OUTSIDE13's class 7 kept every such
name, of every origin. A team, a job or a product signs too ("-- Recruiting", "-- Talent Ops", "-- HR"): a
word of a job or a team, an employer's word, a product that is no given name or an acronym keeps the line.
A single dash opens a list item ("- Strong SQL"), never a sign-off, so it is not read here.
"""

from __future__ import annotations

import itertools
import re

from memory.redact_layout import ROLE_WORDS
from memory.redact_lexicon import ORGS, TITLES, Lexicon
from memory.redact_tokens import Token, mark

# The dash, then the words up to an optional comma (a job after it: "-- Gökhan, Recruiting"), alone on the line.
_DASH_LINE = re.compile(r"^[ \t]*(?:--|—|–)[ \t]*(?P<name>[^\n,]+?)[ \t]*(?:,[^\n]*)?$", re.MULTILINE)
# Teams and departments that sign a message: with the job words of ROLE_WORDS, what keeps a sign-off line.
_TEAMS = frozenset(
    """ops admin support payroll legal finance it security facilities procurement sourcing acquisition recruitment
    marketing sales product design data platform infra infrastructure desk office bot assistant notifications
    noreply no-reply system automated all everyone""".split()
)
_MAX_WORDS = 3
# Lines a signature may have after the name (a job, an employer, a phone number, "Sent from my phone").
_AFTER_LINES = 2


def dash_signoffs(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the capitalised words of a dash sign-off line (see the module's docstring)."""
    if "-" not in text and "—" not in text and "–" not in text:
        return  # cost: most texts have no dash at all
    lines = list(_DASH_LINE.finditer(text))
    if len(lines) != 1:
        return  # two or more dash lines are a list ("Pros:\n-- Strong SQL\n-- Calm"), not a sign-off
    for line in lines:
        begin, end = line.span("name")
        if not text[: line.start()].strip() or len(text[line.end() :].strip().split("\n")) > _AFTER_LINES:
            continue  # a sign-off closes a message: text before it, at most a job or a phone line after it
        words = [t for t in tokens if begin <= t.start < end]
        if not 1 <= len(words) <= _MAX_WORDS or not all(t.cap for t in words):
            continue
        if any(text[a.end : b.start] not in (" ", "-") for a, b in itertools.pairwise(words)):
            continue  # one name: words joined by a space or a hyphen only ("-- 10:30 sync" is no name)
        if _signed_by_a_thing(words, lex):
            continue
        if any(t.key in lex.common and t.key not in lex.given and t.key not in lex.family for t in words):
            continue  # "-- Calm", "-- Strong Hire", "-- Original Message --": ordinary words no name list holds
        for t in words:
            if t.key not in TITLES and not t.person:
                mark(t, "dash sign-off")


def _signed_by_a_thing(words: list[Token], lex: Lexicon) -> bool:
    """A team, a job, an employer, a product or an acronym signs the line ("-- Recruiting", "-- HR", "-- Slack")."""
    first = words[0]
    if first.key in lex.tech and first.key not in lex.given:
        return True
    return any(
        t.protected or t.key in ROLE_WORDS or t.key in _TEAMS or t.key in ORGS or (t.upper and len(t.key) <= 4)
        for t in words
    )


# A closing word and the writer's name on one line: "Regards, Wiremu", "Cheers, Tukiman", "Best, Priya", "Thanks
# again, Hope!". The closing word is kept (it is no word of the name: "Best, Priya" was "[PERSON], [PERSON]").
_CLOSING_LINE = re.compile(
    r"^[ \t]*(?P<closing>(?:(?:best|kind|warm|warmest|many)[ \t]+)?(?:regards|best|thanks|thank you|thx|cheers"
    r"|sincerely|yours(?: truly)?|warmly|cordially|respectfully|all the best|best wishes|talk soon|ta)(?:[ \t]+again)?)"
    r"[ \t]*,[ \t]*(?P<name>[^\n,]+?)[ \t]*[.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def closing_signoffs(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the one to three capitalised words after a closing word and a comma, closing the line and the message
    (session 16's review: "Regards, Wiremu" and "Signed, Tukiman" were kept); a team or a product signs too
    ("Regards, Talent Team", "Cheers, Recruiting") and keeps the line, as after a dash."""
    if "," not in text:
        return
    for line in _CLOSING_LINE.finditer(text):
        if len(text[line.end() :].strip().split("\n")) > _AFTER_LINES:
            continue  # a sign-off closes a message: at most a job or a phone line after it
        begin, end = line.span("name")
        closing = [t for t in tokens if line.start("closing") <= t.start < line.end("closing")]
        if line.group("name") in ("[PERSON]", "[CANDIDATE]"):
            for t in closing:
                t.protected = True  # a second reading: "Best, [PERSON]" keeps its "Best"
                t.person, t.why = False, ""
            continue
        words = [t for t in tokens if begin <= t.start < end]
        if not 1 <= len(words) <= _MAX_WORDS or not all(t.cap for t in words):
            continue
        if any(text[a.end : b.start] not in (" ", "-") for a, b in itertools.pairwise(words)):
            continue
        if _signed_by_a_thing(words, lex) or any(t.key in _TEAMS_TOO for t in words):
            continue
        if any(t.key in lex.common and t.key not in lex.given and t.key not in lex.family for t in words):
            continue  # "Thanks, Team", "Cheers, All": ordinary words no name list holds
        for t in closing:
            t.protected = True
            t.person, t.why = False, ""  # "Best, Priya" read as family, given by :func:`memory.redact_order.last_first`
        for t in words:
            if t.key not in TITLES and not t.person:
                mark(t, "closing sign-off")


# Words that sign for a group on a closing line beside those of a dash line ("Thanks, Team", "Cheers, All").
_TEAMS_TOO = frozenset("team teams talent recruiting hiring people hr all everyone crew gang folks".split())
