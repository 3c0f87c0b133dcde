"""Where a word stands: the words around a capitalised run that say only a person, or only a place or a thing, fits.

The rules in :mod:`memory.redact_names` decide what a run is made of (name-list words, unknown words, titles,
initials); the predicates here read its place in the sentence: before "'s", "said" or ", who", after "asked",
"per", "according to", "feedback from" or a "Label:"; a lone word after "in" or "at", listed with places, or
a dictionary verb opening a sentence before a noun. They decide by the words around a run, never by which
name fills it.
"""

from __future__ import annotations

import re

from memory.redact_edges import context_word
from memory.redact_layout import ROLE_WORDS
from memory.redact_lexicon import (
    MINOR_PLACES,
    MOVE_VERBS,
    NAMED_THINGS,
    ORGS,
    PAST_VERBS,
    PERSON_HINTS,
    PERSON_VERBS_AFTER,
    PERSON_VERBS_BEFORE,
    PLACE_CUES,
    PLACES,
    STRONG_PLACE_CUES,
    TITLES,
    Lexicon,
    lexicon,
)
from memory.redact_order import ROLE_LABELS, opening
from memory.redact_products import camel, productish
from memory.redact_things import PLACE_HEADS
from memory.redact_tokens import Kind, Token, near, sentence_start

# Cue words that may open a sentence in front of a name run ("Per Abenov, ...", "Thanks Tendai").
# Verbs whose object is a person: "Shadowed Somchai during ...", "mentored Hemi", "thanked Pau".
PEOPLE_VERBS = frozenset(
    """screened interviewed met called phoned emailed pinged contacted messaged texted invited asked told shadowed
    mentored coached hired thanked introduced referred supervised briefed debriefed welcomed onboarded""".split()
)
CUE_HEADS = frozenset("per thanks thank cc with via hi hello hey dear as".split()) | PEOPLE_VERBS
# Before an unknown capitalised word, these make it a person ("paired with Tendai", "per Abenov").
UNKNOWN_CUES_BEFORE = (
    frozenset(
        """with per by cc thanks thank asked ask told tell met meet dear hi hello hey pinged emailed interviewed
    welcome congrats congratulations ping remind invite re regarding screened phoned contacted messaged texted invited
    shortlisted sourced onboarded rejected""".split()
    )
    | PEOPLE_VERBS
)
# After an unknown capitalised word, a person's verb ("Tendai led", "Bongani has five years").
UNKNOWN_VERBS_AFTER = PERSON_VERBS_AFTER | frozenset(
    """has had is was will would can could did does joined led designed built ran owned shipped handled showed
    struggled impressed explained walked gave took made wants prefers seems seemed knows knew understood
    answered solved wrote""".split()
)
# After a capitalised word, these say it names a product or a library, not a person.
PRODUCT_HEADS = frozenset(
    """json api apis sdk sdks integration integrations plugin plugins library libraries framework module modules
    serializer driver drivers connector connectors cli toolkit runtime bindings wrapper firmware middleware""".split()
)
# "Feedback from X", "a note from X": what a person sends.
MESSAGES = frozenset(
    """note notes feedback message messages email emails e-mail mail call text update comments comment reply
    response letter intro introduction referral reference references input thoughts notes answers answer scores
    score rating ratings vote votes questions concerns take writeup scorecard signal""".split()
)
PRONOUNS = frozenset("he she him her his hers they them their we us you i me it its who".split())
VERBS_AFTER_MORE = PAST_VERBS | frozenset("spends started starts".split())
ADVERBS = frozenset("also then still never always really clearly quickly just often later again too".split())
_WHO = re.compile(r",?\s+who\b")


def person_place(text: str, tokens: list[Token], last: int, first: int, possessive: bool = True) -> bool:
    """Where only a person fits: before "'s", "said" or ", who"; after "asked" or "thanks"."""
    token = tokens[last]
    if possessive and text[token.end : token.end + 2] in ("'s", "’s"):
        return True
    if _WHO.match(text, token.end):
        return True
    first = opening(tokens, first)
    before = tokens[first - 1] if first else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if before is not None and before.key in PERSON_VERBS_BEFORE and near(text, before, tokens[first]):
        return True
    # "Offer accepted: <name>": a verb closing a label is no person's verb.
    labelled = after is not None and text[after.end : after.end + 1] == ":"
    return after is not None and after.key in PERSON_VERBS_AFTER and near(text, token, after) and not labelled


def headed_run(text: str, tokens: list[Token], run: list[int], lex: Lexicon) -> bool:
    """Two to four capitalised words, one of them strange (a listed name that is no common word, or a word no
    list knows), in a person's place: the whole run is the name, whatever its other words also mean
    ("Phone screen with Tokala Two Bulls.", "Mere Parata has six years", "Wanbli Spotted Eagle has")."""
    words = [tokens[i] for i in run]
    if not 2 <= len(words) <= 4 or not all(w.cap and not w.upper and not w.protected for w in words):
        return False
    if any(w.key in PLACES or w.key in ORGS or w.key in ROLE_WORDS or camel(text, w) for w in words):
        return False
    if words[-1].key in PLACE_HEADS or words[-1].key in NAMED_THINGS:
        return False
    if not any(
        (w.kind is Kind.NAME or (w.kind is Kind.UNKNOWN and (w.key not in lex.common or w.accented)))
        and w.key not in lex.tech
        for w in words
    ):
        return False
    first, last = opening(tokens, run[0]), run[-1]
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if person_place(text, tokens, last, run[0]):
        return True
    if cued_before(text, tokens, first):
        return True
    return after is not None and verbish(after, lex) and near(text, tokens[last], after)


def verbish(token: Token, lex: Lexicon) -> bool:
    """A lower-case verb after a subject: a listed one, or a dictionary word in -ed or -s ("spent" is listed)."""
    if token.cap:
        return False
    if token.key in UNKNOWN_VERBS_AFTER or token.key in VERBS_AFTER_MORE:
        return True
    return token.key in lex.english and (
        token.key.endswith("ed") or (token.key.endswith("s") and token.key[-2:-1] not in ("s", ""))
    )


def unknown_in_person_place(text: str, tokens: list[Token], run: list[int]) -> bool:
    """Words no list and no dictionary knows (checked by the caller) are names where a person fits.

    Unknown capitalised words in notes are far more often names than anything else, so the place decides:
    two or more of them together ("Ablimit Tursun"), after a person cue ("with Tendai", "per Abenov",
    "according to Ozolins", "Interviewer: Ruwan"), or before a person's verb ("Bongani has", "Tendai led").
    A known place, employer or product never gets here (it is not unknown).
    """
    words = [tokens[i] for i in run]
    if any(w.key in PLACES or w.key in ORGS or w.key in MINOR_PLACES or w.protected for w in words):
        return False
    if any(w.upper and len(w.key) <= 5 and w.spelled is not Kind.NAME for w in words):
        return False  # acronyms
    if len(words) >= 2:
        return True
    first, last = opening(tokens, run[0]), run[-1]
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if cued_before(text, tokens, first):
        return True
    if after is None or not near(text, tokens[last], after) or productish(words[0].key, lexicon()):
        return False  # "so Mulesoft moves to ...": a product's name before a verb
    # A listed name no word shares may take any verb ("so Okonkwo moves to Denver"); a word no list knows only a
    # past or listed one ("Kosoko sent"), since "Zendesk tickets" has a plural noun where a verb in -s would be.
    if _past_or_listed(after, lexicon()):
        return True
    if not verbish(after, lexicon()) or sentence_start(text, words[0]):
        return False
    # A verb in -s, not a plural noun, when a preposition, article or adverb follows it: "so Okonkwo moves to
    # Denver", "Adeyemi owns the billing work"; not "Zendesk tickets and Jira boards".
    following = tokens[last + 2] if last + 2 < len(tokens) else None
    if following is not None and (following.key in _AFTER_VERB or following.key.endswith("ly")):
        return True
    # After a conjunction opening the sentence the word is a clause's subject: "If Waahid accepts, ...".
    opener = tokens[first - 1] if first else None
    return opener is not None and opener.key in _SUBORDINATORS and sentence_start(text, opener)


def cued_before(text: str, tokens: list[Token], first: int, things_too: bool = True) -> bool:
    """The words before ``first`` take a person: "with", "asked", "per", "according to", "feedback from", a
    "Reviewer:" label. Shared by every rule that asks whether a run stands where a person stands. Without
    ``things_too`` only cues no method or product follows ("with", "by" and "per" are left out)."""
    before = tokens[first - 1] if first else None
    if before is None:
        return False
    if near(text, before, tokens[first]):
        if before.key in UNKNOWN_CUES_BEFORE and (things_too or before.key not in _THING_CUES):
            return True
        if before.key == "in" and first > 1 and tokens[first - 2].key in _IN_PERSON:
            return True  # "loop in Waahid"
        if before.key == "to" and first > 1 and tokens[first - 2].key == "according":
            return True
        if before.key == "by" and first > 1 and tokens[first - 2].key in _BY_PERSON:
            return True  # "as noted by Nakamura-Smith", "referred by Aroha-Mere"
        if before.key == "from" and first > 1 and tokens[first - 2].key in MESSAGES:
            return True  # "Feedback from Wanbli:", "a note from Tiziri"
    return before.key in ROLE_LABELS and text[before.end : tokens[first].start].strip() == ":"


# "by" after these takes a person: "as noted by", "referred by", "interviewed by".
_BY_PERSON = frozenset(
    """noted said written reported flagged reviewed interviewed screened referred recommended endorsed suggested
    mentioned raised signed approved sent shared""".split()
)
# "<verb> in X" takes a person: "loop in Christina", "bring in Dallas".
_IN_PERSON = frozenset("loop looped looping bring bringing brought rope roped pull pulled cc cced".split())
_SUBORDINATORS = frozenset(
    "if when whenever once unless until since because although though while after before".split()
)
_AFTER_VERB = frozenset("to the a an our their his her its on in into back up over out well from with".split())
# Cues a thing follows as often as a person: "curves with Kaplan-Meier", "priors by Dirichlet".
_THING_CUES = frozenset("with by per".split())


def _past_or_listed(token: Token, lex: Lexicon) -> bool:
    """After a lone unknown word: a listed verb or a past tense ("Kosoko sent", "Ojukwu flagged"); not a word
    in -s, which is as often a plural noun after a product's name ("Zendesk tickets")."""
    if token.cap:
        return False
    if token.key in UNKNOWN_VERBS_AFTER or token.key in VERBS_AFTER_MORE:
        return True
    key = token.key
    # "ended", "accepted", "flagged": a dictionary word, or the -ed of one (the dictionary lists few past forms).
    return key.endswith("ed") and len(key) > 4 and any(w in lex.english for w in (key, key[:-1], key[:-2], key[:-3]))


def source_cue(text: str, tokens: list[Token], index: int) -> bool:
    """ "Per X," and "according to X," name a source; with a name-list word it is a person."""
    token = tokens[index]
    if text[token.end : token.end + 1] != ",":
        return False
    index = opening(tokens, index)
    before = tokens[index - 1] if index else None
    if before is None or not near(text, before, tokens[index]):
        return False
    if before.key == "per":
        return True
    return before.key == "to" and index > 1 and tokens[index - 2].key == "according"


def place_cue(text: str, tokens: list[Token], index: int) -> bool:
    """ "in Austin", "at Chase"; for names that are rarely places, "moved to Tyler", "based in Lincoln"."""
    token = tokens[index]
    before = tokens[index - 1] if index else None
    if before is None or before.cap or text[before.end : token.start].strip(" \t"):
        return False  # "came in. Kenya's" is no place cue
    if before.key == "in" and index > 1 and tokens[index - 2].key in _IN_PERSON:
        return False  # "loop in Christina", "brought in Florence": a person is brought in, not a place
    if token.key in PLACES or token.key in ORGS:
        return before.key in PLACE_CUES
    if token.key in MINOR_PLACES:
        earlier = tokens[index - 2] if index > 1 else None
        moved = before.key in ("to", "from", "in") and earlier is not None and earlier.key in MOVE_VERBS
        return before.key in STRONG_PLACE_CUES or moved
    return False


def in_place_list(text: str, tokens: list[Token], index: int) -> bool:
    """ "Paris, Sydney, Florence and Phoenix": a name-like word listed among known places is a place."""
    token = tokens[index]
    if token.key not in MINOR_PLACES and token.key not in PLACES:
        return False
    neighbours = []
    if index:
        neighbours.append((tokens[index - 1], text[tokens[index - 1].end : token.start]))
    if index + 1 < len(tokens):
        neighbours.append((tokens[index + 1], text[token.end : tokens[index + 1].start]))
    return any(o.cap and o.key in PLACES and gap.strip() in (",", "and", ", and") for o, gap in neighbours)


def place_before_place(text: str, tokens: list[Token], run: list[int]) -> bool:
    """ "in Al Barsha, Dubai", "near Ban Na, Laos": after in/at/from/near and before ", <known place>"."""
    before = tokens[run[0] - 1] if run[0] else None
    after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    if before is None or before.key not in ("in", "at", "from", "near") or after is None or after.key not in PLACES:
        return False
    return text[tokens[run[-1]].end : after.start] == ", " and after.cap


def not_a_person_here(text: str, tokens: list[Token], index: int) -> bool:
    """A lone word where a person rarely stands: "a Brooklyn library", "analyst at Nomura",
    "Fairbanks, Alaska", or a dictionary word opening a sentence before a noun ("Ran experiments")."""
    lex = lexicon()
    token = tokens[index]
    if text[token.end : token.end + 2] in ("'s", "’s") or token.kind is Kind.WORD:
        return False
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and before.cap and is_title(text, before):
        return False
    modifier = before is not None and before.key in ("a", "an", "on")  # "a Brooklyn library", "on Siri"
    placed = before is not None and before.key in ("at", "in")  # "analyst at Nomura", "in Adelaide"
    if placed and before is not None and before.key == "in" and index > 1 and tokens[index - 2].key in _IN_PERSON:
        placed = False  # "loop in Christina"
    if placed and after is not None and after.key in UNKNOWN_VERBS_AFTER:
        placed = False
    if before is not None and not before.cap and near(text, before, token) and (modifier or placed):
        return True
    if after is not None and after.cap and after.key in PLACES and text[token.end : after.start] == ", ":
        # "Fairbanks, Alaska", but not "Zavala, Carolina: applied ..." (a "Last, First:" heading)
        return not (sentence_start(text, token) and text[after.end : after.end + 1] == ":")
    if before is not None and before.cap and before.key in PLACES and text[before.end : token.start] == ", ":
        # "Pune, Maharashtra": the region after a known city, unless a "Last, First:" heading
        return not (sentence_start(text, before) and text[token.end : token.end + 1] == ":")
    if before is not None and before.key == "from" and after is not None and after.key == "to":
        return True  # "commutes from Marietta to Atlanta"
    if sentence_start(text, token) and token.key in lex.english and after is not None and after.protected:
        return near(text, token, after)  # "Ran Fisher's exact test": a verb opening the sentence before a thing
    if sentence_start(text, token) and token.key in lex.english and after is not None and not after.cap:
        verbish = after.key in UNKNOWN_VERBS_AFTER or after.key.endswith("ed") or after.key in ADVERBS
        return near(text, token, after) and not verbish
    return False


def person_nearby(text: str, tokens: list[Token], index: int, reach: int = 4) -> bool:
    """A person hint ("he", "interviewed", "thanks") within ``reach`` words. A placeholder left by an earlier pass
    ("[PERSON]") counts as the word it replaced, so a second pass decides as the first did."""
    token = tokens[index]
    if text[token.end : token.end + 2] in ("'s", "’s"):
        return True
    for step in (-1, 1):
        at, left = index, reach
        while left > 0 and 0 <= at + step < len(tokens):
            near_end, far = (tokens[at], tokens[at + step]) if step > 0 else (tokens[at + step], tokens[at])
            left -= 1 + len(_PLACEHOLDER.findall(text, near_end.end, far.start))
            at += step
            if left >= 0 and tokens[at].key in PERSON_HINTS:
                return True
    return False


_PLACEHOLDER = re.compile(r"\[(?:PERSON|CANDIDATE|CONTACT)\]")


def is_title(text: str, token: Token) -> bool:
    # "Ms." or "Ms", never "MS" without a dot (MS Office, MS SQL).
    return token.key in TITLES and token.cap and (not token.upper or text[token.end : token.end + 1] == ".")


def strange_mid_sentence(text: str, tokens: list[Token], token: Token, lex: Lexicon) -> bool:
    """A word no name list, dictionary or product list knows, capitalised where a sentence does not start, is a
    proper noun; this layer takes it for a name, as it takes a listed name there ("Next steps for Ghulaam:",
    "Unfortunately Aloba withdrew") so that a name's being on a list does not decide whether it is removed.
    Places, employers, products and things were protected before this."""
    if token.kind is not Kind.UNKNOWN or token.upper or token.protected or token.key in lex.english:
        return False
    if token.key in lex.tech or token.key in PLACES or token.key in ORGS or token.key in MINOR_PLACES:
        return False
    if len(token.key) < 3 or camel(text, token) or sentence_start(text, token) or productish(token.key, lex):
        return False
    # In running prose only (one space before, after a lower-case word or an adverb opening the sentence), and
    # where a person ends a clause or starts a verb: not "company - Matelabs description", "jQuery- Exprience".
    index = tokens.index(token)
    before = tokens[index - 1] if index else None
    if before is None or text[before.end : token.start] != " ":
        return False
    if before.cap and not (before.key.endswith("ly") or context_word(before)):
        return False
    rest = text[token.end : token.end + 2]
    # Closing a field or a clause ("for Ghulaam:", "with Aloba, then"); not ending a sentence, where places,
    # holidays and products stand as often ("until Diwali.", "moved to Reykjavik.").
    if rest[:1] in (":", ";", ",", ")"):
        return True
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.cap or text[token.end : after.start] != " ":
        return False
    return verbish(after, lex) or after.key in PERSON_VERBS_AFTER or after.key in PAST_VERBS or context_word(after)
