"""A lone name as the subject of a reported word, after a modifier saying where the speaker was met.

"Maria from my time at Stripe says", "Hope from the 2019 cohort said", "Tendai from her Accenture years mentioned":
the name that opens the sentence is followed by a preposition, so the rule that reads "a dictionary word opening a
sentence before a noun" (``redact_positions.not_a_person_here``: "Ran experiments") took "Maria" and "Hope" for
things, while "Tendai", in no dictionary, went; a world's name decided what the model read (issue 10, OUTSIDE16
end to end class 1: this single shape moved 3 of the 7 Bloomberg race x sex swaps).

Decided by the shape, whatever the name: one capitalised word opening a sentence, a prepositional modifier right
after it ("from", "at", "of", "in", "with", "during", "back at", "formerly of"; the modifier's own words a few at
most, no sentence end among them), then a verb only a person does here ("says", "said", "mentioned", "thinks",
"vouched"). The false side is a thing in that slot ("Stripe from 2019 says", "Kafka from the old stack says
nothing", "Data from the pilot says", "Feedback from the panel said"): a product, employer or tool word, or a
dictionary word no given-name list holds, is never taken. Runs before the model, so the tagger reads "[PERSON] from
the 2019 cohort said" in every world and decides the modifier's words the same way.
"""

from __future__ import annotations

import re

from memory.redact_lexicon import ORGS, PERSON_CUES_AFTER, PERSON_VERBS_AFTER, Lexicon
from memory.redact_tokens import Kind, Token, mark, sentence_start

# Prepositions opening a modifier that says where or when a speaker was known.
_MODIFIERS = frozenset("from at of in with during back formerly once ex".split())
# Verbs a speaker does; with the two lists of person verbs after a name.
_REPORTED = (
    PERSON_VERBS_AFTER
    | PERSON_CUES_AFTER
    | frozenset(
        """
    reckons reckoned remembers remembered recalls recalled swears swore insists insisted warned warns raved raves
    texted messaged pinged rated rates vouch vouches called calls told tells added adds
    """.split()
    )
)
# The modifier's words before the verb: "from my time at Stripe" (5), "from her two years on the payments team" (7).
_REACH = 9
# Between the modifier and the verb a sentence may close; these end the search.
_STOPS = frozenset(".!?;:\n()[]")
# Words that open another clause: a verb after them has another subject.
_CLAUSES = frozenset("but so then although though because while when whereas if unless since".split())
# A line's opening: a bullet or a quote mark before the subject ("- Faith from the Lagos office recommended her").
_OPENING = re.compile(r"(?:^|\n)[ \t]*[-*•>][ \t]*$")


def reported_subjects(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark a lone capitalised word opening a sentence before "<preposition> ... <reported verb>"."""
    for index in range(len(tokens) - 2):
        token = tokens[index]
        # The preposition first: the cheapest test, and the rarest (cost: this runs on every word).
        if tokens[index + 1].key not in _MODIFIERS or token.protected or not token.cap or token.upper:
            continue
        if not (token.person or _person_word(token, lex)):
            continue
        verb = reported_frame(text, tokens, index)
        if verb is None:
            continue
        if not token.person:
            mark(token, "subject of a reported verb after a modifier")
        # The modifier's lower-case words are not the verb's subject ("the 2019 cohort said"): the tagger, asked
        # about a word before "said", took "cohort" for a name.
        for word in tokens[index + 2 : verb]:
            if not (word.cap or word.person or word.own) and word.kind in (Kind.WORD, Kind.UNKNOWN):
                word.protected = True


def reported_frame(text: str, tokens: list[Token], index: int) -> int | None:
    """The reported verb's index when ``tokens[index]`` opens a sentence before "<preposition> ... <verb>"
    ("Hope from my time at Stripe says"); None otherwise. The identity layer asks it too: the candidate's own
    name word that is also a word ("Hope") is theirs in this slot."""
    token = tokens[index]
    prep = tokens[index + 1] if index + 1 < len(tokens) else None
    if prep is None or prep.key not in _MODIFIERS or prep.cap or text[token.end : prep.start] not in (" ", ", "):
        return None
    if not (sentence_start(text, token) or _OPENING.search(text, 0, token.start)):
        return None
    return _reported_after(text, tokens, index + 1)


def _person_word(token: Token, lex: Lexicon) -> bool:
    """A word that may be a name: listed as a given name, or no dictionary, product or employer word."""
    key = token.key
    if key in lex.tech or key in ORGS or key in lex.acronyms:
        return False
    if key in lex.given:
        return True
    return token.kind is not Kind.WORD and key not in lex.english


def _reported_after(text: str, tokens: list[Token], prep: int) -> int | None:
    """The index of a reported verb within ``_REACH`` words after the preposition, in the same clause: no sentence
    end and no clause-joining word before it ("Paris from above looks lovely, and she said so" is no subject)."""
    for at in range(prep + 1, min(len(tokens), prep + 1 + _REACH)):
        gap = text[tokens[at - 1].end : tokens[at].start]
        if any(c in _STOPS for c in gap):
            return None
        word = tokens[at]
        if word.cap or word.person:
            continue
        if word.key in _CLAUSES or (word.key == "and" and "," in gap):
            return None
        if word.key in _REPORTED and at > prep + 1:
            return at
    return None
