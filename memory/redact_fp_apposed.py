"""A firm apposed to a role in a career line: "Volunteer mentor, Lehman Brothers (2019-2021)", "Senior analyst,
Eli Lilly, 2015-2019".

Session 16's review (a SHOULD after ac943fc): a family firm ("Lehman Brothers") and a listed company named after
its founders ("Eli Lilly", "John Deere") were kept after "at", "joined" or an employer's label but removed after a
role and a comma, the other common way a resume writes an entry. The shape is the property: the line opens with a
role (one to four words, the first may be capitalised, a lower-case word or a job's head among them), a comma, the
run, then a span of years (in brackets, after a comma or a dash). A person is written in that slot too (a referee
list: "Mentor, Ama Owusu (2019-2021)"), so the shape alone keeps only a run that says it is a firm: a listed
company as a whole run, or a kin head (:mod:`memory.redact_fp_heads`).
"""

from __future__ import annotations

import re

from memory.redact_fp_tables import Phrases, alone, match
from memory.redact_named import possessive_at
from memory.redact_tokens import Token

# The role opening the line, up to the comma right before the run.
_ROLE = re.compile(r"[ \t•*·-]*[A-Za-z][A-Za-z'’/&-]*(?:[ \t]+[A-Za-z][A-Za-z'’/&-]*){0,3}[ \t]*,[ \t]*")
# A span of years after the run: "(2019-2021)", ", 2015-2019", " - Mar 2019", "| 2018".
_YEARS_AFTER = re.compile(r"[ \t]*[(,|–—-][ \t]*(?:[A-Za-z]{3,9}\.?[ \t]+)?(?:19|20)\d\d")
# Words that are a person's role in a reference list, not a job held: "Reference, Ama Owusu (2019)".
_NOT_ROLES = frozenset("reference references referee referees contact contacts attn cc signed".split())


def apposed_to_role(text: str, tokens: list[Token], index: int, end: int) -> bool:
    """``tokens[index:end]`` is the firm of a "<role>, <run> <years>" career line (see the module's docstring)."""
    line_start = text.rfind("\n", 0, tokens[index].start) + 1
    role = _ROLE.fullmatch(text, line_start, tokens[index].start)
    if role is None or _YEARS_AFTER.match(text, tokens[end - 1].end) is None:
        return False
    words = re.findall(r"[A-Za-z]+", role.group())
    return bool(words) and words[0].lower() not in _NOT_ROLES and any(w.islower() for w in words[1:] or words)


def apposed_firm(text: str, tokens: list[Token], index: int, companies: Phrases) -> int:
    """The end of a listed company (names of founders included: the full table) as the whole run of a "<role>,
    <firm> <years>" line (0 if not); a possessive or a person's verb after it leaves it to the name rules."""
    length = match(companies, text, tokens, index)
    end = index + length
    if not length or not alone(text, tokens, index, end) or possessive_at(text, tokens[end - 1]) >= 0:
        return 0
    return end if apposed_to_role(text, tokens, index, end) else 0
