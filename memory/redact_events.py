"""Events named like people: holidays, named storms and what a period names ("during Ramadan").

Read by :func:`memory.redact_shapes.protect_shapes` before any rule looks for names. Each keeps a word only in
a frame no person stands in: before a holiday's head ("Diwali party", "Easter week"), right after "Hurricane",
or bare after "during" (a person there takes a possessive: "during Priya's onsite").
"""

from __future__ import annotations

from memory.redact_fp_gazetteer import holiday_span
from memory.redact_lexicon import PERSON_VERBS_AFTER, TITLES, Lexicon
from memory.redact_named import possessive_at
from memory.redact_thing_lists import HOLIDAYS
from memory.redact_tokens import Token

# What stands around a holiday's word and never around a person's name: "Diwali party", "observed Juneteenth".
_HOLIDAY_HEADS = frozenset(
    """party parties celebration celebrations festival festivities holiday holidays greetings break leave hours
    week weekend season eve day days lunch dinner potluck schedule closure""".split()
)
# The heads that follow a holiday's word and never a given name ("Easter week", not "Priya lunch" or "Raksha leave").
_NAMED_HOLIDAY_HEADS = frozenset(
    "party parties celebration celebrations festival festivities holiday holidays greetings weekend season eve week"
    "".split()
)
_CELEBRATE = frozenset("observe observes observed observing celebrate celebrates celebrated celebrating".split())


def holiday(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """ "Diwali party", "We observe Juneteenth and Diwali", "Hanukkah celebrations": a holiday's word that no name
    list holds, before a holiday's head or after "observe"/"celebrate" (or listed after such a word). Not where a
    person stands: "Great session with Holi", "Onam was off" (review M3, session 8)."""
    token = tokens[index]
    if not token.upper and holiday_span(text, tokens, index):
        return True  # a public holiday of the gazetteer, by its words no name list holds ("until after Thaipusam")
    if token.key not in HOLIDAYS or token.upper:
        return False
    named = token.key in lex.given or token.key in lex.family
    if named and not _holiday_before_head(text, tokens, index):
        return False  # "Tom Easter", "Easter said", "with Durga": a name; "Passover and Easter week" is not
    if possessive_at(text, token) >= 0:
        return False  # "We celebrated Holi's promotion"
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and not after.cap and after.key in _HOLIDAY_HEADS and text[token.end : after.start] == " ":
        return True
    before = [tokens[j] for j in range(max(0, index - 2), index)]
    if before and before[-1].key in _CELEBRATE:
        return True
    listed = len(before) == 2 and before[1].key in ("and", "or", ",") and before[0].protected
    return listed and before[0].key in HOLIDAYS


# A named storm: "Hurricane Helene", "Tropical Storm Ophelia", "Typhoon Haiyan", "Cyclone Idai".
# The words that name a storm before its name: "Hurricane Helene", "Typhoon Haiyan", "Cyclone Idai". "Storm" alone is
# a given name ("Storm Walking Eagle"): it counts only after "Tropical", "Winter" or "Subtropical".
_STORMS = frozenset("hurricane typhoon cyclone".split())
_STORM_KINDS = frozenset("tropical subtropical winter".split())


def _storm_word(text: str, tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    if not token.cap or token.upper or possessive_at(text, token) >= 0:
        return False
    if token.key in _STORMS:
        return True
    before = tokens[index - 1] if index else None
    kind = before is not None and before.cap and before.key in _STORM_KINDS and text[before.end : token.start] == " "
    return token.key == "storm" and kind


def _storm_name(text: str, tokens: list[Token], index: int) -> bool:
    """The one capitalised word right after a storm's word, with no capitalised word after it ("Hurricane Helene
    hit", not a run of names)."""
    before = tokens[index - 1] if index else None
    if before is None or text[before.end : tokens[index].start] != " " or not _storm_word(text, tokens, index - 1):
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.key in PERSON_VERBS_AFTER:
        return False  # "Hurricane Katrina joined the loop": a nickname before a person's verb (review, session 9)
    return after is None or not after.cap or text[tokens[index].end : after.start] != " "


def storm(text: str, tokens: list[Token], index: int) -> bool:
    """A storm's words and its name: "Hurricane Helene", "Tropical Storm Ophelia". A person is never written right
    after "Hurricane" (a title would be "Dr."), so the frame decides: "Katrina said" is a person, and "Storm Walking
    Eagle" (a given name, then more name words) is one."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.cap and _storm_word(text, tokens, index) and _storm_name(text, tokens, index + 1):
        return True
    if token.key in _STORM_KINDS and after is not None and after.key == "storm" and token.cap:
        return index + 2 < len(tokens) and _storm_name(text, tokens, index + 2)
    return _storm_name(text, tokens, index)


def period(text: str, tokens: list[Token], index: int) -> bool:
    """ "during Ramadan", "during Black Friday and Cyber Monday": a bare run right after "during" names a period or
    an event; a person there takes a possessive ("during Priya's onsite", "during Priya and Tunde's talk"), so
    any possessive or title among the capitalised words listed there keeps the rule off."""
    start = index
    while start > 0 and tokens[start - 1].cap and text[tokens[start - 1].end : tokens[start].start] == " ":
        start -= 1
    if not start or tokens[start - 1].cap or text[tokens[start - 1].end : tokens[start].start] != " ":
        return False
    # Not "closed for": "Req closed for Priya this year" names a person (reviewer inv8b, session 9).
    if tokens[start - 1].key != "during":
        return False
    position = start
    while position < len(tokens) and (tokens[position].cap or tokens[position].key in ("and", "or", "al", "el")):
        if possessive_at(text, tokens[position]) >= 0:
            return False
        if tokens[position].key in TITLES:
            return False  # "during Dr. Okafor ..."
        if position > start and text[tokens[position - 1].end : tokens[position].start] not in (" ", "-"):
            break
        position += 1
    return True


def _holiday_before_head(text: str, tokens: list[Token], index: int) -> bool:
    """A holiday's word a family list holds ("Easter", "Christmas") right before a holiday's head and after no
    capitalised word but a listed holiday: "Easter week", "Passover and Easter week", never "Tom Easter week"."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.cap or after.key not in _NAMED_HOLIDAY_HEADS or text[token.end : after.start] != " ":
        return False
    before = tokens[index - 1] if index else None
    if before is not None and before.key in ("and", "or") and not before.cap and index >= 2:
        before = tokens[index - 2] if tokens[index - 2].key in HOLIDAYS else None
    return before is None or not before.cap or before.key in HOLIDAYS
