"""Lower-case names by their place in a chat line or a styled row, and the particles inside a found name
(session 10, issue 10).

Session 9's outside check kept lower-case names in chat lines and styled text, and the particles of Dutch and
Flemish names. Decided by the place, for any name the place admits:

- **a chat line's subject**: the line's (or sentence's) first word after fillers, before what only a person
  does next ("macapagal can't make the 2pm", "ng is out today", "little still waiting on references"): a word no
  list or dictionary knows, a listed name no common word shares, a two-letter listed surname no dictionary
  holds, or, before a verb or state only a person has, a listed name that is also a word; never a team, a tool's
  shape ("nginx"), a role or a pronoun;
- **after a lower-case title**: "dr. hill signed", "mr. van den broeck", "ms. her" (a title's dot, a space, then
  name words: listed, or no dictionary word);
- **a lower-case full name in a styled row**: a table cell, a bullet's head or a labelled value of two or
  three words, a listed given name (or a word no list knows) then a listed family name (or such a word), in a row
  that names a person's role or a hiring outcome ("| june rivers | onsite | lean hire |", "* reviewer: tayanita
  two bulls");
- **particles**: "van 't", "in 't", "op den", "van der", "de" right before a found family name are part of it
  ("Pieter van 't Hof": the whole run goes, not "[PERSON] van 't [PERSON]").

Used by :func:`memory.redact_names.analyse` after the other rules.
"""

from __future__ import annotations

import re

from memory.redact_chat import NOT_PEOPLE
from memory.redact_cues import LABELS
from memory.redact_edges import CONTEXT_WORDS
from memory.redact_layout import ROLE_WORDS
from memory.redact_lexicon import (
    DETERMINERS,
    PARTICLES,
    PAST_VERBS,
    PERSON_CUES_AFTER,
    PERSON_CUES_BEFORE,
    PERSON_VERBS_AFTER,
    Lexicon,
)
from memory.redact_lower import toolish
from memory.redact_n_beside import initials_before_names, listed_with_people
from memory.redact_n_caps import shouted_names
from memory.redact_n_pairs import people_joined
from memory.redact_n_second import second_person
from memory.redact_tokens import MONTHS, Kind, Token, mark, near

_FILLERS = frozenset("ok okay so lol fyi btw also and but then yeah yes pls hey update note reminder heads up".split())
# What a chat line's subject does next (auxiliaries, contractions written without the apostrophe's key).
_NEXT_ANY = frozenset(
    """is was has had will would can could should might must may cant wont isnt wasnt didnt doesnt hasnt
    still just already also never wants wanted needs needed prefers preferred said says asked agreed accepted
    declined confirmed replied pinged emailed texted called joined left signed sent thinks thought""".split()
)
# ... and what only a person does or is there, for a name that is also a word ("little still waiting").
_NEXT_PERSON = frozenset(
    """wants wanted prefers preferred said says asked agreed accepted declined confirmed replied pinged emailed
    texted called thinks thought""".split()
)
_STATES = frozenset("out off sick away ooo travelling traveling".split())
# A hiring verdict said of a person: "x is a strong maybe", "x was a clear no-hire".
_VERDICT = re.compile(
    r" (?:is|was) an? (?:strong|solid|clear|weak|soft|firm|definite|likely) (?:yes|no|maybe|hire|no-hire)\b"
)
_STILL = frozenset("waiting interviewing deciding thinking considering negotiating".split())
_CANT = frozenset("make join do attend come".split())
_CONTRACTED = re.compile(r" (?:can|couldn|won|isn|wasn|didn|doesn|hasn)['’]t ")
_AUX_TOKEN = Token(0, 0, "cant", False, False)
# Lower-case titles written with their dot before a name.
_LOWER_TITLES = frozenset("dr mr mrs ms mx prof".split())
# A row's words that say it is about a person in a hiring loop.
_HIRING = LABELS | frozenset(
    """onsite screen phone hire no-hire nohire lean strong yes no maybe offer reject rejected advance advanced
    round panel ref refs reviewer interviewer debrief""".split()
)
# Particles that open a family name ("van", "de", "ter"); not "do", "an", "e", "y", "al", "el": English words or
# particles written joined ("al-Rashid") that stand alone before a name in English prose for other reasons.
_NAME_PARTICLES = frozenset(
    "de da di du del della la le las los van von der den ter ten bin binti ibn bint ap ab".split()
)
_CELL = re.compile(r"[|\t]|:[ \t]|^[ \t]*[-*•][ \t]|\(", re.M)


def lower_names(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the names of the module's docstring."""
    for index, token in enumerate(tokens):
        if token.cap or token.person or token.protected:
            continue
        if token.key in _LOWER_TITLES and text[token.end : token.end + 2] == ". ":
            _after_title(text, tokens, index, lex)
        elif _line_start(text, tokens, index):
            _chat_subject(text, tokens, index, lex)
    _styled_rows(text, tokens, lex)
    _clause_subjects(text, tokens, lex)
    particles(text, tokens, lex.given)
    grow(text, tokens, lex)


# "X to follow up": what a person is asked to do next in a note's clause.
_TO_DO = frozenset(
    """follow send confirm schedule book check reply share review handle own ping chase sort draft call email
    loop set arrange update""".split()
)


def _clause_subjects(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """A lower-case name opening a clause after a comma or a semicolon in a lower-case line of a note that names a
    person ("talked to [priya] re the offer, tamar to follow up", "... ; doli wants the late slot"): a word no list
    or dictionary knows, or a listed name no common word shares, before what a person does next."""
    if not any(t.person for t in tokens):
        return
    for index in range(1, len(tokens) - 1):
        word, after = tokens[index], tokens[index + 1]
        if word.cap or word.person or word.protected or text[tokens[index - 1].end : word.start] not in (", ", "; "):
            continue
        if not (_strange(word, lex) or _rare(word, lex)) or _never(word, lex):
            continue
        line_start = text.rfind("\n", 0, word.start) + 1
        line_end = text.find("\n", word.end)
        if any(c.isupper() for c in text[line_start : line_end if line_end != -1 else len(text)]):
            continue  # a note written in lower case only
        if text[word.end : after.start] != " " or after.cap:
            continue
        nxt = tokens[index + 2] if index + 2 < len(tokens) else None
        if after.key in _NEXT_ANY or (after.key == "to" and nxt is not None and nxt.key in _TO_DO):
            mark(word, "lower case, a clause's subject")


def _strange(token: Token, lex: Lexicon) -> bool:
    key = token.key
    return token.kind is Kind.UNKNOWN and key not in lex.english and key not in lex.common and not toolish(key)


def _rare(token: Token, lex: Lexicon) -> bool:
    key = token.key
    listed = key in lex.given or key in lex.family
    if len(key) == 2:
        return listed and key not in lex.english  # "ng", "oo", "xu"
    return listed and key not in lex.common and key not in lex.english


def _word_name(token: Token, lex: Lexicon) -> bool:
    key = token.key
    return (key in lex.given or key in lex.family) and len(key) > 2


def _never(token: Token, lex: Lexicon, tools: bool = True) -> bool:
    """A team, a role, a function word, a month, a filler; with ``tools``, a product's name too (after a title,
    "dr. price", a product's word is a surname)."""
    key = token.key
    return (
        key in NOT_PEOPLE
        or key in ROLE_WORDS
        or key in CONTEXT_WORDS
        or key in DETERMINERS
        or (tools and key in lex.tech)
        or key in _FILLERS
        or key in MONTHS
        or token.upper
    )


def _line_start(text: str, tokens: list[Token], index: int) -> bool:
    """The first word of a line or sentence, after fillers ("ok", "fyi", "so")."""
    start = index
    while start > 0 and index - start < 3 and tokens[start - 1].key in _FILLERS and not tokens[start - 1].cap:
        if not near(text, tokens[start - 1], tokens[start]):
            return False
        start -= 1
    before = text[max(0, tokens[start].start - 3) : tokens[start].start]
    return tokens[start].start == 0 or re.search(r"(?:[.!?]\s|\n\s*)$", before) is not None or before.strip() == ""


def _chat_subject(text: str, tokens: list[Token], index: int, lex: Lexicon) -> None:
    name = [index]
    # "in 't veld", "van den broeck", "two bulls": particles or a second word before the verb.
    at = index
    while (
        at + 1 < len(tokens)
        and len(name) < 4
        and text[tokens[at].end : tokens[at + 1].start] in (" ", " '", " ’")
        and not tokens[at + 1].cap
        and (tokens[at].key in PARTICLES or tokens[at].key in ("in", "op", "t") or _particle_t(text, tokens[at + 1]))
    ):
        at += 1
        name.append(at)
    if len(name) == 1 and at + 1 < len(tokens) and text[tokens[at].end : tokens[at + 1].start] == " ":
        second = tokens[at + 1]
        # "little thunder is out today": a two-word name, its second word a listed family name or no word
        named = second.key in lex.family or second.key in lex.given or _strange(second, lex)
        if not second.cap and named and not _never(second, lex) and second.key not in _NEXT_ANY | _STATES:
            at += 1
            name.append(at)
    words = [tokens[i] for i in name if tokens[i].key not in PARTICLES and tokens[i].key not in ("in", "op", "t")]
    pronoun = len(name) == 1 and tokens[index].key == "her"  # "her is out today": Hmong Her, no pronoun
    if not words or (not pronoun and any(_never(w, lex) for w in words)):
        return
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    if after is None or after.cap:
        return
    nxt = tokens[at + 2] if at + 2 < len(tokens) else None
    gap = text[tokens[at].end : after.start]
    # "macapagal can't make the 2pm": the tokenizer skips contractions, so the auxiliary is read from the gap.
    contracted = _CONTRACTED.fullmatch(gap)
    if contracted:
        after, nxt = _AUX_TOKEN, after
    elif gap != " ":
        return
    verdict = after.key in ("is", "was") and _VERDICT.match(text, tokens[at].end) is not None
    person_next = verdict or (
        after.key in _NEXT_PERSON
        or (after.key in ("is", "was") and nxt is not None and nxt.key in _STATES and not _of_after(text, nxt))
        or (after.key == "still" and nxt is not None and nxt.key in _STILL)
        or (after.key in ("cant", "couldnt") and nxt is not None and nxt.key in _CANT)
    )
    particled = len(name) > len(words)
    head = words[-1]
    if pronoun:
        ok = after.key in _NEXT_ANY and after.key not in ("still", "just", "already", "also", "never")
    elif _strange(head, lex) or _rare(head, lex) or (particled and _word_name(head, lex)):
        ok = after.key in _NEXT_ANY
    else:
        ok = all(_word_name(w, lex) for w in words) and person_next
    if ok:
        for i in name:
            mark(tokens[i], "pronoun surname" if pronoun else "lower case, a chat line's subject")


def _of_after(text: str, token: Token) -> bool:
    """ "is out of budget": a state word before "of" is no person's state."""
    return re.match(r"\s+of\b", text[token.end :]) is not None


def _particle_t(text: str, token: Token) -> bool:
    """The "'t" of "van 't Hof": a lone t after an apostrophe."""
    return token.key == "t" and text[token.start - 1 : token.start] in ("'", "’")


def _after_title(text: str, tokens: list[Token], index: int, lex: Lexicon) -> None:
    name: list[int] = []
    named = False
    at = index + 1
    while at < len(tokens) and len(name) < 4:
        token = tokens[at]
        if token.cap or (name and text[tokens[at - 1].end : token.start] not in (" ", " '", " ’")):
            break
        if token.key in PARTICLES or _particle_t(text, token) or token.key in ("in", "op"):
            name.append(at)
            at += 1
            continue
        if named and not (_strange(token, lex) or _rare(token, lex)):
            break  # "dr. hill signed", "ms. her will": after a name word only a name no word shares goes on
        listed = token.key in lex.family or token.key in lex.given or (len(token.key) == 2 and not name)
        if (_strange(token, lex) or listed) and not _never(token, lex, tools=False):
            name.append(at)
            named = True
            at += 1
            continue
        if token.key in ("her", "he") and not name:  # "ms. her": a Hmong or Chinese surname after a title
            name.append(at)
            named = True
            at += 1
            continue
        break
    while name and (tokens[name[-1]].key in PARTICLES or tokens[name[-1]].key in ("in", "op", "t")):
        name.pop()
    if name:
        mark(tokens[index], "lower case after a title")
        for i in name:
            tokens[i].protected = False
            mark(tokens[i], "pronoun surname" if tokens[i].key in ("her", "he") else "lower case after a title")


def _styled_rows(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """ "| june rivers | onsite | lean hire |", "* reviewer: tayanita two bulls", "- ref: eh paw (former lead)"."""
    if not _CELL.search(text):
        return
    by_start = {t.start: i for i, t in enumerate(tokens)}
    for line in re.finditer(r"[^\n]+", text):
        body = line.group()
        if not _CELL.search(body):
            continue
        words_of_line = {k.lower() for k in re.findall(r"[\w-]+", body)}
        if not words_of_line & _HIRING:
            continue
        for cell in re.finditer(r"[^|\t:()\n]+", body):
            raw = cell.group()
            lead = len(raw) - len(raw.lstrip(" -*•"))
            piece = raw.strip(" -*•,.;")
            if not re.fullmatch(r"[a-z][a-z'’ -]*", piece):
                continue  # a name alone in its cell: "(eg. transcriptomic, proteomic)" is a list
            start = line.start() + cell.start() + lead
            first = by_start.get(start)
            if first is None:
                continue
            run = []
            at = first
            while at < len(tokens) and tokens[at].end <= start + len(piece):
                run.append(at)
                at += 1
            if not 2 <= len(run) <= 4 or tokens[run[-1]].end != start + len(piece):
                continue
            words = [tokens[i] for i in run if tokens[i].key not in PARTICLES and not _particle_t(text, tokens[i])]
            if len(words) < 2 or any(t.cap for t in words):
                continue
            if any(_never(w, lex) and w.key not in lex.given for w in words):
                continue  # a month only as a given name ("june rivers")
            if any(w.key in _HIRING for w in words):
                continue
            given = words[0].key in lex.given or _strange(words[0], lex)
            family = words[-1].key in lex.family or _strange(words[-1], lex)
            middle = all(w.key in lex.family or w.key in lex.given or _strange(w, lex) for w in words[1:-1])
            # Right after a person's label ("reviewer: tayanita two bulls", "| interviewer | ..."), the words
            # after a given name may be any words ("two bulls"); elsewhere a family name closes it.
            label = re.search(r"(\w+)[ \t]*(?::|\|)[ \t]*$", text[line.start() : start])
            labelled = label is not None and label.group(1).lower() in LABELS | {"ref", "refs"}
            if given and (labelled or (family and middle)):
                for i in run:
                    mark(tokens[i], "lower case, a styled row's name")


def particles(text: str, tokens: list[Token], given_names: frozenset[str] = frozenset()) -> None:
    """Lower-case particles right before a found name word are the name's ("van 't Hof", "in 't Veld", "de Wilde",
    "op den Kamp"); "in" and "op" only before "'t" or "den"/"der"."""
    for index in range(len(tokens) - 1, 0, -1):
        if not tokens[index].person:
            continue
        at = index - 1
        chain: list[int] = []
        while at >= 0 and len(chain) < 3:
            token = tokens[at]
            gap = text[token.end : tokens[at + 1].start]
            if token.cap or token.person or gap not in (" ", " '", " ’"):
                break
            nxt = tokens[at + 1]
            if _particle_t(text, token):
                ok = True
            elif token.key in ("in", "op"):
                ok = bool(chain) and (_particle_t(text, nxt) or nxt.key in ("den", "der", "de"))
            else:
                ok = token.key in _NAME_PARTICLES
            if not ok:
                break
            chain.append(at)
            at -= 1
        if chain and tokens[chain[-1]].key in ("in", "op") and len(chain) == 1:
            chain = []
        for i in chain:
            mark(tokens[i], tokens[index].why or "particle of a found name")
        # The given name written before the particles goes with them: "| Interviewer | Pieter van 't Hof |".
        first = chain[-1] - 1 if chain else -1
        if first >= 0 and text[tokens[first].end : tokens[first + 1].start] == " ":
            given = tokens[first]
            if given.cap and not given.upper and not given.person and not given.protected and given.key in given_names:
                mark(given, tokens[index].why or "given name before a particle")


# What closes a lower-case name in a note: a purpose, a place, a verb, the clause's end ("talked to temperance
# hill re comp", "met april lane at the fair").
_CLOSE = frozenset(
    """re abt about at on for is was has had will wants wanted said says asked agreed accepted declined joined
    and or but today tomorrow tonight yesterday this next via from to with who tmrw""".split()
)


# A name's verb, never grown into the name though a surname list holds it ("went", "said", "led").
_SUBJECT_VERBS = PAST_VERBS | PERSON_VERBS_AFTER | PERSON_CUES_AFTER
_ADVERBS = frozenset("twice once thrice early late last next first long soon later again briefly".split())


def grow(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """A lower-case name found by a cue takes the lower-case name words right after it, up to two, when the clause
    closes after them: "talked to [temperance] hill re comp", "met [april] lane at the fair" (a family name or a
    given name, even one that is also a word, or a word no list knows); never a word of :func:`_never`."""
    for index, token in enumerate(tokens):
        if not token.person or token.cap or (index + 1 < len(tokens) and tokens[index + 1].person):
            continue
        grown: list[int] = []
        at = index + 1
        while at < len(tokens) and len(grown) < 2:
            word = tokens[at]
            if word.cap or word.person or text[tokens[at - 1].end : word.start] != " " or _never(word, lex, False):
                break
            if word.key in _CLOSE or word.key in _ADVERBS or word.key.endswith(("ly", "ed")) or len(word.key) < 3:
                break  # "met chidi twice re comp", "spoke to okafor briefly at", "plz [send] cv at"
            if word.key in _SUBJECT_VERBS:
                break  # "reference call with [hiroshi tanaka] went well": the name's verb, listed as a surname too
            if word.key in _NEXT_ANY or word.key in lex.acronyms:
                break
            # A word a dictionary or a product list holds only as the family name after a given name ("talked to
            # [temperance] hill re comp"); never after a word found otherwise ("ping [pong] tables", "[x] stores").
            plain = word.key in lex.english or word.key in lex.common or word.key in lex.tech
            named = word.key in lex.family or (word.key in lex.given and not plain)
            if not (_strange(word, lex) or (named and (not plain or token.key in lex.given))):
                break
            grown.append(at)
            at += 1
        if not grown:
            continue
        last = tokens[grown[-1]]
        after = tokens[at] if at < len(tokens) else None
        tail = text[last.end : last.end + 1]
        if (
            after is None
            or tail in (".", ",", ";", ":", "!", "?", ")", "\n")
            or (after.key in _CLOSE and not after.cap and text[last.end : after.start] == " ")
        ):
            for i in grown:
                mark(tokens[i], token.why or "rest of a lower-case name")
    _given_before(text, tokens, lex)
    initials_before_names(text, tokens, lex)  # "AJ [Fonoti]": the model found the family name
    listed_with_people(text, tokens, lex)  # "[Lily Chen] and Violet": the model found the first
    shouted_names(text, tokens, lex)  # "DREW [CASTILLO]": the model found the family name
    people_joined(text, tokens, lex)  # "[Tamar] <> Ketevan sync": the model found one side
    second_person(text, tokens, lex)  # the model found the full name before


# Words before a lower-case name that introduce a person ("w/" is "with").
_INTRODUCERS = PERSON_CUES_BEFORE | frozenset({"w", "and", "to", "for", "via", "about"})


def _given_before(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """A lower-case given name right before a lower-case name found, after a word that introduces a person:
    "lunch w/ chase [amankwah]", "cc chase [amankwah]" (session 11's outside check, class 9: one part kept). The
    given name may be a word ("chase", "will", "summer"): the introducer and the name after it decide, so "we'll
    chase [okafor]" (a verb after a pronoun) keeps its verb."""
    for index in range(1, len(tokens) - 1):
        word, name, cue = tokens[index], tokens[index + 1], tokens[index - 1]
        if word.person or word.cap or not name.person or name.cap or word.key not in lex.given:
            continue
        if text[word.end : name.start] != " " or _never(word, lex, tools=False) or word.key in lex.tech:
            continue
        if cue.cap or cue.key not in _INTRODUCERS or not near(text, cue, word):
            continue
        mark(word, name.why or "given name before a lower-case name")
