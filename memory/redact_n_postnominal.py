"""A resume's first line that is a name and its post-nominals: "CHOI YU, MBA", "Kim Bo Ra, PhD, PMP".

A resume opens with its author's name; followed by degrees or certifications after a comma ("MBA", "PhD", "CPA",
"PMP"), the line is nothing else. OUTSIDE13's class 11 kept such a first line for short East Asian names in
capitals ("CHOI YU, MBA"): two short words in capitals read as acronyms, and a capitals line is re-cased before
the rules read it. The property is the line's: the text's first line, two to four words written as a name, a
comma, post-nominals only. A job or a field with a certification ("DATA ANALYST, PMP", "PROJECT MANAGEMENT, PMP")
has a job's or an ordinary word no name list holds and stays.
"""

from __future__ import annotations

import re

from memory.redact_layout import ROLE_WORDS
from memory.redact_lexicon import ORGS, PLACES, Lexicon
from memory.redact_tokens import Token, mark

# Degrees, licences and certifications written after a name (with or without full stops: "Ph.D.", "M.B.A.").
_POST_NOMINALS = (
    "mba|phd|dphil|edd|md|dds|dvm|jd|llm|llb|cpa|ca|acca|cma|cfa|cfp|frm|pmp|capm|csm|cspo|rn|np|pa|pe|peng|"
    "msc|bsc|ma|ba|bs|ms|meng|beng|btech|mtech|mph|mpa|msw|mfa|esq|jr|sr|ii|iii|iv|cissp|cism|cisa|shrm-cp|"
    "shrm-scp|phr|sphr|fcipd|mcipd"
)
_LINE = re.compile(
    rf"^[ \t]*(?P<name>[^\W\d_][^\n,]*?)[ \t]*,[ \t]*(?:(?:{_POST_NOMINALS})\.?[ \t]*,?[ \t]*)+$",
    re.IGNORECASE,
)
_MOST_WORDS = 4


def post_nominal_head(text: str, tokens: list[Token], lex: Lexicon, shouted: frozenset[int] = frozenset()) -> None:
    """Mark the name on the text's first line when the rest of the line is post-nominals (see the docstring).
    ``shouted``: offsets of lines written in capitals and re-cased (their words' case says nothing now)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    # Post-nominals without full stops, or with them ("Ph.D."): compare the line with its stops removed.
    line = text[start:end]
    match = _LINE.match(line.replace(".", ""))
    if match is None:
        return
    name_end = start + line.index(",")  # the name ends at the line's first comma (the pattern's)
    words = [t for t in tokens if start <= t.start < name_end]
    if not 2 <= len(words) <= _MOST_WORDS:
        return
    if not (start in shouted or all(t.cap for t in words)):
        return
    for t in words:
        key = t.key
        if key in ROLE_WORDS or key in ORGS or key in PLACES or t.protected:
            return
        if key in lex.common and key not in lex.given and key not in lex.family:
            return  # "PROJECT MANAGEMENT, PMP": a field of work, no name
    for t in words:
        if not t.person:
            mark(t, "a name before post-nominals")
