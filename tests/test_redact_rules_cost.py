"""Session 14's cost cuts in rule helpers change no decision: the dictionary's remembered misses, and the cheaper
tests first in ``redact_lower`` (``_lower_pairs``, ``_given_family``, ``_pinged``) and ``redact_cues``
(``_listed_then_verb``), each against a copy of the code before it, on the same tokens."""

from __future__ import annotations

import copy
import itertools
import random
from collections.abc import Callable

import pytest

from memory import redact_cues, redact_lexicon, redact_listed, redact_lower
from memory.redact_chat import NOT_PEOPLE
from memory.redact_lexicon import DETERMINERS, PARTICLES, PERSON_CUES_BEFORE, PERSON_VERBS_AFTER, Lexicon, lexicon
from memory.redact_things import WITH_WORDS
from memory.redact_tokens import Kind, Token, joined, mark, near, protect_phrases, sentence_start, tokenize

# ~1,900 generated equivalence cases across these cost-cut files take ~28 s on two workers: they run in
# `make test` (CI), not in `make test-fast`, which must stay under a minute.
pytestmark = pytest.mark.slow


def _lower_pairs_before(text: str, tokens: list[Token], lex: Lexicon) -> None:
    for index in range(len(tokens) - 2):
        cue, first, second = tokens[index : index + 3]
        if cue.key not in PERSON_CUES_BEFORE or first.cap or second.cap or first.protected or second.protected:
            continue
        if not (near(text, cue, first) and joined(text, first, second)) or first.key in DETERMINERS:
            continue
        if first.key in NOT_PEOPLE:
            continue
        if cue.key == "with" and index and tokens[index - 1].key in WITH_WORDS:
            continue
        named = first.key not in lex.tech and first.key not in redact_lower.CLOSERS and len(first.key) > 1
        if second.key in PARTICLES and index + 3 < len(tokens) and joined(text, second, tokens[index + 3]):
            second = tokens[index + 3]
        if (
            named
            and len(second.key) > 1
            and redact_lower._foreign(second, lex)
            and not redact_lower._gerund(second.key)
        ):
            mark(first, "lower case")
            mark(second, "lower case")


def _given_family_before(text: str, tokens: list[Token], lex: Lexicon) -> None:
    for left, right in itertools.pairwise(tokens):
        if left.cap or right.cap or left.protected or right.protected or text[left.end : right.start] != " ":
            continue
        strange = left.kind is Kind.NAME and right.kind is Kind.UNKNOWN and right.key not in lex.common
        if left.key not in lex.given or not (right.key in lex.family or right.accented or strange):
            continue
        pair = (left, right)
        if any(t.kind is Kind.WORD or t.key in lex.common or t.key in lex.ordinary or len(t.key) < 2 for t in pair):
            continue
        if any(t.key in lex.tech for t in pair) and not any(
            t.kind is Kind.NAME and t.key not in lex.tech for t in pair
        ):
            continue
        mark(left, "lower case, given + family")
        mark(right, "lower case, given + family")


def _pinged_before(text: str, tokens: list[Token], lex: Lexicon) -> None:
    for index, token in enumerate(tokens):
        strange = token.kind is Kind.UNKNOWN and token.key not in lex.english and len(token.key) > 2
        if token.cap or token.person or token.protected or token.key in NOT_PEOPLE or token.key in lex.tech:
            continue
        if token.key not in lex.given and not strange:
            continue
        before = tokens[index - 1] if index else None
        if before is None or not near(text, before, token):
            continue
        verb = index - 1
        if before.key == "in" and index > 1 and tokens[index - 2].key in ("loop", "looped"):
            before = tokens[index - 2]
            verb = index - 2
        noun = verb > 0 and tokens[verb - 1].key in DETERMINERS
        if before.key in redact_lower._MESSAGING and (not before.cap or sentence_start(text, before)) and not noun:
            mark(token, "lower case after a messaging verb")


def _listed_then_verb_before(text: str, tokens: list[Token], lex: Lexicon) -> None:
    index = 0
    while index < len(tokens):
        members = [index]
        while True:
            here = tokens[members[-1]]
            nxt = members[-1] + 1
            if nxt < len(tokens) and tokens[nxt].key in ("and", "or") and not tokens[nxt].cap:
                gap = text[here.end : tokens[nxt].start]
                if gap.strip(" ,") == "" and nxt + 1 < len(tokens) and tokens[nxt + 1].cap:
                    members.append(nxt + 1)
                    continue
            if nxt < len(tokens) and tokens[nxt].cap and text[here.end : tokens[nxt].start] == ", ":
                members.append(nxt)
                continue
            break
        index = members[-1] + 1
        words = [tokens[m] for m in members]
        if len(words) < 2 or any(w.protected for w in words):
            continue
        verb = tokens[members[-1] + 1] if members[-1] + 1 < len(tokens) else None
        if verb is None or verb.cap or text[words[-1].end : verb.start] != " ":
            continue
        if not (verb.key in redact_cues._LIST_VERBS or verb.key in PERSON_VERBS_AFTER or verb.key.endswith("ed")):
            continue
        if all(w.person or redact_cues._listed_name(w, lex) for w in words):
            for w in words:
                if not w.person:
                    mark(w, "listed with people, then a verb")


# Lower-case names after cues and messaging verbs, given + family pairs, lists of capitalised names before a verb,
# and the words that must stop each rule (determiners, teams, products, closers, gerunds, a noun "loop").
PIECES = [
    "with ama agyeman",
    "with joy harjo",
    "thanks nor azizah",
    "with nikau te ao",
    "with the team",
    "sync w/ hr tmrw",
    "experience with large pyspark jobs",
    "with priya today",
    "met with kenya rivers",
    "ping autumn about the call",
    "loop in gift",
    "the loop ran long",
    "cc lucky",
    "Ping Wang",
    "annette thomson has five years",
    "john lê joined",
    "rehaan loke",
    "justice young",
    "Ronke, Somadina and Ogulana all voted",
    "Kafka, Spark and Flink agreed",
    "Amara and Kofi said",
    "Chase Bank, Austin and Dallas will",
    "Gift, Hope and Grace declined",
    "prefetching",
    "memoizing data",
    "and",
    ",",
    ".",
    "\n",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(["", " ", ", ", ". ", "\n"]) + rng.choice(PIECES) for _ in range(rng.randint(1, 8)))
        for _ in range(count)
    ]


RULES: list[tuple[Callable[[str, list[Token], Lexicon], None], Callable[[str, list[Token], Lexicon], None]]] = [
    (redact_lower._lower_pairs, _lower_pairs_before),
    (redact_lower._given_family, _given_family_before),
    (redact_lower._pinged, _pinged_before),
    (redact_cues._listed_then_verb, _listed_then_verb_before),
]


@pytest.mark.parametrize("text", [*PIECES, *_texts(300, 14)])
def test_rules_decide_as_before(text: str) -> None:
    lex = lexicon()
    tokens = tokenize(text, lex)
    protect_phrases(text, tokens, lex)
    for ours, before in RULES:
        mine, theirs = copy.deepcopy(tokens), copy.deepcopy(tokens)
        ours(text, mine, lex)
        before(text, theirs, lex)
        assert mine == theirs, (ours.__name__, text)


def test_the_pieces_are_decided() -> None:
    """The cases above reach each rule's decision (so the comparison compares something)."""
    lex = lexicon()
    for rule, text, marked in [
        (redact_lower._lower_pairs, "with ama agyeman", {"ama", "agyeman"}),
        (redact_lower._given_family, "annette thomson has five years", {"annette", "thomson"}),
        (redact_lower._pinged, "ping autumn about the call", {"autumn"}),
        (redact_cues._listed_then_verb, "Ronke, Somadina and Ogulana all voted", {"ronke", "somadina", "ogulana"}),
    ]:
        tokens = tokenize(text, lex)
        rule(text, tokens, lex)
        assert {t.key for t in tokens if t.person} == marked, text


def test_dictionary_remembers_what_it_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(redact_lexicon, "_INFLECTED_MAX", 3)
    words = redact_lexicon.Dictionary(frozenset({"architect", "know", "speak", "carry"}))
    asked = ["architected", "knows", "speaks", "carries", "knowz", "okafor", "ar", "architects", "knows", 7]
    expected = [True, True, True, True, False, False, False, True, True, False]
    for _ in range(3):  # fresh, remembered, and after the memory was replaced past its size
        assert [word in words for word in asked] == expected


def test_joiner_after_a_run_as_before() -> None:
    """``_known_firm``'s "and"/"or"/"&" after a run, read where the run ends instead of on a copy of the rest."""
    rng = random.Random(14)
    pieces = [" ", "and ", "or ", "& ", "and", "\t", "Amazon", ",", "or", "&"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        at = rng.randint(0, len(text))
        before = text[at:].lstrip(" ").startswith(("and ", "or ", "& "))
        assert (redact_listed._AND_NEXT.match(text, at) is not None) is before, (text, at)
