"""A lone given name as an item of a field whose value is people: "assignee: Storm", "Owner: Hope", "Shortlist:
Ember; Harmony Ochoa", "Interviewers - Hunter, River Stone", "cc: Dawn".

OUTSIDE16's classes 6 and 7 (session 17's blind tester): a ticket's assignee, a panel's or shortlist's first item
stayed when the given name is also an English word or a tool's name ("Storm", "Ember", "Destiny"), which the
tagger reads as the word in a record's terse line; and when the first item of a list stayed, the list around it
could stay too. The slot is read by the document's role, not by a frame: a field's label that names people (a
ticket's, a calendar's, a panel's), its value split into items at commas, semicolons, slashes and "and". An item
that is one capitalised word is a person's when the word is a listed given name and no team, day, month,
employer, place, holiday or language ("assignee: Facilities", "Owner: Marketing", "Attendees: Ops", "Panel: Zoom,
Teams" stay; their words are no given names). A tool's name that is no English word ("Jenkins") stays: bots are
assigned too.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from memory.redact_fp_tables import gazetteer
from memory.redact_lexicon import ORGS, PLACES, Lexicon
from memory.redact_n_handoff import TEAMS
from memory.redact_tokens import MONTHS, Token, mark

# A field's label whose value is people; the value runs to the line's end. A dash label needs a space after it
# ("Interviewers - Hunter"), so "Panel-2" is no label.
_FIELD = re.compile(
    r"(?<![\w-])(?:assignee|assigned to|owners?|interviewers?|panel(?:ists?)?|shortlist|attendees?|reviewers?|"
    r"hiring manager|cc|referees?|recruiter|coordinator|reporter|requester|approvers?|organi[sz]er|host|sourcer|"
    r"buddy|mentor|poc|point of contact)[ \t]*(?::|=|[-–—](?=[ \t]))[ \t]*",
    re.IGNORECASE,
)
# What separates the value's items. Not "&": "Simon & Schuster", "Ernst & Young" are one item, a firm's name; two
# people joined by "&" are read by memory/redact_n_amp.py (review MUST on a4f0130).
_ITEM_GAP = re.compile(r"[ \t]*(?:[,;/|]|\band\b)[ \t]*")


def field_items(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark a lone given name that is a whole item of a people field's value (see the module's docstring)."""
    if ":" not in text and "-" not in text and "=" not in text:
        return
    for found in _FIELD.finditer(text):
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        spans, at = [], found.end()
        for gap in _ITEM_GAP.finditer(text, at, end):
            spans.append((at, gap.start()))
            at = gap.end()
        spans.append((at, end))
        for start, stop in spans:
            item = text[start:stop]
            lead = len(item) - len(item.lstrip(" \t("))
            word = item.strip(" \t.()")
            index = token_at(tokens, start + lead)
            if index is None or tokens[index].end - tokens[index].start != len(word):
                continue  # no item, or more than one word (a full name is read by the run rules)
            token = tokens[index]
            if _given_alone(token, lex):
                token.protected = False
                mark(token, "a people field's item")


# A role noun and an opening parenthesis right before the word: "Hiring manager (Storm)", "the recruiter (Kerry-Ann,
# contract)". OUTSIDE16's class 1 (a word-name in parentheses after a role noun) and class 5 (a hyphenated given name
# in parentheses): the tagger reads the lone word in brackets as a thing.
_ROLE_BRACKET = re.compile(
    r"\b(?:manager|recruiter|referee|interviewer|coordinator|panelist|reviewer|colleague|mentor|teammate|lead|"
    r"director|sourcer|HM|owner|buddy|shadow|chair|sponsor|approver|peer|supervisor|scheduler)s?[ \t]*\((?=[A-Z])",
    re.IGNORECASE,
)


def role_brackets(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark a lone given name in parentheses right after a role noun, the parenthesis closing or a comma after it."""
    if "(" not in text:
        return
    for found in _ROLE_BRACKET.finditer(text):  # cost: a scan of the text, no work per word
        index = token_at(tokens, found.end())
        if index is None:
            continue
        token = tokens[index]
        if text[token.end : token.end + 1] in (")", ",") and _given_alone(token, lex):
            token.protected = False
            mark(token, "a role's bracketed name")


# A hand-over's "to": "Handing the req over to Destiny", "pass the candidate to Storm for the final round",
# "reassigned to Ty". OUTSIDE16's class 7: the object of a hand-over's "to" stayed for names the lists read as words.
# The verb must stand in the clause before "to" (at most six words back); teams, tools and places take the same
# slot ("escalate to Legal", "forwarded to Greenhouse", "transfer to Austin") and are no given names here.
_HANDOVER = re.compile(
    r"\b(?:hand(?:ed|ing|s)?(?: it| this| them)? (?:over|off)|pass(?:ed|ing|es)?|reassign(?:ed|ing)?|assign(?:ed|ing)?|"
    r"transfer(?:red|ring)?|delegat(?:e|ed|ing)|escalat(?:e|ed|ing)|forward(?:ed|ing)?|hand(?:ed|ing)?|"
    r"handover|hand-off|handoff)\b(?:[ \t]+[\w'’-]+){0,6}?[ \t]+to[ \t]+$",
    re.IGNORECASE,
)


_TO = re.compile(r"[ \t]to[ \t]+(?=[A-Z])")
# "&" right after the word (review MUST on a4f0130).
_AMPERSAND = re.compile(r"[ \t]*&")


def handover_objects(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark a lone given name after a hand-over's "to", the clause closing or going on with a preposition after it."""
    if " to " not in text:
        return
    for found in _TO.finditer(text):  # cost: only the words right after " to "
        index = token_at(tokens, found.end())
        if index is None:
            continue
        token = tokens[index]
        nxt = tokens[index + 1] if index + 1 < len(tokens) else None
        if nxt is not None and nxt.cap and text[token.end : nxt.start] in (" ", "-"):
            continue  # a longer run ("to Data Platform", "to Hunter Rose"): the run rules read it
        if _AMPERSAND.match(text, token.end):
            continue  # "to Simon & Schuster", "to Tiffany & Co.": a firm's name, or a pair for memory/redact_n_amp.py
        line_start = text.rfind("\n", 0, token.start) + 1
        if _HANDOVER.search(text, max(line_start, token.start - 80), token.start) is None:
            continue
        if _given_alone(token, lex):
            token.protected = False
            mark(token, "a hand-over's object")


def token_at(tokens: list[Token], offset: int) -> int | None:
    """The index of the token that starts at ``offset`` (a binary search: no work per word)."""
    index = bisect_left(tokens, offset, key=lambda t: t.start)
    return index if index < len(tokens) and tokens[index].start == offset else None


def _given_alone(token: Token, lex: Lexicon) -> bool:
    if not token.cap or token.upper or token.person or token.own:
        return False
    parts = token.key.split("-")
    if not all(part in lex.given for part in parts):
        return False  # "Kerry-Ann" is two given names; "Rolls-Royce" is not
    key = token.key
    if key in TEAMS or key in MONTHS or key in ORGS or key in PLACES:
        return False
    if key in lex.tech and key not in lex.common:
        return False  # "Jenkins": a bot is assigned too
    found = gazetteer()
    tables = (found.all_holidays, found.all_languages, found.places, found.all_companies)
    return not any((key,) in table.get(key, ()) for table in tables)
