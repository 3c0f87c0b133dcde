"""Slots only a person fills: a name there is removed whatever its origin, and a word there stays a word.

Session 11's outside check (classes 1-3 and 6) found lone names kept where the frame says a person stands: a
mail header ("From: Sutrisno"), a sign-off line, a JSON field named for a person, the answer to a "who" question,
after "per" ("Per Somchai, ..."), in a first-person introduction ("I'm Kiviaq"), after "let" ("let Wirote
know"), after a greeting or "cc", and initials used as a given name ("AJ Fonoti", "Thanks, AJ."). The words the
lists miss there are of origins no list holds (Thai, Javanese, Inuit), or given names that are also words
("Summer", "Chase", "Patience").

The slot decides that a person could stand there; the word decides whether this one is a name, by a property of
the word, never of its origin (:func:`memory.redact_n_nameish.nameish`): a word a given-name list holds (also
when it is a word: "Summer"), a word no list or dictionary knows, or a name-list word that is no common word;
never a word only an ordinary or product list holds ("let Legal know", "From: Recruiting", "Per Gartner"), a place or an
employer. The same frame with an ordinary word (``eval.redaction_round12``'s fillers) measures the guard.
Where vendors and tools stand as often (after "let" before "handle", the answer to "Who runs the background
check?": review S2), only a listed name goes. Also here: a speaker's label before "I ...", a role before a name
("Hiring manager Will"), the agent of a person's verb ("Referred by June."), "Thanks to May for"; records
(:mod:`memory.redact_n_records`) and names in capitals (:mod:`memory.redact_n_caps`) are read from
:func:`person_slots` too.

Session 16 (OUTSIDE14's classes 3, 4, 17, 20 and OUTSIDE13's 3 and 6): a one-to-one's other person ("1:1 with
Sage"), the object of "hire" (a listed given name: firms are hired too), the subject of being away ("Will is out
from Monday"), a verdict's author and speaker ("Strong hire from Austin.", "Sky: leans no"), a role in parentheses
("Bo (staff eng)"), a referee after "Ref" ("Ref Tyrone Jackson pending"), a name qualifying a handover's noun
("the Tuhiwai offer") and a person copied in ("copy in Tupou").
"""

from __future__ import annotations

import re

from memory.redact_edges import CONTEXT_WORDS
from memory.redact_fp_tables import gazetteer
from memory.redact_lexicon import (
    ORGS,
    PERSON_VERBS_AFTER,
    PLACES,
    Lexicon,
)
from memory.redact_n_caps import shouted_names
from memory.redact_n_nameish import initials, nameish
from memory.redact_n_records import person_columns, record_names
from memory.redact_products import camel, productish
from memory.redact_tokens import MONTHS, Kind, Token, mark

# A run of capitalised words after which the slot's right side is read; three words at most (a full name with
# a middle name), as a longer title-case run is a heading or an organisation.
_MAX_RUN = 3
# The line before a sign-off's name: a closing word and a comma alone on its line.
_CLOSING = re.compile(
    r"^[ \t]*(?:best|best regards|kind regards|warm regards|regards|thanks|many thanks|thank you|cheers|"
    r"sincerely|warmly|yours|all the best|talk soon|ta),?[ \t]*$",
    re.IGNORECASE,
)
# A mail or calendar header whose value is people ("From: Sutrisno", "Cc: Karma"); the run is the whole value or
# ends at an address, a comma, a parenthesis or "and".
_HEADER = re.compile(r"^[ \t]*(?:from|to|cc|bcc|reply-to|sender|attendees?|organi[sz]er)[ \t]*:[ \t]*$", re.IGNORECASE)
_HEADER_END = re.compile(r"^[ \t]*(?:$|<|,|;|\(| and | & )")
# A JSON or YAML field named for a person, the run its whole quoted value.
_PERSON_FIELD = re.compile(
    r"[\"']?(?:name|full_?name|interviewer|referee|reference|reviewer|recruiter|owner|contact|author|manager|"
    r"hiring_?manager|assignee|approver|sender|from|to|cc|coordinator|panelist)[\"']?[ \t]*:[ \t]*[\"']$",
    re.IGNORECASE,
)
# The answer line to a question about who: "A: Somchai." after "Q: Who ran the systems round?".
_ANSWER = re.compile(r"(?:^|[ \t])A[ \t]*[:.)-][ \t]*$")
_WHO_QUESTION = re.compile(r"\bQ[ \t]*[:.)-].*\bwho(?:m|se)?\b", re.IGNORECASE)
# A source: "Per Somchai, the offer ..." / "per Summer's note" / "according to Kiviaq".
_SOURCE = re.compile(r"(?:^|[\s(\[])(?:[Pp]er|[Aa]ccording to)[ \t]$")
# A first-person introduction: "I'm Kiviaq and I'll coordinate", "My name is Iolo", "This is Nuka from ...".
_INTRO = re.compile(r"(?:^|[\s(])(?:I'm|I’m|I am|[Mm]y name is|[Mm]y name's|[Tt]his is|[Cc]all me)[ \t]$")
_INTRO_END = re.compile(r"^(?:[ \t]*[,.!;:)]|[ \t]*$| and | from | here\b| with | of | on | in | at )")
# Addressed or copied: "Thanks, AJ.", "cc: KC", "Hi Somchai,".
_ADDRESSED = re.compile(r"(?:^|[\s(])(?:[Tt]hanks|[Tt]hank you|[Cc][Cc]|[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)[,:]?[ \t]$")
_CLAUSE_END = re.compile(r"^(?:[ \t]*[,.!;:?)]|[ \t]*$)")
# Verbs of a request that other rules read as context words (memory.redact_edges.CONTEXT_WORDS, so no run takes
# them): opening a sentence, their object is a person ("Email Sutrisno the packet", "Remind Summer about").
_REQUESTS = frozenset("email text remind message dm tell inform warn call ring".split())
# The start of a sentence in prose: the line's start (after a bullet or a number) or a sentence's end.
_PROSE_START = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*$|[.!?][\"')\]]?[ \t]+$")
# After a request's object: a word that opens what the request goes on with ("about", "the", "for", "back"), or a
# sentence's end; never a line's bare end ("Text Summarization" in a list of skills) nor a noun the run would
# qualify ("Prepare Bar chart").
OBJECT_NEXT = frozenset(
    """about the a an to for on with re in at by back before after tomorrow today tonight now asap please again
    that this these those your our their his her its when once if and or so""".split()
)
_OBJECT_END = re.compile(r"^(?:[ \t]*[,.!;:?)](?:[ \t]|$)| ([a-z]+)\b)")
# "let Wirote know", "lets Summer decide": the object of a causative verb before a bare verb.
_LET = frozenset({"let", "lets", "letting"})
# What only a person does after "let" ("let Wirote know", "let Summer decide"); a tool or a vendor is let "handle"
# or "run" things as often ("We let Dagster handle the scheduling": review S2), so there only a listed name goes.
_LET_PERSON = frozenset(
    """know decide choose pick weigh chime comment confirm respond reply answer approve sign join meet speak talk
    interview explain think vote lead present introduce""".split()
)
# A question about a person: a role, or a verb people do ("Who interviewed ...", "Who is the referee?"); "Who runs
# the background check?" may be answered by a vendor ("Checkr": review S2), so there only a listed name goes.
_PERSON_QUESTION = re.compile(
    r"\bwho(?:m|se)?\b.*\b(?:interview\w*|referr?\w*|recommend\w*|vouch\w*|chair\w*|screen\w*|met|meet|called|"
    r"said|says|led|lead|referee|reference|recruiter|manager|coordinator|panel\w*|reviewer|mentor|hired|sourced|"
    r"(?:ran|runs?|took|owns?|owned)\b[^?\n]*\b(?:round|interview|screen|loop|panel|debrief|call|session|meeting))\b",
    re.IGNORECASE,
)
# A speaker's label opening a chat line, then the speaker's first person: "Chase: I can cover the Tuesday loop.",
# "[10:02] Summer: I'll take it".
_SPEAKER = re.compile(r"^[ \t]*(?:\[[\d:. apmAPM]+\][ \t]*)?(?:[-*•][ \t]*)?$")
_FIRST_PERSON = re.compile(r"^:[ \t]+(?:I|I'm|I’m|I'll|I’ll|I've|I’ve|I'd|I’d|we|We|my|My)\b")
_TIME_WORDS = MONTHS | frozenset(
    "spring summer autumn fall winter monday tuesday wednesday thursday friday saturday sunday".split()
)
# A role right before a name ("Hiring manager Will signed off", "Recruiter June sent the packet").
_ROLES = frozenset(
    """manager recruiter referee interviewer coordinator panelist reviewer colleague mentor teammate engineer
    designer lead director sourcer candidate""".split()
)
# A person's verb before "by" ("Referred by June.", "Interviewed by Summer and ..."): the agent is a person;
# "Due by June" is a date.
_BY_PERSON = re.compile(
    r"\b(?:referred|recommended|interviewed|introduced|screened|sourced|nominated|endorsed|vouched for|"
    r"approved|submitted|signed|written|chaired|organi[sz]ed|forwarded|shared|mentored|hired|coached)[ \t]+by[ \t]$",
    re.IGNORECASE,
)
# Thanks to a person for something: "Thanks to May for covering the debrief."
_THANKS_TO = re.compile(r"(?:^|[\s(])(?:[Tt]hanks|[Tt]hank you|[Kk]udos|[Ss]hout-?out|[Gg]rateful)[ \t]+to[ \t]$")
# Verbs whose object is only ever a person: "Would rehire Gökhan without hesitation", "promoted Summer last year"
# (not "hire", "flag", "interview": firms, tools and roles are hired, flagged and interviewed at too).
_PERSON_OBJECT = frozenset(
    """rehire rehired rehiring re-hire re-hired promote promoted promoting mentor mentored mentoring coach coached
    coaching poach poached""".split()
)
# "with" in the languages notes are written in besides English: "Hablé con Gökhan sobre la oferta", "Gespräch mit
# Ebru am Montag", "Entretien avec Ebru très positif", "Conversei com Nurul". A firm is met with too ("con Dyson"),
# so this slot is one vendors share (_SHARED): a word no list knows goes unless it has a product's shape.
_FOREIGN_WITH = frozenset("con mit avec com".split())
# A parenthetical aside naming who was on a call: "(Gökhan on the call)", "(with Summer)", "(Ebru joining)".
_ASIDE_OPEN = re.compile(r"\((?:with |w/ ?|cc |incl\. |plus |and )?$")
_ASIDE_CLOSE = re.compile(
    r"^(?: on the (?:call|line|panel|loop|thread|invite|interview|debrief|screen|zoom|meet)\b| joining\b| joined\b|"
    r" present\b| shadowing\b| sitting in\b| listening in\b| dial(?:l)?ed in\b| also\b| too\b| as well\b| cc'?d\b)"
)
# The other person of a one-to-one meeting: "1:1 with Sage went well", "one-on-one with An on Friday" (OUTSIDE14's
# class 4: short and word-like given names kept there).
_ONE_ON_ONE = re.compile(r"(?:\b1:1s?|\b1-on-1s?|\b1on1s?|\b[Oo]ne-on-ones?)[ \t]+(?:with|w/)[ \t]*$")
# Verbs whose object is a person or a firm ("hire Sage", "hire Accenture"): a listed given name only, before a
# clause's end or a word that opens what follows ("We should hire Bo, honestly", "hire Sage for the role").
_HIRE = frozenset("hire hiring".split())
_QUOTE_END = re.compile(r"^[,.!?;:]?[\"”'’](?:\s|$|[,.])")  # "We should hire Bo," she said.
# Being away is said of people ("Will is out from Monday", "Hope is off until Friday"); a tool or a team is "down".
_AWAY = re.compile(
    r"^(?:'s|’s| is| will be| was)[ \t]+(?:out|off|away|OOO|ooo|on (?:leave|PTO|pto|vacation|holiday|holidays|"
    r"sick leave|parental leave|annual leave|annual|maternity leave|paternity leave))\b"
)
# A verdict's author closing its clause: "Strong hire from Jackson.", "Lean yes from Austin, pending refs" (OUTSIDE14's
# class 17: a given name that is also a place kept there). A place sends no verdict; "feedback from Austin" (an
# office) is no verdict word, so only a vote is read, and only a listed given name goes.
_VERDICT_FROM = re.compile(
    r"\b(?:hire|yes|no|lean|leans|vote|votes|thumbs[ -]up|thumbs[ -]down|approval|sign-?off|veto|nod|go-ahead|"
    r"\+1|-1)[ \t]+from[ \t]$",
    re.IGNORECASE,
)
# A role in parentheses after a name in a list of people: "Panel: Priya (EM), Bo (staff eng)", "Kai (recruiter) and
# Jo (hiring manager)" (OUTSIDE14's class 3: the second, short name kept). Firms take a role in parentheses too
# ("Zorvex (Senior Engineer)"), so a listed given name goes anywhere, any other name-like word only after another
# such aside ("..., Bo (staff eng)").
_ROLE_ASIDE = re.compile(
    r"^ \((?:[A-Za-z]+ ){0,2}(?:em|pm|eng|engineer|manager|recruiter|interviewer|panelist|shadow|chair|hm|sre|swe|"
    r"lead|director|designer|sourcer|coordinator|note-?taker|referee|mentor|buddy|bar raiser|tech lead|vp|cto|ceo|"
    r"head|staff|principal|senior|junior|analyst|scientist|architect)s?\)",
    re.IGNORECASE,
)
_AFTER_ASIDE = re.compile(r"\)(?:,| and| &|, and) $")
# A referee named without a colon: "Ref Tyrone Jackson pending", "ref Wei Zhang: called" (OUTSIDE14's class 20).
_REF = re.compile(r"(?:^|[\s(;,])(?:Ref|REF|ref|Refs|refs)\.?[ \t]$")
_REF_WORDS = frozenset({"ref", "refs"})
# A line's speaker whose value is a hiring verdict: "Will: strong hire", "- Sage: leans no" (labels take verdicts
# too, "Overall: strong hire", "Decision: no hire", but no given-name list holds a label's word).
_VERDICT_VALUE = re.compile(
    r"^:[ \t]+(?:(?:strong(?:ly)?|lean(?:s|ing)?|soft|weak|definite|clear|firm|solid|big|hard)[ \t]+)?"
    r"(?:no[ \t]+hire|hire|yes|no|pass|reject|advance|thumbs[ -](?:up|down)|\+1|-1)\b",
    re.IGNORECASE,
)
# A person's name qualifying what hiring hands over about them: "the Tuhiwai offer needs sign-off", "hand over the
# Vainikolo packet" (OUTSIDE13's class 3). A firm's offer reads the same ("the Stripe offer"), so only a word that
# is a name by the lists' shape goes: a listed family or given name or a word no list knows, never a word a product,
# firm, place or dictionary list holds; the "qualifies a noun" rule (``redact_things._qualifies``) protected it.
_HANDED = re.compile(
    r"^ (?:offer|offers|packet|loop|debrief|candidacy|onsite|paperwork|referral|references|reference check|"
    r"scorecard|scorecards|file|contract|start date|background check|offer letter|comp|req|pipeline|panel)\b"
)
# Copied in on a thread: "Please copy in Tupou." ("in" opens a place's slot otherwise: OUTSIDE13's class 6).
_COPIED_IN = re.compile(
    r"\b(?:[Cc]opy|[Cc]opied|[Cc]opying|[Cc][Cc]|[Cc][Cc]'d|[Ll]oop|[Ll]ooped|[Ll]ooping)[ \t]+in[ \t]$"
)
# The word after a verb's or a preposition's object: a lower-case word or a clause's end ("rehire Gökhan without").
_AFTER_OBJECT = re.compile(r"^(?:[ \t]*[,.!;:?)](?:[ \t]|$)|[ \t]*$| [a-zà-ÿ])")
# Slots no firm fills: a given name an employer shares is the person there ("Chase: I can cover the loop").
_PEOPLE_ONLY = frozenset(
    """object of a request|after let, a person's verb|answer to a question about a person|a speaker's label|
    introduced|sign-off|addressed|thanked|after a role|agent of a person's verb|object of a person's verb|
    a one-to-one's other person|away|a verdict's author|a verdict's speaker|a role aside|a role aside, listed|
    a referee|a handover's person|copied in""".replace("\n    ", "").split("|")
)
# Slots where a word no list knows is not enough (vendors and tools stand there too): a listed name only.
# "Thanks to Kubernetes for": a tool; "hire Accenture": a firm.
_LISTED_ONLY = frozenset({"thanked", "object of hire", "a verdict's author"})
# Slots vendors and tools share with people (review S2, then M4: a listed-only guard kept exactly the origins the
# lists miss): a word no list knows goes unless it has a product's shape (:func:`_product_shaped`).
_SHARED = frozenset({"after let", "answer to who", "a person's field", "after a foreign with", "an aside"})


def _run(text: str, tokens: list[Token], index: int) -> list[int]:
    """The capitalised words from ``index`` on, joined by single spaces (at most ``_MAX_RUN``)."""
    run = [index]
    while (
        len(run) < _MAX_RUN
        and run[-1] + 1 < len(tokens)
        and tokens[run[-1] + 1].cap
        and text[tokens[run[-1]].end : tokens[run[-1] + 1].start] == " "
    ):
        run.append(run[-1] + 1)
    return run


def _line_before(text: str, at: int) -> tuple[str, str]:
    """The text of the line before ``at``, and the whole line before that one."""
    start = text.rfind("\n", 0, at) + 1
    previous = text.rfind("\n", 0, max(start - 1, 0)) + 1 if start else 0
    return text[start:at], text[previous : max(start - 1, 0)] if start else ""


# The patterns read at the end of a line's prefix (``_ANSWER``, ``_BY_PERSON``, ``_THANKS_TO``, ``_SOURCE``,
# ``_INTRO``, ``_PERSON_FIELD``, ``_ADDRESSED``, ``_PROSE_START``) match at most 18 characters other than spaces
# and tabs (the longest: a person's JSON field, '"hiring_manager": "'); their only unbounded parts are runs of
# spaces and tabs. So a match ending at the prefix's end starts inside any tail that holds more than that many
# other characters, and the search may start there. Scanned from the line's start, each capitalised run cost a
# pass over the whole line: quadratic on long resume lines (session 12's profile: 0.33 s of 4.8 s on the
# reviewer's battery). ``pattern.search(prefix, pos)`` keeps every reading byte-identical: "^" still matches
# only at the prefix's real start and "\b" still sees the character before ``pos`` (a slice would not).
# The last words every match of _BY_PERSON, _THANKS_TO, _SOURCE, _INTRO and _ADDRESSED ends with, with the same
# flags: each is the end of its pattern's last alternatives ("[Aa]ccording to" ends in "to", "[Hh]ello" in "lo").
_ENDINGS = (
    re.compile(r"by[ \t]$", re.IGNORECASE),
    re.compile(r"to[ \t]$"),
    re.compile(r"(?:[Pp]er|to)[ \t]$"),
    re.compile(r"(?:I'm|I’m|am|is|'s|me)[ \t]$"),
    re.compile(r"(?:ks|ou|[Cc][Cc]|[Hh]i|lo|ey|ar)[,:]?[ \t]$"),
)
_ENDING = 6  # characters: the longest ending (4: "I'm ", "ks, ") and a final newline, one to spare
_TAIL = 96  # characters searched when the prefix is longer (a line's last words before the run)
_SOLID = 32  # more than the 18 non-blank characters any of those matches holds, with a margin


def _at_end(pattern: re.Pattern[str], prefix: str, ending: re.Pattern[str] | None = None) -> bool:
    """``pattern.search(prefix)`` for a pattern anchored at the prefix's end, scanning only its tail.

    ``ending``: what every match of ``pattern`` ends with (its last words and blank, ``_ENDINGS``), at most
    ``_ENDING`` characters before the prefix's end (and a final newline, before which ``$`` also matches): a
    prefix without it is answered without the full search (session 14: these searches were ~3% of redaction's
    time, and most prefixes end in no such word)."""
    if ending is not None and ending.search(prefix, max(0, len(prefix) - _ENDING)) is None:
        return False
    start = len(prefix) - _TAIL
    if start > 0:
        tail = prefix[start:]
        if len(tail) - tail.count(" ") - tail.count("\t") > _SOLID:
            return pattern.search(prefix, start) is not None
    return pattern.search(prefix) is not None


def _object_end(suffix: str) -> bool:
    match = _OBJECT_END.match(suffix)
    return match is not None and (match.group(1) is None or match.group(1) in OBJECT_NEXT)


def _slot(text: str, tokens: list[Token], run: list[int]) -> str | None:
    """Which person's slot the run stands in, or None."""
    first, last = tokens[run[0]], tokens[run[-1]]
    prefix, above = _line_before(text, first.start)
    end = last.end
    line_end = text.find("\n", end)  # not '"\n" in text[end:]': a copy of the text's rest for every run
    suffix = text[end : line_end if line_end != -1 else len(text)]
    rest = suffix[2:] if suffix[:2] in ("'s", "’s") else suffix
    before = tokens[run[0] - 1] if run[0] else None
    after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    if (
        before is not None
        and before.key in _LET
        and text[before.end : first.start] == " "
        and after is not None
        and not after.cap
        and text[end : after.start] == " "
    ):
        return "after let, a person's verb" if after.key in _LET_PERSON else "after let"
    if (
        before is not None
        and before.cap
        and before.key in _REQUESTS
        and text[before.end : first.start] == " "
        and _at_end(_PROSE_START, text[text.rfind("\n", 0, before.start) + 1 : before.start])
        and _object_end(suffix)  # not "Text Monday's address": the object is what the run owns
    ):
        return "object of a request"
    if _CLAUSE_END.match(suffix) and _at_end(_ANSWER, prefix) and _WHO_QUESTION.search(above + "\n" + prefix):
        if _PERSON_QUESTION.search(above + "\n" + prefix):
            return "answer to a question about a person"
        return "answer to who"
    # A time word opening a line is a time's label ("Summer: I can take the panel", "June: I'm away") unless a
    # timestamp says a chat line ("[10:02] Summer: I'll take it").
    timed = "[" in prefix or not all(tokens[i].key in _TIME_WORDS for i in run)
    if _SPEAKER.match(prefix) and _FIRST_PERSON.match(rest) and timed:
        return "a speaker's label"
    if (
        before is not None
        and before.key in _ROLES
        and text[before.end : first.start] == " "
        and after is not None
        and not after.cap
        and text[end : after.start] == " "
        and after.key not in OBJECT_NEXT
    ):
        return "after a role"  # "Hiring manager Will signed off"; not "Lead engineer Python for the backend"
    if (
        before is not None
        and not before.upper
        and text[before.end : first.start] == " "
        and _AFTER_OBJECT.match(suffix)
        and (
            before.key in _PERSON_OBJECT
            or (before.key in _FOREIGN_WITH and text[before.start - 1 : before.start] in ("", " "))
        )
    ):
        # "Would rehire Gökhan without hesitation"; "Hablé con Gökhan sobre la oferta", "Gespräch mit Ebru am Montag"
        return "object of a person's verb" if before.key in _PERSON_OBJECT else "after a foreign with"
    if prefix.endswith(("with ", "w/ ", "w/")) and _AFTER_OBJECT.match(suffix) and _ONE_ON_ONE.search(prefix[-24:]):
        return "a one-to-one's other person"
    if (
        before is not None
        and before.key in _HIRE
        and not before.upper
        and text[before.end : first.start] == " "
        and (_object_end(suffix) or _QUOTE_END.match(suffix))
    ):
        return "object of hire"
    if prefix.endswith("in ") and _AFTER_OBJECT.match(suffix) and _COPIED_IN.search(prefix[-12:]):
        return "copied in"
    if len(run) == 1 and before is not None and before.key == "the" and _HANDED.match(suffix):
        return "a handover's person"
    if len(run) == 1 and _VERDICT_VALUE.match(suffix) and _SPEAKER.match(prefix):
        return "a verdict's speaker"
    if _ROLE_ASIDE.match(suffix):
        return "a role aside, listed" if _AFTER_ASIDE.search(prefix[-8:]) else "a role aside"
    if prefix[-5:].rstrip(" .").lower().endswith(("ref", "refs")) and _REF.search(prefix[-8:]):
        return "a referee"
    if prefix.endswith("from ") and _CLAUSE_END.match(suffix) and _VERDICT_FROM.search(prefix[-24:]):
        return "a verdict's author"
    if _AWAY.match(suffix) and _at_end(_PROSE_START, prefix) and not any(tokens[i].key in _TIME_WORDS for i in run):
        return "away"  # "Will is out from Monday": the subject; the day after it stays a day
    opened = _ASIDE_OPEN.search(prefix[-12:])
    # A bare "(Django)" after a noun names a thing; "(with Summer)" or "(Gökhan on the call)" a person.
    if opened and (_ASIDE_CLOSE.match(suffix) or (opened.group(0) != "(" and suffix[:1] == ")")):
        return "an aside"  # "Call went well (Gökhan on the call)", "Debrief (with Summer) moved to Friday"
    if _CLAUSE_END.match(rest) and _at_end(_BY_PERSON, prefix, _ENDINGS[0]):
        return "agent of a person's verb"
    if (rest.startswith(" for ") or _CLAUSE_END.match(rest)) and _at_end(_THANKS_TO, prefix, _ENDINGS[1]):
        return "thanked"
    if (suffix[:2] in ("'s", "’s") or suffix[:1] == ",") and _at_end(_SOURCE, prefix, _ENDINGS[2]):
        return "per"
    if _INTRO_END.match(rest) and _at_end(_INTRO, prefix, _ENDINGS[3]):
        return "introduced"
    if _HEADER.match(prefix) and _HEADER_END.match(suffix):
        return "mail header"
    if suffix[:1] in ('"', "'") and _at_end(_PERSON_FIELD, prefix):
        return "a person's field"
    if not prefix.strip() and not suffix.strip() and _CLOSING.match(above):
        return "sign-off"
    if _CLAUSE_END.match(suffix) and _at_end(_ADDRESSED, prefix, _ENDINGS[4]):
        return "addressed"
    return None


def _fills(text: str, token: Token, lex: Lexicon, why: str, employer: bool) -> bool:
    """The word is a name in the slot ``why``: a name-like word, or in a slot vendors share, a listed name."""
    if why == "a handover's person":
        return _handed_name(text, token, lex)
    if why == "copied in":  # protected as a place after "in": a given name, or a name by the lists' shape
        return not token.upper and (token.key in lex.given or _handed_name(text, token, lex))
    if why == "a role aside":  # a firm takes a role in parentheses too: a listed given name only
        return token.key in lex.given and nameish(text, token, lex, strong=True)
    if why in ("a verdict's author", "a verdict's speaker"):
        # A place, a firm or a product gives no verdict: a given name that is also one is the person ("Strong hire from
        # Austin", "Chase: no hire"); a word no list knows only by its shape (``nameish``).
        if token.upper or token.key in _TIME_WORDS:
            return False
        if "-" in token.key:  # "Min-jun: strong hire"; not "- Go-to-market: strong hire" (round 12's filler)
            return all(p in lex.given or p not in lex.english for p in token.key.split("-"))
        return token.key in lex.given or (token.key not in lex.english and nameish(text, token, lex, strong=True))
    if not nameish(text, token, lex, strong=True, employer=employer):
        return False
    key = token.key
    if why in _SHARED:
        listed = key in lex.given or key in lex.family or initials(token, lex)
        return listed or not _product_shaped(text, token, lex)
    if why not in _LISTED_ONLY:
        return True
    if why == "object of hire":
        return key in lex.given and key not in ORGS  # firms are hired too ("hire Deloitte"); a product is not
    if why == "thanked":
        return key in lex.given  # thanked for something: a given name ("Thanks to May for"), not a team's word
    return key in lex.given or key in lex.family or initials(token, lex) or "-" in key


def _handed_name(text: str, token: Token, lex: Lexicon) -> bool:
    """A name by the lists' shape before a handover's noun (``_HANDED``): no product, firm, place or dictionary
    word, no camel case; protected or not (the "qualifies a noun" rule protects it)."""
    key = token.key
    if token.upper or camel(text, token) or key in lex.tech or key in ORGS or key in PLACES or key in lex.common:
        return False
    if (key,) in gazetteer().all_companies.get(key, ()) or (key,) in gazetteer().places.get(key, ()):
        return False
    return key in lex.family or key in lex.given or (token.kind is Kind.UNKNOWN and key not in lex.english)


# A web brand's ending: a consonant and "r" with the vowel dropped ("Checkr", "Flickr", "Tumblr").
_DROPPED_VOWEL = re.compile(r"[^aeiouy]r$")


def _product_shaped(text: str, token: Token, lex: Lexicon) -> bool:
    """A word no name list holds that is shaped like a product: a product's camel case or a digit, a product list's
    or a product ending's word ("Mulesoft"), or a dropped vowel ("Checkr"); not any inner capital ("McTavish")."""
    word = text[token.start : token.end]
    return (
        camel(text, token)
        or any(c.isdigit() for c in word)
        or token.key in lex.tech
        or productish(token.key, lex)
        or _DROPPED_VOWEL.search(token.key) is not None
    )


def person_slots(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the name-like runs that stand in a person's slot (see the module's docstring)."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.cap and token.key in _REF_WORDS and _REF.search(text, max(0, token.start - 1), token.end + 1):
            # "Ref [Tyrone Jackson] pending": the label is no word of the name, whatever its origin (the spreading
            # rules joined it to some names and not others: "[Wei Zhang]" took it).
            token.person = False
            token.why = ""
            token.protected = True
        if (
            not token.cap
            or token.person
            or token.key in CONTEXT_WORDS  # "Email", "Thanks": decided alone, never a name's first word
            or token.key in _REF_WORDS
            or (
                index
                and tokens[index - 1].cap
                and tokens[index - 1].key not in CONTEXT_WORDS  # "Email [Summer]": no word of the name
                and tokens[index - 1].key not in _REF_WORDS
                and _joined(text, tokens, index)
            )
        ):
            index += 1
            continue
        run = _run(text, tokens, index)
        why = _slot(text, tokens, run)
        employer = why in _PEOPLE_ONLY
        if why and all(_fills(text, tokens[i], lex, why, employer) for i in run):
            for i in run:
                tokens[i].protected = False  # (only a handover's or a copied-in person can be protected here)
                mark(tokens[i], f"person's slot: {why}")
        index = run[-1] + 1
    initials_before_names(text, tokens, lex)
    _initial_and_family(text, tokens, lex)
    record_names(text, tokens, lex)
    person_columns(text, tokens, lex)
    shouted_names(text, tokens, lex)
    listed_with_people(text, tokens, lex)
    _function_word_names(text, tokens)


# Given names that are also function words ("Will", "An", "So"), read as the word everywhere ("will" opens a question,
# "an" an article): capitalised right after a preposition a person follows, before a lower-case word or a clause's
# end, no modal or article stands there ("Spoke with Will about the offer", "1:1 with An on Friday").
_FUNCTION_NAMES = frozenset({"will", "an", "so"})
_TO_A_PERSON = frozenset({"with", "w", "to", "from", "by", "cc", "thanks", "and"})


def _function_word_names(text: str, tokens: list[Token]) -> None:
    """Mark a function-word given name where no function word stands (the comment above); ``settle`` keeps it
    (``memory.redact_edges.FIELD_DECIDED``)."""
    for index in range(1, len(tokens)):
        token = tokens[index]
        if token.person or token.key not in _FUNCTION_NAMES or not token.cap or token.upper:
            continue
        before = tokens[index - 1]
        if before.key not in _TO_A_PERSON or before.cap or text[before.end : token.start] not in (" ", "/ ", "/"):
            continue
        if before.key == "and" and not (index >= 2 and tokens[index - 2].person):
            continue  # "and" only after a person found: "[Priya] and Will"
        # Before a lower-case word or a clause's end ("with Will about"). (``_AFTER_OBJECT``'s "^" needs a slice.)
        if _AFTER_OBJECT.match(text[token.end : token.end + 3]) is None:
            continue
        mark(token, "function-word given name after a person's preposition")


# Before an initial that opens a name in a list or a line: the line's start (after a bullet), a label's colon, a
# comma, a parenthesis, an ampersand or a slash, or a word that introduces people ("by", "cc", "with", "and").
_BEFORE_INITIAL = re.compile(
    r"(?:^[ \t]*(?:[-*•][ \t]*)?|[:,;(&/][ \t]*|\b(?:by|cc|Cc|CC|with|from|and|to|per|Per|via|Referee|Reference|"
    r"Interviewer|Thanks|thanks|Dr\.|Prof\.)[ \t]+)$"
)


# What may follow a name in a list or a line: punctuation, a parenthesis, a dash, "and", or the line's end.
_NAME_CLOSES = re.compile(r"(?:'s|’s)?(?:[ \t]*(?:[,;:)(]|[-–—] |$)| and | & )", re.MULTILINE)


def _initial_and_family(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """An initial and a family name ("References: A. Boonmee, former lead", "- R. Long: hire", "cc A.
    Olatunji-Bello"): the run splits at the initial's dot, which may end a sentence, so no run rule sees them
    together. After a list's or a line's opening (``_BEFORE_INITIAL``), never after a word that may end a
    sentence ("plan B. Long story"), the initial and the name words after it are a person when the first is a
    family or given name (also one that is a word: "Long", "Bright"), or a word no list knows."""
    for index in range(len(tokens) - 1):
        initial, name = tokens[index], tokens[index + 1]
        if len(initial.key) != 1 or not initial.cap or text[initial.end : name.start] != ". " or not name.cap:
            continue
        prefix = text[text.rfind("\n", 0, initial.start) + 1 : initial.start]
        if not _BEFORE_INITIAL.search(prefix):
            continue
        if name.person or name.upper:
            continue
        key = name.key
        listed = key in lex.family or key in lex.given or all(p in lex.family or p in lex.given for p in key.split("-"))
        if not (listed or nameish(text, name, lex, strong=True)) or key in PLACES or key in ORGS:
            continue
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        verb = after is not None and after.key in PERSON_VERBS_AFTER and text[name.end : after.start] == " "
        if verb and key in lex.family:
            pass  # "R. Long recommends moving forward": a person's verb after it, wherever the line opens
        elif key in lex.common and (
            len(key) < 3 or not _NAME_CLOSES.match(text, name.end) or not prefix.strip(" \t-*•")
        ):
            # A word that is also a name only where the name closes ("R. Long (chair)", not "A. Strong work"), and
            # never opening a line, where "B. Knowledge:" is an outline's item.
            continue
        mark(initial, "an initial and a family name")
        mark(name, "an initial and a family name")


def listed_with_people(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """A name-like word closing a list after a person found ("Panel: [Lily Chen] and Violet", "[Somchai], Iolo"):
    listed with people, it is one (also after the model: called again by :func:`memory.redact_n_lower.grow`)."""
    for index in range(2, len(tokens)):
        word = tokens[index]
        if word.person or not word.cap or word.upper:
            continue
        # The person found right before, then "and", "or", ", and", "&" or a comma.
        before = tokens[index - 2] if tokens[index - 1].key in ("and", "or") else tokens[index - 1]
        if not before.person or text[before.end : word.start] not in _JOINERS:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and after.cap and text[word.end : after.start] == " ":
            continue  # a longer run: decided as one by the run rules
        if not _NAME_CLOSES.match(text, word.end) and not (
            after is not None and not after.cap and text[word.end : after.start] == " " and after.key in _NEXT_VERBS
        ):
            continue
        if nameish(text, word, lex, strong=True):
            mark(word, "listed with a person")


_JOINERS = frozenset({" and ", " or ", ", and ", ", ", " & "})
# A verb after a list of people ("Lily Chen and Violet will pair", "... both said"): the list's end.
_NEXT_VERBS = frozenset("will would can could should both said say says agreed agree think thinks were are".split())


def _joined(text: str, tokens: list[Token], index: int) -> bool:
    return text[tokens[index - 1].end : tokens[index].start] == " "


def initials_before_names(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Initials used as a given name before a name found (also after the model: called again by
    :func:`memory.redact_n_lower.grow`) ("AJ [Fonoti]"), or joined by "and" to a person found
    ("AJ and [Jo] will pair"): the initials are the person's call name."""
    for index, token in enumerate(tokens):
        if token.person or not token.upper or not nameish(text, token, lex):
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and text[token.end : after.start] == " ":
            if after.person:
                mark(token, "initials before a name")
                continue
            if (
                not after.upper
                and nameish(text, after, lex)
                and (after.key in lex.family or after.kind is Kind.UNKNOWN)
            ):
                # "Notes by KC Abara": initials a given-name list holds before a family name or a word no list knows
                mark(token, "initials before a name")
                mark(after, "initials before a name")
                continue
        before = tokens[index - 1] if index else None
        for joiner, other in ((after, 2), (before, -2)):
            if joiner is None or joiner.key not in ("and", "&"):
                continue
            j = index + other
            if 0 <= j < len(tokens) and tokens[j].person and abs(tokens[j].start - token.start) < 12:
                mark(token, "initials listed with a person")
                break
