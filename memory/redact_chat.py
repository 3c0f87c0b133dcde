"""Lower-case names in the slots of a chat or to-do line: "pinged okonkwo re onsite", "loop in fitzgerald",
"sync w/ adeyemi tmrw", "waiting on chigumba for the scorecard", "talked to precious ndlovu re comp".

Position rules, not name lists: a chat verb's object slot holds a person or a team, so a word there is a person
unless it is a word a team, a tool, a pronoun or an ordinary phrase is spelled with. The outside check of session
8 measured 0.35 recall in this slot for every origin, the Anglo control included: the name lists cannot help,
since a surname nobody listed is as likely as a listed one. Used by :mod:`memory.redact_lower`.
"""

from __future__ import annotations

import re
from functools import cache

from memory.redact_edges import CONTEXT_WORDS
from memory.redact_layout import ROLE_WORDS
from memory.redact_lexicon import DETERMINERS, PARTICLES, PERSON_CUES_AFTER, PERSON_CUES_BEFORE, Lexicon, lexicon
from memory.redact_tokens import Kind, Token, mark, near, sentence_start

# Verbs of a chat or to-do line whose object is a person or a team ("ping", "cc", "chase", "texted").
_VERBS = frozenset(
    """ping pinged pinging dm dmd dmed msg msgd msged message messaged email emailed emailing mail mailed text texted
    txt txted call called calling ring rang cc ccd cced bcc bccd ask asked asking nudge nudged remind reminded chase
    chased chasing loop looped sync synced syncing follow followed check checked hear heard wait waiting waited reach
    reached tell told thank thanked invite invited intro introduce introduced poke poked bug bugged escalate escalated
    forward forwarded fwd fwded brief briefed debrief debriefed prep prepped update updated notify notified contact
    contacted meet met meeting""".split()
)
# Words between the verb and its object: "loop in", "follow up w/", "check with", "hear back from", "wait on".
_BRIDGES = frozenset("in up back out with to on from for".split())
# Who else fills the slot: teams and functions, roles, pronouns, quantities and adverbs — never a person here.
# A closed class of the words a team or function is named with, so the rule stays one about the position.
NOT_PEOPLE = frozenset(
    """me us him her them it you everyone everybody anyone anybody someone somebody all folks people team teams
    support legal sales ops hr finance security recruiting marketing design eng engineering product infra data
    payroll procurement comms leadership mgmt management exec execs admin admins it devops sre qa pm pms pmm tl
    tls vp vps cto ceo cfo coo cpo hrbp hm hms mgr mgrs manager managers rec recs recruiter recruiters sourcer
    sourcers panel panelists interviewers interviewer referee referees references reference candidate candidates
    applicant applicants agency agencies vendor vendors client clients customer customers facilities office it
    helpdesk compliance research analytics platform growth ux ui ml ai ds bd pr cs sdr bdr ops biz bizops devrel
    fin accounting tax benefits immigration visa relocation onboarding gtm revops board committee council crew
    group squad chapter guild channel thread list everyone's whoever later again now soon asap today tomorrow
    tmrw tonight yesterday first next last back around directly internally in else""".split()
)
# What may follow the object: a purpose, a time, a clause's end.
_AFTER = frozenset(
    """re abt about on for to with w at by the a an this that our their tmrw tomorrow today tonight asap later
    again when once if before after and or but pls please last next this monday tuesday wednesday thursday friday
    re: directly too as well since until till back over first""".split()
)


def _person_word(token: Token, lex: Lexicon, only_people: bool = False) -> bool:
    """A lower-case word that can be a person's name in a person's slot: a listed name that is no ordinary word,
    or a word no dictionary knows (a surname nobody listed: "okonkwo", "chigumba", "boeing" as a surname). With
    ``only_people`` (the object of "ask", "ping", "remind", "check with": a person or a team, never a thing), a
    listed family name that is also a word too ("ask fox", "check with hill first")."""
    key = token.key
    # Never a product's name ("pinged slack re onsite"): a tool is messaged too, and "price" goes with "slack".
    plain = key not in NOT_PEOPLE | ROLE_WORDS | CONTEXT_WORDS | DETERMINERS | PARTICLES
    plain = plain and key not in lex.acronyms and key not in lex.tech
    if only_people and plain and not token.cap and not token.protected and key in lex.family and len(key) > 2:
        return True
    if token.cap or token.protected or key in NOT_PEOPLE or key in ROLE_WORDS or key in lex.tech:
        return False
    if key in CONTEXT_WORDS or key in DETERMINERS or key in PARTICLES or key in lex.acronyms:
        return False
    listed = key in lex.family or key in lex.given
    if len(key) < 3:
        # Two letters only as a listed surname that is no dictionary word ("vo", "xu", "le"), never "do", "bi".
        return listed and key not in lex.english
    if token.kind is Kind.UNKNOWN and key not in lex.english:
        return True
    return listed and key not in lex.ordinary


def _slot_start(text: str, tokens: list[Token], index: int) -> int | None:
    """The index of the first object word when ``index`` is a chat verb (lower case, or capitalised opening a
    line), after its bridge words ("loop in", "follow up w/", "hear back from"); None otherwise."""
    verb = tokens[index]
    if verb.key not in _VERBS or (verb.cap and not sentence_start(text, verb)):
        return None
    at = index + 1
    bridges = 0
    while at < len(tokens) and tokens[at].key in _BRIDGES and bridges < 2 and not tokens[at].cap:
        if not near(text, tokens[at - 1], tokens[at]):
            return None
        at += 1
        bridges += 1
    if (
        at >= len(tokens)
        or not near(text, tokens[at - 1], tokens[at])
        or "," in text[tokens[at - 1].end : tokens[at].start]
    ):
        return None
    return at


def _closed(text: str, tokens: list[Token], last: int) -> bool:
    """The object ends where a purpose, a time or the clause's end follows: "okonkwo re onsite", "adeyemi tmrw"."""
    rest = text[tokens[last].end : tokens[last].end + 2]
    if last + 1 >= len(tokens) or not rest.strip():
        return True
    if rest[:1] in ".,;:!?)\n(-":
        return rest[1:2] in ("", " ", "\n", "\t")  # not "myatt.com", "ms-sql"
    following = tokens[last + 1]
    return not following.cap and following.key in _AFTER and near(text, tokens[last], following)


# Chat verbs whose object is a person or a team, never a thing ("ask fox about the offer", "ping price re onsite"),
# and those that are so only after their bridge ("check with", "loop in", "sync w/", "follow up with").
_ONLY_PEOPLE = frozenset(
    "ask asked asking ping pinged pinging dm dmd dmed cc cced ccd remind reminded nudge nudged".split()
)
# Chat verbs whose "to" is a person's ("talked to", "reached out to", "replied to"); after the others "to" opens
# an infinitive ("asked to begin").
_TO_PEOPLE = frozenset("reach reached reply replied write wrote talk talked speak spoke forward forwarded".split())
_ONLY_PEOPLE_BRIDGED = frozenset("check checked loop looped sync synced follow followed meet met".split())
# Chat verbs written with an apostrophe, which the tokenizer skips as contractions: "dm'd", "cc'd", "msg'd".
_CLIPPED = re.compile(r"(?:^|[^\w'’])(?:dm|msg|cc|bcc|txt|fwd|ping|sync|text|email)['’](?:d|ed)\s+$", re.IGNORECASE)


def chat_objects(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """One to three lower-case name words as a chat verb's object, before a purpose or the clause's end."""
    for index in range(len(tokens)):
        start = _slot_start(text, tokens, index)
        if start is None and _CLIPPED.search(text, max(0, tokens[index].start - 12), tokens[index].start):
            start = index
        if start is None:
            continue
        words: list[int] = []
        at = start
        verb = tokens[index].key
        bridged = start > index + 1 and tokens[start - 1].key in ("with", "w", "in")
        people = verb in _ONLY_PEOPLE or (bridged and verb in _ONLY_PEOPLE_BRIDGED)
        # One ordinary-word surname alone, closed at once ("ask fox about", "check with hill first"); not an
        # infinitive after "to" ("asked to begin after Diwali", "reminded to start": a verb, Begin a surname too).
        infinitive = tokens[start - 1].key == "to" and verb not in _TO_PEOPLE
        alone = people and not infinitive and _person_word(tokens[start], lex, True)
        alone = alone and not _person_word(tokens[start], lex)
        if alone and _closed(text, tokens, start):
            mark(tokens[start], "lower case, a chat verb's object")
            continue
        while at < len(tokens) and len(words) < 3 and _person_word(tokens[at], lex):
            if words and not near(text, tokens[at - 1], tokens[at]):
                break
            if words and "," in text[tokens[at - 1].end : tokens[at].start]:
                break
            words.append(at)
            at += 1
        # The longest run of name words that the clause closes after: "ask zin oo for the deck".
        while words and not _closed(text, tokens, words[-1]):
            words.pop()
        for i in words:
            mark(tokens[i], "lower case, a chat verb's object")


def given_then_strange(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """A listed given name, even one that is also a word, right before a word no dictionary knows, both in lower
    case: "precious ndlovu sent the notes", "thx gift marufu", "talked to fortune chirwa". Taking only the strange
    word left "[PERSON]" beside the given name for a second pass to take (the session 8 idempotence failures); the
    given name alone is left to the other rules. A tool's name is never the second word ("rose nginx")."""
    for index in range(len(tokens) - 1):
        first, second = tokens[index], tokens[index + 1]
        if first.cap or second.cap or first.protected or second.protected or text[first.end : second.start] != " ":
            continue
        # A given name that is also a product's ("gift", "ruby", "julia") still counts: the word after it is none.
        if first.key not in lex.given or len(first.key) < 3 or first.key in NOT_PEOPLE:
            continue
        if first.key in CONTEXT_WORDS or first.key in DETERMINERS or first.key in ROLE_WORDS:
            continue
        strange = second.kind is Kind.UNKNOWN and second.key not in lex.english
        surname = second.key in lex.family and second.key not in lex.ordinary and second.key not in lex.common
        if not (strange or surname) or len(second.key) < 3:
            continue
        if second.key in lex.tech or second.key in NOT_PEOPLE or _TOOL_TAIL.search(second.key):
            continue
        if _inflected(second.key, lex) or any(c.isupper() for c in text[second.start + 1 : second.end]):
            continue
        if index and tokens[index - 1].key in DETERMINERS and near(text, tokens[index - 1], first):
            continue  # "the summer kubeflow work": a phrase after a determiner
        if first.key in lex.tech and not _person_frame(text, tokens, index, index + 1):
            continue  # "we use ruby sidekiq": a product before a word no list knows, unless a person's frame
        mark(first, "lower case, given + unknown word")
        mark(second, "lower case, given + unknown word")


# The tails of command and tool names written in lower case ("kubectl", "nginx", "mysql"): as in redact_lower.
_TOOL_TAIL = re.compile(r"(?:[bcdfghjklmnpqrstvwxz]{3}|x|ctl|sql|db|js|ql|ops|cli|api|sdk|io|cd|ci)$")


def _person_frame(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """A person cue or chat verb right before the words, or a person's verb right after them."""
    before = tokens[first - 1] if first else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    cue = PERSON_CUES_BEFORE | _VERBS | {"to", "thx", "ty"}
    if before is not None and near(text, before, tokens[first]) and before.key in cue:
        return True
    return after is not None and near(text, tokens[last], after) and after.key in PERSON_CUES_AFTER | _STATES


# What only a person does or is, right after a name: "ruby chirwa joined", "ruby chirwa is out".
_STATES = frozenset("is was joined left accepted declined signed sent has had will".split())


# Endings of English words no dictionary here lists ("biomarkers", "containerization", "upskilling"): a word no
# list knows that ends so is a word, not a surname nobody listed.
_WORD_ENDINGS = (
    "ers",
    "ings",
    "tion",
    "tions",
    "ment",
    "ments",
    "ness",
    "ities",
    "ity",
    "ics",
    "ists",
    "isms",
    "ism",
    "able",
    "ables",
    "ized",
    "ised",
    "izing",
    "ising",
    "ated",
    "ating",
    "ware",
    "less",
    "ful",
)


def _inflected(key: str, lex: Lexicon) -> bool:
    """A dictionary word with an ending no list spells out: "biomarkers", "microservices", "dockerized"."""
    if key.endswith(_WORD_ENDINGS):
        return True
    for ending in ("s", "es", "ed", "d", "ing", "ers", "ized", "ised", "ies"):
        stem = key[: -len(ending)] + ("y" if ending == "ies" else "")
        if key.endswith(ending) and len(stem) > 2 and stem in lex.english:
            return True
    return False


# A note line opening with a field's abbreviation, not a chat speaker: "relo: ok for thursday", "sched: tbd",
# "quals: strong" (review M4 of session 10: the label rule took any strange word before a colon for a speaker, and a
# list of the reviewer's abbreviations fixed only those). An abbreviation is cut from a word or written without
# vowels: its first four letters or more start a common work word at least three letters longer ("relo"
# relocation, "sched", "qual", "perf", "misc": words common in English and used in ESCO/O*NET texts), or it has
# no vowel ("fb", "tmrw", "lwd", "jd"). Shorter cuts are left alone: "tin", "mai", "lan", "obi" start work words
# too and are names. A listed name ("tupac:", "ama:") and any label of a transcript (a time stamp, or another
# line labelled by a listed name) are left to the label rule.
_FIELD_LINE = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?([A-Za-z][a-z0-9]{1,7}):[ \t]", re.M)
# A note field's abbreviation written capitalised ("Comp: 120k", "Relo: ok", "Edu: BSc"): only these, since a
# capitalised word before a colon is a chat speaker's name as often ("Ade: ok for thursday"; CLAIMS, session 15).
_CAPITAL_FIELDS = frozenset(
    """comp loc relo yrs yoe sal edu exp avail pref prefs dept mgr refs visa auth ote rsu fte ctc ectc lwd doj pto
    wfh req reqs pos cand sched nxt stat tc hq""".split()
)
_STAMPED = re.compile(r"^[ \t]*(?:\[\d{1,2}:\d{2}|\d{1,2}:\d{2}[ \t])", re.M)
_VOWELS = frozenset("aeiou")


@cache
def _word_starts() -> frozenset[str]:
    """The first 4 to 6 letters of every word of 7 letters or more that is common English and a work word."""
    lex = lexicon()
    words = [w for w in lex.common._words if len(w) >= 7 and w.isalpha() and w in lex.ordinary]
    return frozenset(w[:n] for w in words for n in range(4, min(7, len(w) - 2)))


def _abbreviation(key: str, lex: Lexicon) -> bool:
    if key in lex.given or key in lex.family:
        return False  # a listed name ("tupac", "ama", "ng") stays the label rule's to decide
    stem = key[:-1] if key.endswith("s") and len(key) > 3 else key
    return not (_VOWELS & set(key)) or stem in _word_starts() or any(c.isdigit() for c in key)


def protect_field_labels(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark protected a field's abbreviation opening a note line ("relo: ok for thursday"), outside transcripts."""
    labels = [
        (m.start(1), m.group(1).lower(), m.group(1)[0].isupper())
        for m in _FIELD_LINE.finditer(text)
        if m.group(1)[0].islower() or m.group(1).lower() in _CAPITAL_FIELDS
    ]
    if not labels or _STAMPED.search(text):
        return
    if any(
        key in lex.given or key in lex.family for _, key, capital in labels if key not in lex.common and not capital
    ):
        return  # a transcript: another line is labelled by a name
    by_start = {t.start: t for t in tokens}
    for start, key, capital in labels:
        token = by_start.get(start)
        # a capitalised field of the list is one unless a given name is written so ("Loc:", "Sal:" may be speakers)
        field = key not in lex.given if capital else _abbreviation(key, lex)
        if token is not None and token.key == key and field:
            token.protected = True


# A chat verb opening a sentence right before a handle: "Ping @priyaraghunathan about the loop", "Ask @tk". A name
# is written before its handle in brackets or after a dash ("Ping Wang (@pwang)"), not glued to it; "Ping" and
# "Ask" are given names too (review SHOULD, session 17: "Ping @priyaraghunathan" lost "Ping").
# Handles are replaced by "[CONTACT]" before the words are read (``redact_patterns.contacts``): the verb is the word
# right before one, at a sentence's or a line's start, and the sentence goes on after the handle with a lower-case
# word ("about the loop", "re the offer"): a header's name before its address ends the line ("To: Chase
# <chase@...>", "Organizer: Chase [CONTACT]"; OUTSIDE13's word names, session 18).
_HANDLE_VERB = re.compile(r"(?:^|[.!?:;\n])[ \t\-•*]*([A-Z][a-z]+)[ \t]+$")
_GOES_ON = re.compile(r"[\w.-]*[ \t]+[a-z]")
_HANDLES = ("[CONTACT]", "@")


def protect_handle_verbs(text: str, tokens: list[Token]) -> None:
    """Mark protected a chat verb (``_VERBS``) opening a sentence right before an @handle."""
    starts = set()
    for handle in _HANDLES:
        at = text.find(handle)
        while at > 0:
            found = _HANDLE_VERB.search(text, max(0, at - 24), at)
            goes_on = found is not None and _GOES_ON.match(text, at + len(handle)) is not None
            if goes_on and found is not None and found.group(1).lower() in _VERBS:
                starts.add(found.start(1))
            at = text.find(handle, at + 1)
    if starts:
        for token in tokens:
            if token.start in starts:
                token.protected = True
