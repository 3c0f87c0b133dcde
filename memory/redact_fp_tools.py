"""Tools no list holds where only a tool stands: after "strong with" in a list of tools, or on a tools line.

A tool no list holds ("Dagster", "Retool", "Gatsby") is as strange a word as a surname nobody listed, so neither
the lists nor the tagger can tell "strong with Dagster" from "strong with Aigerim". What can: the company it
keeps. After an adjective of skill and "with", a run listed with a known product ("Strong with Dagster and SQL",
"proficient with Retool, Postgres") or on a line labelled as tools ("Tools: strong with Gatsby, some
Terraform") is a tool; a person named there would be listed with a tool too, which notes do not write. A run
alone after "strong with" ("Very strong with Retool; needs ramp-up") stays undecided: interview notes write
"strong with Priya" for a round that went well.

Two more places only a tool stands (session 14, OUTSIDE12's tool class): an item of a tools or skills label's
list that a product list holds, a name word too ("Tools: Hugo, Jira", "Skills: Kafka, Jenkins"); and a product of
the lists right before what a tool's user has of it ("Strong Hugo skills", "Ruby experience", "Julia developers"):
a person is not written before "skills".
"""

from __future__ import annotations

import re

from memory.redact_fp_tables import alone
from memory.redact_lexicon import PERSON_VERBS_AFTER, lexicon
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


def _lone_run_end(text: str, tokens: list[Token], start: int) -> int:
    """The end of the one- or two-word capitalised run at ``start`` when it stands alone and owns nothing (0 if not)."""
    end = start + 1
    if end < len(tokens) and tokens[end].cap and text[tokens[start].end : tokens[end].start] == " ":
        end += 1
    if not alone(text, tokens, start, end) or possessive_at(text, tokens[end - 1]) >= 0:
        return 0
    return end


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
    end = _lone_run_end(text, tokens, start)
    if not end:
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
# What closes a list's item: the line's end or a separator (not "(owner: Priya)": a bracket follows a tool too).
_ITEM_AFTER = re.compile(r"[ \t]*(?:$|[,;/|\n(]|and[ \t]|or[ \t]|&)")


def tools_item(text: str, tokens: list[Token], index: int) -> int:
    """The end of a listed product that is a whole item of a tools label's list (0 if none; see the docstring):
    the stretch between the label or a list's separator and the next separator or the line's end, every word of
    it a product of the lists ("Tools: Hugo, Jira"), a name word too. A word no product list holds is left to the
    name rules ("Tools: Greenhouse, Wanjiru"), and so is a run followed by lower-case words ("Tech stack: Postgres,
    Kafka / Naledi owns the infra"; review M1 on 13d29b3). A list ends at ";" ("Stack: React, Node; Priya ...")."""
    line_start = text.rfind("\n", 0, tokens[index].start) + 1
    label = _TOOLS_ONLY.match(text, line_start)
    if label is None or label.end() > tokens[index].start:
        return 0
    before = text[label.end() : tokens[index].start]
    if ";" in before or (before.strip() and not _ITEM_GAP.search(before)):
        return 0  # the item must open the value or follow a list's separator: "Tools: Jira, Hugo"
    end = index + 1
    while end < len(tokens) and tokens[end].cap and text[tokens[end - 1].end : tokens[end].start] == " ":
        end += 1
    if not _ITEM_AFTER.match(text, tokens[end - 1].end) or possessive_at(text, tokens[end - 1]) >= 0:
        return 0  # "Platforms: AWS and GCP, Kagiso is the admin"; "Priya's Notion" is a person's
    lex = lexicon()
    return end if all(t.key in lex.tech or t.key in lex.acronyms for t in tokens[index:end]) else 0


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


# A label whose value lists skills of any kind: a listed product among them is the product ("Skills: Kafka, Jenkins,
# Hugo"; "SKILLS: KAFKA, JENKINS"), a name word too; any other item is left to the other rules.
_SKILLS_LABEL = re.compile(
    r"[ \t•*·-]*(?:[A-Za-z]+ ){0,2}(?:skills|technologies|tech|competencies|expertise)[ \t]*:[ \t]*", re.IGNORECASE
)


def skills_item(text: str, tokens: list[Token], index: int) -> int:
    """The end of a listed product that is a whole item of a skills label's list (0 if none)."""
    token = tokens[index]
    if token.key not in lexicon().tech:
        return 0
    line_start = text.rfind("\n", 0, token.start) + 1
    label = _SKILLS_LABEL.match(text, line_start)
    if label is None or label.end() > token.start:
        return 0
    before = text[label.end() : token.start]
    if ";" in before or (before.strip() and not _ITEM_GAP.search(before)):
        return 0  # the item must open the value or follow a list's separator; a list ends at ";"
    return index + 1 if _ITEM_AFTER.match(text, token.end) and possessive_at(text, token) < 0 else 0


# Verbs of a migration before "off": the object of "moved off", "migrated off", "switched off" is a tool or a
# platform (OUTSIDE14's class 15, session 16: "Switched off Bazel in 2022"). A person is taken off something
# ("took Priya off the project"), never moved off; a person's possessive ("moved off Priya's team") is read apart.
_MIGRATED = frozenset(
    """moved move moves moving migrated migrate migrates migrating switched switch switches switching transitioned
    transition transitioning ported porting weaned""".split()
)


def migrated_off(text: str, tokens: list[Token], start: int) -> int:
    """The end of a run of one or two capitalised words opening at ``start`` after "<migrated> off" (0 if none):
    no possessive, no person's verb after it, no given name no product list holds ("Moved off Jenkins to GitHub
    Actions", "migrating off Ant")."""
    if start < 2 or tokens[start - 1].key != "off" or tokens[start - 1].cap:
        return 0
    verb = tokens[start - 2]
    if verb.key not in _MIGRATED or (verb.cap and not sentence_start(text, verb)):
        return 0
    if text[verb.end : tokens[start - 1].start] != " " or text[tokens[start - 1].end : tokens[start].start] != " ":
        return 0
    end = _lone_run_end(text, tokens, start)
    if not end:
        return 0
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.key in PERSON_VERBS_AFTER:
        return 0
    # A name word there is a person's unless a product list holds it ("Maven"; not "Priya", "Tenzin"); two words
    # only with a product among them ("Travis CI", "Azure DevOps"; not "Ngozi Okafor").
    lex = lexicon()
    words = tokens[start:end]
    if any((t.key in lex.given or t.key in lex.family) and not _product(t) for t in words):
        return 0
    return end if len(words) == 1 or any(_product(t) for t in words) else 0
