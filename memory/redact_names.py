"""Finding people's names in text: the candidate's own identity, name lists gated by context, then NER.

Words are classed by :mod:`memory.redact_tokens` (``NAME``, ``AMBIG``, ``WORD``, ``UNKNOWN``).
Capitalised words are grouped into runs ("Ana de la Cruz", "P. Raghunathan"). A run with a ``NAME`` in it
is a person, except for its ordinary words; a run of names only ("Grant Hunter") is a person; a title
("Dr.") makes one. ``NAME`` words in lower case are removed alone. What is left uncertain (an ``AMBIG``
or ``UNKNOWN`` capitalised word) is decided by the named-entity model, on a short window of text.
Multi-word keep phrases ("Chase Bank", "Taylor series"), organisations ("Howard University") and
place cues ("moved to Austin") protect ordinary words first.
"""

from __future__ import annotations

import itertools

from memory.redact_cues import strong_cues
from memory.redact_edges import context_word
from memory.redact_identity import own_lower, own_words_in_place
from memory.redact_layout import opening_name, signatures, table_rows
from memory.redact_lexicon import (
    EPONYM_HEADS,
    MINOR_PLACES,
    NAMED_THINGS,
    ORGS,
    PARTICLES,
    PAST_VERBS,
    PERSON_VERBS_BEFORE,
    PLACES,
    TITLES,
    Lexicon,
    lexicon,
)
from memory.redact_lower import lower_case
from memory.redact_n_about import about_frames, about_subjects, unprotect
from memory.redact_n_amp import ampersand_pairs
from memory.redact_n_columns import person_columns
from memory.redact_n_fields import field_items, handover_objects, role_brackets
from memory.redact_n_frames import frames
from memory.redact_n_handoff import chat_openers, foreign_subjects, handoffs
from memory.redact_n_labels import person_labels
from memory.redact_n_lower import lower_names
from memory.redact_n_openers import REQUEST_VERBS, opener_objects, protect_openers
from memory.redact_n_postnominal import post_nominal_head
from memory.redact_n_rows import row_fields
from memory.redact_n_signoff import closing_signoffs, dash_signoffs
from memory.redact_order import last_first, namey, opening, rare_name, surname_first
from memory.redact_positions import (
    CUE_HEADS,
    PRODUCT_HEADS,
    PRONOUNS,
    headed_run,
    in_place_list,
    is_title,
    not_a_person_here,
    person_nearby,
    person_place,
    place_before_place,
    place_cue,
    source_cue,
    strange_mid_sentence,
    unknown_in_person_place,
)
from memory.redact_products import among_things, camel
from memory.redact_runs import (
    attributive,
    name_line,
    name_run,
    namelike,
    prefixed,
    verb_with_object,
    word_given_name,
)
from memory.redact_shapes import eponyms_as_people, protect_shapes
from memory.redact_subjects import subjects
from memory.redact_things import HEADING_WORDS, things
from memory.redact_tokens import (
    Analysis,
    Kind,
    Token,
    joined,
    mark,
    near,
    protect_phrases,
    runs,
    sentence_start,
    tokenize,
)


def analyse(
    text: str, own: frozenset[str] = frozenset(), lex: Lexicon | None = None, shouted: frozenset[int] = frozenset()
) -> Analysis:
    """Mark what the lists and rules decide; leave the rest in ``uncertain`` for the model. ``shouted``: the
    offsets of lines that were written in capitals and re-cased (their lower-case words say nothing)."""
    lex = lex or lexicon()
    tokens = tokenize(text, lex, own)
    own_words_in_place(text, tokens, lex)
    protect_phrases(text, tokens, lex)
    protect_shapes(text, tokens, lex)
    protect_openers(text, tokens, lex)  # "Advance [Sipho]": the verb is no word of the name
    ampersand_pairs(text, tokens, lex)  # "Thandeka & Sipho interviewed": two people, not a firm
    # "Priya on Tomasz:": a person's view of a person, whose subject "on" would otherwise keep as a thing.
    about = about_subjects(text, tokens, lex)
    before = [t.protected for t in tokens] if about else []
    kept = things(text, tokens, shouted)
    if about:
        kept -= unprotect(tokens, about, before)
    analysis = Analysis(text, tokens)
    lower_case(text, tokens, lex)
    own_lower(tokens)  # the record's own name words left in lower case: "spoke to eko"
    places: set[str] = set()
    for run in runs(text, tokens):
        _decide_run(text, tokens, run, analysis.uncertain, places)
    eponyms_as_people(text, tokens, lex)
    surname_first(text, tokens)
    last_first(text, tokens)
    strong_cues(text, tokens, lex)
    signatures(text, tokens, lex)
    dash_signoffs(text, tokens, lex)  # "...\n-- Gökhan"
    closing_signoffs(text, tokens, lex)  # "Regards, Wiremu"
    table_rows(text, tokens, lex)
    opening_name(text, tokens, lex)
    subjects(text, tokens, lex)
    frames(text, tokens, lex)
    about_frames(text, tokens, lex)  # after the runs: an author found by any rule makes the subject a person
    handoffs(text, tokens, lex)  # "AI: Thandeka to chase", "; Lucky to send": an action item's subject
    foreign_subjects(text, tokens, lex)  # "Lerato vai enviar", "Sipho schickt das Angebot": another language's note
    chat_openers(text, tokens, lex)  # "thandeka here - running late": a chat line's writer
    field_items(text, tokens, lex)  # "assignee: Storm", "Shortlist: Ember; ...": a people field's lone given name
    role_brackets(text, tokens, lex)  # "Hiring manager (Storm)": a role's bracketed given name
    handover_objects(text, tokens, lex)  # "Handing the req over to Destiny": a hand-over's object
    row_fields(text, tokens, lex)  # "Panel - [Thandeka] - 14:00", "2025-01-07,[Ngcobo],[Thandeka],technical"
    person_columns(text, tokens, lex)  # "owner,stage\nhafizah,onsite": the header says whose cell it is
    person_labels(text, tokens, lex, shouted)  # "APPLICANT: KIM BO RA": the label says whose value it is
    post_nominal_head(text, tokens, lex, shouted)  # "CHOI YU, MBA" opening a resume
    lower_names(text, tokens, lex)
    opener_objects(text, tokens, lex, analysis.uncertain)  # "Move [Bakhyt] to": asked of the model
    # A word seen as a place ("moved to Austin") is that place in the rest of the text too.
    analysis.uncertain = [i for i in analysis.uncertain if tokens[i].key not in places]
    analysis.places = frozenset(places) | kept
    return analysis


def _titled(text: str, tokens: list[Token], run: list[int]) -> bool:
    """ "Dr. Okafor", "Ms. de la Cruz": a title just before the run, or as its first word, before a name."""
    lex = lexicon()
    first = run[0]
    # After a title any name word will do, even one that is also a product or an ordinary word ("Prof. Dijkstra",
    # "Ms. Seo", "Ms. Two Feathers"); a title before common words only ("Dr. Who") is no person's title here.
    named = [
        tokens[i]
        for i in run
        if tokens[i].key not in TITLES and (tokens[i].kind is not Kind.WORD or tokens[i].key not in lex.common)
    ]
    if not named:
        return False
    if is_title(text, tokens[first]) and len(run) > 1:
        mark(tokens[first], "_titled")
        return True
    previous = first - 1
    while previous >= 0 and tokens[previous].key in PARTICLES and not tokens[previous].cap:
        previous -= 1
    if previous < 0:
        return False
    title = tokens[previous]
    if is_title(text, title) and title.end >= tokens[previous + 1].start - 3:
        mark(title, "_titled")
        for t in tokens[previous + 1 : first]:
            mark(t, "_titled")
        return True
    return False


def _infinitive_to(text: str, tokens: list[Token], run: list[int]) -> Token | None:
    """A capitalised "To" closing a run before a lower-case verb ("Ask Maria To join the call"): the infinitive's
    marker, no name word, though "To" is a family name (session 16's review: the name took it). Written with its
    accent ("Tô") or in capitals it stays the name's."""
    last = tokens[run[-1]]
    if len(run) < 2 or last.key != "to" or last.upper or last.accented or run[-1] + 1 >= len(tokens):
        return None
    after = tokens[run[-1] + 1]
    if after.cap or text[last.end : after.start] != " " or after.key not in lexicon().english:
        return None
    if after.key in _NOT_INFINITIVE or after.key.endswith(("ed", "s")):
        return None  # "Met Tran To on Friday", "Nguyen Van To joined": the name's last word, then no infinitive
    return last


# Words after a name that no infinitive marker precedes: prepositions, conjunctions, articles, auxiliaries.
_NOT_INFINITIVE = frozenset(
    """on in at and or for from with by of about is was are were will has had said the a an to as but if who which
    that this there here today tomorrow yesterday again also too""".split()
)


def _decide_run(text: str, tokens: list[Token], run: list[int], uncertain: list[int], places: set[str]) -> None:
    if len(run) > 1 and tokens[run[0]].key in CUE_HEADS and sentence_start(text, tokens[run[0]]):
        run = run[1:]  # "Per Abenov, ...", "Thanks Tendai": the cue word is no part of the name
    while len(run) > 1 and context_word(tokens[run[0]]):
        run = run[1:]  # "Either Gambo", "Both Siosaia", "Welcome Rangi": decided without the word before
    lex = lexicon()
    opener = tokens[run[0]]
    past = opener.key.endswith("ed") and any(k in lex.english for k in (opener.key, opener.key[:-1], opener.key[:-2]))
    past = past or (opener.key in PAST_VERBS and sentence_start(text, opener))  # "Taught Kolb's learning cycle"
    if len(run) > 1 and (opener.kind is Kind.WORD or opener.key in lex.common) and past:
        run = run[1:]  # "Placed Foley catheters", "Recorded Apgar scores": a verb opening the sentence
    # Lower-case particles opening the run ("de" in "Per de Vries") go with the name when it is one.
    lead = list(itertools.takewhile(lambda i: not tokens[i].cap, run))
    run = run[len(lead) :]
    if not run:
        return
    _decide_words(text, tokens, run, uncertain, places)
    if tokens[run[0]].person:
        for i in lead:
            mark(tokens[i], tokens[run[0]].why)


# ``Token.why`` of a word a rule decided is a thing (no person): the model is not asked about it afterwards
# (:mod:`memory.redact_n_ask` asks about every other capitalised word that could be a name).
THING = "thing"


def _thing(words: list[Token]) -> None:
    for w in words:
        if not w.person:
            w.why = THING


def _decide_words(text: str, tokens: list[Token], run: list[int], uncertain: list[int], places: set[str]) -> None:
    words = [tokens[i] for i in run]
    prefixes = {id(tokens[i]) for i in run[:-1] if prefixed(tokens, i)}  # "Ó" in "Ó Briain"
    if len(words) >= 2 and all(w.upper for w in words) and name_line(text, words):
        for w in words:
            w.kind = w.spelled  # "WEI LI" heading a resume
    kinds = [w.kind for w in words]
    capital = [w for w in words if w.cap]
    if any(w.own for w in words) and any(w.kind is not Kind.WORD or w.own for w in capital):
        for w in words:
            if w.own or w.kind is not Kind.WORD or not w.cap or len(w.key) == 1:
                mark(w, "own")
        return
    if _titled(text, tokens, run):
        for w in words:
            mark(w, "titled")  # every word of the run: "Ms. Two Feathers"
        return
    initials = [
        w for w in words if len(w.key) == 1 and text[w.end : w.end + 2] == ". " and text[w.start - 1 : w.start] != "."
    ]
    named = [w for w in words if w.kind in (Kind.NAME, Kind.UNKNOWN) and len(w.key) > 1]
    if initials and named and all(w.kind is not Kind.WORD or len(w.key) == 1 for w in words):
        lex = lexicon()
        first = words[0]
        # A common word opening the sentence before the initials is no name: "Invite J. Okafor", "Add J.-P.
        # Lefebvre to the invite" ("Add" is also a listed given name, but first a request's verb); a listed given
        # name there is ("Grace J. Okafor").
        verb = (
            len(words) > 2
            and len(first.key) > 1
            and sentence_start(text, first)
            and first.key in lex.common
            and (first.key not in lex.given or first.key in REQUEST_VERBS)
        )
        for w in words[1:] if verb else words:
            mark(w, "initials")  # "P. Raghunathan", "J. R. Okafor"
        return
    after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    head = after is not None and not after.cap and joined(text, tokens[run[-1]], after)
    if head and after is not None and not verb_with_object(tokens, run[-1] + 1):
        if after.key in EPONYM_HEADS:
            return _thing(
                words
            )  # "Taylor series", "Grant writing", "Gaussian process"; not "Okonkwo tests every edge case"
        if attributive(text, tokens, run, after):
            return _thing(words)  # "Apgar score", "Foley catheters", "an Ishihara test", "Recorded Holter monitors"
    if after is not None and after.key in PRODUCT_HEADS and joined(text, tokens[run[-1]], after):
        return _thing(words)  # "a Jackson JSON serializer", "Cortana integration", "Sidekiq Pro"
    if len(run) == 1 and (
        words[0].key in places or place_cue(text, tokens, run[0]) or in_place_list(text, tokens, run[0])
    ):
        places.add(words[0].key)
        return
    before = tokens[run[0] - 1] if run[0] else None
    if before is not None and before.key in ("the", "a", "an") and any(w.key in lexicon().ordinary for w in words):
        return _thing(words)  # "the Jordan River project", "a Victoria Line upgrade"
    if len(words) >= 2 and words[-1].key in NAMED_THINGS:
        return _thing(words)  # "Rhodes Scholar", "Nobel Prize", "Fulbright Fellowship"
    if len(run) == 1 and not_a_person_here(text, tokens, run[0]):
        return _thing(words)
    if place_before_place(text, tokens, run):
        return _thing(words)
    if Kind.NAME in kinds:
        infinitive = _infinitive_to(text, tokens, run)
        for w in words:
            if w is infinitive:
                continue
            if w.kind is not Kind.WORD or not w.cap or len(w.key) == 1 or id(w) in prefixes:
                mark(w, "run with a name")
        return
    if (
        len(run) == 1
        and strange_mid_sentence(text, tokens, words[0], lexicon())
        and not among_things(text, tokens, run[0])
    ):
        mark(words[0], "unknown word capitalised mid-sentence")
        return
    names = [w for w in words if w.kind is Kind.AMBIG]
    lex = lexicon()
    if (
        len(capital) >= 2
        and len(names) == len(capital)
        and words[0].key in lex.given
        and words[-1].key in lex.family
        and (words[0].key not in lex.common or words[0].accented)
        and words[0].key not in ORGS
        and words[0].key not in lex.tech
    ):
        for w in words:
            mark(w, "given + family")  # "Grant Hunter", "Kenya Washington"
        return
    foreign = all(
        (w.kind in (Kind.UNKNOWN, Kind.NAME) and (w.key not in lex.common or w.accented) and not camel(text, w))
        or id(w) in prefixes
        or rare_name(w, lex)
        for w in words
    ) and any(id(w) not in prefixes for w in words)
    # Mid-sentence, a capitalised word is a proper noun whatever it also means: beside a strange word, in a
    # person's place, it is part of a name ("We reviewed Mere Tuhiwai's take-home").
    proper = (
        len(words) >= 2
        and not sentence_start(text, words[0])
        and any(
            w.kind in (Kind.UNKNOWN, Kind.NAME) and (w.key not in lex.common or w.accented) and not camel(text, w)
            for w in words
        )
        and all(
            w.cap and not w.upper and w.key not in lex.tech and w.key not in PLACES and w.key not in ORGS for w in words
        )
    )
    if word_given_name(text, tokens, run, lex):
        return
    if (
        (foreign or proper)
        and len(run) <= 4
        and (person_place(text, tokens, run[-1], run[0]) or name_line(text, words))
    ):
        for w in words:
            mark(
                w, "person context"
            )  # "Segun's answers", "asked Ebere", "Segun Onuoha, who", "SEGUN ONUOHA" on its own line
        return
    if headed_run(text, tokens, run, lex):
        for w in words:
            if w.cap and w.key not in TITLES:
                mark(w, "name run in a person's place")
        return
    if len(run) <= 4 and name_run(text, tokens, run, lex):
        for w in words:
            if w.cap and (w.kind is not Kind.WORD or w.key in lex.given or w.key in lex.family or len(w.key) == 1):
                mark(w, "name-like run")
        return
    if foreign and len(run) <= 4 and unknown_in_person_place(text, tokens, run):
        for w in words:
            mark(w, "unknown word in a person's place")
        return
    if len(run) == 1 and source_cue(text, tokens, run[0]) and namey(words[0], lex):
        mark(words[0], "per / according to")  # "Per Bah, the ...", "According to Sow, ..."
        return
    single = words[0]
    placeish = single.key in PLACES or single.key in ORGS or single.key in MINOR_PLACES
    # A family name that is also a word ("Font vouched", "Long recommends"); never a pronoun ("He", "She", "You").
    listed = single.key in lex.given or (
        single.key in lex.family and (single.accented or single.key not in PRONOUNS | HEADING_WORDS)
    )
    # After a cue only a person takes ("I asked Chase about", "thanks Israel"), a place or employer name is a name.
    start = opening(tokens, run[0])
    cued = start > 0 and tokens[start - 1].key in PERSON_VERBS_BEFORE and near(text, tokens[start - 1], single)
    if len(run) == 1 and single.kind is Kind.AMBIG and listed and (cued or not placeish):
        possessive = single.key not in lex.tech and single.key not in lex.common
        if person_place(text, tokens, run[0], run[0], possessive=possessive):
            mark(single, "person context")  # "asked Hana", "Crystal's answers"
            return
    # The model is the slow layer. It is asked only about name-like words (not "Client", "Less", "Skill"),
    # or a given + family shape ("Grant Hunter"); about a lone word only when a person is talked about nearby.
    likely = [w for w in words if namelike(w, lex)]
    shaped = len(capital) >= 2 and words[0].key in lex.given and words[-1].key in lex.family
    if not likely and not shaped:
        return
    if len(capital) == 1 and not person_nearby(text, tokens, run[0]):
        return
    for index, w in zip(run, words, strict=True):
        if w.kind is Kind.UNKNOWN and w.upper and len(w.key) <= 5:
            continue  # acronyms
        if w.kind in (Kind.AMBIG, Kind.UNKNOWN):
            uncertain.append(index)
