"""Names made of ordinary words, found by the place they stand in, never by which words they are.

A given name that is also a word ("Patience", "River", "Winter", "Georgia") or a full name of two such words
("Hope Stone", "River Banks") is kept by the list rules unless a cue marks it. These places mark it, whatever
the words mean (same frame, any name: same decision):

- **the subject of a person's verb**: one run, or runs listed with "and", "&" or commas, opening a clause (a
  sentence, or after "that", "and", "then", "but", "so", "while", "when", "because", "after", "before") right
  before a verb people do ("leads", "owns", "prefers", "split", "interviewed", "will lead"): "Patience leads the
  loop", "Ocean and Dawn split the calls", "so Winter prefers the late slot";
- **a quotation's speaker**: after a closing quote and a verb of speech ('"...," said Hope Stone');
- **a name segment of a meeting line**: a segment of a line cut by " - ", " — ", " / ", " | " or ": " that is a
  given name and a family name, on a line naming a meeting ("Calendar: River Banks / onsite 14:00",
  "Stage 2 — Justice Young — hiring manager screen");
- **after an initial**: "J. Stone sent the notes", "A. Two Feathers".

Never a protected word (an employer, product or place phrase), an acronym, a product no name list holds, a place
or employer that is no listed name, a role, a pronoun, a day, or a word after a determiner ("the River team").
Used by :func:`memory.redact_names.analyse` after the list and cue rules.
"""

from __future__ import annotations

import re

from memory.redact_cues import APPOSITIVE, LABELS, MEETING
from memory.redact_layout import ROLE_WORDS
from memory.redact_lexicon import NAMED_THINGS, ORGS, PERSON_VERBS_AFTER, PLACES, TITLES, Lexicon
from memory.redact_n_nameish import initials
from memory.redact_n_slots import person_slots
from memory.redact_things import HEADING_WORDS, PLACE_HEADS
from memory.redact_tokens import Kind, Token, mark, runs, sentence_start

# Verbs of speech and judgement, only people's, in the forms a singular subject takes ("prefers", "said") ...
_SINGULAR = (
    frozenset(
        """prefers wants wanted asks asked likes liked thinks thought says said feels felt agrees agreed
    mentioned mentions confirmed confirms suggested suggests replied replies declined declines accepted accepts
    recommended recommends vouched vouches praised praises emailed emails texted texts spoke speaks talked talks
    interviews interviewed""".split()
    )
    | PERSON_VERBS_AFTER
)
# ... verbs a team, an employer or a product does too ("Spring handles dependency injection", "Apple leads the
# market"): a word a product list holds is no person before them ...
_DOING = frozenset(
    """leads led owns owned joins joined shadows shadowed chairs chaired plans hired hires screened screens
    met meets paired pairs sat sits reviews reviewed signed signs split splits runs ran handles handled manages
    managed coordinates coordinated covers covered takes took sends sent schedules scheduled flags flagged calls
    called books booked writes wrote""".split()
)
# ... and the base forms a listed subject ("Ocean and Dawn split") or an auxiliary ("Patience will lead") takes.
_BASE = frozenset(
    """lead own prefer join want ask write run handle cover send sign review interview shadow chair like think say
    feel agree plan manage coordinate schedule take split mention confirm suggest reply note decline accept
    recommend vouch praise flag email call text hire screen meet speak talk book pair sit""".split()
)
_BASE_DOING = frozenset(
    """lead own join shadow chair plan hire screen meet pair sit review sign split run handle manage coordinate
    cover take send schedule flag call book write""".split()
)
_AUXILIARIES = frozenset("will would can could should must may might".split())
# Lower-case words after which a new clause, and so a subject, starts.
_CLAUSE_OPENERS = frozenset(
    "that and then but so while when because after before once since said says think thinks felt feel agreed".split()
)
_DETERMINERS = frozenset("the a an our their his her its my your this that these those every each no".split())
_NEVER = (
    HEADING_WORDS
    | APPOSITIVE
    | ROLE_WORDS
    | frozenset(
        """he she him her his hers they them their we us you i me it who monday tuesday wednesday thursday friday
        saturday sunday today tomorrow yesterday team panel candidate recruiter everyone someone nobody client
        clients customer customers company employer user users vendor management leadership world""".split()
    )
)
_QUOTE_SPEECH = frozenset("said says wrote writes added adds noted notes asked replied explained".split())
_SEGMENT = re.compile(r"[ \t]+[-–—/|][ \t]+|:[ \t]+|[ \t]*\|[ \t]*")
_LINE_MEETING = MEETING | LABELS | frozenset("calendar stage invite invitation slot reference references".split())


def subjects(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark names in the places the module's docstring lists."""
    found = runs(text, tokens)
    _verb_subjects(text, tokens, found, lex)
    for run in found:
        if _addressed(text, tokens, run, lex) or _owner(text, tokens, run, lex):
            for i in run:
                if tokens[i].cap and not tokens[i].person:
                    mark(tokens[i], "a name said to someone or messaged")
            continue
        if (
            _quoted_speaker(text, tokens, run)
            or _meeting_segment(text, tokens, run, lex)
            or _initialled(text, tokens, run, lex)
        ):
            words = [tokens[i] for i in run if tokens[i].cap and tokens[i].key not in TITLES and len(tokens[i].key) > 1]
            if (
                words
                and all(_may_be_name(w, lex, len(words) == 1) for w in words)
                and _named(words, lex, loose=len(words) > 1)
            ):
                for i in run:
                    if tokens[i].cap and tokens[i].key not in TITLES and not tokens[i].person:
                        mark(tokens[i], "a person's place by its frame")  # with the initial: "J. Stone"
    person_slots(text, tokens, lex)  # "From: Sutrisno", "let Wirote know", "Per Summer's note", "AJ [Fonoti]"


def _may_be_name(token: Token, lex: Lexicon, alone: bool = True, doing: bool = False) -> bool:
    """A word that can be part of a name here: no protected phrase, acronym, role, pronoun or day; alone, no
    employer ("Apple", "Harvard", "Slack"), a place only when a name list holds it ("Georgia", "Austin"), a
    product only when it is also a common word ("River", "Gift", "Ruby"; never "Kafka", "Claude") and the verb
    is one only people do ("Ruby said" but "Ruby runs the backend"): the same for every name the lists hold."""
    if token.protected or (token.upper and not initials(token, lex)) or len(token.key) < 2:
        return False  # capitals are an acronym, unless a given name's initials ("AJ joined the team")
    if token.key in _NEVER:
        return False
    if not alone:
        return token.key not in ORGS or token.key in lex.given or token.key in lex.family
    if token.key in ORGS:
        return False
    if token.key in PLACES:
        return token.key in lex.given or token.key in lex.family
    return token.key not in lex.tech or (token.key in lex.common and not doing)


def _named(words: list[Token], lex: Lexicon, loose: bool = False) -> bool:
    """A word a name list holds or no list knows; with ``loose`` (two or more words after a strong frame) any
    word that is no common one will do too ("Two Feathers" has none of the first kind)."""
    for w in words:
        if w.key in lex.given or w.key in lex.family or w.accented:
            return True
        if w.kind is Kind.UNKNOWN and w.key not in lex.common:
            return True
    return loose and any(w.key not in lex.common for w in words)


def _verb_subjects(text: str, tokens: list[Token], found: list[list[int]], lex: Lexicon) -> None:
    by_start = {run[0]: run for run in found}
    for run in found:
        group = [run]
        # Runs listed with the first: "Ocean and Dawn", "Faith, Grace and Hope", "Ruth & Naomi".
        while True:
            last = group[-1][-1]
            nxt = last + 1
            if nxt < len(tokens) and text[tokens[last].end : tokens[nxt].start] == ", " and nxt in by_start:
                group.append(by_start[nxt])
                continue
            if (
                nxt + 1 < len(tokens)
                and tokens[nxt].key in ("and", "or")
                and not tokens[nxt].cap
                and text[tokens[last].end : tokens[nxt].start] in (" ", ", ")
                and nxt + 1 in by_start
            ):
                group.append(by_start[nxt + 1])
                continue
            if text[tokens[last].end : tokens[last].end + 3] == " & " and nxt in by_start:
                group.append(by_start[nxt])
                continue
            break
        kind = _person_verb(text, tokens, group[-1][-1], len(group) > 1)
        if not kind or not _opens_clause(text, tokens, run[0]):
            continue
        for member in group:
            words = [tokens[i] for i in member if tokens[i].cap and tokens[i].key not in TITLES]
            # At a sentence's start every word is capitalised: a name list must hold one of them, or no list
            # know it; mid-sentence the capital itself says proper noun.
            loose = not sentence_start(text, tokens[member[0]]) and len(words) > 1
            alone = len(words) == 1
            if not 1 <= len(words) <= 3 or not all(_may_be_name(w, lex, alone, kind != "person") for w in words):
                break
            if kind == "needs" and any(w.key in PLACES for w in words):
                break
            # Mid-sentence, several capitalised words before a verb only people do are a name whatever they mean
            # ("the team said Running Bear prefers", "that Two Feathers asked") when one is a listed name word and
            # none a product or field word no name list holds ("Product Design", "Data Engineering" are teams).
            listed = [w.key in lex.given or w.key in lex.family for w in words]
            plain = loose and kind == "person" and any(listed)
            plain = plain and all(n or w.key not in lex.tech for w, n in zip(words, listed, strict=True))
            if not plain and not _named(words, lex, loose=loose):
                break
            if alone and sentence_start(text, words[0]) and not _given_alone(words[0], lex):
                break
        else:
            for member in group:
                for i in member:
                    if tokens[i].cap and tokens[i].key not in TITLES and not tokens[i].person:
                        mark(tokens[i], "subject of a person's verb")


def _given_alone(token: Token, lex: Lexicon) -> bool:
    """One word opening a sentence before the verb: a given name ("Patience", "Gift"), or a family name or word no
    common word is ("Okonkwo"); a common family name alone there is as often a noun ("Client", "Legal")."""
    if token.key in lex.given or token.accented:
        return True
    return token.key not in lex.common


def _opens_clause(text: str, tokens: list[Token], first: int) -> bool:
    if sentence_start(text, tokens[first]):
        return True
    before = tokens[first - 1] if first else None
    if before is None or before.cap or before.key in _DETERMINERS:
        return False
    gap = text[before.end : tokens[first].start]
    return (before.key in _CLAUSE_OPENERS and gap == " ") or gap == ", "


def _person_verb(text: str, tokens: list[Token], last: int, listed: bool) -> str:
    """ "person" or "doing" for the verb right after the run (see the verb lists), "" for none."""
    verb = tokens[last + 1] if last + 1 < len(tokens) else None
    if verb is None or verb.cap or text[tokens[last].end : verb.start] != " ":
        return ""
    following = tokens[last + 2] if last + 2 < len(tokens) else None
    if (
        verb.key in _AUXILIARIES
        and following is not None
        and following.key in _BASE
        and text[verb.end : following.start] == " "
    ):
        return "doing" if following.key in _BASE_DOING else "person"
    if verb.key in _SINGULAR or (listed and verb.key in _BASE - _BASE_DOING):
        return "person"
    if verb.key in _DOING or (listed and verb.key in _BASE_DOING):
        return "doing"
    if verb.key in _NEEDS:
        return "needs"
    return ""


# What a person, a team, a product or an office needs ("Colin needs it before the debrief", "Kafka needs tuning",
# "Austin needs two more engineers"): a product's word or a place is no person before it (review of 3a1e046).
_NEEDS = frozenset({"needs", "needed"})


def _quoted_speaker(text: str, tokens: list[Token], run: list[int]) -> bool:
    """'"Great systems thinker," wrote Autumn Wood.'"""
    first = run[0]
    verb = tokens[first - 1] if first else None
    if verb is None or verb.cap or verb.key not in _QUOTE_SPEECH or text[verb.end : tokens[first].start] != " ":
        return False
    return re.search(r"[\"”’'],?[ \t]*$", text[max(0, verb.start - 4) : verb.start]) is not None


def _meeting_segment(text: str, tokens: list[Token], run: list[int], lex: Lexicon) -> bool:
    """ "Calendar: River Banks / onsite 14:00": the run is a whole segment of a line that names a meeting, and a
    given name and a family name (either may be a word no list knows: "Thandar Win")."""
    words = [tokens[i] for i in run]
    strange = [w.kind is Kind.UNKNOWN and w.key not in lex.common for w in words]
    if not 2 <= len(words) <= 3 or (words[0].key not in lex.given and not strange[0]):
        return False
    if words[-1].key not in lex.family and not strange[-1]:
        return False
    start = text.rfind("\n", 0, words[0].start) + 1
    end = text.find("\n", words[-1].end)
    end = len(text) if end < 0 else end
    line = text[start:end]
    segments = [s.strip() for s in _SEGMENT.split(line)]
    if len(segments) < 2 or text[words[0].start : words[-1].end] not in segments:
        return False
    others = " ".join(s for s in segments if s != text[words[0].start : words[-1].end]).lower()
    return any(w in _LINE_MEETING for w in re.findall(r"[\w:-]+", others))


def _initialled(text: str, tokens: list[Token], run: list[int], lex: Lexicon) -> bool:
    """ "After the call, J. Stone sent the notes": an initial with its dot and a space, then a listed name word, the
    initial mid-sentence (a list's "A. Scope", "F. General Administration" and degrees "B. Tech" open lines)."""
    if len(run) < 2:
        return False
    initial, name = tokens[run[0]], tokens[run[1]]
    if len(initial.key) != 1 or not initial.cap or initial.key in ("a", "i") or len(name.key) < 2:
        return False
    if text[initial.end : name.start] != ". " or sentence_start(text, initial):
        return False
    return name.key in lex.given or name.key in lex.family


# A sentence a name said to someone closes: "Thanks for the intro, Autumn!", "Great work today, Gift."
_ADDRESSING = frozenset(
    """thanks thank cheers congrats congratulations kudos props welcome great nice good hi hello hey sorry
    morning""".split()
)
# What follows a name said to someone at a sentence's start: "Memory, can you take the debrief?"
_ASKING = frozenset("can could would will please are do did have let thanks thank".split())
# Messaging verbs before a person: "Loop in Willow on the thread", "ping Storm", "remind Sage".
_MESSAGING = frozenset("ping pinged dm remind reminded nudge nudged".split())
_LOOPING = frozenset("loop looping looped".split())
# After "<meeting> with X": what a meeting's time or fate says next ("Call with Dakota moved to Thursday").
_MEETING_NEXT = frozenset("moved is was went got at on tomorrow today tonight this next about ran starts".split())


def _addressed(text: str, tokens: list[Token], run: list[int], lex: Lexicon) -> bool:
    """A given name said to someone ("Memory, can you ...?", "Thanks for the intro, Autumn!"), messaged ("Loop in
    Willow", "ping Storm") or met ("Call with Dakota moved"): one listed given name (a place too, never an
    employer, product, role or day) or a word no list knows, or it and a family name."""
    words = [tokens[i] for i in run]
    strange = words[0].kind is Kind.UNKNOWN and words[0].key not in lex.common  # "Lovemore", "Siosaia"
    if not 1 <= len(words) <= 2 or (words[0].key not in lex.given and not strange) or any(not w.cap for w in words):
        return False
    if not all(_may_be_name(w, lex, len(words) == 1) for w in words):
        return False
    first, last = run[0], run[-1]
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    tail = text[tokens[last].end : tokens[last].end + 2]
    if sentence_start(text, tokens[first]):
        return tail == ", " and after is not None and not after.cap and after.key in _ASKING
    before = tokens[first - 1] if first else None
    if before is None:
        return False
    gap = text[before.end : tokens[first].start]
    if gap == ", " and text[tokens[last].end : tokens[last].end + 1] in ("!", ".", "?", "\n", ""):
        opener = first - 1
        while opener > 0 and not sentence_start(text, tokens[opener]):
            opener -= 1
        # The greeting or thanks opens the same short sentence ("Thanks for the intro, Autumn!" is 6 tokens);
        # 12 tokens keeps a long sentence's closing apposition ("..., Austin.") from reading as an address.
        return tokens[opener].key in _ADDRESSING and first - opener <= 12
    if gap != " ":
        return False
    earlier = tokens[first - 2] if first > 1 else None
    if before.key in _MESSAGING or (before.key == "in" and earlier is not None and earlier.key in _LOOPING):
        return True
    if before.key == "with" and earlier is not None and earlier.key in MEETING:
        return after is None or after.key in _MEETING_NEXT or text[tokens[last].end : tokens[last].end + 1] in ".,;:"
    return False


# What only a person owns in hiring notes: "Beauty Two Feathers's references were strong".
_OWNED = frozenset(
    """references referee referees feedback scorecard scorecards notes take-home answers resume cv availability
    interview interviews portfolio candidacy offer visa notice""".split()
)


def _owner(text: str, tokens: list[Token], run: list[int], lex: Lexicon) -> bool:
    """Two or three capitalised words opening with a listed given name, in the possessive before what only a
    person owns: the whole run is the name ("Beauty Two Feathers's references"), whatever its other words mean."""
    words = [tokens[i] for i in run]
    if not 2 <= len(words) <= 3 or words[0].key not in lex.given or any(not w.cap for w in words):
        return False
    if not all(_may_be_name(w, lex, alone=False) for w in words) or any(w.key in ORGS for w in words):
        return False
    if any(w.key in PLACE_HEADS or w.key in NAMED_THINGS for w in words):
        return False  # "Victoria Line's notice", "Rhodes Scholarship's offer"
    if not any(
        w.key in lex.family or w.key in lex.given or (w.kind is Kind.UNKNOWN and w.key not in lex.common)
        for w in words[1:]
    ):
        return False  # "Summer Internship Program's offer": a name word after the given name
    last = run[-1]
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    tail = text[tokens[last].end : after.start] if after is not None else ""
    return after is not None and tail in ("'s ", "’s ", "' ", "’ ") and after.key in _OWNED


# For the frames of :mod:`memory.redact_n_frames`: the same word test and verbs.
may_be_name = _may_be_name
BASE = _BASE
PEOPLES_VERBS = _SINGULAR | _DOING
