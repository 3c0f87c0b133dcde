"""Tools no list holds where only a tool stands: after "strong with" in a list of tools, or on a tools line.

A tool no list holds ("Dagster", "Retool", "Gatsby") is as strange a word as a surname nobody listed, so neither
the lists nor the tagger can tell "strong with Dagster" from "strong with Aigerim". What can: the company it
keeps. After an adjective of skill and "with", a run listed with a known product ("Strong with Dagster and SQL",
"proficient with Retool, Postgres") or on a line labelled as tools ("Tools: strong with Gatsby, some
Terraform") is a tool; a person named there would be listed with a tool too, which notes do not write. A run
alone after "strong with" ("Very strong with Retool; needs ramp-up") stays undecided: interview notes write
"strong with Priya" for a round that went well.

Two more places only a tool stands (session 14, OUTSIDE12's tool class): an item of a tools label's list ("Tools:
Hugo, Jira", "Tech stack: Jasper / Vercel"), whatever its words, unless a person's role in brackets follows it;
and a product of the lists, a name word too, right before what a tool's user has of it ("Strong Hugo skills",
"Ruby experience", "Julia developers"): a person is not written before "skills".
"""

from __future__ import annotations

import re

from memory.redact_fp_tables import alone
from memory.redact_lexicon import lexicon
from memory.redact_named import possessive_at
from memory.redact_tokens import Token, sentence_start

# Adjectives of skill before "with" whose object is a tool: "strong with", "proficient with", "fluent with".
_SKILLED = frozenset(
    "strong stronger strongest proficient skilled expert adept fluent experienced solid versed competent".split()
)
# A line labelled as tools or skills: "Tools: ...", "Tech stack - ...", "Skills | ...".
_TOOLS_LABEL = re.compile(
    r"[ \t•*·-]*(?:[A-Za-z]+ ){0,2}(?:tools|tooling|stack|skills|technologies|tech)[ \t]*[:|–—-]", re.IGNORECASE
)


def _product(token: Token) -> bool:
    """A known product: O*NET's list holds "the", "team" and "react" too, so a common word counts only
    capitalised ("React", "Python"), and never one a given-name list holds ("Mark")."""
    lex = lexicon()
    if token.upper and len(token.key) > 1:
        return True  # "SQL", "AWS"
    listed = token.key in lex.tech or token.key in lex.acronyms
    return listed and (token.cap or token.key not in lex.common) and token.key not in lex.given


def tool_with_tools(text: str, tokens: list[Token], start: int) -> int:
    """The end of a run of one or two capitalised words opening at ``start`` after "<skilled> with" that is listed
    with a known product or stands on a tools line (0 if not)."""
    if start < 2 or tokens[start - 1].key != "with" or tokens[start - 1].cap:
        return 0
    skilled = tokens[start - 2]
    if skilled.key not in _SKILLED or (skilled.cap and not sentence_start(text, skilled)):
        return 0
    end = start + 1
    if end < len(tokens) and tokens[end].cap and text[tokens[start].end : tokens[end].start] == " ":
        end += 1
    if not alone(text, tokens, start, end) or possessive_at(text, tokens[end - 1]) >= 0:
        return 0
    line_start = text.rfind("\n", 0, tokens[start].start) + 1
    label = _TOOLS_LABEL.match(text, line_start)
    if label is not None and label.end() <= skilled.start:
        return end
    if end + 1 >= len(tokens):
        return 0
    gap = text[tokens[end - 1].end : tokens[end].start]
    if gap in (", ", "/", " / ") and _product(tokens[end]):
        return end  # "Dagster, Airflow"
    joined = gap == " " and tokens[end].key in ("and", "or") and not tokens[end].cap
    return end if joined and _product(tokens[end + 1]) else 0


# A label whose value lists tools only (not "Skills:", whose items are any words).
_TOOLS_ONLY = re.compile(
    r"[ \t•*·-]*(?:[A-Za-z]+ ){0,1}(?:tools|tooling|stack|software|technologies|platforms)[ \t]*:[ \t]*",
    re.IGNORECASE,
)
_ITEM_GAP = re.compile(r"[ \t]*(?:,|/|;|\||and|or|&)[ \t]*$")
_ROLE_AFTER = re.compile(r"[ \t]*[(\[][ \t]*(?:owner|admin|contact|lead|manager|champion|recruiter)", re.IGNORECASE)


def tools_item(text: str, tokens: list[Token], index: int) -> int:
    """The end of a capitalised run that is an item of a tools label's list (0 if none; see the docstring)."""
    line_start = text.rfind("\n", 0, tokens[index].start) + 1
    label = _TOOLS_ONLY.match(text, line_start)
    if label is None or label.end() > tokens[index].start:
        return 0
    before = text[label.end() : tokens[index].start]
    if before and not _ITEM_GAP.search(before) and not before.isspace():
        # the run must open the value or follow a list's separator: "Tools: Jira, Hugo"
        prior = text[line_start : tokens[index].start]
        if not _ITEM_GAP.search(prior):
            return 0
    end = index + 1
    while end < len(tokens) and tokens[end].cap and text[tokens[end - 1].end : tokens[end].start] == " ":
        end += 1
    if possessive_at(text, tokens[end - 1]) >= 0 or _ROLE_AFTER.match(text, tokens[end - 1].end):
        return 0  # "Tools: Ashby (owner: Priya)" names a tool; "Priya's Notion" is a person's
    lex = lexicon()
    first, last = tokens[index], tokens[end - 1]
    if end - index >= 2 and first.key in lex.given and last.key in lex.family and first.key not in lex.tech:
        return 0  # a given and a family name ("Tools: Grace Baker") stay the name rules'
    return end


# What a tool's user has of it: "Hugo skills", "Ruby experience", "Julia developers".
_TOOL_NOUNS = frozenset(
    """skills skill experience expertise knowledge proficiency certification certifications certified developer
    developers engineer engineers programming scripting scripts pipelines pipeline dashboards workflows
    administration admin""".split()
)


def tool_before_noun(text: str, tokens: list[Token], index: int) -> int:
    """The end of a listed product (a name word too) right before what a tool's user has of it (0 if none)."""
    token = tokens[index]
    if token.key not in lexicon().tech or index + 1 >= len(tokens):
        return 0
    after = tokens[index + 1]
    if after.cap or after.key not in _TOOL_NOUNS or text[token.end : after.start] != " ":
        return 0
    return index + 1
