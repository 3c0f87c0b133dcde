"""After the rules: the model's windows and spans, the rest of a found name, and a found name spread through the text.

Used by :mod:`memory.redact` once :func:`memory.redact_names.analyse` has decided what the lists and rules can.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from memory.redact_edges import FIELD_DECIDED
from memory.redact_joined import beside, coordinated, join_words, pronoun_surnames, repeat_words
from memory.redact_layout import OPENERS, ROLE_WORDS
from memory.redact_lexicon import ORGS, PARTICLES, PLACES, TITLES, Lexicon, lexicon
from memory.redact_n_openers import REQUEST_VERBS
from memory.redact_order import ROLE_LABELS
from memory.redact_runs import name_line
from memory.redact_things import PLACE_HEADS
from memory.redact_tokens import MONTHS, Analysis, Kind, Token, joined, mark, near, runs, sentence_start

DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday".split())

_SENTENCE_END = re.compile(r"[.!?]\s|[\n:;•|]")


def windows(analysis: Analysis, reach: int = 48) -> list[tuple[int, int]]:
    """Character spans around uncertain words, clipped to their sentence and merged when they overlap."""
    text = analysis.text
    spans: list[tuple[int, int]] = []
    for index in analysis.uncertain:
        token = analysis.tokens[index]
        start = max(0, token.start - reach)
        end = min(len(text), token.end + reach)
        for match in _SENTENCE_END.finditer(text, start, token.start):
            start = match.end()
        stop = _SENTENCE_END.search(text, token.end, end)
        if stop is not None and stop.start() == token.end and text[stop.start()] == ":":
            # A speaker's label ("> Yupanqui: I think ..."): read with what they said, not alone (the model
            # does not call a lone "> Yupanqui:" a person).
            stop = _SENTENCE_END.search(text, token.end + 1, end)
        if stop is not None:
            end = stop.start() + 1
        # Snap to whole words.
        while start > 0 and start < token.start and not text[start - 1].isspace():
            start += 1
        while end < len(text) and end > token.end and not text[end - 1].isspace() and text[end - 1].isalnum():
            end -= 1
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def apply_persons(analysis: Analysis, persons: Sequence[tuple[int, int]]) -> None:
    """Mark uncertain words inside the model's PERSON spans (document offsets) as persons."""
    if not persons:
        return
    lex = lexicon()
    tokens = analysis.tokens
    allowed = {id(tokens[i]) for i in analysis.uncertain}
    for a, b in persons:
        # Capitalised words, and lower-case ones the model was asked about (``uncertain``): "met with ama agyeman".
        inside = [t for t in tokens if a <= t.start < b and (t.cap or id(t) in allowed) and not t.protected]
        if not inside or all(t.kind is Kind.WORD for t in inside):
            continue
        # The model calls some products people ("Pandas"); a lone product or ordinary word is not a person.
        lone = inside[0] if len(inside) == 1 else None
        if lone is not None and (lone.key in lex.tech or (lone.key in lex.ordinary and lone.kind is not Kind.AMBIG)):
            continue
        for t in inside:
            if t.kind is not Kind.WORD and id(t) in allowed:
                mark(t, "model")


def _extend(text: str, tokens: list[Token]) -> None:
    """The rest of a name whose other words were found: a capitalised word in the same run next to a found name
    word, when it is no common English word ("Sanne Dijkstra", "Eko Prasetyo") or sits between two found words
    ("Aiyana Two Feathers"). Places, employers and acronyms inside a sentence stay."""
    lex = lexicon()
    for run in runs(text, tokens):
        words = [tokens[i] for i in run]
        if not any(w.person for w in words):
            continue
        line = name_line(text, words)
        # After "Interviewer:", "References:" or "cc", or alone on a line, the whole run is the name: "[Doli]
        # Running Dog", whatever its words also mean.
        before = tokens[run[0] - 1] if run[0] else None
        labelled = before is not None and (
            (before.key in ROLE_LABELS and text[before.end : words[0].start].strip() == ":")
            or (before.key == "cc" and near(text, before, words[0]))
        )
        changed = True
        while changed:
            changed = False
            for n, w in enumerate(words):
                if w.person or not w.cap or w.protected or w.key in TITLES:
                    continue
                placed = w.key in PLACES or w.key in ORGS
                if placed and not (n + 1 < len(words) and words[n + 1].person and w.key in lex.given):
                    continue  # a place stays, unless a given name opening a found name ("Dakota [Runs Above]")
                if w.upper and len(w.key) <= 5 and not line:
                    continue
                left = n > 0 and words[n - 1].person
                right = n + 1 < len(words) and words[n + 1].person
                rare = w.key not in lex.common and w.key not in lex.ordinary
                if (labelled or line) and (left or right) and w.key not in lex.tech:
                    mark(w, "rest of a labelled name")
                    changed = True
                    continue
                # A product stays unless it stands beside a sure name word ("Sanne Dijkstra"), not one only the
                # model called a name ("Javascript- Exprience") or an ambiguous one ("Redhat Linux OS Cluster").
                sure = [x for x in (words[n - 1] if left else None, words[n + 1] if right else None) if x is not None]
                if w.key in lex.tech and not any(
                    x.why != "model" and x.kind in (Kind.NAME, Kind.UNKNOWN) for x in sure
                ):
                    continue
                if (left and right) or ((left or right) and rare):
                    mark(w, "rest of a name")
                    changed = True
                elif left and _continues(words, n, lex):
                    mark(w, "rest of a name")  # "[Wanbli] Spotted Eagle": a found given name's surname
                    changed = True
                elif right and _opens(text, words, n, lex):
                    mark(w, "rest of a name")  # "Sunday [Adeyemi]", "Phone screen, Semi [Radradra]."
                    changed = True


def _continues(words: list[Token], n: int, lex: Lexicon) -> bool:
    """A capitalised run that continues a name found by the lists or rules is its surname ("Doli Running Dog",
    "Hemi Ngata"), unless the run ends in a place's or employer's head word, or the word is a job, a day, a
    product or capitals inside a sentence."""
    w, previous = words[n], words[n - 1]
    if w.upper or w.key in lex.tech or w.key in ROLE_WORDS or w.key in MONTHS or w.key in DAYS:
        return False
    if words[-1].key in PLACE_HEADS or words[-1].protected:
        return False
    # The name to the left was found by a rule, not only by the model ("Javascript- Exprience").
    return previous.why != "model" or previous.kind in (Kind.NAME, Kind.UNKNOWN)


def _opens(text: str, words: list[Token], n: int, lex: Lexicon) -> bool:
    """A capitalised word right before a found family name opens that name: a listed given name anywhere
    ("Angel [Franco]", "Sunday [Adeyemi]"), any word mid-sentence, where only a proper noun is capitalised
    ("Phone screen, Semi [Radradra]"). The found word must be a name or a word no list or dictionary knows."""
    w, following = words[n], words[n + 1]
    strange = following.kind in (Kind.NAME, Kind.UNKNOWN) and following.key not in lex.common
    if not strange and not (w.key in lex.given and following.why != "model"):
        return False  # "Dakota [Runs Above]": a given name before a name a rule found, whatever its words
    if w.upper or w.key in lex.tech or w.key in ROLE_WORDS or w.key in MONTHS or w.key in DAYS or w.key in OPENERS:
        return False  # "Per [Quilabrenu]": a cue opening the sentence is no name
    if w.key in REQUEST_VERBS and len(following.key) == 1 and sentence_start(text, w):
        return False  # "Add [J.-P. Lefebvre] to the invite": a request's verb before an initial ("Add" is listed)
    return (w.key in lex.given and not w.protected) or (strange and not sentence_start(text, w))


Found = tuple[frozenset[str], frozenset[str], frozenset[str]]


def found_names(analysis: Analysis) -> Found:
    """The name words found in a text, as :func:`propagate` spreads them: (words named everywhere, common words
    of a multi-word name named where they stand alone, product words named only where a person stands)."""
    lex = lexicon()
    text, tokens = analysis.text, analysis.tokens
    # Only words found as names by a strong rule: not a lone ordinary word the model called a person.
    keys = {
        t.key
        for i, t in enumerate(tokens)
        if t.person and t.cap and t.kind in (Kind.NAME, Kind.UNKNOWN) and _sure(i, tokens)
    }
    # Words of a multi-word name ("Iron Cloud", "Kim Peoples"); a common one among them names the person again
    # only where it stands alone or with the other name words ("Peoples can confirm", "Iron Cloud said"),
    # never inside another name ("Pivotal Cloud Foundry").
    partial: set[str] = set()
    taken: set[str] = set()
    for left, right in itertools.pairwise(tokens):
        if left.person and right.person and left.cap and right.cap and joined(text, left, right):
            for t in (left, right):
                if t.key not in lex.common and t.kind is not Kind.WORD:
                    keys.add(t.key)
                elif len(t.key) > 2 and t.key not in lex.tech:
                    partial.add(t.key)
                elif len(t.key) > 2:
                    taken.add(t.key)  # "[Gift Mwale] ... Gift says": a product word only where a person stands
    # A word found alone by the frame it stood in, whatever else it means ("Afterwards Sunday mentioned",
    # "Thanks, Gift!"): named again only where a person stands (:func:`memory.redact_joined.repeat_words`).
    for index, t in enumerate(tokens):
        alone = not any(
            0 <= j < len(tokens)
            and tokens[j].person
            and tokens[j].cap
            and joined(text, *sorted((t, tokens[j]), key=lambda x: x.start))
            for j in (index - 1, index + 1)
        )
        if t.person and t.cap and alone and len(t.key) > 2 and t.why in _FRAME_REASONS and t.key not in keys:
            taken.add(t.key)
    return frozenset(keys), frozenset(partial), frozenset(taken)


# Reasons of the frame rules (memory.redact_cues, redact_subjects, redact_names) that find a word alone.
_FRAME_REASONS = frozenset(
    {
        "a person's place",
        "only a person's place",
        "subject of a person's verb",
        "a name said to someone or messaged",
        "person context",
        "a person's place by its frame",
    }
)


def propagate(analysis: Analysis, shared: Found | None = None) -> None:
    """A word once found naming a person names them everywhere in the text, in any case: "Kenya Washington ...
    Kenya's", "Phone screen with Garrett Walsh ... garrett to send a work sample". A common English word found
    inside a name ("Cloud" in "Iron Cloud") is not spread to "Pivotal Cloud Foundry". ``shared``: the names
    found in another text about the same person (their profile, for a note), spread here the same way."""
    lex = lexicon()
    text, tokens = analysis.text, analysis.tokens
    pronoun_surnames(text, tokens)  # "Referee [Mai] Her says": Hmong Her, Chinese He
    _extend(text, tokens)
    beside(text, tokens, lex)
    taken = join_words(text, tokens, lex)  # "Referee [Trust] Moyo": a word given name joined to its surname
    taken |= coordinated(text, tokens, lex)  # "[Dana Kim] and Talent split the calls"
    found_keys, found_partial, found_taken = found_names(analysis)
    keys, partial = set(found_keys), set(found_partial)
    taken |= found_taken
    if shared is not None:
        keys |= shared[0]
        partial |= shared[1]
        taken |= shared[2]
    keys = {k for k in keys if k not in analysis.places}
    partial -= keys | analysis.places
    for run in runs(text, tokens):
        words = [tokens[i] for i in run if tokens[i].cap]
        if any(w.key in partial and not w.person for w in words) and all(
            w.person or w.key in partial or w.key in keys for w in words
        ):
            for w in words:
                if not w.protected:
                    mark(w, "propagate")
    _repeats(text, tokens)
    repeat_words(text, tokens, taken, lex)  # "... says [Trust] is reliable"
    _lower_in_person_place(text, tokens)
    for token in tokens:
        if token.person or token.protected or token.key not in keys:
            continue
        if token.cap:
            mark(token, "propagate")
        elif len(token.key) > 2 and _spreads_lower(token, lex):
            mark(token, "propagate, lower case")
    # A given name opening a name found only by spreading: "Dakota [Runs Above] came in".
    for run in runs(text, tokens):
        words = [tokens[i] for i in run]
        for n in range(len(words) - 2, -1, -1):
            w = words[n]
            if (
                not w.person
                and words[n + 1].person
                and not w.protected
                and w.key in lex.given
                and _opens(text, words, n, lex)
            ):
                mark(w, "rest of a name")
    found = {t.key for t in tokens if t.person and t.cap and len(t.key) > 2 and not t.protected}
    for left, right in itertools.pairwise(tokens):
        if left.person or not right.person or not joined(text, left, right):
            continue
        if left.cap and left.key in TITLES and (not left.upper or text[left.end : left.end + 1] == "."):
            mark(left, "title")  # "Mr. [Church]" as "[Mr. Okafor]"; not "MS [Excel]"
        elif (
            not left.cap
            and left.key in found
            and not left.protected
            and left.key not in lex.common
            and left.key not in PARTICLES
        ):
            mark(left, "propagate, lower case")  # "dakota [runs above]" after "Dakota Runs Above"
    _particles(text, tokens, lex)


def _particles(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """A particle chain inside a lower-case name goes with both its sides: "ana di [stefano]" (a given name
    before it), "[de] souza" (the particle found, the surname after it not): never a particle alone."""
    for index, token in enumerate(tokens):
        if token.cap or token.key not in PARTICLES:
            continue
        start = end = index
        while start > 0 and tokens[start - 1].key in PARTICLES and not tokens[start - 1].cap:
            start -= 1
        while end + 1 < len(tokens) and tokens[end + 1].key in PARTICLES and not tokens[end + 1].cap:
            end += 1
        if index != start or end + 1 >= len(tokens) or not start:
            continue
        chain = tokens[start : end + 1]
        left, right = tokens[start - 1], tokens[end + 1]
        if not all(joined(text, a, b) for a, b in itertools.pairwise([left, *chain, right])):
            continue
        if right.protected or left.protected:
            continue
        name_word = right.kind is not Kind.WORD and right.key not in lex.common
        if any(t.why in FIELD_DECIDED for t in chain):
            continue  # "TUAN DO ACCEPTED" re-cased "Tuan do accepted": a family name decided so, no particle
        if right.person and not left.person and not left.cap and left.key in lex.given:
            marks = [left, *chain]  # "ana di [stefano]"
        elif any(t.person for t in chain) and not right.person and (name_word or left.person):
            marks = [*chain, right]  # "[maria de] souza", "[de] souza"
        elif left.person and right.person:
            marks = chain
        else:
            continue
        for t in marks:
            if not t.person:
                mark(t, "particle inside a name")


def _sure(index: int, tokens: list[Token]) -> bool:
    """Found by a rule, or by the model beside another found word: a lone word only the model called a person
    ("Exprience", "Statsmodels") is not spread through the text."""
    if tokens[index].why != "model":
        return True
    lex = lexicon()
    token = tokens[index]
    if token.kind in (Kind.NAME, Kind.UNKNOWN) and token.key not in lex.english and token.key not in lex.tech:
        # No dictionary word nor product: the person the model found is named again where the model, reading another
        # window, did not say so ("Resumo: Nakato trabalhou ... Recomendo seguir; Nakato pode começar", round 13).
        return True
    return any(0 <= j < len(tokens) and tokens[j].person for j in (index - 1, index + 1))


def _spreads_lower(token: Token, lex: Lexicon) -> bool:
    # "garrett", "walsh" go once they were a name here; "grant", "will" and "rose" (ordinary words in job texts)
    # stay. The dictionary alone does not decide: it lists "walsh" and "ping" too.
    return token.key not in lex.ordinary and token.key not in lex.tech


def _repeats(text: str, tokens: list[Token]) -> None:
    """Two or more words of a found name repeated together, in any case, are the name again, whatever the words
    also mean: "Nguyen Van Toan ... van toan", "Nodin Red Owl ... Red Owl would suit", "... spotted eagle"."""
    names: set[tuple[str, ...]] = set()
    for run in runs(text, tokens):
        # The found stretches of the run ("Screened [Wanbli Spotted Eagle]": the cue opening it is no name).
        for found, group in itertools.groupby((tokens[i] for i in run), key=lambda t: t.person):
            words = list(group)
            if not found or len(words) < 2 or all(w.why == "model" for w in words):
                continue  # only names a rule found: the model alone also calls "Exprience Less" a person
            for size in range(2, len(words) + 1):
                for begin in range(len(words) - size + 1):
                    names.add(tuple(w.key for w in words[begin : begin + size]))
    if not names:
        return
    longest = max(len(n) for n in names)
    for index in range(len(tokens)):
        for size in range(min(longest, len(tokens) - index), 1, -1):
            piece = tokens[index : index + size]
            if tuple(t.key for t in piece) not in names or any(t.protected for t in piece):
                continue
            if all(joined(text, a, b) for a, b in itertools.pairwise(piece)):
                for t in piece:
                    if not t.person:
                        mark(t, "propagate, repeat")
                break


# After a lower-case word, these say it is a person: "wiremu has shipped", "chad will send references".
_PERSON_AFTER = frozenset(
    """has had is was will would can could should wants wanted seems seemed said says thinks asked told wrote
    sent sends starts started joined led leads agreed explained mentioned confirmed prefers needs""".split()
)
_PERSON_BEFORE = frozenset("with thanks thank cc hi hello hey dear met asked told pinged emailed per".split())


def _lower_in_person_place(text: str, tokens: list[Token]) -> None:
    """A word of a name found capitalised in this text, repeated in lower case where only a person stands, is the
    name again even when it is also a word or a place: "Met Chad Okoro ... chad has shipped", "angel will send"."""
    found = {t.key for t in tokens if t.person and t.cap and len(t.key) > 2 and not t.protected}
    # A lower-case name a rule found ("spoke to priya ...") names them again where only a person stands
    # ("...; priya has two offers"); a word only the model or a place cue found does not.
    found |= {
        t.key
        for t in tokens
        if t.person and not t.cap and t.why.startswith("lower case") and t.kind in (Kind.NAME, Kind.UNKNOWN)
    }
    for index, token in enumerate(tokens):
        if token.cap or token.person or token.protected or token.key not in found:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        before = tokens[index - 1] if index else None
        if (after is not None and after.key in _PERSON_AFTER and near(text, token, after)) or (
            before is not None and before.key in _PERSON_BEFORE and near(text, before, token)
        ):
            mark(token, "propagate, person's place")
