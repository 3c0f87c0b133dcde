"""Names written in lower case: "met with lakisha washington", "thanks yevgenia makarova", "with ama agyeman".

A dictionary word in lower case is never a name on its own; a foreign word (on a name list, or in no list and
no dictionary) is one next to another name word or after a person cue. Used by :mod:`memory.redact_names`.
"""

from __future__ import annotations

import itertools
import re

from memory.redact_chat import NOT_PEOPLE, chat_objects, given_then_strange
from memory.redact_edges import CONTEXT_WORDS
from memory.redact_layout import ROLE_WORDS
from memory.redact_lexicon import (
    DETERMINERS,
    NAME_PREFIXES,
    PARTICLES,
    PERSON_CUES_AFTER,
    PERSON_CUES_BEFORE,
    Lexicon,
    lexicon,
)
from memory.redact_things import WITH_WORDS
from memory.redact_tokens import Kind, Token, joined, mark, near, sentence_start


def lower_case(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Names written in lower case ("met with lakisha washington", "thanks yevgenia makarova").

    A dictionary word in lower case ("wave maker", "unique needs") is never a name on its own: only next to
    a name found otherwise, or the record's own name.
    """
    for index, token in enumerate(tokens):
        if token.cap or token.protected:
            continue
        if token.key in NOT_PEOPLE and not token.own:
            continue  # "sync w/ hr", "pinged eng": a team, a role or a pronoun where a person could stand
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.key in _MESSAGING and (following is None or following.key not in lex.family):
            continue  # "ping oriane.kerbrat": the verb, not the given name "Ping" ("with ping wang" is)
        previous = tokens[index - 1] if index else None
        after_name = previous is not None and previous.person and not previous.cap and joined(text, previous, token)
        # The kind first: most words are ordinary ones, for which the stem search of ``_gerund`` is never needed.
        foreign = (
            (token.kind is Kind.NAME or (token.kind is Kind.UNKNOWN and token.key not in lex.english))
            and len(token.key) > 1
            and not _gerund(token.key)
        )
        if token.own and token.kind in (Kind.NAME, Kind.UNKNOWN):
            mark(token, "own")
        elif after_name and (
            foreign
            or (token.key in lex.family and (token.key not in lex.ordinary or _cued(tokens, index - 1)))
            or (_cued(tokens, index - 1) and _closes(text, tokens, index, lex))
        ):
            mark(token, "lower case")  # the family name after a given name: "with [doli] running-dog about"
        elif foreign or (token.kind is Kind.AMBIG and token.key in lex.given and token.key not in lex.ordinary):
            token.person = _lower_person(text, tokens, index, lex)
            token.why = "lower case"
    _lower_pairs(text, tokens, lex)
    _given_family(text, tokens, lex)
    _lower_particles(text, tokens, lex)
    # The record's own name words in lower case, when they stand together: "bill okafor", not "a bill".
    for left, right in itertools.pairwise(tokens):
        if left.own and right.own and not left.cap and not right.cap and joined(text, left, right):
            mark(left, "own")
            mark(right, "own")
    # A dictionary word that is also a name, right before a name found above: "maria lopez".
    for index in range(len(tokens) - 2, -1, -1):
        token, following = tokens[index], tokens[index + 1]
        if token.cap or token.person or token.protected or following.cap or not following.person:
            continue
        # "ping [autumn]": the messaging verb before a name is no given name here.
        ordinary = token.key in lex.ordinary or token.key in _MESSAGING
        if token.key in lex.given and not ordinary and joined(text, token, following):
            mark(token, "lower case")
    _pinged(text, tokens, lex)
    chat_objects(text, tokens, lex)
    given_then_strange(text, tokens, lex)
    for index, token in enumerate(tokens):
        if _word_name_subject(text, tokens, index, lex):
            mark(token, "lower case, a chat line's subject")
        elif _met_by_name(text, tokens, index, lex):
            mark(token, "lower case, given + family after a meeting")
            mark(tokens[index + 1], "lower case, given + family after a meeting")


def _lower_pairs(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """After a person cue, a name-list word before a foreign word is a full name in lower case, whatever the
    first word also means: "with ama agyeman", "with joy harjo", "with sun qiang", "thanks nor azizah"."""
    for index in range(len(tokens) - 2):
        if tokens[index].key not in PERSON_CUES_BEFORE:
            continue  # before taking the three words apart: most words are no cue
        cue, first, second = tokens[index : index + 3]
        if first.cap or second.cap or first.protected or second.protected:
            continue
        if not (near(text, cue, first) and joined(text, first, second)) or first.key in DETERMINERS:
            continue
        if first.key in NOT_PEOPLE:
            continue  # "sync w/ hr tmrw": a team, not a given name
        if cue.key == "with" and index and tokens[index - 1].key in WITH_WORDS:
            continue  # "experience with large pyspark jobs": a tool follows, not a person
        # After the cue any first word but a product or a function word will do: "with mere tuhiwai".
        named = first.key not in lex.tech and first.key not in CLOSERS and len(first.key) > 1
        if second.key in PARTICLES and index + 3 < len(tokens) and joined(text, second, tokens[index + 3]):
            second = tokens[index + 3]  # "with nikau te ao": the word after the particle
        if named and len(second.key) > 1 and _foreign(second, lex) and not _gerund(second.key):
            mark(first, "lower case")
            mark(second, "lower case")


def _given_family(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """A listed given name then a listed family name, both in lower case and neither an ordinary word or place:
    "annette thomson has five years", "john lê joined" — a name whatever the words around it."""
    for left, right in itertools.pairwise(tokens):
        if left.cap or right.cap or left.protected or right.protected or left.key not in lex.given:
            continue  # (the given name is tested again below; here it spares most pairs the slice of their gap)
        if text[left.end : right.start] != " ":
            continue
        # The family name: a listed one, or one written with accents, or after a given name no word shares, a word
        # no list holds and no common word is ("rehaan loke", "cornelius ojo": rare dictionary words).
        strange = left.kind is Kind.NAME and right.kind is Kind.UNKNOWN and right.key not in lex.common
        if left.key not in lex.given or not (right.key in lex.family or right.accented or strange):
            continue
        pair = (left, right)
        if any(t.kind is Kind.WORD or t.key in lex.common or t.key in lex.ordinary or len(t.key) < 2 for t in pair):
            continue
        # A product's name ("thomson", "julia") counts only beside a name no product shares: "annette thomson".
        if any(t.key in lex.tech for t in pair) and not any(
            t.kind is Kind.NAME and t.key not in lex.tech for t in pair
        ):
            continue
        mark(left, "lower case, given + family")
        mark(right, "lower case, given + family")


def _lower_particles(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Particles and the word after them close a lower-case name found before them: "[fatima] bint saleh",
    "[maria] de la cruz", "[oisin] o briain", "[jesus] ortega y gasset"."""
    for index, token in enumerate(tokens):
        if not token.person or token.cap:
            continue
        ahead = index + 1
        while (
            ahead < len(tokens)
            and ahead - index <= 3
            and not tokens[ahead].cap
            and tokens[ahead].key in PARTICLES | NAME_PREFIXES
            and joined(text, tokens[ahead - 1], tokens[ahead])
        ):
            ahead += 1
        if ahead == index + 1 or ahead == len(tokens):
            continue
        last = tokens[ahead]
        if last.cap or last.protected or not joined(text, tokens[ahead - 1], last) or last.key in DETERMINERS:
            continue
        if last.kind is not Kind.WORD or last.key not in lex.common:
            for t in tokens[index + 1 : ahead + 1]:
                mark(t, "lower case")


# "to" is a person cue after these: "talked to puig", "wrote to ngata".
TALKED = frozenset("talked spoke speak talk wrote write reached replied reply sent send introduced reported".split())
# Words that end a lower-case name or cannot be one: "with priya about", "with priya today".
CLOSERS = frozenset(
    """about on to for at regarding re and or but today yesterday tomorrow this last next earlier later again
    over via from in by the a an our their his her its we they i he she you it who that which is was were are
    will would can could should may might must has had have did does do not also just still then""".split()
)


def _closes(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A lower-case word after a cued given name is its surname when the clause goes on as after a name:
    "with [doli] running-dog about the role", "with [kenya] rivers." (not "with priya today")."""
    token = tokens[index]
    if token.key in CLOSERS or token.key in lex.tech or token.key.endswith(("ly", "ed", "ing")) or len(token.key) < 2:
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    rest = text[token.end : token.end + 2]
    if after is None or not rest.strip() or rest[:1] in ".,;:!?)\n":
        return True
    closes = after.key in CLOSERS or after.key in CONTEXT_WORDS  # "with [cornelius] ojo if it is late"
    return closes and after.key not in DETERMINERS and joined(text, token, after)


def _gerund(key: str) -> bool:
    """ "prefetching", "memoizing": a lower-case verb form is no name on its own. The stem must be a word (or a
    made-up verb's: "dockerizing"), so "sihombing" or "manning" as family names are not taken for verbs."""
    if len(key) < 7 or not key.endswith(("ing", "ings", "izing", "ised", "ized")):
        return False
    if key.endswith(("izing", "ised", "ized")):
        return True
    stem = key[: -4 if key.endswith("ings") else -3]
    lex = lexicon()
    bare = next((stem[len(p) :] for p in _VERB_PREFIXES if stem.startswith(p) and len(stem) > len(p) + 2), stem)
    forms = {stem, stem + "e", stem[:-1], bare, bare + "e", bare[:-1]}
    return any(f in lex.english or f in lex.tech for f in forms)


_VERB_PREFIXES = ("pre", "re", "un", "de", "over", "under", "up", "out", "co", "sub", "auto", "multi", "mis", "cross")


def _cued(tokens: list[Token], index: int) -> bool:
    """The given name at ``index`` follows a person cue, so an ordinary word after it may be a family name:
    "met with kenya rivers", but not "priya led the work"."""
    return index > 0 and tokens[index - 1].key in PERSON_CUES_BEFORE


def _lower_person(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A lower-case name word is a person's name only in a person's place: next to another name word, or
    after a cue such as "with", "met", "thanks" (never after "the": "the team grew")."""
    token = tokens[index]
    previous = tokens[index - 1] if index else None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if previous is not None and previous.key in DETERMINERS and near(text, previous, token):
        return False
    if token.kind is Kind.AMBIG:
        # An ordinary word that is also a given name is a name only before a family name, after a cue:
        # "with kenya rivers", never "and other".
        pair = following is not None and following.key in lex.family and not following.cap
        return pair and previous is not None and previous.key in PERSON_CUES_BEFORE
    for other in (previous, following):
        beside = other is not None and not other.cap and near(text, *sorted((other, token), key=lambda t: t.start))
        if beside and other is not None and len(other.key) > 1 and _foreign(other, lex):
            return True
    if previous is not None and previous.key in PERSON_CUES_BEFORE and near(text, previous, token):
        return True
    if previous is not None and previous.key == "to" and index > 1 and tokens[index - 2].key in TALKED:
        return True  # "talked to kandasamy", "reached out to ngata"
    if following is not None and following.key in PERSON_CUES_AFTER and near(text, token, following):
        return True
    if chat_subject(text, tokens, index, lex):
        return True
    return token.kind is Kind.NAME and text[token.end : token.end + 2] in ("'s", "’s")


# Fillers that open a chat line before its subject: "ok so tendai is out", "fyi wiremu will run the loop".
_FILLERS = frozenset("ok okay so lol fyi btw also and but then yeah yes pls hey update note reminder heads up".split())
# What a chat line's subject does next: an auxiliary or a person's verb.
_SUBJECT_VERBS = frozenset(
    """is was has had will would can could should might must may wants wanted needs prefers starts started said
    says thinks agreed asked joined left accepted declined signed sent""".split()
)


# The tails of command and tool names written in lower case ("kubectl", "nginx", "mysql", "etcd", "nodejs").
_TOOL_TAIL = re.compile(r"(?:[bcdfghjklmnpqrstvwxz]{3}|x|ctl|sql|db|js|ql|ops|cli|api|sdk|io|cd|ci)$")


def _toolish(key: str) -> bool:
    return _TOOL_TAIL.search(key) is not None


def chat_subject(text: str, tokens: list[Token], index: int, lex: Lexicon, decide: bool = True) -> bool:
    """A listed name or a word no list or dictionary knows, in lower case, as the subject of a chat line: at the
    line's or sentence's start or after fillers ("ok so tendai is out", "so wiremu can start in june"), before an
    auxiliary or a person's verb. Outside check (session 7): recall 0.66 in that place. With ``decide``, only a
    listed name is decided here; without, also a word no list knows (for the tagger's candidates)."""
    token = tokens[index]
    if not _foreign(token, lex) or len(token.key) < 3 or token.key in lex.tech:
        return False
    if token.kind is not Kind.NAME and (decide or _toolish(token.key)):
        return False  # a word no list knows is decided by the tagger; one shaped like a tool's name never here
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or following.cap or following.key not in _SUBJECT_VERBS or not near(text, token, following):
        return False
    start = index
    while start > max(0, index - 3) and tokens[start - 1].key in _FILLERS and not tokens[start - 1].cap:
        start -= 1
    return sentence_start(text, tokens[start])


def _foreign(token: Token, lex: Lexicon) -> bool:
    """A listed name, or a word in no list and no dictionary."""
    return token.kind is Kind.NAME or (token.kind is Kind.UNKNOWN and token.key not in lex.english)


# Messaging verbs whose object is a person or a team: "ping autumn about the call", "cc lucky", "loop in gift".
_MESSAGING = frozenset("ping pinged dm dmed cc cced remind reminded nudge nudged loop looped".split())


def _pinged(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """A lower-case given name right after a messaging verb ("ping autumn about moving the call"), even one that
    is also a word: a messaging verb takes a person or a team, and teams are not given names."""
    for index, token in enumerate(tokens):
        if token.cap or token.person or token.protected or token.key in NOT_PEOPLE or token.key in lex.tech:
            continue
        strange = token.kind is Kind.UNKNOWN and token.key not in lex.english and len(token.key) > 2
        if token.key not in lex.given and not strange:
            continue
        before = tokens[index - 1] if index else None
        if before is None or not near(text, before, token):
            continue
        verb = index - 1
        if before.key == "in" and index > 1 and tokens[index - 2].key in ("loop", "looped"):
            before = tokens[index - 2]  # "loop in gift"
            verb = index - 2
        noun = verb > 0 and tokens[verb - 1].key in DETERMINERS  # "the loop ran long": a noun, not the verb
        if before.key in _MESSAGING and (not before.cap or sentence_start(text, before)) and not noun:
            mark(token, "lower case after a messaging verb")


# After a chat line's fillers, verbs only a person's subject takes ("said", "prefers"), and states only a person
# is in ("is out", "is off", "is on leave"): "ok so patience is out", "also winter asked about the visa".
_PERSONS_VERBS = frozenset(
    """said says thinks thought agreed asked asks wants wanted prefers preferred accepted declined joined
    mentioned confirmed replied emailed texted called pinged""".split()
)
_PERSONS_STATES = frozenset("out off sick away ooo back travelling traveling".split())


def _word_name_subject(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A given name that is also a word, in lower case, after one to three fillers opening a chat line and before
    a verb or a state only a person has: "ok so patience is out", "lol so gift wants to reschedule"; the same
    place a name no word shares already takes (:func:`chat_subject`). A product's name only before a verb
    ("ok so ruby said"), never before a state ("fyi spring is out")."""
    token = tokens[index]
    if token.cap or token.person or token.protected or token.key not in lex.given:
        return False
    if len(token.key) < 3 or index == 0 or tokens[index - 1].key not in _FILLERS or tokens[index - 1].cap:
        return False
    start = index
    while start > max(0, index - 3) and tokens[start - 1].key in _FILLERS and not tokens[start - 1].cap:
        start -= 1
    if not sentence_start(text, tokens[start]):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if (
        following is None
        or following.cap
        or not near(text, token, following)
        or "," in text[token.end : following.start]
    ):
        return False
    if following.key in _PERSONS_VERBS:
        return True
    if token.key in lex.tech:
        return False  # "fyi spring is out": a release; a product says nothing, so "gift wants" is a person
    state = tokens[index + 2] if index + 2 < len(tokens) else None
    return (
        following.key in ("is", "was")
        and state is not None
        and (state.key in _PERSONS_STATES or (state.key == "on" and text[state.end : state.end + 6] == " leave"))
    )


# Before "with" or "to", verbs whose object is a person: "spoke with hope stone today", "talked to grace hill".
_MET = frozenset("spoke speak talked talk met meet chatted chat synced sync call caught catch".split())


def _met_by_name(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """ "spoke with hope stone today": after a meeting verb and "with"/"to", a listed given name and a listed family
    name in lower case are a full name even when both are words; neither a product, a role or a function word
    ("spoke with sales today", "met with grace period owners" are not two name words)."""
    if index < 2 or index + 1 >= len(tokens):
        return False
    cue, verb, given, family = tokens[index - 1], tokens[index - 2], tokens[index], tokens[index + 1]
    if cue.key not in ("with", "to") or verb.key not in _MET or any(t.cap for t in (cue, given, family)):
        return False
    if given.person or family.person or given.protected or family.protected:
        return False
    if not (joined(text, given, family) and near(text, cue, given) and near(text, verb, cue)):
        return False
    if given.key not in lex.given or family.key not in lex.family or len(given.key) < 3 or len(family.key) < 3:
        return False
    if any(t.key in CLOSERS or t.key in DETERMINERS or t.key in ROLE_WORDS for t in (given, family)):
        return False
    # A product's word only as a given name that is also a common word ("justice young"), never "kafka streams".
    if family.key in lex.tech or (given.key in lex.tech and given.key not in lex.common):
        return False
    following = tokens[index + 2] if index + 2 < len(tokens) else None
    # A noun after the pair says it was a phrase ("hope stone carvings"): only a clause's end, a time or a
    # preposition may follow.
    return following is None or following.key in _AFTER_MEETING or text[family.end : family.end + 1] in ".,;:!?\n"


_AFTER_MEETING = frozenset(
    "today yesterday tomorrow and about on at this last earlier re regarding for who from before after".split()
)


toolish = _toolish  # for :mod:`memory.redact_n_frames`: a chat label shaped like a tool's name is none
