"""The second person of a note: a lone given name that is also a word, once a full name stands earlier in the same
text (session 12's outside check, class N1: "Met Brook Halvorsen on Tuesday. Sage will take over the debrief.",
"I thanked Ruby for the notes", "Hunter disagreed with the score").

:mod:`memory.redact_subjects` reads a word a product list holds as no person before a verb a team or a tool does
too ("Ruby runs the backend"); in a note that has named a person by given and family name, a word a given-name list
holds (also when it is a word, a gem, a trade or a tool: "Sage", "Ruby", "Hunter", "King") is the next person where
only a person stands:

- **the subject of a person's verb** opening a sentence: an auxiliary and a base verb ("Sage will take over"), a
  verb of judgement or speech ("disagreed", "said", "wants"), or "takes over";
- **the object of a verb one does to a person**, closing there or before what the verb goes on with ("I thanked
  Ruby for the notes", "asked Pearl about the level", "emailed Sage the packet").

Never a month or a day ("June will take over" is a date's), a word no given-name list holds (teams, vendors, tools:
"Legal will take over", "I thanked Finance for": ``eval.redaction_round13``'s fillers), a capitals word or a longer
capitalised run. Used by :func:`memory.redact_n_frames.frames` and again after the model
(:func:`memory.redact_n_lower.grow`).
"""

from __future__ import annotations

from memory.redact_lexicon import ORGS, Lexicon
from memory.redact_tokens import MONTHS, Token, mark, sentence_start

_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_AUX = frozenset("will would can could should must might shall".split())
# Base verbs after an auxiliary that only a person does here ("will take over", "can interview", "should decide").
_BASE = frozenset(
    """take own lead join interview decide confirm send review sign approve reply call email follow chair run
    coordinate schedule book write handle cover present pair meet ask check chase share draft""".split()
)
# Verbs of judgement and speech after a singular subject ("Hunter disagreed", "Sage said", "Ruby wants").
_PERSON_VERBS = frozenset(
    """said says agreed agrees disagreed disagrees objected objects argued argues insisted insists worried worries
    wants wanted thinks thought felt feels prefers preferred asked asks replied replies mentioned mentions
    suggested suggests noted notes recommended recommends confirmed confirms declined declines approved approves
    vetoed vetoes interviewed interviews volunteered volunteers offered offers promised promises""".split()
)
_TAKES = frozenset("takes took taking".split())  # "Sage takes over the scheduling"
# A tool's or an employer's word a given-name list holds ("Jenkins", "Django", "Chase") is a person only before what
# no tool or firm does (review of 3f2bdd7: "Jenkins will run the nightly build", "I thanked Jenkins for the build").
_PEOPLE_ONLY_BASE = frozenset("interview decide confirm approve reply chair present meet ask join sign lead".split())
_PEOPLE_ONLY_TO = frozenset(
    "asked ask told tell briefed brief reminded remind introduced introduce invited invite messaged texted".split()
)
# Verbs whose object is a person ("I thanked Ruby for", "asked Pearl about", "emailed Sage the packet").
_TO_PERSON = frozenset(
    """thanked thank asked ask told tell emailed email pinged ping messaged message texted text called call
    reminded remind briefed brief introduced introduce invited invite looped cc'd nudged nudge""".split()
)
# What follows the object of such a verb ("thanked Ruby for", "asked Pearl about", "emailed Sage the packet").
_OBJECT_NEXT = frozenset("for about to the a an that re on whether if again yesterday today tomorrow".split())


def second_person(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the lone given names of the module's docstring."""
    first = next(
        (
            i
            for i in range(1, len(tokens))
            if tokens[i].person and tokens[i - 1].person and tokens[i].cap and tokens[i - 1].cap
        ),
        None,
    )
    if first is None:
        return
    for index in range(first + 1, len(tokens) - 1):
        word, after = tokens[index], tokens[index + 1]
        if word.person or not word.cap or word.upper or word.own or (word.protected and "-" not in word.key):
            continue
        key = word.key
        # A given-name list's word, or a pair of name words joined by a hyphen ("Bing-Bing", "Jun-Jun").
        hyphened = "-" in key and all(len(p) > 1 and (p in lex.given or p not in lex.english) for p in key.split("-"))
        if not (key in lex.given or hyphened) or key in MONTHS or key in _DAYS or len(key) < 2:
            continue
        before = tokens[index - 1]
        if (before.cap and text[before.end : word.start] == " ") or (after.cap and text[word.end : after.start] == " "):
            continue  # a longer run is decided as one by the run rules
        if text[word.end : after.start] != " ":
            continue
        nxt = tokens[index + 2] if index + 2 < len(tokens) else None
        tool = key in lex.tech or key in ORGS
        if sentence_start(text, word):
            subject = (
                after.key in _PERSON_VERBS
                or (after.key in _AUX and nxt is not None and nxt.key in (_PEOPLE_ONLY_BASE if tool else _BASE))
                or (not tool and after.key in _TAKES and nxt is not None and nxt.key == "over")
            )
            if subject:
                mark(word, "a second person's subject")
            continue
        if (
            before.key in (_PEOPLE_ONLY_TO if tool else _TO_PERSON)
            and not before.cap
            and text[before.end : word.start] == " "
            and after.key in _OBJECT_NEXT
        ):
            mark(word, "a second person's object")
