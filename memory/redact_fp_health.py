"""Hospitals and health systems named after people: "Sutter Health", "Henry Ford Health System", "Memorial
Hermann", "Brigham and Women's Hospital".

Their words are name words (Sutter, Henry Ford, Hermann, Brigham), so no word list can keep them; what keeps them is
a head no person's name takes. A capitalised run is kept whole before

- "Health" (alone or before System, Network, Care, Partners, Alliance), with no other capitalised
  word after it: "Sutter Health", "Ochsner Health System"; not "Priya Raman Health Coach" (a person and a job);
- "Children's" or "Women's" and a hospital's word ("Lurie Children's Hospital", "Nemours Children's Health",
  "Brigham and Women's Hospital": the run may hold "and", "&" or "of");

and a run opening with "Memorial" is a hospital's ("Memorial Hermann", "Memorial Sloan Kettering"): no given name
list holds the word. A title or a person's cue before the run ("Dr. Sutter Health", "Reference: Hery Rasoanaivo
Health") leaves it to the name rules. The hospital heads of
``memory.redact_tokens._ORG_SUFFIX`` (Hospital, Clinic, Medical, Center, Healthcare) are decided there already.
"""

from __future__ import annotations

from memory.redact_lexicon import PERSON_CUES_BEFORE, TITLES
from memory.redact_named import possessive_at
from memory.redact_tokens import Token

# The head of a health system's name, and what may follow it in the name.
_HEADS = frozenset(["health"])  # not "medicine": "Kanokwan Srisuk, Internal Medicine resident" (review M2)
_HEAD_TAILS = frozenset("system systems network care partners alliance".split())
# The possessive groups a hospital is named for, and the heads that may follow them.
_GROUPS = frozenset("children women".split())  # keys end before the possessive
_HOSPITAL_WORDS = _HEADS | frozenset("hospital hospitals clinic medical center centre".split())
# Joiners inside a run: "Brigham and Women's", "Baylor Scott & White", "Hospital of the University".
_JOINERS = frozenset("and & of the".split())
_RUN_GAPS = (" ", "-", " & ")
_GROUP_GAPS = ("'s ", "’s ")
_MOST_WORDS = 6
# A person's cue before the run (a referee's label, a greeting, "met"), but not a preposition an organisation takes
# too ("at", "with", "from", "by": "residency with Sutter Health").
_PERSON_BEFORE = PERSON_CUES_BEFORE - frozenset("with by from".split())


def _run_end(text: str, tokens: list[Token], index: int) -> int:
    """The end of the capitalised run from ``index``: words joined by a space or hyphen, "and"/"&"/"of" between
    capitalised words."""
    end = index + 1
    while end < len(tokens) and end - index < _MOST_WORDS:
        token, gap = tokens[end], text[tokens[end - 1].end : tokens[end].start]
        if token.cap and (gap in _RUN_GAPS or (gap in _GROUP_GAPS and tokens[end - 1].key in _GROUPS)):
            end += 1  # "Lurie Children's Hospital": the possessive inside the run
            continue
        joined = token.key in _JOINERS and gap == " " and end + 1 < len(tokens)
        if joined and tokens[end + 1].cap and text[token.end : tokens[end + 1].start] == " ":
            end += 2
            continue
        break
    return end


def health_system(text: str, tokens: list[Token], index: int) -> int:
    """The end of a hospital's or health system's name opening at ``index`` (0 if none; see the docstring)."""
    first = tokens[index]
    before = tokens[index - 1] if index else None
    if before is not None and before.cap and text[before.end : first.start] in _RUN_GAPS:
        return 0  # not the run's first word
    if before is not None and (before.key in TITLES or before.key in _PERSON_BEFORE):
        return 0  # "Dr. Sutter Health", "Reference: Hery Rasoanaivo Health", "Thanks Memorial Hermann"
    end = _run_end(text, tokens, index)
    if first.key == "memorial" and end - index > 1 and possessive_at(text, tokens[end - 1]) < 0:
        return end  # "Memorial Hermann", "Memorial Sloan Kettering"
    for at in range(index + 1, end):
        token = tokens[at]
        if token.key in _HEADS and possessive_at(text, token) < 0:
            last = at + 1 if at + 1 < end and tokens[at + 1].key in _HEAD_TAILS else at
            if last + 1 == end and not any(possessive_at(text, t) >= 0 for t in tokens[index:at]):
                return end  # "Sutter Health", "Henry Ford Health System"; not "Priya Raman Health Coach"
        grouped = token.key in _GROUPS and possessive_at(text, token) >= 0
        if grouped and at + 1 < end and tokens[at + 1].key in _HOSPITAL_WORDS:
            return end  # "Lurie Children's Hospital", "Brigham and Women's Hospital"
    return 0
