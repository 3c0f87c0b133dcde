"""People written as a pair or a group: a calendar title ("Tamar <> Ketevan sync", "Nino x Levan - intro call"), a
stage's panel in parentheses ("Culture round (Nino & Tamar)", "Phone screen (Kalaiselvi) - advance"), and a word
joined to a person found ("[Lily Chen] + tamar doing the onsite", "panel with [priya] and tamar:").

Session 12's outside check (classes N2, N3, N8): the second of two given names joined by a calendar separator, and
parenthesised interviewer lists after a stage word, kept for origins no list holds. The slot decides that people
stand there; the word decides, by a property of the word, never of its origin: a capitalised word a given-name
list holds or no list or dictionary knows (:func:`memory.redact_n_nameish.nameish`), never a product's shape
("Slackbot", "Checkr"), a month or a day; in lower case a word no list or dictionary knows, or a listed name no
common word shares. Teams, functions, places and tools in the same slots ("Design <> Platform sync", "Onsite
(Berlin, Lisbon)", "Final round (Infra)", "Frontend/Backend hiring sync") are ordinary or listed words and stay:
``eval.redaction_round13``'s fillers measure the guard.

:func:`pairs` runs before the model (both sides decided by the frame); :func:`joined_to_people` runs after it too
(called from :func:`memory.redact_n_lower.grow`), where the model found one side.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from memory.redact_chat import NOT_PEOPLE
from memory.redact_lexicon import ORGS, PLACES, Lexicon
from memory.redact_lower import toolish
from memory.redact_n_nameish import nameish
from memory.redact_products import camel, productish
from memory.redact_tokens import MONTHS, Kind, Token, mark

# Separators of a calendar title's pair ("A <> B", "A x B", "A / B", "A/B", "A + B", "A & B").
_TITLE_JOINERS = frozenset({" <> ", " x ", " / ", "/", " + ", " & ", " <-> ", " ↔ "})
# What makes a line a calendar title or a meeting's note: one of these words on it.
_MEETING = re.compile(
    r"\b(?:sync|1:1|1-1|1on1|intro|call|chat|catch-?up|coffee|weekly|biweekly|review|debrief|invite|calendar|"
    r"meeting|standup|stand-up|lunch|interview|hiring|handoff|handover|check-?in|offer|screen|onsite|round|"
    r"session|pairing|loop|panel|reference)\b",
    re.IGNORECASE,
)
# A stage of a hiring loop before its panel in parentheses ("Onsite (A, B):", "Final round (A):").
_STAGE = re.compile(
    r"\b(?:onsite|on-site|screen|screening|round|interview|debrief|panel|loop|call|review|chat|sync|exercise|"
    r"presentation|pairing|session|take-home|lunch|dinner|coffee|check|design|coding|behavioral|behavioural|"
    r"technical|culture)[ \t]*$",
    re.IGNORECASE,
)
# Inside the parentheses, between people ("A, B", "A & B", "A / B", "A + B", "A and B").
_GROUP_JOINERS = frozenset({", ", " & ", " / ", "/", " + ", " and ", " <> ", " x "})
# After the closing parenthesis: the line's verdict or end ("): hire", ") - advance", ") went well", ")").
_AFTER_GROUP = re.compile(r"\)(?:[ \t]*(?:[:\-–—,.;]|$)|[ \t]+[a-z])", re.MULTILINE)
# What may follow such a word: the clause's or line's end, or a lower-case word ("[A] + tamar doing the onsite").
_CLOSES = re.compile(r"(?:'s|’s)?(?:[ \t]*(?:[,;:)(.!?]|[-–—] |$)| [a-z])", re.MULTILINE)
_TIME_WORDS = MONTHS | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def word_ok(text: str, token: Token, lex: Lexicon, bots: bool = False) -> bool:
    """The word can be a person where a pair or a panel names people (see the module's docstring): a given or
    family name (where ``bots`` speak, a chat log's speaker, none a tool list holds: "Jenkins (10:42): build
    failed"), or a word no list knows that is not a product's shape, a team's word ("Priya / Infra sync") nor a
    common word before a product's or jargon's head ("Backend", "Slackbot": review of 99af0a2). Not any word a large
    dictionary lists or that splits into two common words: those are names of origins the lists miss too
    ("Bambang", "Goodluck", "Themba": review M3 of 51802f9)."""
    if token.person or token.own or token.key in _TIME_WORDS or len(token.key) < 2:
        return False
    if token.cap:
        if not nameish(text, token, lex, strong=True) or (bots and token.key in lex.tech):
            return False
        if token.key in lex.given or token.key in lex.family:
            return True
        shaped = camel(text, token) or productish(token.key, lex) or any(c.isdigit() for c in token.key)
        return not shaped and token.key not in NOT_PEOPLE and not _jargon(token.key, lex)
    return _lower_name(token, lex)


# The heads of jargon and product names written as one word ("backend", "frontend", "slackbot", "hubspot").
_JARGON_HEADS = frozenset(
    """end ends bot bots ops ware base stack hub spot box force desk flow book cloud works space board soft lab labs
    app apps mail chat pay sheet sheets doc docs point net gate""".split()
)


def _jargon(key: str, lex: Lexicon) -> bool:
    """A common word and a jargon head run together ("backend", "slackbot"); not any two common words ("goodluck",
    "bambang" are names)."""
    return any(key[:i] in lex.common and key[i:] in _JARGON_HEADS for i in range(3, len(key) - 2))


# Chat shorthand no dictionary lists ("thx", "tmrw", "lgtm"): in lower case beside a person, never a name.
_SHORTHAND = frozenset(
    """thx thanks ty tysm tmrw tmr tmw tomo eod eow eom asap pls plz lgtm fyi btw tbd tba eta wfh ooo pto idk imo
    imho tho ok okay np nvm afaik iirc brb gtg ttyl rn atm wip nit nits ack ping sync""".split()
)


def _lower_name(token: Token, lex: Lexicon) -> bool:
    """A lower-case word that is a name beside a person: no list or dictionary knows it, or a listed name no
    common word shares; never a tool's shape or chat shorthand."""
    key = token.key
    if toolish(key) or key in PLACES or key in ORGS or key in lex.tech or key in _SHORTHAND:
        return False
    if token.kind is Kind.UNKNOWN and key not in lex.english and key not in lex.common:
        return True
    return (key in lex.given or key in lex.family) and key not in lex.common and key not in lex.english


def _run_at(text: str, tokens: list[Token], index: int, step: int) -> list[int]:
    """The words joined by single spaces from ``index`` outwards (``step`` -1 or 1), of one case, at most 3."""
    run = [index]
    while len(run) < 3:
        nxt = run[-1] + step
        if not 0 <= nxt < len(tokens) or tokens[nxt].cap != tokens[index].cap:
            break
        left, right = (tokens[nxt], tokens[run[-1]]) if step < 0 else (tokens[run[-1]], tokens[nxt])
        if text[left.end : right.start] != " ":
            break
        run.append(nxt)
    return sorted(run)


# A joiner between two words: a calendar's separator, or a joining word the tokenizer keeps ("x", "and"). A list's
# comma is not read here (:func:`memory.redact_n_beside.listed_with_people` reads lists).
_JOINER = re.compile(r"(?: <> | x | / |/| \+ | & | <-> | ↔ | and )")


def _joined_pairs(text: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(left, right, joiner) of the words joined by a calendar's or a list's joiner ("A <> B", "A/B", "A x B",
    "a and b"); found by one scan of the text, not a slice per token (cost on long resumes)."""
    if not tokens or _JOINER.search(text) is None:
        return []
    out = []
    for match in _JOINER.finditer(text):
        # Binary searches on the token offsets: no index of every token is built (most texts have a few joiners).
        left = bisect.bisect_left(tokens, match.start(), key=_end)
        right = bisect.bisect_left(tokens, match.end(), key=_start)
        if (
            left < len(tokens)
            and tokens[left].end == match.start()
            and right < len(tokens)
            and tokens[right].start == match.end()
        ):
            out.append((left, right, match.group()))
    return out


def _end(token: Token) -> int:
    return token.end


def _start(token: Token) -> int:
    return token.start


def _line(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end != -1 else len(text)]


def _unlisted_word(token: Token, lex: Lexicon) -> bool:
    """Neither side found: a name list's word, or one no dictionary holds ("Acme x Globex - intro call" is two
    firms: "acme" is a dictionary's word)."""
    return token.key in lex.given or token.key in lex.family or token.key not in lex.english


def people_joined(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """:func:`pairs`, then :func:`joined_to_people`, reading the text's joiners once."""
    joined = _joined_pairs(text, tokens)
    pairs(text, tokens, lex, joined)
    joined_to_people(text, tokens, lex, joined)


def pairs(text: str, tokens: list[Token], lex: Lexicon, joined: list[tuple[int, int, str]] | None = None) -> None:
    """Both sides of a calendar title's pair, a lower-case pair in a lower-case note, and a stage's panel in
    parentheses (before the model)."""
    for a_at, b_at, gap in _joined_pairs(text, tokens) if joined is None else joined:
        left, right = tokens[a_at], tokens[b_at]
        line_start = text.rfind("\n", 0, left.start) + 1
        line_end = text.find("\n", right.end)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if not left.cap and not right.cap:
            # "zarghuna + malalai doing the onsite": in a note written in lower case, two words no list or
            # dictionary knows (or listed names no common word shares) joined as people are, closing there.
            if gap in (", ", " / ") or any(c.isupper() for c in line) or not _lower_closes(text, tokens, b_at):
                continue
            if any(w.person for w in (left, right)) or not all(_lower_name(w, lex) for w in (left, right)):
                continue
            for w in (left, right):
                mark(w, "a lower-case pair")
            continue
        if not (left.cap and right.cap) or gap not in _TITLE_JOINERS or not _MEETING.search(line):
            continue
        a = _run_at(text, tokens, a_at, -1)
        b = _run_at(text, tokens, b_at, 1)
        words = [tokens[i] for i in a + b]
        found = any(w.person for w in words)
        if all(w.person or (word_ok(text, w, lex) and (found or _unlisted_word(w, lex))) for w in words) and not all(
            w.person for w in words
        ):
            for w in words:
                if not w.person:
                    mark(w, "a calendar title's pair")
    _panels(text, tokens, lex)


def _panels(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """ "Onsite (Nino & Tamar): hire", "Phone screen (Kalaiselvi) - advance": each name of the group is a person."""
    starts = [t.start for t in tokens]
    at = 0
    while True:
        open_at = text.find("(", at)
        if open_at == -1:
            return
        close_at = text.find(")", open_at)
        at = open_at + 1
        if close_at == -1:
            return
        if "\n" in text[open_at:close_at] or not _AFTER_GROUP.match(text, close_at):
            continue
        # The stage word right before: searched in the line's last 40 characters (a stage word and its spaces),
        # with pos/endpos so "\b" still sees the character before.
        line_start = text.rfind("\n", 0, open_at) + 1
        if not _STAGE.search(text, max(line_start, open_at - 40), open_at):
            continue
        first = bisect.bisect_left(starts, open_at + 1)
        group = []
        while first < len(tokens) and tokens[first].end <= close_at:
            group.append(first)
            first += 1
        if not group or len(group) > 8:
            continue
        # The group is names and joiners only: each name a run of one to three capitalised words.
        names: list[list[int]] = [[group[0]]]
        ok = tokens[group[0]].start == open_at + 1
        for prev, cur in itertools.pairwise(group):
            gap = text[tokens[prev].end : tokens[cur].start]
            if gap == " " and len(names[-1]) < 3:
                names[-1].append(cur)
            elif gap in _GROUP_JOINERS:
                names.append([cur])
            else:
                ok = False
        ok = ok and tokens[group[-1]].end == close_at
        words = [tokens[i] for i in group]
        if not ok or not all(w.cap for w in words):
            continue
        # A pair joined by "&" is protected as a firm's ("Nino & Tamar", "Procter & Gamble"); in a stage's panel it
        # is people, so the words are read as if unprotected.
        if all(w.person or word_ok(text, replace(w, protected=False), lex) for w in words) and not all(
            w.person for w in words
        ):
            for w in words:
                if not w.person:
                    mark(w, "a stage's panel")


# After a lower-case pair of people: what people do or are next ("zarghuna + malalai doing the onsite"); never a
# noun the pair would qualify ("using kindo and telerik controls": two tools).
_PAIR_NEXT = frozenset(
    """doing did do does will would can could should are were was is both said say says agreed agree think thinks
    thought to have has had led lead ran run met meet joined join want wants wanted prefer prefers preferred
    need needs needed took take takes""".split()
)


def _lower_closes(text: str, tokens: list[Token], index: int) -> bool:
    """A lower-case name closes at ``index``: punctuation or the line's end, or a word of ``_PAIR_NEXT``."""
    end = tokens[index].end
    if re.match(r"(?:'s|’s)?[ \t]*(?:[,;:)(.!?]|[-–—] |$)", text[end : end + 4]) or end == len(text):
        return True
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    return nxt is not None and text[end : nxt.start] == " " and nxt.key in _PAIR_NEXT


def joined_to_people(
    text: str, tokens: list[Token], lex: Lexicon, joined: list[tuple[int, int, str]] | None = None
) -> None:
    """A name-like word joined to a person found by a calendar's or a list's joiner, closing there ("[Lily Chen]
    <> Ketevan sync", "[tamar] + ketevan doing", "panel with [priya] and tamar:"); after the model too."""
    for a_at, b_at, gap in _joined_pairs(text, tokens) if joined is None else joined:
        left, right = tokens[a_at], tokens[b_at]
        if left.person == right.person:
            continue
        word, person, at = (right, left, b_at) if left.person else (left, right, a_at)
        if word.cap != person.cap and not person.cap:
            continue  # a lower-case person beside a capitalised word: "[priya] and Legal"
        if word.cap and len(_run_at(text, tokens, at, 1 if word is right else -1)) > 1:
            continue  # a longer run beside the joiner is decided as one by the run rules
        if word.cap and word is right and not _CLOSES.match(text, word.end):
            continue
        if not word.cap and (word is right and not _lower_closes(text, tokens, b_at)):
            continue
        if not word.cap and any(c.isupper() for c in text[word.start : word.end]):
            continue  # "oData": a product's inner capital
        if word.cap and gap in ("/", " / ") and not _MEETING.search(_line(text, word.start)):
            continue  # "Shell/[Chevron]", "ALE/IDOC/oData": a slash joins people only in a calendar title
        if gap == " and " and word.cap:
            continue  # a capitalised word in a list is :func:`memory.redact_n_beside.listed_with_people`'s
        if word_ok(text, word, lex):
            mark(word, "joined to a person")
