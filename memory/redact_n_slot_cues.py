"""The words and patterns that say a person's slot: the frames of :func:`memory.redact_n_slots.person_slots`.

Split out of :mod:`memory.redact_n_slots` (session 17) so the rules read apart from the frames they test: each
pattern here is read by ``memory.redact_n_slots._slot`` (which slot a run stands in) or by
:mod:`memory.redact_n_slot_fills` (which words fill it). Each one's comment says which outside check's class
it answers and what stands in the same frame without being a person (the guard).
"""

from __future__ import annotations

import re

from memory.redact_tokens import MONTHS

# The line before a sign-off's name: a closing word and a comma alone on its line.
CLOSING = re.compile(
    r"^[ \t]*(?:best|best regards|kind regards|warm regards|regards|thanks|many thanks|thank you|cheers|"
    r"sincerely|warmly|yours|all the best|talk soon|ta),?[ \t]*$",
    re.IGNORECASE,
)
# A mail or calendar header whose value is people ("From: Sutrisno", "Cc: Karma"); the run is the whole value or
# ends at an address, a comma, a parenthesis or "and".
HEADER = re.compile(r"^[ \t]*(?:from|to|cc|bcc|reply-to|sender|attendees?|organi[sz]er)[ \t]*:[ \t]*$", re.IGNORECASE)
HEADER_END = re.compile(r"^[ \t]*(?:$|<|,|;|\(| and | & )")
# A JSON or YAML field named for a person, the run its whole quoted value.
PERSON_FIELD = re.compile(
    r"[\"']?(?:name|full_?name|interviewer|referee|reference|reviewer|recruiter|owner|contact|author|manager|"
    r"hiring_?manager|assignee|approver|sender|from|to|cc|coordinator|panelist)[\"']?[ \t]*:[ \t]*[\"']$",
    re.IGNORECASE,
)
# The answer line to a question about who: "A: Somchai." after "Q: Who ran the systems round?".
ANSWER = re.compile(r"(?:^|[ \t])A[ \t]*[:.)-][ \t]*$")
WHO_QUESTION = re.compile(r"\bQ[ \t]*[:.)-].*\bwho(?:m|se)?\b", re.IGNORECASE)
# A source: "Per Somchai, the offer ..." / "per Summer's note" / "according to Kiviaq".
SOURCE = re.compile(r"(?:^|[\s(\[])(?:[Pp]er|[Aa]ccording to)[ \t]$")
# A first-person introduction: "I'm Kiviaq and I'll coordinate", "My name is Iolo", "This is Nuka from ...".
INTRO = re.compile(r"(?:^|[\s(])(?:I'm|I’m|I am|[Mm]y name is|[Mm]y name's|[Tt]his is|[Cc]all me)[ \t]$")
INTRO_END = re.compile(r"^(?:[ \t]*[,.!;:)]|[ \t]*$| and | from | here\b| with | of | on | in | at )")
# Addressed or copied: "Thanks, AJ.", "cc: KC", "Hi Somchai,".
ADDRESSED = re.compile(r"(?:^|[\s(])(?:[Tt]hanks|[Tt]hank you|[Cc][Cc]|[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)[,:]?[ \t]$")
CLAUSE_END = re.compile(r"^(?:[ \t]*[,.!;:?)]|[ \t]*$)")
# Verbs of a request that other rules read as context words (memory.redact_edges.CONTEXT_WORDS, so no run takes
# them): opening a sentence, their object is a person ("Email Sutrisno the packet", "Remind Summer about").
REQUESTS = frozenset("email text remind message dm tell inform warn call ring".split())
# The start of a sentence in prose: the line's start (after a bullet or a number) or a sentence's end.
PROSE_START = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*$|[.!?][\"')\]]?[ \t]+$")
# After a request's object: a word that opens what the request goes on with ("about", "the", "for", "back"), or a
# sentence's end; never a line's bare end ("Text Summarization" in a list of skills) nor a noun the run would
# qualify ("Prepare Bar chart").
OBJECT_NEXT = frozenset(
    """about the a an to for on with re in at by back before after tomorrow today tonight now asap please again
    that this these those your our their his her its when once if and or so""".split()
)
OBJECT_END = re.compile(r"^(?:[ \t]*[,.!;:?)](?:[ \t]|$)| ([a-z]+)\b)")
# "let Wirote know", "lets Summer decide": the object of a causative verb before a bare verb.
LET = frozenset({"let", "lets", "letting"})
# What only a person does after "let" ("let Wirote know", "let Summer decide"); a tool or a vendor is let "handle"
# or "run" things as often ("We let Dagster handle the scheduling": review S2), so there only a listed name goes.
LET_PERSON = frozenset(
    """know decide choose pick weigh chime comment confirm respond reply answer approve sign join meet speak talk
    interview explain think vote lead present introduce""".split()
)
# A question about a person: a role, or a verb people do ("Who interviewed ...", "Who is the referee?"); "Who runs
# the background check?" may be answered by a vendor ("Checkr": review S2), so there only a listed name goes.
PERSON_QUESTION = re.compile(
    r"\bwho(?:m|se)?\b.*\b(?:interview\w*|referr?\w*|recommend\w*|vouch\w*|chair\w*|screen\w*|met|meet|called|"
    r"said|says|led|lead|referee|reference|recruiter|manager|coordinator|panel\w*|reviewer|mentor|hired|sourced|"
    r"(?:ran|runs?|took|owns?|owned)\b[^?\n]*\b(?:round|interview|screen|loop|panel|debrief|call|session|meeting))\b",
    re.IGNORECASE,
)
# A speaker's label opening a chat line, then the speaker's first person: "Chase: I can cover the Tuesday loop.",
# "[10:02] Summer: I'll take it".
SPEAKER = re.compile(r"^[ \t]*(?:\[[\d:. apmAPM]+\][ \t]*)?(?:[-*•][ \t]*)?$")
FIRST_PERSON = re.compile(r"^:[ \t]+(?:I|I'm|I’m|I'll|I’ll|I've|I’ve|I'd|I’d|we|We|my|My)\b")
TIME_WORDS = MONTHS | frozenset(
    "spring summer autumn fall winter monday tuesday wednesday thursday friday saturday sunday".split()
)
# A role right before a name ("Hiring manager Will signed off", "Recruiter June sent the packet").
ROLES = frozenset(
    """manager recruiter referee interviewer coordinator panelist reviewer colleague mentor teammate engineer
    designer lead director sourcer candidate""".split()
)
# A person's verb before "by" ("Referred by June.", "Interviewed by Summer and ..."): the agent is a person;
# "Due by June" is a date.
BY_PERSON = re.compile(
    r"\b(?:referred|recommended|interviewed|introduced|screened|sourced|nominated|endorsed|vouched for|"
    r"approved|submitted|signed|written|chaired|organi[sz]ed|forwarded|shared|mentored|hired|coached)[ \t]+by[ \t]$",
    re.IGNORECASE,
)
# Thanks to a person for something: "Thanks to May for covering the debrief."
THANKS_TO = re.compile(r"(?:^|[\s(])(?:[Tt]hanks|[Tt]hank you|[Kk]udos|[Ss]hout-?out|[Gg]rateful)[ \t]+to[ \t]$")
# Verbs whose object is only ever a person: "Would rehire Gökhan without hesitation", "promoted Summer last year"
# (not "hire", "flag", "interview": firms, tools and roles are hired, flagged and interviewed at too).
PERSON_OBJECT = frozenset(
    """rehire rehired rehiring re-hire re-hired promote promoted promoting mentor mentored mentoring coach coached
    coaching poach poached""".split()
)
# "with" in the languages notes are written in besides English: "Hablé con Gökhan sobre la oferta", "Gespräch mit
# Ebru am Montag", "Entretien avec Ebru très positif", "Conversei com Nurul". A firm is met with too ("con Dyson"),
# so this slot is one vendors share (SHARED): a word no list knows goes unless it has a product's shape.
FOREIGN_WITH = frozenset("con mit avec com".split())
# A parenthetical aside naming who was on a call: "(Gökhan on the call)", "(with Summer)", "(Ebru joining)".
ASIDE_OPEN = re.compile(r"\((?:with |w/ ?|cc |incl\. |plus |and )?$")
ASIDE_CLOSE = re.compile(
    r"^(?: on the (?:call|line|panel|loop|thread|invite|interview|debrief|screen|zoom|meet)\b| joining\b| joined\b|"
    r" present\b| shadowing\b| sitting in\b| listening in\b| dial(?:l)?ed in\b| also\b| too\b| as well\b| cc'?d\b)"
)
# The other person of a one-to-one meeting: "1:1 with Sage went well", "one-on-one with An on Friday" (OUTSIDE14's
# class 4: short and word-like given names kept there).
ONE_ON_ONE = re.compile(r"(?:\b1:1s?|\b1-on-1s?|\b1on1s?|\b[Oo]ne-on-ones?)[ \t]+(?:with|w/)[ \t]*$")
# Verbs whose object is a person or a firm ("hire Sage", "hire Accenture"): a listed given name only, before a
# clause's end or a word that opens what follows ("We should hire Bo, honestly", "hire Sage for the role").
HIRE = frozenset("hire hiring".split())
QUOTE_END = re.compile(r"^[,.!?;:]?[\"”'’](?:\s|$|[,.])")  # "We should hire Bo," she said.
# Being away is said of people ("Will is out from Monday", "Hope is off until Friday"); a tool or a team is "down".
AWAY = re.compile(
    r"^(?:'s|’s| is| will be| was)[ \t]+(?:out|off|away|OOO|ooo|on (?:leave|PTO|pto|vacation|holiday|holidays|"
    r"sick leave|parental leave|annual leave|annual|maternity leave|paternity leave))\b"
)
# A verdict's author closing its clause: "Strong hire from Jackson.", "Lean yes from Austin, pending refs" (OUTSIDE14's
# class 17: a given name that is also a place kept there). A place sends no verdict; "feedback from Austin" (an
# office) is no verdict word, so only a vote is read, and only a listed given name goes.
VERDICT_FROM = re.compile(
    r"\b(?:hire|yes|no|lean|leans|vote|votes|thumbs[ -]up|thumbs[ -]down|approval|sign-?off|veto|nod|go-ahead|"
    r"\+1|-1)[ \t]+from[ \t]$",
    re.IGNORECASE,
)
# A role in parentheses after a name in a list of people: "Panel: Priya (EM), Bo (staff eng)", "Kai (recruiter) and
# Jo (hiring manager)" (OUTSIDE14's class 3: the second, short name kept). Firms take a role in parentheses too
# ("Zorvex (Senior Engineer)"), so a listed given name goes anywhere, any other name-like word only after another
# such aside ("..., Bo (staff eng)").
ROLE_ASIDE = re.compile(
    r"^ \((?:[A-Za-z]+ ){0,2}(?:em|pm|eng|engineer|manager|recruiter|interviewer|panelist|shadow|chair|hm|sre|swe|"
    r"lead|director|designer|sourcer|coordinator|note-?taker|referee|mentor|buddy|bar raiser|tech lead|vp|cto|ceo|"
    r"head|staff|principal|senior|junior|analyst|scientist|architect)s?\)",
    re.IGNORECASE,
)
AFTER_ASIDE = re.compile(r"\)(?:,| and| &|, and) $")
# A referee named without a colon: "Ref Tyrone Jackson pending", "ref Wei Zhang: called" (OUTSIDE14's class 20).
REF = re.compile(r"(?:^|[\s(;,])(?:Ref|REF|ref|Refs|refs)\.?[ \t]$")
REF_WORDS = frozenset({"ref", "refs"})
# A line's speaker whose value is a hiring verdict: "Will: strong hire", "- Sage: leans no" (labels take verdicts
# too, "Overall: strong hire", "Decision: no hire", but no given-name list holds a label's word).
VERDICT_VALUE = re.compile(
    r"^:[ \t]+(?:(?:strong(?:ly)?|lean(?:s|ing)?|soft|weak|definite|clear|firm|solid|big|hard)[ \t]+)?"
    r"(?:no[ \t]+hire|hire|yes|no|pass|reject|advance|thumbs[ -](?:up|down)|\+1|-1)\b",
    re.IGNORECASE,
)
# A person's name qualifying what hiring hands over about them: "the Tuhiwai offer needs sign-off", "hand over the
# Vainikolo packet" (OUTSIDE13's class 3). A firm's offer reads the same ("the Stripe offer"), so only a word that
# is a name by the lists' shape goes: a listed family or given name or a word no list knows, never a word a product,
# firm, place or dictionary list holds; the "qualifies a noun" rule (``redact_things._qualifies``) protected it.
HANDED = re.compile(
    r"^ (?:offer|offers|packet|loop|debrief|candidacy|onsite|paperwork|referral|references|reference check|"
    r"scorecard|scorecards|file|contract|start date|background check|offer letter|comp|req|pipeline|panel)\b"
)
# Copied in on a thread: "Please copy in Tupou." ("in" opens a place's slot otherwise: OUTSIDE13's class 6).
COPIED_IN = re.compile(
    r"\b(?:[Cc]opy|[Cc]opied|[Cc]opying|[Cc][Cc]|[Cc][Cc]'d|[Ll]oop|[Ll]ooped|[Ll]ooping)[ \t]+in[ \t]$"
)
# The word after a verb's or a preposition's object: a lower-case word or a clause's end ("rehire Gökhan without").
AFTER_OBJECT = re.compile(r"^(?:[ \t]*[,.!;:?)](?:[ \t]|$)|[ \t]*$| [a-zà-ÿ])")
# Slots no firm fills: a given name an employer shares is the person there ("Chase: I can cover the loop").
PEOPLE_ONLY = frozenset(
    """object of a request|after let, a person's verb|answer to a question about a person|a speaker's label|
    introduced|sign-off|addressed|thanked|after a role|agent of a person's verb|object of a person's verb|
    a one-to-one's other person|away|a verdict's author|a verdict's speaker|a role aside|a role aside, listed|
    a referee|a handover's person|copied in""".replace("\n    ", "").split("|")
)
# Slots where a word no list knows is not enough (vendors and tools stand there too): a listed name only.
# "Thanks to Kubernetes for": a tool; "hire Accenture": a firm.
LISTED_ONLY = frozenset({"thanked", "object of hire", "a verdict's author"})
# Slots vendors and tools share with people (review S2, then M4: a listed-only guard kept exactly the origins the
# lists miss): a word no list knows goes unless it has a product's shape (:mod:`memory.redact_n_slot_fills`).
SHARED = frozenset({"after let", "answer to who", "a person's field", "after a foreign with", "an aside"})
