"""Runs listed with a thing are things of the same kind: the list rules of :mod:`memory.redact_things`.

"at Emory, then Tufts", "in Presto and Trino", "Wake Forest and Lehigh", and two or more runs sharing one
plural noun ("Gemma, Mistral and Phi models"). A seed the 23b721e slots found passes "thing" on to what it is
listed with; a seed only the later slots found, a known place or a known firm passes it on only to a run whose
every word a word list calls a thing (``redact_slots.thing_words``, strict): "Lagos and Ngozi were my two
highlights", "Referees include Amazon and Gift Moyo" keep no person.
"""

from __future__ import annotations

import re

from memory.redact_lexicon import ORGS, PERSON_CUES_AFTER, PERSON_VERBS_AFTER, PLACES, lexicon
from memory.redact_slots import (
    HEAD_THING_VERBS,
    NOT_NOUNS,
    PERSON_NOUNS,
    VERBS_S,
    lower_after,
    named_run,
    thing_words,
)
from memory.redact_tokens import Token

_LIST_GAPS = frozenset(
    {
        ",",
        "and",
        "or",
        "&",
        ", and",
        ", or",
        ", then",
        "then",
        "/",
        "and then",
        ", later",
        "later",
        ", now",
        "and later",
    }
)
_LIST_END = frozenset("and or in at for on as since until during then".split())


def coordinated(
    text: str,
    tokens: list[Token],
    all_runs: list[list[int]],
    found: set[tuple[str, ...]],
    head: set[tuple[str, ...]] | None = None,
) -> None:
    """A run listed with a thing is a thing of the same kind: "at Emory, then Tufts", "in Presto and Trino",
    "Wake Forest and Lehigh". Only where the list ends there (not "in Lagos and Amadou joined")."""
    # Known places after a preposition count too: "for Fresno and Merced", "in Austin and later Tyler" (not "Met
    # Austin and Priya at lunch", nor a "Washington, Lakisha:" heading).
    # (A list into each tuple, not a generator: for every run of every text.)
    keys = [tuple([tokens[i].key for i in run if tokens[i].cap]) for run in all_runs]
    # As at 23b721e: a seed its slots found, or protected words, listed with gaps of then; nothing else passes on
    # to a run whose words are not all thing words ("Lagos and Ngozi were my highlights").
    settled = [
        (key in head if head is not None else key in found) or all(tokens[i].protected for i in run)
        for key, run in zip(keys, all_runs, strict=True)
    ]
    thing = [
        settled[n]
        or keys[n] in found
        or (all(tokens[i].key in PLACES for i in run) and _place_here(text, tokens, run))
        or _known_firm(text, tokens, run)
        for n, run in enumerate(all_runs)
    ]
    changed = True
    while changed:
        changed = False
        for n, run in enumerate(all_runs):
            if thing[n]:
                continue
            if _after_protected(text, tokens, run[0]) and _list_ends(text, tokens, run):
                thing[n] = changed = True  # "Wake Forest and Lehigh": after a kept phrase
                found.add(tuple(w.key for w in (tokens[i] for i in run) if w.cap))
                continue
            for m in (n - 1, n + 1):
                if not 0 <= m < len(all_runs) or not thing[m]:
                    continue
                left, right = (all_runs[m], run) if m < n else (run, all_runs[m])
                gap = " ".join(text[tokens[left[-1]].end : tokens[right[0]].start].split())
                gap = gap[2:].lstrip() if gap[:2] in ("'s", "’s") else gap  # "Wendy's and Arby's"
                # "from Harvest to Toggl": what a thing was switched for is a thing of its kind.
                switched = gap == "to" and m < n and left[0] > 0 and tokens[left[0] - 1].key == "from"
                if (gap not in _LIST_GAPS and not switched) or not _list_ends(text, tokens, run):
                    continue
                # A seed of 23b721e's slots passes "thing" on whatever the words, but not to a person's full name
                # ("Worked at Deloitte and Tunde Okafor", "Ngozi Adeyemi, Lagos, Nigeria") unless both are the
                # object of a verb whose object is a product ("Stocked Vera Wang and Anne Klein").
                product = m < n and left[0] > 0 and tokens[left[0] - 1].key in HEAD_THING_VERBS
                person = named_run(tokens, run) and not product
                as_then = settled[m] and gap in _LIST_GAPS and gap != "and later" and not person
                if not as_then and not thing_words(tokens, run, strict=True):
                    continue
                thing[n] = changed = True
                settled[n] = as_then
                found.add(tuple(w.key for w in (tokens[i] for i in run) if w.cap))
                break


def shared_head(text: str, tokens: list[Token], all_runs: list[list[int]], found: set[tuple[str, ...]]) -> None:
    """Two or more runs listed before one plural noun they share are things of one kind: "Gemma, Mistral and Phi
    models", "between Norman and Tulsa sites", "Dolly, Vicuna and Alpaca checkpoints". After a list of people a
    verb follows, and a plural verb takes no -s ("Ana and Ben agree"); nouns notes put after people ("Ana and
    Ben interviews") are left out."""
    chain: list[list[int]] = []
    for run in all_runs:
        if chain:
            left = chain[-1]
            gap = " ".join(text[tokens[left[-1]].end : tokens[run[0]].start].split())
            if gap not in _LIST_GAPS or gap in ("/", "then", ", then", "later", ", later", ", now", "and then"):
                chain = []
        chain.append(run)
        if len(chain) < 2 or not _plural_head(text, tokens, run[-1]):
            continue
        for member in chain:
            if thing_words(tokens, member, strict=True):
                found.add(tuple(w.key for w in (tokens[i] for i in member) if w.cap))


def _plural_head(text: str, tokens: list[Token], last: int) -> bool:
    if not lower_after(text, tokens, last) or text[tokens[last].end : tokens[last + 1].start] != " ":
        return False
    key = tokens[last + 1].key
    if not key.endswith("s") or key.endswith("ss") or len(key) < 4:
        return False
    if key in PERSON_NOUNS or key in NOT_NOUNS or key in VERBS_S or key in PERSON_CUES_AFTER:
        return False
    return key in lexicon().ordinary or key[:-1] in lexicon().ordinary


_PLACE_BEFORE = frozenset("in for from to between near across around at within throughout".split())


def _known_firm(text: str, tokens: list[Token], run: list[int]) -> bool:
    """A firm or product the lists know and no given name shares, after "such as", "including", "like", "with"
    or a preposition, or listed before "and": "such as Amazon, Flipkart, Meesho" (not "with Julia, Priya and ...",
    Julia being a given name too)."""
    lex = lexicon()
    if not all(tokens[i].key in ORGS or tokens[i].key in lex.tech for i in run):
        return False
    if any(tokens[i].key in lex.given for i in run):
        return False
    before = tokens[run[0] - 1] if run[0] else None
    if before is not None and before.key in _PLACE_OR_LIST_OPENERS:
        return True
    # Not ``text[end:].lstrip(" ").startswith(...)``: that copied the rest of the text for every run.
    return _AND_NEXT.match(text, tokens[run[-1]].end) is not None


_LIST_OPENERS = frozenset("as including like with using than".split())
_PLACE_OR_LIST_OPENERS = _PLACE_BEFORE | _LIST_OPENERS
_AND_NEXT = re.compile(r" *(?:and |or |& )")  # spaces only (as lstrip(" ")), then a joiner and its space


def _place_here(text: str, tokens: list[Token], run: list[int]) -> bool:
    """A known place after a preposition, or one no given name shares before "and" ("Fresno and Merced were ...";
    not "Austin and Priya were ...", nor a "Boston, Lakisha:" heading)."""
    before = tokens[run[0] - 1] if run[0] else None
    if before is not None and before.key in _PLACE_BEFORE:
        return True
    listed = text[tokens[run[-1]].end :].lstrip(" ").startswith(("and ", "or ", "& "))
    return listed and all(tokens[i].key not in lexicon().given for i in run)


def _list_ends(text: str, tokens: list[Token], run: list[int]) -> bool:
    last = run[-1]
    end = tokens[last].end
    if text[end : end + 2] in ("'s", "’s"):
        end += 2  # "at Wendy's and Arby's."
    rest = text[end : end + 2]
    if not rest.strip() or rest[:1] in ".,;:)!?\n":
        return True
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is None or after.cap or text[tokens[last].end : after.start] != " ":
        return False
    if after.key in _LIST_END:
        return True
    # A noun the listed things share: "Tory Burch and Steve Madden accessories", "Watson and Jarvis prototypes".
    key = after.key
    verbish = key.endswith("ed") or key in VERBS_S or key in PERSON_VERBS_AFTER or key in PERSON_CUES_AFTER
    return key in lexicon().ordinary and not verbish and key not in PERSON_NOUNS and key not in NOT_NOUNS


def _after_protected(text: str, tokens: list[Token], first: int) -> bool:
    """Listed right after a kept phrase or organisation ("Wake Forest and Lehigh", "Acme Labs, Tufts")."""
    index = first - 1
    if index >= 0 and tokens[index].key in ("and", "or", "then", "later", "now") and not tokens[index].cap:
        index -= 1
    if index < 0 or not tokens[index].protected or not tokens[index].cap:
        return False
    gap = " ".join(text[tokens[index].end : tokens[first].start].split())
    return gap in _LIST_GAPS
