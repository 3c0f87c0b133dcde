"""Employers where only an employer stands, beyond :mod:`memory.redact_fp_firms`: the maker of a job offer, and a
firm named by a possessive with nothing after it (session 14, OUTSIDE12's class 9: firms named after people in
employer frames, "offer from Walt Disney", "Company: Wendy's", "left Sainsbury's in March").

- After "offer(s) from" a company of the gazetteer is the employer whatever its words ("Got an offer from Walt
  Disney", "Competing offer from Kraft Heinz"; one word only when no given-name list holds it: not "a verbal
  offer from Grace"), and so is a possessive with nothing after it. A word no list holds is left to the name
  rules ("an offer from Kamau": a keep-rule gated by no list keeps the names the lists lack).
- A possessive with nothing after it ("Wendy's", "Sainsbury's", "Trader Joe's") names a shop or a firm, never
  a person, in an employer's frame: after "offer(s) from", under an employer's label, after "at" before a role or
  a time ("at Moody's as a senior analyst", "at Lowe's for six years"), after left/joined/quit before a time or a
  purpose. A person's possessive owns a noun ("offer from Priya's team" is read by the name rules).
- A line of firm, separator, job title, separator, years ("KRAFT HEINZ | SENIOR ANALYST | 2019-2022", "Wendy's
  - Shift Lead - 2018"), in capitals or not: the firm opening it when the gazetteer lists it as two words or more,
  name words included (``redact_fp_firms.listed_firm`` reads only companies holding a word no name list holds), or
  a possessive with nothing after it; not a line that names a person's role in brackets ("(referee)").
"""

from __future__ import annotations

import re

from memory.redact_fp_firms import CAREER_LINE
from memory.redact_fp_tables import Gazetteer, alone, match
from memory.redact_lexicon import lexicon
from memory.redact_tokens import Token, sentence_start

# "offer from", "offers from", "counter-offer from", "counteroffer from".
OFFERS = frozenset("offer offers counteroffer counter-offer counteroffers".split())
# What may follow an employer after "offer from": the clause's end, a time, a clause going on ("expires",
# "came in"), a list. Not a person's role after a comma ("offer from Grace, the VP" is read by the name rules).
_OFFER_AFTER = re.compile(
    r"(?:['’]s?)?[ \t]*(?:$|[.;:!?)\n]|(?:expires|expired|came|comes|is|was|for|at|in|on|with|and|or|last|this|"
    r"yesterday|today|but|that|which)\b)"
)
# After a possessive firm, what shows nothing is owned: the clause's end, a list's comma, a career's time or role.
_NOTHING_OWNED = re.compile(
    r"[ \t]*(?:$|[.,;:!?)\n|]|[-–—][ \t]|(?:as an? |in (?:\d{4}|early|late|mid|(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)[a-z]*\b)|for (?:\w+ )?(?:years?|months?)\b|since\b|until\b|from (?:19|20)\d\d|after \w+ "
    r"(?:years|months)|last (?:year|month)|expires|and |or ))",
    re.IGNORECASE,
)
# Spans of time before "with <firm>" ("six years with Eli Lilly").
_SPANS = frozenset("years year months decade decades career tenure stint".split())
# Verbs and prepositions an employer follows in a career line.
_CAREER_BEFORE = frozenset("at left leaving quit quitting joined rejoined joining".split())
_EMPLOYER_LABEL = re.compile(
    r"[ \t•*·-]*(?:(?:previous|current|former|last|past|prior|present|most recent|recent)[ \t]+)?"
    r"(?:employer|company|firm|organi[sz]ation)(?:[ \t]+name)?[ \t]*:[ \t]*",
    re.IGNORECASE,
)


def _run_end(text: str, tokens: list[Token], index: int) -> int:
    """The end of the capitalised run opening at ``index`` (words joined by a space, a hyphen or " & ")."""
    end = index + 1
    while end < len(tokens) and tokens[end].cap and text[tokens[end - 1].end : tokens[end].start] in (" ", "-", " & "):
        end += 1
    return end


def _lower_run_end(text: str, tokens: list[Token], index: int) -> int:
    end = index + 1
    while end < len(tokens) and text[tokens[end - 1].end : tokens[end].start] in (" ", "-", " & "):
        end += 1
    return end


def _possessive_firm(text: str, tokens: list[Token], end: int) -> bool:
    """The run ending at ``end`` takes a possessive and nothing after it is owned ("Wendy's." "Moody's as a")."""
    last = tokens[end - 1]
    mark = text[last.end : last.end + 2]
    if mark not in ("'s", "’s"):
        return False
    return _NOTHING_OWNED.match(text, last.end + 2) is not None


def offer_maker(text: str, tokens: list[Token], index: int, table: Gazetteer) -> int:
    """The end of the employer opening at ``index`` after "offer(s) from" (0 if none; see the module's docstring)."""
    if index < 2:
        return 0
    before, offer = tokens[index - 1], tokens[index - 2]
    if before.key != "from" or offer.key not in OFFERS or text[before.end : tokens[index].start] != " ":
        return 0
    end = _run_end(text, tokens, index)
    if not alone(text, tokens, index, end):
        return 0
    if _possessive_firm(text, tokens, end):
        return end
    if not _OFFER_AFTER.match(text, tokens[end - 1].end):
        return 0
    if match(table.all_companies, text, tokens, index) != end - index:
        return 0  # a word no list holds may be a person's name the lists lack ("an offer from Kamau")
    # A listed company of one word that a given-name list holds may be the person who made the offer ("a verbal
    # offer from Grace"; W. R. Grace is listed)
    return end if end - index > 1 or tokens[index].key not in lexicon().given else 0


def possessive_employer(text: str, tokens: list[Token], index: int) -> int:
    """The end of a firm named by a possessive with nothing after it, in an employer's frame (0 if none)."""
    end = _run_end(text, tokens, index)
    if end - index > 3 or not _possessive_firm(text, tokens, end):
        return 0
    before = tokens[index - 1] if index else None
    line_start = text.rfind("\n", 0, tokens[index].start) + 1
    label = _EMPLOYER_LABEL.match(text, line_start)
    if label is not None and label.end() == tokens[index].start:
        return end  # "Company: Wendy's"
    if before is None or text[before.end : tokens[index].start] != " ":
        return 0
    if before.key in _CAREER_BEFORE and (not before.cap or sentence_start(text, before)):
        # "at Moody's as a senior analyst", "left Sainsbury's in March"; not "at Priya's." (a home), which no
        # career's time or role follows
        return end if _career_after(text, tokens[end - 1].end + 2) else 0
    return 0


_CAREER_AFTER = re.compile(
    r"[ \t]+(?:as an? |in (?:\d{4}|early|late|mid|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|"
    r"for (?:\w+ )?(?:years?|months?)\b|since\b|until\b|from (?:19|20)\d\d|after \w+ (?:years|months)|"
    r"last (?:year|month)|to (?:join|start|lead|work|move)\b)",
    re.IGNORECASE,
)


def _career_after(text: str, at: int) -> bool:
    return _CAREER_AFTER.match(text, at) is not None


def career_line_firm(text: str, tokens: list[Token], index: int, table: Gazetteer, cased: bool = True) -> int:
    """The end of the firm opening a career line at ``index`` (0 if none; see the module's docstring).
    ``cased=False``: a capitals line re-cased to lower case, whose words are read whatever their case."""
    token = tokens[index]
    line_start = text.rfind("\n", 0, token.start) + 1
    if text[line_start : token.start].strip(" \t•*·-") != "":
        return 0
    end = _run_end(text, tokens, index) if cased else _lower_run_end(text, tokens, index)
    if end - index > 4:
        return 0
    after = tokens[end - 1].end
    possessive = text[after : after + 2] in ("'S", "’S", "'s", "’s")
    if not CAREER_LINE.match(text, after + 2 if possessive else after):
        return 0
    line_end = text.find("\n", after)
    if _PERSON_ROLE.search(text, after, line_end if line_end >= 0 else len(text)):
        return 0  # "Brady | Engineering Manager | 2021-2023 (referee)": a referee's line
    # A listed company of two words or more (name words too: "Kraft Heinz"); of one word only a possessive
    # ("Wendy's"): "Brady", "Cooper" are listed companies and surnames (review M4, session 11).
    return end if possessive or match(table.named_firms, text, tokens, index) == end - index else 0


_PERSON_ROLE = re.compile(r"[(\[][ \t]*(?:referee|reference|contact|manager|supervisor|recruiter)", re.IGNORECASE)


def named_firm_after_verb(text: str, tokens: list[Token], index: int, table: Gazetteer) -> int:
    """The end of a listed company of two name words or more ("Kraft Heinz", "Eli Lilly", "Raymond James") right
    after left/joined/quit or "<years> with" where a career's time, role or purpose follows it ("She left Kraft
    Heinz in March", "Joined Eli Lilly as an analyst", "six years with Raymond James as an advisor"); not before a
    comma or a list ("Joined Eli Lilly, Okafor and Ng on the call": people; review SHOULD on 13d29b3), and never
    opening a line (a referee's "Eli Lilly | Engineering Manager | 2021-2023 (referee)" is read by
    :func:`career_line_firm`)."""
    if not index:
        return 0
    before = tokens[index - 1]
    # "six years with Raymond James as a financial advisor": a span of time before "with" (redact_fp_firms)
    spanned = before.key == "with" and index >= 2 and tokens[index - 2].key in _SPANS
    if not spanned and (before.key not in _CAREER_BEFORE or before.key == "at"):
        return 0
    if before.cap and not sentence_start(text, before):
        return 0
    length = match(table.named_firms, text, tokens, index)
    end = index + length
    if not length or not alone(text, tokens, index, end) or text[before.end : tokens[index].start] != " ":
        return 0
    return end if _career_after(text, tokens[end - 1].end) else 0
