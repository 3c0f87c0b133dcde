"""Trade and title words that are surnames too (Draper, Shepherd, Carter, Tanner, Bishop): kept where a job title
stands, and no person's name does.

A word that names a trade (the head of a job title of O*NET, ``redact_data/trades.txt.gz``: "draper", "tanner",
"cooper", "sheriff"; and a few offices: "bishop", "provost") is the job, not a person, in three shapes (OUTSIDE13
class 20, session 15):

- after a seniority word, in any case: "Senior Draper", "Head Shepherd at the hotel", "SENIOR CARTER
  (2019-2022)", "promoted to Lead Thatcher". A person's name takes a title ("Dr.", "Chief", "Judge", "Bishop"),
  never "Senior", "Junior", "Head", "Lead", "Assistant" or "Apprentice" before it;
- opening a line before a bracket that holds a span of years or a trade's level: "Draper (2019-2022)",
  "Tanner (journeyman)". A person's bracket holds a role ("Carter (referee)", "Tanner (hiring manager)"), which no
  level list holds;
- in quotes after "as a", a title's label or "title was": 'Worked as a "Draper"', 'Title: "Shepherd"'. A
  nickname is quoted after "known as" or "goes by", which are not read;
- (session 17, OUTSIDE15's "trade words that are family names after a role label, after 'hired as'") a role
  label's whole value, "Role: Cooper", "Job title: Thatcher (apprentice)", and after a verb of employment and
  "as": "Hired as Cooper on the night line", "served as Chandler". A person fills a person's label ("Reviewer:
  Cooper") and is "known as", "such as" or "same as" someone, none of which is read.

The word must stand alone (no capitalised word joined to it: "Senior Tanner Okafor" is a person after a job) and
no person's verb may follow it ("Head Carter said ..." is left to the name rules).
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib import resources

from memory.redact_lexicon import PERSON_VERBS_AFTER, lexicon
from memory.redact_named import possessive_at
from memory.redact_tokens import Token, sentence_start

# Seniority words before a job title.
_SENIORITY = frozenset("senior junior head lead assistant apprentice journeyman trainee principal deputy sr jr".split())
# Trades and offices that are surnames too and no agent noun.
_TITLES = frozenset(
    """bishop knight clerk sheriff judge dean page cook mason chef marshal steward reeve bailiff sexton squire
    chancellor abbot deacon vicar provost""".split()
)
# A trade's level in brackets after it: "(journeyman)", "(part-time)", "(2019-2022)".
_LEVEL = re.compile(
    r"[ \t]*\((?:[ \t]*(?:journeyman|apprentice|master|trainee|licensed|certified|union|seasonal|part-time|"
    r"full-time|contract|temporary|casual|level \d|grade \d|\d+\+?[ \t]*(?:yrs?|years?|months?|mos?)\.?|"
    r"(?:19|20)\d\d(?:[ \t]*[-–—][ \t]*(?:(?:19|20)\d\d|"
    r"present|now|current))?)[ \t,;]*)+\)",
    re.IGNORECASE,
)
_QUOTES = "\"“”'‘’"
_QUOTED_BEFORE = re.compile(
    r"(?:\bas an?|\b(?:job )?(?:title|position|role)\b[^\"“'\n]{0,20}?(?:was|is|:))[ \t]*[\"“']$", re.IGNORECASE
)  # 'as a "Draper"', 'Title: "Shepherd"', 'Title on the badge: "Tanner"', 'her title was "Carter"'


# A role label opening a line, and what may close its value: the line's end, a comma, a bracket, a dash.
_ROLE_LABEL = re.compile(
    r"[ \t•*·-]*(?:(?:job|current|previous|former)[ \t]+)?(?:title|position|role|occupation|trade|designation)"
    r"[ \t]*:[ \t]*",
    re.IGNORECASE,
)
_VALUE_END = re.compile(r"[ \t]*(?:$|[,;(\[|/]|[—–-][ \t])", re.MULTILINE)
# Verbs of employment before "as <trade>": "hired as", "worked as"; not "known as" (a nickname) or "such as".
_EMPLOYED = frozenset(
    """hired worked work works working employed started start starts starting served serve serves serving trained
    apprenticed qualified joined join joins joining promoted retained engaged contracted certified registered
    licensed rehired""".split()
)


@cache
def trades() -> frozenset[str]:
    """The head words of job titles (``redact_data/trades.txt.gz``, built by ``eval.redaction_round15_fp_lists``
    from O*NET's titles)."""
    data = resources.files("memory").joinpath("redact_data", "trades.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode().split())


def _trade(word: Token) -> bool:
    key = word.key
    return key in trades() or (key in _TITLES and key in lexicon().english)


def _alone(text: str, tokens: list[Token], index: int) -> bool:
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.cap and text[tokens[index].end : after.start] == " ":
        return False
    if after is not None and after.key in PERSON_VERBS_AFTER:
        return False
    return possessive_at(text, tokens[index]) < 0


def ranked_trade(text: str, tokens: list[Token], index: int) -> int:
    """The end of a trade word kept as a job title at ``index`` (0 if none; see the module's docstring)."""
    token = tokens[index]
    if not _trade(token) or not _alone(text, tokens, index):
        return 0
    before = tokens[index - 1] if index else None
    if before is not None and before.key in _SENIORITY and text[before.end : token.start] == " ":
        # "Senior Draper"; not "Priya Senior Draper" (a capitalised word before the seniority word mid-sentence)
        earlier = tokens[index - 2] if index >= 2 else None
        joined = earlier is not None and earlier.cap and text[earlier.end : before.start] == " "
        if not joined or sentence_start(text, before):
            return index + 1
    line_start = text.rfind("\n", 0, token.start) + 1
    if not text[line_start : token.start].strip(" \t•*·-") and _LEVEL.match(text, token.end):
        return index + 1  # "Draper (2019-2022)", "Tanner (journeyman)"
    opening = text[max(0, token.start - 1) : token.start]
    quoted = bool(opening) and opening in _QUOTES and text[token.end : token.end + 1] in _QUOTES
    if quoted and _QUOTED_BEFORE.search(text, max(0, token.start - 30), token.start):
        return index + 1  # 'Worked as a "Draper"', 'Title: "Shepherd"'
    if _ROLE_LABEL.fullmatch(text, line_start, token.start) and _VALUE_END.match(text, token.end):
        return index + 1  # "Role: Cooper", "Job title: Thatcher (apprentice)"
    verb = tokens[index - 2] if index >= 2 else None
    if before is not None and before.key == "as" and verb is not None and verb.key in _EMPLOYED:
        return index + 1  # "Hired as Cooper on the night line"
    return 0
