"""Employers and places where only an employer or a place stands: a label's value, and listed companies in the
shapes of a career line.

Firms named after people ("Raymond James", "Eli Lilly", "Edward Jones") and places named like people
("Jackson", "Tyler", "Florence") are the false redactions no name rule can avoid: their words are name words. So
they are kept only in shapes no person has:

- the value of a label that names an employer or a place ("Previous employer: Raymond James", "Location:
  Jackson", "Company: Cartier (since 2020)"): any capitalised run that is the whole value (a separator, a bracket
  or the line's end follows it). A person is listed under "Recruiter:", "Manager:", never under "Employer:";
- a company of the gazetteer (``companies.txt.gz``: the stock indices ``pytickersymbols`` ships) that holds a
  word no name list holds ("Thermo Fisher", "Eli Lilly and Company", "Raymond James Financial"; not "Raymond
  James", "Williams", "Cooper": people are named so, review M4 of session 11), right after "joined" or "left"
  where the clause then ends or goes on with a date, "as a <role>" or a purpose ("Joined Thermo Fisher in 2019
  as an associate", "Left Thermo Fisher to join a startup"; "Left Cooper in charge" is a person), after a span
  of time and "with" ("six years with Lockheed Martin"), or opening a line of firm, separator, job title,
  separator, years ("Thermo Fisher - Senior Analyst - 2018-2021").

Session 15 (OUTSIDE13's classes 15, 18, 21): a hospital's or site's label keeps any run up to the value's end
("Site: Groote Schuur", "Hospital: Brigham and Women's"), an employer's label a run opening with a thing's word or
ending in a hospital's head ("PREVIOUS EMPLOYER: MOUNT SINAI", "Employer: Christiana Care"), a school's label a run
with a school's head in any language or an acronym ("School: Ateneo de Manila", "School: UWI Mona"); a line in
capitals is read by its words' keys (:func:`memory.redact_fp_values.shouted_value`); "leaving Ford next month",
"left Raymond James after the merger" (a listed firm of name words, or a shop's possessive, before a time) are
career shapes too.
"""

from __future__ import annotations

import re

from memory.redact_fp_tables import Gazetteer, Phrases, alone, gazetteer, match
from memory.redact_fp_values import (
    EMPLOYER_LABELS,
    LABEL,
    OWN_BUSINESS,
    PLACE_LABELS,
    ROLE_AFTER,
    SCHOOL_LABELS,
    SITE_LABELS,
    TIME,
    VALUE_END,
    care_named,
    school_run,
    shouted_value,
    site_value,
    thing_word,
)
from memory.redact_fp_values import INSTITUTION_HEADS as INSTITUTION_HEADS
from memory.redact_lexicon import PERSON_VERBS_AFTER, lexicon
from memory.redact_named import possessive_at
from memory.redact_tokens import Kind, Token, sentence_start


def labelled_value(text: str, tokens: list[Token], index: int, table: Gazetteer) -> int:
    """The end of the capitalised run opening at ``index`` when it is the whole value of an employer or location
    label and reads as a thing (0 if not): a place of the gazetteer under "Location:" ("Location: Jackson
    (hybrid)"), a listed company under "Employer:" ("Previous employer: Raymond James"), or a run holding a word
    no name list holds that is a dictionary word or no name's shape ("Employer: BluOne"; not "Company: Blue
    Yonder": Blue is a given name).
    The label says where a thing is written, not that the words are one: sole traders write their own name as
    employer and calendar entries put the host under "Location:" (review M6, session 11)."""
    line_start = text.rfind("\n", 0, tokens[index].start) + 1
    label = LABEL.match(text, line_start)
    if label is None or label.end() != tokens[index].start:
        return 0
    end = index + 1
    while end < len(tokens) and tokens[end].cap and text[tokens[end - 1].end : tokens[end].start] in (" ", "-"):
        end += 1
    if any(possessive_at(text, t) >= 0 for t in tokens[index:end]):
        # "Location: Priya's desk"; but a possessive closing a hospital's or placement's whole value owns nothing
        # and is the hospital's name ("Placement: Addenbrooke's, cardiology", "Hospital: Guy's"; session 17)
        owner = possessive_at(text, tokens[end - 1])
        closed = owner >= 0 and VALUE_END.match(text, owner) is not None
        sited = label.group(1).lower() in SITE_LABELS and label.group(1).lower() != "site"
        if not (closed and sited and all(possessive_at(text, t) < 0 for t in tokens[index : end - 1])):
            return 0
        return end if not ROLE_AFTER.match(text, owner) else 0
    closing = tokens[end - 1].end
    kind = label.group(1).lower()
    if kind in SCHOOL_LABELS and kind not in SITE_LABELS and not VALUE_END.match(text, closing):
        return school_run(text, tokens, index)  # "School: Ateneo de Manila": a particle inside (session 15)
    if not VALUE_END.match(text, closing) or OWN_BUSINESS.match(text, closing):
        return 0
    following = tokens[end] if end < len(tokens) else None
    if following is not None and text[closing : following.start].strip() == "," and following.cap:
        # "Location: Madison, WI" or "Lagos, Nigeria"; not "Location: Lagos, Ngozi Adeyemi": a person listed after
        # the value would be taken with it as a thing (test_redact_fp9; lead, 07:33)
        region = following.upper and len(following.key) in (2, 3)  # "WI", "USA", "UAE"
        length = match(table.places, text, tokens, end)
        if not region and not (length and alone(text, tokens, end, end + length)):
            return 0  # "Lagos, Nigeria"; not "Lagos, Ngozi Adeyemi" (Ngozi is a town too)
    if ROLE_AFTER.match(text, closing):
        return 0
    kind = label.group(1).lower()
    lex = lexicon()
    if kind in SITE_LABELS:
        # a placement's or rotation's value is a person's now and then (a supervisor): a run needs a thing's word
        site = site_value(text, tokens, index, anything=kind not in ("institution", "placement", "rotation"))
        if site:
            return site
        if kind == "site" and end - index == 1:
            return end  # "Site: Geisinger": one word under a site's label, as under an employer's
    if kind in EMPLOYER_LABELS:
        # "PREVIOUS EMPLOYER: MOUNT SINAI": a name whose first word is a thing's ("Current employer: Nurlan
        # Nurpeisov Design" is a sole trader's own name: its first word is a name's)
        site = site_value(text, tokens, index)
        if site and (thing_word(text, tokens[index]) or care_named(tokens[index:site])):
            return site
    if kind in SCHOOL_LABELS:
        # "Education: Wellesley", "School: Barnard", "Trade: Mason": one word, or a run with a school's word; a
        # given and a family name there stay the name rules' ("Education: Sipho Dlamini"; review S7)
        schooled = any(t.key in INSTITUTION_HEADS for t in tokens[index:end])
        if end - index == 1 or schooled or all(thing_word(text, t) for t in tokens[index:end]):
            return end
        named = school_run(text, tokens, index)  # "School: Ateneo de Manila", "School: UWI Mona" (session 15)
        if named:
            return named
    place = kind in PLACE_LABELS
    if kind in EMPLOYER_LABELS and end - index == 1 and not TIME.match(text, closing):
        # One word under an employer's label is the employer even when no list holds it ("Current employer:
        # Liebherr", "Company: Ferrero"): a sole trader writes a full name there and a person's role in brackets
        # is read above. Whatever the word: a name list deciding here would keep only the names it lacks (the
        # lesson of review M2-M4, session 12), so the shape decides for every origin alike.
        return end
    listed = match(table.places if place else table.all_companies, text, tokens, index) == end - index
    if listed and not place and end - index == 1 and tokens[index].key in lex.family:
        listed = match(table.companies, text, tokens, index) == 1  # "Company: Campbell" may be a person (S2)
    return end if listed or all(thing_word(text, t) for t in tokens[index:end]) else 0


# Verbs whose object is an employer in a career line ("Joined Eli Lilly in 2019"), and what may follow the
# employer there: a time, a role, a purpose, the clause's end. Not an object ("Left Raymond James a message") nor
# "for" ("joined Priya for lunch").
_CAREER_VERBS = frozenset("joined rejoined left leaving quit quitting".split())
# After the employer: "in 2019", "in March", "as a/an <role>", "after four years", "back in", "last year"; not "in
# charge", "as the backup interviewer" (a person left in charge; review M4, session 11).
_CAREER_AFTER = re.compile(
    r" (?:in (?:\d{4}|early|late|mid|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|as an? |"
    r"after \w+ (?:years|months)|back in|last (?:year|month|spring|summer|fall|autumn|winter)|this (?:year|month))",
    re.IGNORECASE,
)
# Times said after leaving a firm only (session 15: "leaving Ford next month", "left Zara after the merger", "quit
# Kellogg after a year"): a person is left, quit and left a note at such times too ("Left Ebru last week a message",
# "She left Tumelo after a year of mentoring"; review M1 on be3008c), so they are read only after a listed company
# or a shop's possessive with nothing owned after it, never after any word.
_FIRM_AFTER = re.compile(
    r" (?:(?:last|next|this) (?:year|month|week|quarter|spring|summer|fall|autumn|winter)|after (?:a|one) "
    r"(?:year|month)|after the (?:merger|acquisition|buyout|takeover|layoffs?|restructuring|reorg|reorganisation|"
    r"reorganization|ipo|spin-?off|rebrand))\b",
    re.IGNORECASE,
)
# "left <firm> to join", "left <firm> to start": a purpose after leaving.
_PURPOSE = re.compile(r" to (?:join|start|found|launch|pursue|lead|build|move|work|relocate)\b")
_LEAVING = frozenset("left leaving quit quitting".split())
# Spans of time before "with <firm>": "six years with Morgan Stanley", "a long career with Eli Lilly".
_SPANS = frozenset("years year months decade decades career tenure stint weeks".split())
_WHO = re.compile(r",?[ \t]+(?:who|whom|whose)\b")
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[.,;:!?)\n])")
# A career line after the firm: a separator, a job title, a separator or bracket, then a year ("- Senior Analyst
# - 2018-2021", "| Associate | Jan 2019 - Present", ", Director (2015-2019)").
CAREER_LINE = re.compile(
    r"[ \t]*[-–—|,][ \t]*[A-Za-z][A-Za-z &/.,'-]{1,60}?[ \t]*[-–—|,(][ \t]*(?:[A-Za-z]{3,9}\.?[ \t]+)?(?:19|20)\d\d"
)


def unlisted_employer(text: str, tokens: list[Token], index: int) -> int:
    """The end of one capitalised word no list holds as a company, right after a verb of leaving or joining and
    before a time or a purpose ("Left Liebherr in 2021 to join a startup", "She is leaving Lavazza at the end of
    the month"): a person is no one's object there ("Left Priya a note", "Left Cooper in charge", "joined Tendai
    for lunch" go on otherwise). Any word, so the shape decides for every origin alike (a name list gating it
    would keep only the names it lacks); not a run of several words (a person's full name), not a possessive
    (0 if none)."""
    if not index:
        return 0
    token, before = tokens[index], tokens[index - 1]
    if before.key not in _CAREER_VERBS or (before.cap and not sentence_start(text, before)):
        return 0
    if text[before.end : token.start] != " " or token.upper:
        return 0
    owner = possessive_at(text, token)
    if owner >= 0 and text[owner : owner + 1] != " ":
        return 0
    end = index + 1
    listed = owner >= 0  # "left Wendy's next month": a shop's possessive with nothing owned after it
    if owner < 0:
        # "left Raymond James last spring": a listed company of several words, name words too, before a time
        length = match(gazetteer().named_firms, text, tokens, index)
        end = index + length if length > 1 and alone(text, tokens, index, index + length) else end
        listed = end > index + 1 or match(gazetteer().all_companies, text, tokens, index) == 1
    if not alone(text, tokens, index, end) or (owner >= 0 and not _FIRM_AFTER.match(text, owner)):
        return 0  # "left Grace's team" goes on with what is owned: no career shape
    at = owner if owner >= 0 else tokens[end - 1].end
    rest = text[at:][:40]
    timed = _FIRM_AFTER.match(rest) if listed else None
    if timed is not None:
        return 0 if _SECOND_OBJECT.match(text, at + timed.end()) else end
    if end > index + 1 or owner >= 0:
        return 0
    career = _CAREER_AFTER.match(rest) or _END_OF.match(rest) or (before.key in _LEAVING and _PURPOSE.match(rest))
    if not career:
        return 0
    return 0 if _SECOND_OBJECT.match(text, at + career.end()) else end


# A second object after "left <X> <time>": X is who was left it, a person ("Left Wendy last week a message about the
# start date", "left Priya in 2022 a voicemail"; review M1 on 84f47a4). No list decides that; the frame does.
_SECOND_OBJECT = re.compile(
    r"[ \t,]+(?:(?:a|an|the|some|my|our|his|her|their|two|three|several)[ \t]+)?(?:(?:quick|short|long|brief|"
    r"voice|written|detailed|follow-up|slack)[ \t]+)?(?:note|notes|message|messages|voicemail|voicemails|word|"
    r"email|emails|e-mail|text|texts|call|memo|reminder|reminders|comment|comments|feedback|instructions|details|"
    r"update|updates|ping|dm|card|gift|list|summary|draft|copy|file|files|key|keys|access|handover)\b",
    re.IGNORECASE,
)


# "at the end of the month", "by the end of this quarter": a time a person is not left at.
_END_OF = re.compile(
    r" (?:at|by|before) the end of (?:the|this|next) (?:month|year|quarter|week|season|contract)\b", re.IGNORECASE
)


def listed_firm(text: str, tokens: list[Token], index: int, companies: Phrases) -> int:
    """The end of a company of the gazetteer opening at ``index`` where a career line puts an employer (0 if not;
    see the module's docstring)."""
    length = match(companies, text, tokens, index)
    end = index + length
    if not length or not alone(text, tokens, index, end):
        return 0
    before = tokens[index - 1] if index else None
    after = tokens[end] if end < len(tokens) else None
    if possessive_at(text, tokens[end - 1]) >= 0 or (after is not None and after.key in PERSON_VERBS_AFTER):
        return 0  # "joined Raymond James's team", "Raymond James said"
    if _WHO.match(text, tokens[end - 1].end):
        return 0  # "six years with Raymond James, who mentored her"
    if before is None:
        return end if CAREER_LINE.match(text, tokens[end - 1].end) else 0
    if text[before.end : tokens[index].start] != " ":
        return end if sentence_start(text, tokens[index]) and CAREER_LINE.match(text, tokens[end - 1].end) else 0
    if before.key in _CAREER_VERBS and (not before.cap or sentence_start(text, before)):
        if _CLAUSE_END.match(text, tokens[end - 1].end):
            return end
        rest = text[tokens[end - 1].end : tokens[end - 1].end + 40]
        career = _CAREER_AFTER.match(rest) or (before.key in _LEAVING and _PURPOSE.match(rest))
        return end if career else 0
    spanned = before.key == "with" and index >= 2 and tokens[index - 2].key in _SPANS
    # "six years with Thermo Fisher." or "... as an analyst", not "six months with <X>, she asked ..." (S3).
    rest = text[tokens[end - 1].end : tokens[end - 1].end + 40]
    closes = _CAREER_AFTER.match(rest) or re.match(r"[ \t]*(?:$|[.;)\n])", rest)
    return end if spanned and closes else 0


def role_marked_value(text: str, tokens: list[Token], index: int) -> int:
    """The end of a label's value that a person's role in brackets follows ("Employer: Wisly (owner)", "Company:
    Rufaro (contact)"), when its words are no ordinary word or product (0 if none): the role says a person
    is named there, and a name no list holds is left by every other rule (review, session 11). An ordinary word or
    a product ("Company: Stripe (contact)") is not read."""
    line_start = text.rfind("\n", 0, tokens[index].start) + 1
    label = LABEL.match(text, line_start)
    if label is None or label.end() != tokens[index].start:
        return 0
    end = index + 1
    while end < len(tokens) and tokens[end].cap and text[tokens[end - 1].end : tokens[end].start] == " ":
        end += 1
    lex = lexicon()
    unknown = all(t.kind is not Kind.WORD and t.key not in lex.tech and not t.protected for t in tokens[index:end])
    return end if unknown and _BRACKETED_ROLE.match(text, tokens[end - 1].end) else 0


_BRACKETED_ROLE = re.compile(
    r"[ \t]*[(\[][ \t]*(?:counsel|advis|contact|coach|teacher|principal|referee|reference|host|owner)", re.I
)


def labelled_thing(text: str, tokens: list[Token], first: Token) -> bool:
    """Whether ``first`` opens a label's value that :func:`labelled_value` keeps ("EMPLOYER: RAYMOND JAMES",
    "LOCATION: JACKSON"): read by ``redact_layout.caps_names``, which takes a capitals line's part for a name
    otherwise (the value's protection in the re-cased line does not count there)."""
    from memory.redact_fp_tables import gazetteer

    index = next((i for i, t in enumerate(tokens) if t is first), -1)
    if index < 0:
        return False
    return labelled_value(text, tokens, index, gazetteer()) > 0 or shouted_value(text, tokens, index) > 0
