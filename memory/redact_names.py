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
import re

from memory.redact_cues import strong_cues
from memory.redact_layout import ROLE_WORDS, opening_name, signatures, table_rows
from memory.redact_lexicon import (
    EPONYM_HEADS,
    MINOR_PLACES,
    MOVE_VERBS,
    NAME_PREFIXES,
    NAMED_THINGS,
    ORGS,
    PARTICLES,
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
from memory.redact_lower import lower_case
from memory.redact_order import ROLE_LABELS, last_first, namey, opening, rare_name, surname_first
from memory.redact_shapes import protect_shapes
from memory.redact_things import HEADING_WORDS, PLACE_HEADS, things
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

# Cue words that may open a sentence in front of a name run ("Per Abenov, ...", "Thanks Tendai").
# Verbs whose object is a person: "Shadowed Somchai during ...", "mentored Hemi", "thanked Pau".
PEOPLE_VERBS = frozenset(
    """screened interviewed met called phoned emailed pinged contacted messaged texted invited asked told shadowed
    mentored coached hired thanked introduced referred supervised briefed debriefed welcomed onboarded""".split()
)
CUE_HEADS = frozenset("per thanks thank cc with via hi hello hey dear".split()) | PEOPLE_VERBS
# Before an unknown capitalised word, these make it a person ("paired with Tendai", "per Abenov").
UNKNOWN_CUES_BEFORE = (
    frozenset(
        """with per by cc thanks thank asked ask told tell met meet dear hi hello hey pinged emailed interviewed
    screened phoned contacted messaged texted invited shortlisted sourced onboarded rejected""".split()
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
    response letter intro introduction referral reference references input thoughts notes""".split()
)
PRONOUNS = frozenset("he she him her his hers they them their we us you i me it its who".split())
VERBS_AFTER_MORE = frozenset("spent spends started starts went came got put kept left brought took".split())
ADVERBS = frozenset("also then still never always really clearly quickly just often later again too".split())
_WHO = re.compile(r",?\s+who\b")


def analyse(
    text: str, own: frozenset[str] = frozenset(), lex: Lexicon | None = None, shouted: frozenset[int] = frozenset()
) -> Analysis:
    """Mark what the lists and rules decide; leave the rest in ``uncertain`` for the model. ``shouted``: the
    offsets of lines that were written in capitals and re-cased (their lower-case words say nothing)."""
    lex = lex or lexicon()
    tokens = tokenize(text, lex, own)
    protect_phrases(text, tokens, lex)
    protect_shapes(text, tokens, lex)
    kept = things(text, tokens, shouted)
    analysis = Analysis(text, tokens)
    lower_case(text, tokens, lex)
    places: set[str] = set()
    for run in runs(text, tokens):
        _decide_run(text, tokens, run, analysis.uncertain, places)
    surname_first(text, tokens)
    last_first(text, tokens)
    strong_cues(text, tokens, lex)
    signatures(text, tokens, lex)
    table_rows(text, tokens, lex)
    opening_name(text, tokens, lex)
    # A word seen as a place ("moved to Austin") is that place in the rest of the text too.
    analysis.uncertain = [i for i in analysis.uncertain if tokens[i].key not in places]
    analysis.places = frozenset(places) | kept
    return analysis


def _prefixed(tokens: list[Token], index: int) -> bool:
    """A capitalised prefix that opens a family name before another capitalised word: "Ó Briain", "Mac Giolla"."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return token.cap and token.key in NAME_PREFIXES and after is not None and after.cap


def _person_place(text: str, tokens: list[Token], last: int, first: int, possessive: bool = True) -> bool:
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
    return after is not None and after.key in PERSON_VERBS_AFTER and near(text, token, after)


def _camel(text: str, token: Token) -> bool:
    """ "InfoTech", "LabView": capitals deep inside a word mark a product, not "DeShawn" or "McKinsey"."""
    if token.upper:
        return False
    for part in re.split(r"['’-]", text[token.start : token.end]):  # "Ablimit-Gulnar" is two names, not camel
        inner = [i for i, c in enumerate(part) if c.isupper() and i > 0]
        if len(inner) > 1 or any(i >= 4 for i in inner):
            return True
    return False


def name_line(text: str, words: list[Token]) -> bool:
    """Two to four name-like words alone on a line: the name heading a resume."""
    if len(words) < 2:
        return False
    line_start = text.rfind("\n", 0, words[0].start) + 1
    line_end = text.find("\n", words[-1].end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip() == text[words[0].start : words[-1].end].strip()


def _place_cue(text: str, tokens: list[Token], index: int) -> bool:
    """ "in Austin", "at Chase"; for names that are rarely places, "moved to Tyler", "based in Lincoln"."""
    token = tokens[index]
    before = tokens[index - 1] if index else None
    if before is None or before.cap or text[before.end : token.start].strip(" \t"):
        return False  # "came in. Kenya's" is no place cue
    if token.key in PLACES or token.key in ORGS:
        return before.key in PLACE_CUES
    if token.key in MINOR_PLACES:
        earlier = tokens[index - 2] if index > 1 else None
        moved = before.key in ("to", "from", "in") and earlier is not None and earlier.key in MOVE_VERBS
        return before.key in STRONG_PLACE_CUES or moved
    return False


def _in_place_list(text: str, tokens: list[Token], index: int) -> bool:
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


def _is_title(text: str, token: Token) -> bool:
    # "Ms." or "Ms", never "MS" without a dot (MS Office, MS SQL).
    return token.key in TITLES and token.cap and (not token.upper or text[token.end : token.end + 1] == ".")


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
    if _is_title(text, tokens[first]) and len(run) > 1:
        mark(tokens[first], "_titled")
        return True
    previous = first - 1
    while previous >= 0 and tokens[previous].key in PARTICLES and not tokens[previous].cap:
        previous -= 1
    if previous < 0:
        return False
    title = tokens[previous]
    if _is_title(text, title) and title.end >= tokens[previous + 1].start - 3:
        mark(title, "_titled")
        for t in tokens[previous + 1 : first]:
            mark(t, "_titled")
        return True
    return False


def _decide_run(text: str, tokens: list[Token], run: list[int], uncertain: list[int], places: set[str]) -> None:
    if len(run) > 1 and tokens[run[0]].key in CUE_HEADS and sentence_start(text, tokens[run[0]]):
        run = run[1:]  # "Per Abenov, ...", "Thanks Tendai": the cue word is no part of the name
    # Lower-case particles opening the run ("de" in "Per de Vries") go with the name when it is one.
    lead = list(itertools.takewhile(lambda i: not tokens[i].cap, run))
    run = run[len(lead) :]
    if not run:
        return
    _decide_words(text, tokens, run, uncertain, places)
    if tokens[run[0]].person:
        for i in lead:
            mark(tokens[i], tokens[run[0]].why)


def _decide_words(text: str, tokens: list[Token], run: list[int], uncertain: list[int], places: set[str]) -> None:
    words = [tokens[i] for i in run]
    prefixes = {id(tokens[i]) for i in run[:-1] if _prefixed(tokens, i)}  # "Ó" in "Ó Briain"
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
        for w in words:
            mark(w, "initials")  # "P. Raghunathan", "J. R. Okafor"
        return
    after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    if after is not None and not after.cap and after.key in EPONYM_HEADS and joined(text, tokens[run[-1]], after):
        return  # "Taylor series", "Grant writing", "Gaussian process"
    if after is not None and after.key in PRODUCT_HEADS and joined(text, tokens[run[-1]], after):
        return  # "a Jackson JSON serializer", "Cortana integration", "Sidekiq Pro"
    if len(run) == 1 and (
        words[0].key in places or _place_cue(text, tokens, run[0]) or _in_place_list(text, tokens, run[0])
    ):
        places.add(words[0].key)
        return
    before = tokens[run[0] - 1] if run[0] else None
    if before is not None and before.key in ("the", "a", "an") and any(w.key in lexicon().ordinary for w in words):
        return  # "the Jordan River project", "a Victoria Line upgrade"
    if len(words) >= 2 and words[-1].key in NAMED_THINGS:
        return  # "Rhodes Scholar", "Nobel Prize", "Fulbright Fellowship"
    if len(run) == 1 and _not_a_person_here(text, tokens, run[0]):
        return
    if _place_before_place(text, tokens, run):
        return
    if Kind.NAME in kinds:
        for w in words:
            if w.kind is not Kind.WORD or not w.cap or len(w.key) == 1 or id(w) in prefixes:
                mark(w, "run with a name")
        return
    names = [w for w in words if w.kind is Kind.AMBIG]
    lex = lexicon()
    if (
        len(capital) >= 2
        and len(names) == len(capital)
        and words[0].key in lex.given
        and words[-1].key in lex.family
        and words[0].key not in lex.common
        and words[0].key not in ORGS
        and words[0].key not in lex.tech
    ):
        for w in words:
            mark(w, "given + family")  # "Grant Hunter", "Kenya Washington"
        return
    foreign = all(
        (w.kind in (Kind.UNKNOWN, Kind.NAME) and w.key not in lex.common and not _camel(text, w))
        or id(w) in prefixes
        or rare_name(w, lex)
        for w in words
    ) and any(id(w) not in prefixes for w in words)
    # Mid-sentence, a capitalised word is a proper noun whatever it also means: beside a strange word, in a
    # person's place, it is part of a name ("We reviewed Mere Tuhiwai's take-home").
    proper = (
        len(words) >= 2
        and not sentence_start(text, words[0])
        and any(w.kind in (Kind.UNKNOWN, Kind.NAME) and w.key not in lex.common and not _camel(text, w) for w in words)
        and all(
            w.cap and not w.upper and w.key not in lex.tech and w.key not in PLACES and w.key not in ORGS for w in words
        )
    )
    if (
        (foreign or proper)
        and len(run) <= 4
        and (_person_place(text, tokens, run[-1], run[0]) or name_line(text, words))
    ):
        for w in words:
            mark(
                w, "person context"
            )  # "Segun's answers", "asked Ebere", "Segun Onuoha, who", "SEGUN ONUOHA" on its own line
        return
    if _headed_run(text, tokens, run, lex):
        for w in words:
            if w.cap and w.key not in TITLES:
                mark(w, "name run in a person's place")
        return
    if len(run) <= 4 and _name_run(text, tokens, run, lex):
        for w in words:
            if w.cap and (w.kind is not Kind.WORD or w.key in lex.given or w.key in lex.family or len(w.key) == 1):
                mark(w, "name-like run")
        return
    if foreign and len(run) <= 4 and _unknown_in_person_place(text, tokens, run):
        for w in words:
            mark(w, "unknown word in a person's place")
        return
    if len(run) == 1 and _source_cue(text, tokens, run[0]) and namey(words[0], lex):
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
        if _person_place(text, tokens, run[0], run[0], possessive=possessive):
            mark(single, "person context")  # "asked Hana", "Crystal's answers"
            return
    # The model is the slow layer. It is asked only about name-like words (not "Client", "Less", "Skill"),
    # or a given + family shape ("Grant Hunter"); about a lone word only when a person is talked about nearby.
    namelike = [w for w in words if _namelike(w, lex)]
    shaped = len(capital) >= 2 and words[0].key in lex.given and words[-1].key in lex.family
    if not namelike and not shaped:
        return
    if len(capital) == 1 and not _person_nearby(text, tokens, run[0]):
        return
    for index, w in zip(run, words, strict=True):
        if w.kind is Kind.UNKNOWN and w.upper and len(w.key) <= 5:
            continue  # acronyms
        if w.kind in (Kind.AMBIG, Kind.UNKNOWN):
            uncertain.append(index)


def _headed_run(text: str, tokens: list[Token], run: list[int], lex: Lexicon) -> bool:
    """Two to four capitalised words, one of them strange (a listed name that is no common word, or a word no
    list knows), in a person's place: the whole run is the name, whatever its other words also mean
    ("Phone screen with Tokala Two Bulls.", "Mere Parata has six years", "Wanbli Spotted Eagle has")."""
    words = [tokens[i] for i in run]
    if not 2 <= len(words) <= 4 or not all(w.cap and not w.upper and not w.protected for w in words):
        return False
    if any(w.key in PLACES or w.key in ORGS or w.key in ROLE_WORDS or _camel(text, w) for w in words):
        return False
    if words[-1].key in PLACE_HEADS or words[-1].key in NAMED_THINGS:
        return False
    if not any(
        (w.kind is Kind.NAME or (w.kind is Kind.UNKNOWN and w.key not in lex.common)) and w.key not in lex.tech
        for w in words
    ):
        return False
    first, last = opening(tokens, run[0]), run[-1]
    before = tokens[first - 1] if first else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if _person_place(text, tokens, last, run[0]):
        return True
    if before is not None and near(text, before, tokens[first]):
        if before.key in UNKNOWN_CUES_BEFORE:
            return True
        if before.key == "from" and first > 1 and tokens[first - 2].key in MESSAGES:
            return True
    if before is not None and before.key in ROLE_LABELS and text[before.end : tokens[first].start].strip() == ":":
        return True
    return after is not None and _verbish(after, lex) and near(text, tokens[last], after)


def _verbish(token: Token, lex: Lexicon) -> bool:
    """A lower-case verb after a subject: a listed one, or a dictionary word in -ed or -s ("spent" is listed)."""
    if token.cap:
        return False
    if token.key in UNKNOWN_VERBS_AFTER or token.key in VERBS_AFTER_MORE:
        return True
    return token.key in lex.english and (token.key.endswith("ed") or (token.key.endswith("s") and token.key[-2] != "s"))


def _name_run(text: str, tokens: list[Token], run: list[int], lex: Lexicon) -> bool:
    """Two to four capitalised words together, one of them no list or dictionary knows (or a listed
    name that is no ordinary word) and the others name words too: "Rasa Petrauskiene", "Thant Zin Oo".
    On a line of its own (a resume's heading), name-list words alone suffice: "AMADOU SOW"."""
    words = [tokens[i] for i in run]
    capital = [w for w in words if w.cap]
    if len(capital) < 2 or any(w.protected or w.key in PLACES or w.key in ORGS or w.key in lex.tech for w in words):
        return False
    if any(_camel(text, w) or (w.cap and w.key in TITLES) for w in words):
        return False

    line = name_line(text, words)
    prefixes = {id(tokens[i]) for i in run[:-1] if _prefixed(tokens, i)}

    def strange(w: Token) -> bool:
        if w.upper and not line:
            return False  # "HSC", "ICICI", "NLU": capitals inside a sentence are acronyms
        kind = w.spelled if w.upper else w.kind
        return (kind is Kind.UNKNOWN and w.key not in lex.common) or kind is Kind.NAME or rare_name(w, lex)

    def namey(w: Token, position: int) -> bool:
        if not w.cap or id(w) in prefixes:
            return True  # particles inside the run, "Ó" in "Ó Briain"
        if len(w.key) == 1:
            return text[w.end : w.end + 2] == ". "  # an initial, not "B.Sc"
        if strange(w):
            return True
        if w.upper and not line:
            return False
        # A name-list word that is also a dictionary word fits its place only: a given name first
        # ("Rasa Petrauskiene"), a family name last; not "Trust Analytika".
        if position == 0:
            return w.key in lex.given
        if position == len(words) - 1:
            return w.key in lex.family
        return w.key in lex.given or w.key in lex.family

    if not all(namey(w, i) for i, w in enumerate(words)):
        return False
    after = text[words[-1].end : words[-1].end + 2]
    before = tokens[run[0] - 1] if run[0] else None
    if after == ", " and before is not None and before.key in ("in", "at", "from", "near"):
        following = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
        if following is not None and following.key in PLACES:
            return False  # "in Al Barsha, Dubai"
    if any(strange(w) for w in capital if len(w.key) > 1):
        return True
    return line and all(w.key in lex.given or w.key in lex.family for w in capital)


def _unknown_in_person_place(text: str, tokens: list[Token], run: list[int]) -> bool:
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
    before = tokens[first - 1] if first else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if before is not None and near(text, before, tokens[first]):
        if before.key in UNKNOWN_CUES_BEFORE:
            return True
        if before.key == "to" and first > 1 and tokens[first - 2].key == "according":
            return True
        if before.key == "from" and first > 1 and tokens[first - 2].key in MESSAGES:
            return True  # "Feedback from Wanbli:", "a note from Tiziri"
    if before is not None and before.key in ROLE_LABELS and text[before.end : tokens[first].start].strip() == ":":
        return True
    return after is not None and after.key in UNKNOWN_VERBS_AFTER and near(text, tokens[last], after)


def _place_before_place(text: str, tokens: list[Token], run: list[int]) -> bool:
    """ "in Al Barsha, Dubai", "near Ban Na, Laos": after in/at/from/near and before ", <known place>"."""
    before = tokens[run[0] - 1] if run[0] else None
    after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    if before is None or before.key not in ("in", "at", "from", "near") or after is None or after.key not in PLACES:
        return False
    return text[tokens[run[-1]].end : after.start] == ", " and after.cap


def _source_cue(text: str, tokens: list[Token], index: int) -> bool:
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


def _not_a_person_here(text: str, tokens: list[Token], index: int) -> bool:
    """A lone word where a person rarely stands: "a Brooklyn library", "analyst at Nomura",
    "Fairbanks, Alaska", or a dictionary word opening a sentence before a noun ("Ran experiments")."""
    lex = lexicon()
    token = tokens[index]
    if text[token.end : token.end + 2] in ("'s", "’s") or token.kind is Kind.WORD:
        return False
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and before.cap and _is_title(text, before):
        return False
    modifier = before is not None and before.key in ("a", "an", "on")  # "a Brooklyn library", "on Siri"
    placed = before is not None and before.key in ("at", "in")  # "analyst at Nomura", "in Adelaide"
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


def _namelike(token: Token, lex: Lexicon) -> bool:
    if token.kind is Kind.UNKNOWN:
        return token.key not in lex.common and not token.upper
    return token.kind is Kind.AMBIG and token.key not in lex.ordinary and token.key not in lex.tech


def _person_nearby(text: str, tokens: list[Token], index: int, reach: int = 4) -> bool:
    token = tokens[index]
    if text[token.end : token.end + 2] in ("'s", "’s"):
        return True
    for other in tokens[max(0, index - reach) : index + reach + 1]:
        if other is not token and other.key in PERSON_HINTS:
            return True
    return False
