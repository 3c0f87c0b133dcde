"""Things a name list cannot tell from people, told by their shape: eponyms, joined names, days before a time.

The lists hold "Crohn", "Fisher", "Newton" and "Thu" as names, and they are; written this way they are not a
person in the sentence:

- **an eponym's possessive before what it names**: "Crohn's disease", "Amdahl's law", "Alzheimer's and
  Parkinson's disease", "Fisher's exact test". A disease, law or theorem is never a person's; a test, method or
  algorithm may be ("Okafor's test went well"), so those heads count only after a lower-case word ("ran
  Fisher's exact test") and for a word that is no given name;
- **a capitalised eponym before its head**, both capitalised in a heading style: "Western Blot", "Gram Stain";
- **two capitalised words joined by a hyphen, alone**: "Newton-Raphson", "Runge-Kutta", "Harley-Davidson",
  "Cedars-Sinai". A double-barrelled surname alone is a person only in a person's place ("Per Grant-Lindo,",
  "Grant-Lindo confirmed", "Grant-Lindo's answers"), and after a given name it is in a longer run, not alone;
- **a day or month written short before a time or date**: "Thu 14:00", "Mon 3 March", "Sat 11:00";
- **a saint's name**: "St. Jude", "St Luke's", "Saint Mary's" (hospitals, schools, towns, churches);
- shops, schools in other languages, awards and capitals headings (:mod:`memory.redact_named`).

Matched words are marked protected before any rule looks for names, so no later layer removes them.
"""

from __future__ import annotations

import re

from memory.redact_events import holiday, period, storm
from memory.redact_given import given_pair
from memory.redact_lexicon import (
    EPONYM_HEADS,
    EPONYMS,
    NAME_PREFIXES,
    PERSON_VERBS_AFTER,
    PERSON_VERBS_BEFORE,
    TITLES,
    Lexicon,
)
from memory.redact_named import (
    bare_possessives,
    business,
    institution,
    possessive_at,
    possessive_of_named_thing,
    shouted_compound,
    shouted_joined_brand,
    shouted_shop,
)
from memory.redact_objects import hyphened_given_person
from memory.redact_positions import cued_before, person_place
from memory.redact_slots import thing_word, thing_words
from memory.redact_thing_lists import EPONYM_PAIRS
from memory.redact_tokens import Kind, Token, key_of, mark

# What only an eponym's possessive names.
EPONYM_OF = frozenset(
    """disease diseases syndrome lymphoma sarcoma palsy disorder law laws theorem lemma conjecture principle
    razor paradox taxonomy hierarchy triangle inequality constant equation equations hypothesis correction
    phenomenon alpha
    coefficient distribution transform maneuver manoeuvre fallacy hsd rho tau kappa sign reflex rule rules""".split()
)
# What a person's possessive may name too: only after a lower-case word and for no given name.
EPONYM_OF_WEAK = frozenset(
    """test tests t-test algorithm algorithms method methods model models number numbers index effect series
    scale formula identity criterion estimator procedure approach""".split()
)
# A capitalised head that makes a capitalised name before it a technique: "Western Blot", "Gram Stain".
EPONYM_HEADS_CAPITAL = frozenset(
    "blot blots stain stains test transform theorem algorithm disease syndrome regression distribution".split()
)
_DAYS_SHORT = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_MONTHS_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_SHORT_DAYS_MONTHS = _DAYS_SHORT | _MONTHS_SHORT  # once, not for every capitalised word of every text
_TIME_OR_DATE = re.compile(r"[ \t]*,?[ \t]*(?:\d|noon\b|midday\b)")
_AUXILIARIES = frozenset("can could will would should must".split())


def protect_shapes(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark eponyms, joined names alone and short days before a time protected (see the module's docstring)."""
    for index, token in enumerate(tokens):
        if not token.cap or token.protected:
            continue
        day = token.key in _SHORT_DAYS_MONTHS and _TIME_OR_DATE.match(text, token.end) is not None
        day = day or holiday(text, tokens, index, lex) or _method_pair(text, tokens, index)
        # Its own word test is stricter than ``thing_word``: common words, one of them no name ("CROSS-FUNCTIONAL").
        compound = shouted_compound(text, tokens, index, lex)
        # This session's shapes keep a word only when a word list says it is a thing: the shape alone kept
        # "Priya's and Tunde's", "ADEYEMI-JONES - REFEREE", "Tanaka's follow-up analysis" (review M2).
        listed = thing_word(token) and (
            shouted_shop(text, token)
            or shouted_joined_brand(text, token)
            or possessive_of_named_thing(text, tokens, index)
        )
        if (
            day
            or compound
            or listed
            or storm(text, tokens, index)
            or period(text, tokens, index)
            or _saint(text, tokens, index)
            or _eponym_possessive(text, tokens, index, lex)
            or _capital_head(text, tokens, index, lex)
            or _joined_alone(text, tokens, index, lex)
            or _eponym_before_modified_head(text, tokens, index, lex)
        ):
            token.protected = True
    for index, token in enumerate(tokens):
        if not token.cap and not token.protected and _lower_eponym(text, tokens, index, lex):
            token.protected = True
    for index in range(len(tokens)):
        for members in (
            bare_possessives(text, tokens, index),
            institution(text, tokens, index) or business(text, tokens, index),
        ):
            if members and thing_words(tokens, members, strict=len(members) > 1):
                for member in members:
                    tokens[member].protected = True


def _method_pair(text: str, tokens: list[Token], index: int) -> bool:
    """ "Ran a Kaplan-Meier analysis", "Mann-Whitney U test": a listed method pair with no capitalised word before
    it and a method's head after it ("Emma Holt-Winters accepted" is a person: review M2, session 8)."""
    token = tokens[index]
    if token.key not in EPONYM_PAIRS:
        return False
    before = tokens[index - 1] if index else None
    if before is not None and before.cap and text[before.end : token.start].strip(" .") == "":
        return False
    position = index + 1
    while position < len(tokens) and position <= index + 3:
        word = tokens[position]
        if word.key in EPONYM_HEADS or word.key in _MODIFIED_HEADS:
            return True
        if word.cap and not (word.upper and len(word.key) == 1):  # "Mann-Whitney U test"
            return False
        position += 1
    return False


def _saint(text: str, tokens: list[Token], index: int) -> bool:
    """ "St. Jude", "St Luke's", "Saint Mary's": a saint's name names a hospital, school, church or town."""
    before = tokens[index - 1] if index else None
    if before is None or not before.cap or before.key not in ("st", "ste", "saint"):
        return False
    return text[before.end : tokens[index].start] in (". ", " ")


def _eponym_possessive(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    token = tokens[index]
    if possessive_at(text, token) < 0:
        return False
    before = tokens[index - 1] if index else None
    if before is not None and before.cap and before.key in TITLES:
        return False  # "Dr. Graves' disease clinic" is a person's clinic
    # The head within two lower-case words; across "and <Other>'s" for a coordinated pair.
    position = index + 1
    while position < len(tokens) and position <= index + 5:
        word = tokens[position]
        if word.key in EPONYM_OF:
            return True
        if word.key in EPONYM_OF_WEAK:
            # After an ordinary word ("ran Fisher's exact test", "Ran Fisher's ..."), not a person cue.
            ordinary = before is not None and (before.kind is Kind.WORD or before.key in lex.common)
            lower_before = ordinary and before is not None and before.key not in PERSON_VERBS_BEFORE
            # A surname known to name methods ("Dijkstra's algorithm" opening a sentence) counts anywhere but
            # after a person cue: the term decides, not the surname ("Dijkstra said" is a person).
            cued = before is not None and before.key in PERSON_VERBS_BEFORE
            known = token.key in EPONYMS and not cued
            return known or (lower_before and (token.key not in lex.given or token.key in lex.family))
        coordinated = word.key in ("and", "or", "&") or (word.cap and possessive_at(text, word) >= 0)
        if word.cap and not coordinated:
            return False
        if not word.cap and position > index + 3 and not coordinated:
            return False
        position += 1
    return False


# What only an eponym's possessive names in lower case: "parkinson's disease". Not "disorder", "diagnosis" or a
# noun by its ending ("diploma", "academia" end like diseases: review M1, session 9).
_LOWER_EPONYM_OF = frozenset("disease diseases syndrome palsy".split())


def _lower_eponym(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """ "care for patients with parkinson's disease": a lower-case possessive right before "disease", "syndrome" or
    "palsy" is an eponym, as the capitalised one is (:func:`_eponym_possessive`), unless the word is a listed given
    name ("priya's disease" is left to the name rules)."""
    token = tokens[index]
    if possessive_at(text, token) < 0 or token.key in lex.given or len(token.key) < 3:
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.cap or text[possessive_at(text, token) : after.start] != " ":
        return False
    return after.key in _LOWER_EPONYM_OF


def _capital_head(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """ "Western Blot", "Gram Stain", and the head itself."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.cap and after.key in EPONYM_HEADS_CAPITAL and text[token.end : after.start] == " ":
        return after.key not in lex.family
    before = tokens[index - 1] if index else None
    return (
        token.key in EPONYM_HEADS_CAPITAL
        and before is not None
        and before.cap
        and text[before.end : token.start] == " "
        and token.key not in lex.family
    )


def _joined_alone(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """ "Newton-Raphson" alone in its run and in no person's place."""
    token = tokens[index]
    word = text[token.start : token.end]
    parts = word.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and len(p) > 1 for p in parts) or word.isupper():
        return False
    if given_pair(key_of(word), lex):
        return False  # "Mei-Ling", "Jean-Luc", "Bat-Erdene": a hyphenated given name is no eponym pair
    if hyphened_given_person(text, tokens, index, lex):
        return False  # "with Rose-Marie.", ", said Sarah-Jane.": in a place only a person fills (REDACT-NAMES)
    if key_of(parts[0]) in NAME_PREFIXES | {"ben", "bint", "abd", "abdel", "abdul"}:
        return False  # "Al-Hassan", "El-Sayed", "Abu-Bakr", "Ben-David": a family name with its particle
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and len(before.key) == 1 and text[before.start : token.start] == before.key.upper() + ". ":
        return False  # "K. Müller-Lüdenscheidt, Operations Lead": an initial opens a person's name (OUTSIDE11 N5)
    named = before is not None and (before.kind is not Kind.WORD or before.key in TITLES)
    if named and before is not None and before.cap and text[before.end : token.start].strip(" .") == "":
        return False  # "Marcia Grant-Lindo", "Dr. Grant-Lindo": part of a longer name
    if after is not None and after.cap and text[token.end : after.start] == " ":
        return False
    if before is not None and before.key in PERSON_VERBS_BEFORE | {"per", "cc"}:
        return False
    if cued_before(text, tokens, index, things_too=False):
        return False  # "Feedback from Aa-Bb:", "According to Al-Xxx,", "Reviewer: Aa-Bb"
    if after is not None and (after.key in PERSON_VERBS_AFTER or after.key in _AUXILIARIES):
        return False  # "Grant-Lindo can confirm the dates", "Smith-Jones will join"
    possessive = possessive_at(text, token)
    return possessive < 0 or _eponym_possessive(text, tokens, index, lex)


# Heads a statistical or medical eponym takes across a modifier: "Wilcoxon signed-rank test", "Fisher exact test".
_MODIFIED_HEADS = frozenset(
    """test tests distribution distributions curve curves estimator estimate plot plots score scores scale scales
    regression model models coefficient correlation criterion interval intervals catheter maneuver sign""".split()
)


def _eponym_before_modified_head(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A capitalised word, one or two lower-case modifiers, then a statistical or medical head: "Ran Wilcoxon
    signed-rank tests", "Kaplan-Meier survival curves". Never a listed given name ("Priya coding test")."""
    token = tokens[index]
    if token.upper or (token.key in lex.given and token.key not in lex.family):
        return False
    position = index + 1
    while position < len(tokens) and position <= index + 3:
        word = tokens[position]
        gap = text[tokens[position - 1].end : word.start]
        if word.cap or gap not in (" ", "-"):
            return False
        if word.key in _MODIFIED_HEADS:
            return position > index + 1  # with no modifier, the plain eponym rules decide ("Fisher test")
        position += 1
    return False


def eponyms_as_people(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """An eponym's surname where only a person stands is a person: after a title ("Dr. Pearson"), a person cue
    ("asked Dijkstra", "Feedback from Holt:"), before a person's verb ("Poisson said", "Winters led") or a
    possessive before no eponym's head ("Pearson's notes"). Before its term it was protected above."""
    for index, token in enumerate(tokens):
        if token.key not in EPONYMS or not token.cap or token.upper or token.protected or token.person:
            continue
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        titled = before is not None and before.cap and before.key in TITLES and before.end >= token.start - 2
        verb = after is not None and not after.cap and after.key in PERSON_VERBS_AFTER | _AUXILIARIES
        if after is not None and after.key in EPONYM_HEADS and not after.cap:
            continue  # "Dirichlet priors", "Pearson correlation"
        cued = cued_before(text, tokens, index, things_too=False)
        if titled or cued or verb or person_place(text, tokens, index, index):
            mark(token, "eponym's surname in a person's place")
