"""Which words fill a person's slot: the word's side of :func:`memory.redact_n_slots.person_slots`.

Split out of :mod:`memory.redact_n_slots` (session 17). The slot says a person could stand there; the word decides
whether this one is a name, by a property of the word, never of its origin: slots vendors, firms and tools share
ask more of a word (a listed name, or no product's shape) than slots only a person fills.
"""

from __future__ import annotations

import re

from memory import redact_n_slot_cues as cue
from memory.redact_fp_tables import gazetteer
from memory.redact_lexicon import ORGS, PLACES, Lexicon
from memory.redact_n_nameish import initials, nameish
from memory.redact_products import camel, productish
from memory.redact_tokens import Kind, Token


def fills(text: str, token: Token, lex: Lexicon, why: str, employer: bool) -> bool:
    """The word is a name in the slot ``why``: a name-like word, or in a slot vendors share, a listed name."""
    if why == "a handover's person":
        return _handed_name(text, token, lex)
    if why == "copied in":  # protected as a place after "in": a given name, or a name by the lists' shape
        return not token.upper and (token.key in lex.given or _handed_name(text, token, lex))
    if why == "a role aside":  # a firm takes a role in parentheses too: a listed given name only
        return token.key in lex.given and nameish(text, token, lex, strong=True)
    if why in ("a verdict's author", "a verdict's speaker"):
        # A place, a firm or a product gives no verdict: a given name that is also one is the person ("Strong hire from
        # Austin", "Chase: no hire"); a word no list knows only by its shape (``nameish``).
        if token.upper or token.key in cue.TIME_WORDS:
            return False
        if "-" in token.key:  # "Min-jun: strong hire"; not "- Go-to-market: strong hire" (round 12's filler)
            return all(p in lex.given or p not in lex.english for p in token.key.split("-"))
        return token.key in lex.given or (token.key not in lex.english and nameish(text, token, lex, strong=True))
    if not nameish(text, token, lex, strong=True, employer=employer):
        return False
    key = token.key
    if why in cue.SHARED:
        listed = key in lex.given or key in lex.family or initials(token, lex)
        return listed or not _product_shaped(text, token, lex)
    if why not in cue.LISTED_ONLY:
        return True
    if why == "object of hire":
        return key in lex.given and key not in ORGS  # firms are hired too ("hire Deloitte"); a product is not
    if why == "thanked":
        return key in lex.given  # thanked for something: a given name ("Thanks to May for"), not a team's word
    return key in lex.given or key in lex.family or initials(token, lex) or "-" in key


def _handed_name(text: str, token: Token, lex: Lexicon) -> bool:
    """A name by the lists' shape before a handover's noun (``cue.HANDED``): no product, firm, place or dictionary
    word, no camel case; protected or not (the "qualifies a noun" rule protects it)."""
    key = token.key
    if token.upper or camel(text, token) or key in lex.tech or key in ORGS or key in PLACES or key in lex.common:
        return False
    if (key,) in gazetteer().all_companies.get(key, ()) or (key,) in gazetteer().places.get(key, ()):
        return False
    return key in lex.family or key in lex.given or (token.kind is Kind.UNKNOWN and key not in lex.english)


# A web brand's ending: a consonant and "r" with the vowel dropped ("Checkr", "Flickr", "Tumblr").
_DROPPED_VOWEL = re.compile(r"[^aeiouy]r$")


def _product_shaped(text: str, token: Token, lex: Lexicon) -> bool:
    """A word no name list holds that is shaped like a product: a product's camel case or a digit, a product list's
    or a product ending's word ("Mulesoft"), or a dropped vowel ("Checkr"); not any inner capital ("McTavish")."""
    word = text[token.start : token.end]
    return (
        camel(text, token)
        or any(c.isdigit() for c in word)
        or token.key in lex.tech
        or productish(token.key, lex)
        or _DROPPED_VOWEL.search(token.key) is not None
    )
