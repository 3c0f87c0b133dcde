"""Where a capitalised run stands in its clause says it names a thing: the slot rules of :mod:`memory.redact_things`.

A run is a thing after a preposition a person rarely follows ("at Bucknell", "in Cedar Rapids", "using
Dagster"), after a verb whose object is a tool ("deployed Netlify"), or after "from", "to", "for", "with"
when the words before say what kind of thing follows ("graduated from", "moved ... to", "worked for",
"built ... with"); session 7 added slots of its own (a participle right before "with", a machine's passive
agent, a kind of software, a travel verb before "between", a brand's product noun, a chain's branch, a
facility named by its place, firm marks). The two generations are one function read with two sets of word
lists (:data:`HEAD_SLOTS`, :data:`SLOTS`): a run the 23b721e slots find is kept whatever its words, a run only
the later slots find only when a word list calls every word of it a thing (``redact_slots.thing_words``).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from memory.redact_lexicon import lexicon
from memory.redact_slots import (
    ASSISTANT_KINDS,
    BRANCHES,
    CLAUSE,
    DEGREE_WORDS,
    FACILITY_OWNERS,
    HEAD_FOR_WORDS,
    HEAD_FROM_WORDS,
    HEAD_THING_VERBS,
    HEAD_TO_WORDS,
    HEAD_WITH_WORDS,
    MACHINE_PARTICIPLES,
    NOT_NOUNS,
    PERSON_BEFORE,
    PERSON_NOUNS,
    THING_NOUNS,
    TRAVEL_WORDS,
    WORK_VERBS,
    facility_after,
    firm_marks,
    full_name,
    instrument,
    lower_after,
    noun_after,
)
from memory.redact_thing_lists import word_set
from memory.redact_tokens import Token, sentence_start

# A person rarely follows these: "at Bucknell", "in Cedar Rapids", "on Pulumi", "using Dagster".
THING_PREPOSITIONS = word_set("at in into on onto near across throughout within inside outside using via")
# Verbs whose object is a tool, product or method, never a person: "Integrated Cortana", "deployed Netlify".
# The slots of 23b721e (``HEAD_THING_VERBS``) plus the model verbs added in session 7.
THING_VERBS = HEAD_THING_VERBS | word_set("""
    fine-tuned finetuned fine-tune finetune pre-trained pretrained quantized quantised distilled
""")
JOINED = word_set("joined join joining rejoined")
RUN_OPENERS = THING_PREPOSITIONS | THING_VERBS | JOINED
# "from" names a place or school after these: "graduated from Colgate", "moved from Kigali".
FROM_WORDS = word_set("""
    graduated graduate graduating graduation degree degrees diploma bachelor bachelors master masters mba phd
    bs ba ms msc bsc ma doctorate alumnus alumna alumni alum certificate certified moved relocated relocating
    relocate move moving transferred transfer came comes hails hailing commutes commute commuting commuted flew
    drove drives flies travels travelled traveled travel migrated ported acquired spun switched switch switching
    went
""")
# "to" names a place or a product after these (within a few words): "moved the old jobs to Dagster".
TO_WORDS = word_set("""
    moved move moving relocated relocate relocating migrated migrate migrating ported porting switched
    upgraded upgrade commutes commute commuting travelled traveled travel flew drove transferred shipped
    deployed deploying expanded expanding applied applying admitted accepted exported exporting uploaded
    uploading pushed pushing published publishing posted posting synced syncing streamed streaming piped
    logged saved loaded loading ingested ingesting imported importing
""")
# "for" names an employer or a brand after these: "worked for Renault", "ran the campaign for Prada".
FOR_WORDS = word_set("""
    worked work works working campaign campaigns consulted consultant consulting marketing sales contractor
    contract contracted interned intern vendor supplier advertising ads brand brands engineering analyst
    developer designer built developed launched analytics merchandising media tech retail design support
    operations logistics branding content research products apps photography events partnerships
    buyer buyers merchandiser merchandisers rep reps representative ambassador counter promoter demonstrator
    wholesale distributor franchisee retailer stockist
""")
# "with" names a tool after these (within a few words): "built the pipelines with Dagster".
WITH_WORDS = word_set("""
    built build builds building pipelines pipeline experience experienced familiar familiarity proficient
    proficiency expertise skilled developed develop developing implemented implementing deployed deploying
    integrated integrating automated automating written scripted orchestrated orchestrating jobs dashboards
    tooling tools knowledge programming coding tested testing monitored monitoring configured provisioned
    modelled modeled trained training served serving hands-on scheduled scheduling generated generating
    generate tests unit mocks mocked mocking rendered compiled packaged bundled styled templated powered hosted
    optimised optimized tuned regularised regularized fitted solved approximated estimated computed calculated
    containerized containerised visualized visualised benchmarked profiled linted formatted edited editing
    designed designing illustrated illustrating animated animating recorded recording mixed mastered transcribed
    transcribing translated translating summarised summarized summarising summarizing prototyped prototyping
    wireframed analysed analyzed analysing analyzing
""")


@dataclass(frozen=True)
class Slots:
    """The word lists of one generation of slot rules; ``later`` turns on the slots session 7 added."""

    opening: frozenset[str]  # a word that may open the sentence capitalised before the run ("Integrated Cortana")
    verbs: frozenset[str]
    from_words: frozenset[str]
    to_words: frozenset[str]
    for_words: frozenset[str]
    with_words: frozenset[str]
    later: bool


# The slots of 23b721e, as they were, less two that named people: "worked for Tunde Okafor" (a full name whose
# words are not all thing words) and "the Okafor family".
HEAD_SLOTS = Slots(
    HEAD_THING_VERBS | JOINED, HEAD_THING_VERBS, HEAD_FROM_WORDS, HEAD_TO_WORDS, HEAD_FOR_WORDS, HEAD_WITH_WORDS, False
)
SLOTS = Slots(
    THING_VERBS | JOINED | THING_PREPOSITIONS | {"our", "their", "its"},
    THING_VERBS,
    FROM_WORDS,
    TO_WORDS,
    FOR_WORDS,
    WITH_WORDS,
    True,
)


def clause_before(text: str, tokens: list[Token], first: int, reach: int = 5) -> list[str]:
    """Keys of up to ``reach`` words before ``first`` in the same clause, nearest first."""
    out: list[str] = []
    index = first - 1
    while index >= 0 and len(out) < reach:
        gap = text[tokens[index].end : tokens[index + 1].start]
        abbreviation = len(tokens[index].key) == 1 and gap.strip() == "."  # "B.A. from Bates"
        if any(c in CLAUSE for c in gap) and not abbreviation:
            break
        out.append(tokens[index].key)
        index -= 1
    return out


def position(text: str, tokens: list[Token], run: list[int], slots: Slots) -> bool:
    """The run stands in a thing's slot by ``slots``' word lists."""
    first, last = run[0], run[-1]
    before = clause_before(text, tokens, first)
    # "Integrated Cortana ...", "At Acme, we ...": a verb or preposition opening the sentence is capitalised.
    opening_verb = bool(before) and before[0] in slots.opening and sentence_start(text, tokens[first - 1])
    if slots.later and firm_marks(text, tokens, run):
        return True
    if not before or (tokens[first - 1].cap and not opening_verb):
        return False
    gap = text[tokens[first - 1].end : tokens[first].start]
    if gap.strip(" \t"):
        return False
    possessive = text[tokens[last].end : tokens[last].end + 2] in ("'s", "’s")
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    listed = following is not None and following.key in ("and", "or")  # "at Wendy's and Arby's"
    cue, earlier = before[0], before[1:]
    if possessive and lower_after(text, tokens, last) and not listed:
        if not slots.later:
            return False
        # "at Zaxby's for three years", "at Denny's in Ohio": a possessive with no noun after it is a shop
        # or a restaurant; "in Priya's team", "at Segun's desk" are a person's.
        bare = following is not None and following.key in NOT_NOUNS and following.key not in ("first", "last")
        branch = following is not None and following.key in BRANCHES  # "at Denny's corporate office"
        return cue == "at" and (bare or branch)
    if cue in ("the", "a", "an") and lower_after(text, tokens, last):
        # "the Heimlich maneuver", "a Bunsen burner": a name that qualifies a thing; not "the Okafor family"
        return following is not None and following.key not in PERSON_NOUNS
    if any(w in PERSON_BEFORE for w in earlier):
        return False  # "talked to", "wrote a reference for"
    if cue in THING_PREPOSITIONS or cue in slots.verbs:
        return True
    if cue in JOINED and text[tokens[last].end :].lstrip().startswith(("as a ", "as an ")):
        # "Joined Baker McKenzie as a paralegal": an employer; "joined Ngozi Okafor as a mentor": a given name
        # no ordinary word shares opens a person.
        lex = lexicon()
        opener = tokens[first].key
        return len(run) > 1 and (opener not in lex.given or opener in lex.ordinary)
    if cue == "from":
        letters = "".join(reversed(list(itertools.takewhile(lambda k: len(k) == 1, earlier))))
        # "B.A. from Bates", and (later slots) a degree a few words back: "Licenciatura in economics from ..."
        degree = slots.later and any(w in DEGREE_WORDS for w in earlier[:4])
        return bool(earlier) and (earlier[0] in slots.from_words or letters in slots.from_words or degree)
    if cue == "to":
        return any(w in slots.to_words for w in earlier)
    if cue == "for":
        hits = {w for w in earlier[:3] if w in slots.for_words}
        product = slots.later and noun_after(text, tokens, last)  # "for Kenneth Cole footwear"
        if hits and hits <= WORK_VERBS and full_name(tokens, run):
            return product  # "worked for Tunde Okafor": a person
        return bool(hits) or product
    if cue == "with":
        return any(w in slots.with_words for w in earlier[:4]) or (slots.later and instrument(earlier))
    if not slots.later:
        return False
    if cue == "by":
        return bool(earlier) and earlier[0] in MACHINE_PARTICIPLES  # "generated by Otter", "powered by Algolia"
    if cue in FACILITY_OWNERS and facility_after(text, tokens, last):
        return True  # "Our Kingman depot", "the Everett plant"
    if cue in THING_NOUNS or (cue == "assistant" and earlier and earlier[0] in ASSISTANT_KINDS):
        return True  # "the chatbot Ada", "our AI assistant Jasper"
    if cue == "between":
        return any(w in TRAVEL_WORDS for w in earlier[:3])  # "Commuted between Odessa and Midland"
    return False
