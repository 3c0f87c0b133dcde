"""A family name written first in capitals: "VAN DER BERG, Pieter", "PANEL: ERICKSON, ADAM; SMITH, JOHN".

Lists, tables and headings write a person family name first, the family name in capitals, then a comma and the
given name ("CANDIDATE: DOS SANTOS, Aroha (BACKEND)", "DEBRIEF - DE LA CRUZ, Maricel"). The name rules read
the capitals words as any capitals run: a family name of several words (particles, compounds) was only partly
taken ("DOS [PERSON], [PERSON]"), a family name that is an English word not at all ("FIELD, Grace", "DO, Ky"),
and a second ``redact()`` pass took the rest, because the line with "[PERSON]" in it is a line in capitals
(OUTSIDE11's N4, five of the reviewer's six second-pass changes at 75887d1). Which name it was decided what the
model read.

Here the place decides: at the start of a line or of a part of it (after "LABEL:", a dash, a bar, a semicolon,
a bracket), one to four words written in capitals, a comma, then one or two capitalised words closing the part
(line end, bracket, dash, bar, semicolon, comma) of which one was found to be a person or is a listed given name:
the capitals words are the family name, the rest the given name. Not when a capitals word is a place, a firm's
word, a product, a job word or a heading's function word ("ERASMUS UNIVERSITY, Rotterdam", "SKILLS, Python").
"""

from __future__ import annotations

import re
from functools import cache

from memory.redact_fp_tables import gazetteer
from memory.redact_layout import OPENERS, ROLE_WORDS
from memory.redact_lexicon import ORGS, PARTICLES, PLACES, TITLES, Lexicon
from memory.redact_tokens import MONTHS, Token, mark

# What may stand before the family name on its line: nothing, or a label / heading part and its separator.
_PART_START = re.compile(r"(?:^|[:;|(\[·•]|\s[-–—]|^[-–—*•])[ \t]*$")
# What closes the given name: the line's end or a separator.
_PART_END = re.compile(r"[ \t]*(?:$|\n|[;|()\[·•,]|[-–—][ \t]|:)")
# What joins the words of a family name: a space, a hyphen, a particle's apostrophe ("VAN 'T HOF").
_JOINS = frozenset({" ", "-", " '", " ’"})
# A capitals run is at most this many words ("NGATA TE KANAWA", "VAN DER BERG").
_MOST = 4
# Short words that open a sentence before a comma and a name ("HI, Emily", "THX, JOHN"): never a family name.
_NOT_FAMILY = OPENERS | frozenset("hi hey ty thx fyi fw fwd re cc pls btw ok so and but yes no to for of".split())
# Words of headings that the capitals run may not hold.
_HEADING_WORDS = frozenset(
    """notes note update feedback debrief summary panel interview interviewer candidate referee reference
    references skills education experience profile role name onsite final round screen offer""".split()
)
# The same reason the name rules give a lower-case particle (memory.redact_order): settle keeps it.
WHY = "labelled last, first row"


def family_first(text: str, shown: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark "FAMILY, Given" names (module docstring). ``shown`` is the text as written (same offsets): the
    capitals are read there, ``text`` may be re-cased."""
    if "," not in text:
        return
    for index, token in enumerate(tokens):
        if index + 1 >= len(tokens) or text[token.end : tokens[index + 1].start] not in (",", ", "):
            continue
        family = _family_run(shown, tokens, index, lex)
        if not family:
            continue
        # A given name no list holds ("Zoë-Lynn") counts when every family word is a listed or an unknown name.
        strange = all(_strange(t, lex) for t in family if len(t.key) > 1)
        given = _given_run(shown, tokens, index + 1, lex, strange, any(t.person for t in family))
        if not given or any(t.key in _listed_things() for t in family + given):
            continue  # "LANGUAGES: SPANISH, French", "HOLIDAY: EASTER, Monday": a list of things (review M2)
        for t in family + given:
            t.protected = False
            if not t.person:
                mark(t, WHY)
            elif t.why in ("", "model"):
                t.why = WHY


@cache
def _listed_things() -> frozenset[str]:
    """One-word languages and holidays of the gazetteer ("English", "French", "Easter"): a resume's language line
    in capitals ("ENGLISH, French (basic)") has the shape of a family name and a given name, and the matcher reads
    it. A person whose family name is such a word ("FRENCH, John") keeps it here, as before this rule."""
    table = gazetteer()
    words = set()
    for phrases in (table.all_languages, table.all_holidays):
        words |= {first for first, found in phrases.items() if (first,) in found}
    return frozenset(words)


def _capitals(shown: str, token: Token) -> bool:
    word = shown[token.start : token.end]
    return any(c.isalpha() for c in word) and word.isupper()


def _family_run(shown: str, tokens: list[Token], last: int, lex: Lexicon) -> list[Token]:
    run: list[Token] = []
    at = last
    while at >= 0 and len(run) < _MOST:
        token = tokens[at]
        if not _capitals(shown, token):
            break
        if run and shown[token.end : run[0].start] not in _JOINS:
            break
        run.insert(0, token)
        at -= 1
    # The run opens its line or a part of it, and closes with a word of two letters or more: "Declaration: I,
    # [PERSON]" is the pronoun, and a particle ("Ó") or an initial opens a family name, never closes one.
    if not run or _PART_START.search(_line_before(shown, run[0].start)) is None or len(run[-1].key) < 2:
        return []
    for token in run:
        key = token.key
        if token.protected and not (key in lex.given or key in lex.family):
            return []
        if 1 < len(key) <= 4 and key not in lex.family and key not in lex.given and key not in PARTICLES:
            return []  # an acronym: "(HLD, LLD)", "HTML, CSS, Java" (job ads and resumes list them so)
        if key in _NOT_FAMILY or key in _HEADING_WORDS or key in ROLE_WORDS or key in TITLES or key in MONTHS:
            return []
        if key in PLACES or (key in ORGS and key not in lex.family) or (key in lex.tech and key not in lex.family):
            return []
    return run


def _line_before(shown: str, at: int) -> str:
    return shown[shown.rfind("\n", 0, at) + 1 : at]


def _strange(token: Token, lex: Lexicon) -> bool:
    """A listed family name, or a word no common or product list holds (hyphenated: every part)."""
    parts = token.key.split("-")
    return all(p in lex.family or (p not in lex.common and p not in lex.english and p not in lex.tech) for p in parts)


def _given_run(shown: str, tokens: list[Token], first: int, lex: Lexicon, strange: bool, found: bool) -> list[Token]:
    """The given name closing the part after the comma: found, listed (every part of a hyphenated one: "Zoë-Lynn",
    which a joined-words rule may have kept as a thing, counts after a found family name), or unknown after a
    family name of listed or unknown words."""
    run = [tokens[first]]
    if first + 1 < len(tokens) and shown[tokens[first].end : tokens[first + 1].start] in (" ", "-"):
        run.append(tokens[first + 1])  # "Mary Grace", "KARL HEINZ"
    for size in (len(run), 1):
        words = run[:size]
        if _PART_END.match(shown, words[-1].end) is None:
            continue
        # Capitalised as written (a line in capitals is re-cased: "GRACE" may read "grace" in ``text``).
        if not all(shown[t.start : t.start + 1].isupper() for t in words):
            continue
        thing = any(t.key in PLACES or t.key in ORGS or t.key in MONTHS or t.key in lex.tech for t in words)
        if thing and not any(t.person for t in words):
            continue
        if any(t.person or (t.key in lex.given and not t.protected) for t in words):
            return words
        if found and all(all(p in lex.given for p in t.key.split("-")) for t in words):
            return words
        # Unknown on both sides: only a given name written as one ("Zoë-Lynn"), never capitals ("SIGINT, GEOINT").
        if strange and all(_strange(t, lex) and not t.protected and not _capitals(shown, t) for t in words):
            return words
    return []
