"""A name alone in a longer note: the object of a preposition closing a clause, or the subject of reported speech.

"... spent an hour going through the tests with Tinashe.", "The referral came from Precious.", "Handed the file
over to Gift.", "Comp numbers were sent over by Fortune.", "the recruiter told me Precious had accepted",
"The hiring manager said Gift would own the round." The outside check of session 8 found these leaking for
every race x sex group of the end-to-end notes when the full name is not in the same text. Position rules:
the capitalised words must be a listed name or a word no list knows (never a place, an employer, a product
that is no name, a day, a month or a team), and the place must be one a person fills. Used by
:func:`memory.redact_cues.strong_cues`.
"""

from __future__ import annotations

from memory.redact_lexicon import ORGS, PLACES, Lexicon
from memory.redact_tokens import MONTHS, Kind, Token, near
from memory.redact_where import WITH_WORDS

# Verbs and nouns after which "from" takes a person: "came from Precious", "heard from Gift", "a call from".
_FROM_HEADS = frozenset(
    """came come comes coming heard hear hears referral referrals reference references intro introduction note
    notes feedback message messages email emails call calls text texts update updates reply replies input
    sign-off signoff approval nod ok okay pushback questions question request requests""".split()
)
# Verbs after which "to" takes a person: "handed over to Gift", "passed it to Blessing", "introduced to".
_TO_HEADS = frozenset(
    """handed hand handing passed pass passing gave give given sent send forwarded forward introduced intro
    talked spoke speak talk wrote write reached reach replied reply over back off it them this that""".split()
)
# Passive participles after which "by" takes an agent, and a person here: "sent over by Fortune".
_BY_HEADS = frozenset(
    """sent written reviewed approved signed shared flagged raised run led owned given asked interviewed
    screened referred recommended vouched nominated covered drafted suggested proposed prepared""".split()
)
# What may follow the object at a clause's end: "with Precious before the debrief", "from Gift today".
_CLOSING = frozenset(
    """before after today yesterday tomorrow this last next earlier later again too as about on re regarding
    when once while since until if""".split()
)
# Speech verbs after which a clause's subject is reported: "said Gift would", "told me Precious had".
_SPEECH = frozenset("said says told tells mentioned mentions thinks thought felt feels noted heard confirmed".split())
_HEARERS = frozenset("me us him her them everyone".split())
# What the reported subject does next: an auxiliary or a verb only a person's subject takes.
_REPORTED = frozenset(
    """would will had has was is could can should might must wanted wants asked asks prefers preferred
    accepted declined agreed joined left needs needed did does""".split()
)


def _name_word(
    token: Token, token_text: str, lex: Lexicon, tools: bool = False, known: frozenset[str] = frozenset()
) -> bool:
    """A capitalised word that may be a name here: listed, or no word any list knows; never a place, an
    employer, a month or a protected phrase. A product's name only with ``tools`` and when a given name too.
    A word in ``known`` (found naming a person elsewhere in the text) is one whatever else it names."""
    key = token.key
    if not token.cap or token.upper or token.protected:
        return False
    if key in known:
        return True  # "Afterwards [Sunday] mentioned ... the intro came from Sunday."
    if key in MONTHS or key in PLACES or key in ORGS:
        return False
    if token.end - token.start > 2 and any(c.isupper() for c in token_text[1:]):
        return False  # "SafeGraph", "GitHub": a firm's or a product's camel case
    listed = key in lex.given or key in lex.family
    # "with Claude and Grammarly", "transcribed by Whisper": after "with" and "by" a tool is as likely as a
    # person, so a product's name counts only after "from" and "to" ("came from Gift", "over to Justice").
    if key in lex.tech and not (tools and key in lex.given):
        return False
    return listed or (token.kind is Kind.UNKNOWN and (key not in lex.common or token.accented))


def closing_object(
    text: str, tokens: list[Token], run: list[int], lex: Lexicon, known: frozenset[str] = frozenset()
) -> bool:
    """One or two name words after "with", "from", "to" or "by" in a person's place, closing the clause."""
    first, last = run[0], run[-1]
    if len(run) > 2 or first < 2:
        return False
    cue, head = tokens[first - 1], tokens[first - 2]
    if not all(
        _name_word(tokens[i], text[tokens[i].start : tokens[i].end], lex, cue.key in ("from", "to"), known) for i in run
    ):
        return False
    if cue.cap or not near(text, cue, tokens[first]) or "," in text[cue.end : tokens[first].start]:
        return False
    if cue.key == "with":
        # "the tests with Tinashe.", "check with Precious before"; not a product after "experience with".
        place = not head.cap and not (head.key in WITH_WORDS and any(tokens[i].key in lex.tech for i in run))
    elif cue.key == "from":
        place = head.key in _FROM_HEADS
    elif cue.key == "to":
        place = head.key in _TO_HEADS
    elif cue.key == "by":
        place = head.key in _BY_HEADS or (head.key == "over" and first > 2 and tokens[first - 3].key in _BY_HEADS)
    else:
        return False
    if not place:
        return False
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    rest = text[tokens[last].end : tokens[last].end + 1]
    if after is None or rest in (".", "!", "?", ";", ")", "\n", ""):
        return True
    if after.cap or not near(text, tokens[last], after):
        return False
    # "The reference from Tan was glowing": a message's sender before the clause's verb.
    sender = cue.key == "from" and head.key in _SENDS and after.key in _REPORTED
    return sender or after.key in _CLOSING


# Nouns whose "from" names a sender the clause then talks about: "The reference from Tan was glowing".
_SENDS = frozenset("reference references referral feedback intro note notes email message input".split())


def reported_subject(
    text: str, tokens: list[Token], run: list[int], lex: Lexicon, known: frozenset[str] = frozenset()
) -> bool:
    """ "said Gift would own the round", "told me Precious had already accepted", "mentioned that Memory asked"."""
    first, last = run[0], run[-1]
    if (
        len(run) > 2
        or not first
        or not all(_name_word(tokens[i], text[tokens[i].start : tokens[i].end], lex, False, known) for i in run)
    ):
        return False
    at = first - 1
    if tokens[at].key == "that" and at:
        at -= 1
    if tokens[at].key in _HEARERS and at:
        at -= 1
    verb = tokens[at]
    if verb.cap or verb.key not in _SPEECH or "," in text[verb.end : tokens[first].start]:
        return False
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return after is not None and not after.cap and after.key in _REPORTED and near(text, tokens[last], after)


# Cues right before a name that only a person follows ("thanks Sarah-Jane", "Hi Rose-Marie", "cc Mary-Kate").
_GREETINGS = frozenset("thanks thank thx ty hi hello hey dear cc ask asked told tell per congrats kudos".split())
# What a person's possessive owns in a note: "Rose-Marie's scorecard".
_OWNED = frozenset(
    """scorecard scorecards feedback notes note take-home takehome answers resume cv references availability
    portfolio interview debrief offer start team questions""".split()
)


def hyphened_given_person(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A hyphenated name whose halves are both listed given names ("Rose-Marie", "Sarah-Jane", "Mary-Kate",
    "Fatima-Zahra") in a place only a person fills: closing a clause after with/from/to/by, reported after a
    speech verb or in a quote's tag (', said Rose-Marie.'), after a greeting, before a possessive a person owns.
    The lists cannot tell these from an eponym pair ("Mann-Whitney", "Harley-Davidson": both halves are given
    names too), so only the place decides; :mod:`memory.redact_shapes` keeps such pairs elsewhere."""
    token = tokens[index]
    parts = token.key.split("-")
    if len(parts) != 2 or not all(p in lex.given for p in parts) or not token.cap:
        return False
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if closing_object(text, tokens, [index], lex) or reported_subject(text, tokens, [index], lex):
        return True
    if before is not None and before.key in _GREETINGS and near(text, before, token):
        return True
    # A speech tag after a quote or a clause: '"We need more data," said Rose-Marie.', 'The panel agreed, said
    # Sarah-Jane.' — the name closing the sentence.
    tagged = text[max(0, before.start - 3) : before.start].strip(" ")[-2:] if before is not None else ""
    closes = text[token.end : token.end + 1] in (".", "!", "?", ";", "")
    if before is not None and before.key in _SPEECH and closes and tagged[-1:] in (",", '"', "”"):
        return True
    if text[token.end : token.end + 2] in ("'s", "’s") and after is not None and after.key in _OWNED:
        return True
    if before is None or before.key != "with" or index < 2:
        return False
    # "Call with Rose-Marie moved to Friday", "Lunch with Lou-Ann today".
    return tokens[index - 2].key in _MEETINGS or (after is not None and after.key in _CLOSING)


_MEETINGS = frozenset("call calls chat lunch coffee session sync 1:1 meeting screen interview debrief".split())
