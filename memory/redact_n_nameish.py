"""Whether a capitalised word can be a name where a person's slot holds it: the word's side of every slot rule of
:mod:`memory.redact_n_slots`, :mod:`memory.redact_n_records` and :mod:`memory.redact_n_openers`.

A property of the word, never of its origin: a word a given-name list holds (also when it is a word: "Summer"),
a word no list or dictionary knows, or a name-list word that is no common word; never a word only an ordinary or
product list holds, a place or an employer (unless the slot is one no firm fills).
"""

from __future__ import annotations

from memory.redact_lexicon import MINOR_PLACES, ORGS, PLACES, Lexicon
from memory.redact_products import camel
from memory.redact_tokens import Kind, Token


def nameish(text: str, token: Token, lex: Lexicon, strong: bool = False, employer: bool = False) -> bool:
    """A capitalised word that is a name when a person's slot holds it (see the module's docstring)."""
    key = token.key
    if not token.cap or token.own:
        return False
    parts = key.split("-")
    if token.protected and not (
        strong
        and token.kind is Kind.NAME
        and len(parts) > 1
        and all(p in lex.given or p not in lex.english for p in parts)
    ):
        # A hyphenated pair of name words is protected as a thing ("Rolls-Royce"); alone in a slot only a person
        # fills (a sign-off, a header), a pair no ordinary list holds is a name ("Best,\nMari-Liis").
        return False
    if token.upper and len(key) > 1:
        return initials(token, lex)
    if employer and key in ORGS and key in lex.given:
        return True  # the object of a request about a person: "Ping Chase about the start date"
    if key in PLACES or key in ORGS or key in MINOR_PLACES or camel(text, token):
        return False
    if "-" in key:
        parts = key.split("-")
        return all(p in lex.given or p in lex.family or p not in lex.english for p in parts)
    if key in lex.given:
        return True
    if key in lex.tech or key in lex.common:
        return False
    return token.kind in (Kind.NAME, Kind.UNKNOWN) and len(key) > 1


def initials(token: Token, lex: Lexicon) -> bool:
    """Initials used as a given name ("AJ", "KC", "TJ"): two capitals a given-name list holds and no common word
    or acronym list does ("HR", "IT", "QA", "AI" stay acronyms). Not three: a three-letter given-list word in
    capitals is as often a firm's or a product's acronym ("GEA", "ASA" in real resumes)."""
    key = token.key
    return (
        token.upper
        and len(key) == 2
        and key in lex.given
        and key not in lex.common
        and key not in lex.acronyms
        and key not in _STATE_CODES
    )


# US state codes a given-name list also holds as a name ("VA", "KY"): in capitals they are the state.
_STATE_CODES = frozenset(
    """al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or
    pa ri sc sd tn tx ut vt va wa wv wi wy dc""".split()
)
