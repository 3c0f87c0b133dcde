"""Words made from people's names that name no person: adjectival eponyms before a field ("Keynesian economics",
"Newtonian mechanics", "Euclidean geometry"), possessive trade titles ("Gunner's Mate", "Carpenter's Helper"), and
meeting rooms named after people or places ("Room: Lovelace").

- An adjective made from a name ends in "-ian", "-ean", "-ist" or "-esque" and stands before a field, a theory or
  a method in lower case. A given or family name of the lists never passes (Christian, Adrian, Julian, Vivian;
  Armenian family names end in "-ian" too: "Petrosian analysis" is read by the name rules), nor a word after
  a title or before a person's verb.
- A trade title is a dictionary word of a trade, its possessive and a rank ("Mate", "Helper", "Apprentice",
  "Assistant") with no capitalised word before it: "Tom Baker's Assistant" is a person's assistant.
- A room's label ("Room:", "Meeting room:", "Conference room:") is followed by the room's name; a given and family
  name there ("Room: Priya Raman") is left to the name rules.
"""

from __future__ import annotations

import re

from memory.redact_lexicon import EPONYM_HEADS, PERSON_VERBS_AFTER, TITLES, lexicon
from memory.redact_named import possessive_at
from memory.redact_tokens import Token

_ADJECTIVE_ENDINGS = ("ian", "ean", "ist", "esque")
# What such an adjective names: the eponym heads of the lexicon and the fields, theories and methods of teaching,
# economics, psychology and the sciences.
_FIELDS = EPONYM_HEADS | frozenset(
    """economics economy mechanics geometry statistics theory theories thinking tradition framework frameworks logic
    inference selection therapy psychology psychoanalysis philosophy ethics stages stage perspective paradigm
    literature era period style dynamics physics optics conditioning questioning dialogue approach approaches
    coordinates paths path view views evolution synthesis fluid fluids motion gravity calculus paradigm reasoning
    method pedagogy learning""".split()
)


def adjectival_eponym(text: str, tokens: list[Token], index: int) -> int:
    """The end of an adjective made from a name before a field (0 if none; see the module's docstring)."""
    token = tokens[index]
    if token.upper or not token.key.endswith(_ADJECTIVE_ENDINGS) or len(token.key) < 6:
        return 0
    lex = lexicon()
    if token.key in lex.given or token.key in lex.family or possessive_at(text, token) >= 0:
        return 0
    before = tokens[index - 1] if index else None
    if before is not None and (before.key in TITLES or (before.cap and text[before.end : token.start] == " ")):
        return 0
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.cap or text[token.end : after.start] != " " or after.key in PERSON_VERBS_AFTER:
        return 0
    return index + 1 if after.key in _FIELDS else 0


_RANKS = frozenset("mate helper apprentice assistant".split())


def trade_title(text: str, tokens: list[Token], index: int) -> int:
    """The end of "<trade>'s <rank>" opening at ``index`` (0 if none; see the module's docstring)."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if token.upper or after is None or not after.cap or after.key not in _RANKS:
        return 0
    owner = possessive_at(text, token)
    if owner < 0 or text[owner : after.start] != " " or token.key not in lexicon().english:
        return 0
    before = tokens[index - 1] if index else None
    if before is not None and (before.key in TITLES or (before.cap and text[before.end : token.start] == " ")):
        return 0  # "Tom Baker's Assistant", "Mr. Cooper's Apprentice"
    return index + 2


_ROOM_LABEL = re.compile(r"[ \t•*·-]*(?:(?:meeting|conference|interview|huddle)[ \t]+)?room[ \t]*:[ \t]*", re.I)


def room_value(text: str, tokens: list[Token], index: int) -> int:
    """The end of the capitalised run that is a room label's value, up to a separator (0 if none)."""
    line_start = text.rfind("\n", 0, tokens[index].start) + 1
    label = _ROOM_LABEL.match(text, line_start)
    if label is None or label.end() != tokens[index].start:
        return 0
    end = index + 1
    while end < len(tokens) and tokens[end].cap and text[tokens[end - 1].end : tokens[end].start] == " ":
        end += 1
    if any(possessive_at(text, t) >= 0 for t in tokens[index:end]):
        return 0  # "Room: Priya's office"
    lex = lexicon()
    named = all(t.key in lex.given or t.key in lex.family for t in tokens[index:end])
    return 0 if end - index > 1 and tokens[index].key in lex.given and named else end  # "Room: Priya Raman"
