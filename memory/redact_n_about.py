"""A person's view of another person: "Priya on Tomasz: strong systems design", "- Ravi on Ngozi — leans no".

A feedback line opens with its author, then "on", then whom it is about, then a colon or a spaced dash. The
preposition "on" otherwise opens a thing's slot ("deployed on Pulumi", :mod:`memory.redact_things`), so the
subject was kept whatever its words were, for every origin (OUTSIDE14's class 1: 105 of its 131 open leaks, the
author caught and the subject kept). The shape is the property: a person's name (or a possessive view of one,
"Priya's take on"), then "on", then one to three capitalised words, then the colon, is one person about another,
wherever it stands ("Feedback from Priya on Tomasz:", "- Ravi on Ngozi:"), unless a thing list holds the subject's
word ("Priya on Kubernetes:", "Priya on Tuesday:", "Priya on Diwali:", "Priya on Hindi:"): a person's topic is a
person or a thing, and only the lists tell which. (A rule that wanted the author at the line's start missed every
frame of OUTSIDE14's class 1: its measure did not move.)

Two steps, because :func:`memory.redact_things.things` runs first and protects every run after "on":

- :func:`about_subjects`, before it, finds the frames whose subject no thing list holds; :func:`unprotect` undoes
  what ``things`` protected of those subjects (and their repeats), so the name rules decide them as anywhere else;
- :func:`about_frames`, after the runs are decided, marks the subject when the author is a person (found by a rule,
  a name list's word, or a placeholder), and the author's name words with it ("Maria on Kenji:": "Maria" opening
  a sentence before a lower-case word is otherwise a dictionary word, "maria").

A feedback noun as the author ("Notes on Kenji:", "Thoughts on Ama:") only lifts the protection: the name rules
then decide the subject alone.
"""

from __future__ import annotations

import re

from memory.redact_fp_tables import gazetteer
from memory.redact_lexicon import ORGS, PLACES, TITLES, Lexicon
from memory.redact_slots import THING_HEADS, WEEKDAYS
from memory.redact_thing_lists import HOLIDAYS
from memory.redact_tokens import MONTHS, Token, mark

# After the subject: a colon (not a time's, "on Monday 10:30"), or a dash with a space after it.
_CLOSE = re.compile(r"\.?[ \t]*(?::(?!\d)|[ \t][-–—][ \t]|[–—][ \t])")  # after an initial's stop too: "on Wei Z.:"
# Nouns that head a feedback line with no author ("Notes on Kenji:"): they lift the thing's protection only.
_FEEDBACK = frozenset(
    """notes note feedback thoughts thought comments comment update updates debrief take takes impressions views
    verdict concerns reflections summary read""".split()
)
_MOST = 3  # words of an author's or a subject's name


def about_subjects(text: str, tokens: list[Token], lex: Lexicon) -> list[tuple[list[int], list[int]]]:
    """The (author, subject) token indexes of each "<author> on <subject>:" frame whose subject no thing list
    holds, and whose author is a name by the lists, a placeholder or a feedback noun."""
    return [(author, subject) for author, subject, person in _frames(text, tokens, lex) if person]


def unprotect(tokens: list[Token], frames: list[tuple[list[int], list[int]]], before: list[bool]) -> set[str]:
    """Give the frames' subjects (and every word spelled as one) back the protection they had before
    :func:`memory.redact_things.things` ran (``before``, by token); return the keys set free."""
    keys = {tokens[i].key for _, subject in frames for i in subject}
    for i, token in enumerate(tokens):
        if token.key in keys:
            token.protected = before[i]
    return keys


def about_frames(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the subject (and the author's name words) of each frame whose author is a person (module docstring).
    A thing's frame ("Maria on Python:") still has a person's name as its author."""
    for author, subject, person in _frames(text, tokens, lex):
        words = [tokens[i] for i in author]
        if len(words) == 1 and words[0].key in _FEEDBACK:
            if person and all(tokens[i].key in lex.given or tokens[i].key in lex.family for i in subject):
                for i in subject:  # "Notes on Kenji:": a listed name only, no word the lists do not know
                    if not tokens[i].person and tokens[i].key not in TITLES:
                        mark(tokens[i], "subject of notes on a person")
            continue
        for w in words:
            if w.person or w.key in TITLES or len(w.key) < 2:
                continue
            if w.key in lex.given or (person and _named(w, lex)):
                mark(w, "author of a view")
        if person:
            for i in subject:
                if not tokens[i].person and tokens[i].key not in TITLES:
                    mark(tokens[i], "subject of a person's view")


def _frames(text: str, tokens: list[Token], lex: Lexicon) -> list[tuple[list[int], list[int], bool]]:
    """Each "<author> on <subject>:" line whose author is a name by the lists, a placeholder or a feedback noun,
    with whether its subject is a name no thing list holds."""
    if " on " not in text or (":" not in text and " - " not in text and "—" not in text and "–" not in text):
        return []  # cost: most texts have no such line
    out = []
    for at, on in enumerate(tokens):
        if on.key != "on" or on.cap or not 0 < at < len(tokens) - 1:
            continue
        if text[tokens[at - 1].end : on.start] != " " or text[on.end : tokens[at + 1].start] != " ":
            continue
        subject = _run(text, tokens, at + 1, 1)
        if not subject or not _CLOSE.match(text, tokens[subject[-1]].end):
            continue
        author = _run(text, tokens, _owner(text, tokens, at), -1)
        if not author:
            continue
        first = tokens[author[0]]
        words = [tokens[i] for i in subject]
        # An initial is no thing's word ("Ravi on J. Okafor:"); the other words decide.
        alone = len(words) == 1
        person = not any(_thing(text, w, lex, alone) for w in words if len(w.key) > 1) and any(
            _named(w, lex) for w in words
        )
        # A product or a season gives no view of a person: about a person, an author whose words a given-name list
        # holds is one, also when a thing list holds them too ("Sage on Ngozi Adeyemi:", "Summer on Tomasz:").
        given = person and all(tokens[i].key in lex.given for i in author if len(tokens[i].key) > 1)
        if person:
            person = _about_person(text, tokens[subject[-1]].end, words, lex)
        if not (_author(text, tokens, author, lex) or (len(author) == 1 and first.key in _FEEDBACK) or given):
            continue
        out.append((author, subject, person))
    return out


# What says the subject is a person in the rest of the line: a person's pronoun, a hiring word, a verdict.
_PERSON_CUES = frozenset(
    """he she him her his hers they them their he's she's they're candidate candidates hire hired hiring
    interview interviewed interviews interviewing offer references reference referee yes leans lean convinced fit
    communicator answers answered answer seniority senior junior mentor coding onsite screen screened round rounds
    loop design sql chat conversation whiteboard take-home takehome""".split()
)  # the interview's parts too ("the system design was weak", "it was a good chat": review SHOULD on 560254d, where
# "Greg on Silence:" lost its person: Silence, Obey, Brilliant are given names no given-name list holds)
# What says it is a thing when it opens the rest of the line: "Greg on Orion: the launch slipped", "it ships".
_THING_OPENERS = frozenset("it its it's the this our".split())
_WORDS = re.compile(r"[A-Za-z]+(?:['’-][a-z]+)?")  # "he's", "take-home"


def _about_person(text: str, end: int, words: list[Token], lex: Lexicon) -> bool:
    """Session 16's review (a SHOULD on 647f28b): "Greg on Greenhouse: the pipeline is slow" lost things no list
    holds. A second cue from the rest of the line decides, for a subject of common dictionary words only, none a
    given name ("Greenhouse", "Lever"): when the rest opens with a thing's word ("the", "it", "this", "our": "the
    pipeline is slow", "it slipped") and holds no person cue ("the strongest candidate", "he", "hire", "round"),
    the subject is a thing. A given name ("Priya on Kenji: the best answer I've seen") and a subject with a word
    that is no common dictionary word ("Ravi on Okafor: the take-home was thorough", "Ravi on Wiremu: it was a good
    conversation", "Greg on Venkatesh Reddy: ...", and so "Siem Reap" too) stay people whatever follows: those are
    the feedback lines of OUTSIDE14's class 1, and the opener alone took them for things."""
    names = [w for w in words if len(w.key) > 1]
    if not names or any(w.key in lex.given or w.key not in lex.common for w in names):
        return True
    line_end = text.find("\n", end)
    rest = [w.lower().replace("’", "'") for w in _WORDS.findall(text, end, len(text) if line_end < 0 else line_end)]
    return not rest or rest[0] not in _THING_OPENERS or not _PERSON_CUES.isdisjoint(rest)


def _owner(text: str, tokens: list[Token], at: int) -> int:
    """The last word of the author's name before "on" at ``at``: the word right before it ("Priya on"), or the
    owner of a possessive view of up to three lower-case words ("Priya's take on", "Ravi's two cents on")."""
    index = at - 1
    while (
        index >= 0
        and at - index <= _MOST
        and not tokens[index].cap
        and text[tokens[index].end : tokens[index + 1].start] == " "
    ):
        index -= 1
    if index == at - 1 or index < 0:
        return at - 1
    return index if text[tokens[index].end : tokens[index].end + 3] in ("'s ", "’s ") else -1


def _run(text: str, tokens: list[Token], index: int, step: int) -> list[int]:
    """Up to three capitalised words from ``index`` on (``step`` 1) or back (-1), joined by a space (or an
    initial's full stop and a space: "J. Okafor")."""
    out: list[int] = []
    while 0 <= index < len(tokens) and tokens[index].cap and len(out) < _MOST:  # (index -1: no run)
        if out:
            left, right = (tokens[out[-1]], tokens[index]) if step > 0 else (tokens[index], tokens[out[-1]])
            gap = text[left.end : right.start]
            if gap != " " and not (gap in (". ", ".", ".-") and len(left.key) == 1):
                break
        out.append(index)
        index += step
    if step < 0:
        out.reverse()
        after = tokens[out[0] - 1] if out and out[0] else None
        if after is not None and after.cap and text[after.end : tokens[out[0]].start] == " ":
            return []  # more than three capitalised words: a heading, not a name
    return out


def _thing(text: str, token: Token, lex: Lexicon, alone: bool = True) -> bool:
    """A word a thing list holds: a product, a firm, an acronym, a day, a month, a holiday, a language, a known
    place (a city a given-name list also holds is a person here: "Ravi on Sofia:"), or a dictionary word no name
    list holds ("Ravi on Testing:"). ``alone``: the subject is this one word."""
    key = token.key
    if key in lex.tech or key in ORGS or key in lex.acronyms or key in THING_HEADS or key in HOLIDAYS:
        return True
    if key in WEEKDAYS or key in MONTHS or key in PLACES:
        return True
    lists = gazetteer()
    one = (key,)
    if any(one in table.get(key, ()) for table in (lists.all_holidays, lists.all_languages, lists.all_companies)):
        return True
    if one in lists.places.get(key, ()) and key not in lex.given and (alone or key not in lex.family):
        return True  # a city that is also a family name is the name beside an initial or a given name ("S. Nakamura")
    if token.upper and len(key) > 1 and key not in lex.given:
        return True  # "Ravi on QA:"
    return key not in lex.given and key not in lex.family and key in lex.english


def _named(token: Token, lex: Lexicon) -> bool:
    """A name list's word, or a word of two letters or more no dictionary holds."""
    key = token.key
    return len(key) > 1 and (key in lex.given or key in lex.family or key not in lex.english)


def _author(text: str, tokens: list[Token], author: list[int], lex: Lexicon) -> bool:
    """The author is a person by the lists: every word a name word (an initial too) and none a thing's, or the
    placeholder an earlier pass left."""
    words = [tokens[i] for i in author]
    if len(words) == 1 and words[0].key in ("person", "candidate") and text[words[0].start - 1 : words[0].start] == "[":
        return True
    if any(w.person for w in words):
        return True
    names = [w for w in words if len(w.key) > 1]
    return bool(names) and all(_named(w, lex) and not _thing(text, w, lex) for w in names)
