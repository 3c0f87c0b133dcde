"""Places of the gazetteer in shapes no person has: before a facility's noun, in "Universidad de <place>",
after "covering", before "and the surrounding counties" (the rules are in :mod:`memory.redact_fp_gazetteer`'s
docstring)."""

from __future__ import annotations

import re

from memory.redact_fp_tables import Phrases, gazetteer, match, next_member
from memory.redact_lexicon import PERSON_VERBS_AFTER
from memory.redact_named import INSTITUTIONS, possessive_at
from memory.redact_tokens import Token, sentence_start

# A facility's noun after a place: "the Austin office", "our Valencia branch", "the Tacoma warehouse". Not a
# person's: "the Austin debrief", "the Madison offer", "the Jordan file", "our Dallas team" (a team may be a
# person's: "the Okafor team").
FACILITY_HEADS = frozenset(
    """office offices branch branches warehouse warehouses plant plants depot depots site sites campus hub
    facility facilities store stores location locations factory factories showroom studio clinic headquarters hq
    port terminal yard mill refinery metro territory market expansion rollout launch""".split()
)
_FACILITY_OWNERS = frozenset("the our their its".split())
# Verbs after which a place is a territory: "Territory manager covering Tacoma and the surrounding counties".
_COVERING = frozenset("covering covers cover serving serves serve servicing".split())


def facility(text: str, tokens: list[Token], start: int, end: int, places: Phrases) -> int:
    """The end of "the Austin", "Our Madison and Lincoln" before a facility's noun ("office", "stores"): after
    "the"/"our" a place, or places listed with "and", "or" or a comma; 0 if the run is no such thing (not before
    "site visit": a candidate's, "the Jordan site visit")."""
    before = tokens[start - 1] if start else None
    if before is None or before.key not in _FACILITY_OWNERS or text[before.end : tokens[start].start] != " ":
        return _opening_facility(text, tokens, start, end)
    while (member := next_member(text, tokens, end, places)) is not None:
        following, length = member
        if not length:
            return 0
        end = following + length
    head = tokens[end] if end < len(tokens) else None
    if head is None or head.cap or head.key not in FACILITY_HEADS or text[tokens[end - 1].end : head.start] != " ":
        return 0
    visit = end + 1 < len(tokens) and tokens[end + 1].key in _VISITS
    return 0 if visit or possessive_at(text, tokens[end - 1]) >= 0 else end


# A group of a place's staff opening a sentence before a verb: "Denver engineers will join", "Lagos team doubled".
_STAFF = frozenset("team teams engineers staff nurses recruiters employees hires crew developers".split())
_STAFF_VERBS = frozenset(
    """will would are were is was has have had can could should need needs joined join doubled grew grows hired
    meet meets met moved moves""".split()
)


def _opening_facility(text: str, tokens: list[Token], start: int, end: int) -> int:
    """A place of the list opening a sentence or a line (a bullet's, a label's value) right before a facility's noun
    ("Jackson office opens in May", "Madison hub: hiring paused"), or before its staff and a verb ("Denver
    engineers will join the call", session 18: OUTSIDE16's city as a sentence-opening modifier). A person there
    takes a possessive ("Jackson's office") or is the subject ("Jackson opens the office"); a person's team is
    read so only where the place is no name word ("Okafor team", "Jackson team": not kept)."""
    first = tokens[start]
    line_start = text.rfind("\n", 0, first.start) + 1
    opened = sentence_start(text, first) or text[line_start : first.start].strip() in ("-", "*", "•")
    head = tokens[end] if end < len(tokens) else None
    if not opened or head is None or head.cap or text[tokens[end - 1].end : head.start] != " ":
        return 0
    if possessive_at(text, tokens[end - 1]) >= 0 or (end + 1 < len(tokens) and tokens[end + 1].key in _VISITS):
        return 0
    if head.key in FACILITY_HEADS:
        return end
    verb = tokens[end + 1] if end + 1 < len(tokens) else None
    if head.key in _STAFF and verb is not None and verb.key in _STAFF_VERBS and text[head.end : verb.start] == " ":
        unnamed = match(gazetteer().unnamed_places, text, tokens, start) == end - start
        return end if head.key not in ("team", "teams", "crew") or unnamed else 0
    return 0


# After a facility's noun, what makes it a person's event: "the Jordan site visit", "the Austin office tour".
_VISITS = frozenset("visit visits tour tours interview interviews".split())


# A school's word in another language, a particle, then a place no name list holds: "Universidad de Montevideo",
# "Universidade de Coimbra". The place closes the run. Not a place that is a name word: "Instituto de Raman" may
# be named after a person (Raman is a town in Turkey and a surname; review, session 9).
_SCHOOL_PARTICLES = frozenset("de del do da di du des".split())


def school_of_place(text: str, tokens: list[Token], index: int, places: Phrases) -> int:
    """The end of "<school word> <particle> <place>" opening at ``index`` (0 if none)."""
    if index + 2 >= len(tokens) or tokens[index].key not in INSTITUTIONS or tokens[index].key == "college":
        return 0
    particle = tokens[index + 1]
    if particle.cap or particle.key not in _SCHOOL_PARTICLES:
        return 0
    if text[tokens[index].end : particle.start] != " " or text[particle.end : tokens[index + 2].start] != " ":
        return 0
    length = match(places, text, tokens, index + 2)
    end = index + 2 + length
    after = tokens[end] if end < len(tokens) else None
    closed = after is None or not after.cap or text[tokens[end - 1].end : after.start] != " "
    return end if length and closed and possessive_at(text, tokens[end - 1]) < 0 else 0


# The acronyms of university systems and institutes named with a campus's place after them: "UT Austin", "UC
# Davis", "UNC Charlotte", "SUNY Albany", "UMass Lowell", "IIT Madras", "NIT Warangal", "TU Delft". The campus word
# is often a name word too (Austin, Charlotte, Madison, Tyler, Davis); no person is written after such an acronym.
_SYSTEMS = frozenset("uc ut uw cu unc suny cuny umass uconn csu iit nit iim iiit bits tu eth".split())


def campus(text: str, tokens: list[Token], index: int) -> int:
    """The end of the campus's one or two words after a university system's acronym written in capitals ("UC
    Davis"; "UMass" as written), opening at ``index`` (0 if none, or a possessive or a person's verb after)."""
    before = tokens[index - 1] if index else None
    if before is None or before.key not in _SYSTEMS or text[before.end : tokens[index].start] != " ":
        return 0
    if not (before.upper or text[before.start : before.end] == "UMass"):
        return 0
    end = index + 1
    second = tokens[end] if end < len(tokens) else None
    if second is not None and second.cap and not second.upper and text[tokens[index].end : second.start] == " ":
        end += 1  # "UC Santa Cruz", "UT Rio Grande"
    after = tokens[end] if end < len(tokens) else None
    if possessive_at(text, tokens[end - 1]) >= 0 or (after is not None and after.key in PERSON_VERBS_AFTER):
        return 0
    return end


def covered(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """Right after "covering" where a territory is covered, or listed after a place so kept ("covering Tacoma,
    Spokane and Boise"). A territory is covered by a role ("Territory manager covering Tacoma") or is one by what
    follows it (a list, "region", "and the surrounding counties"); "I'm covering Chiba this week" stands in for a
    person (Chiba is a surname too; review S1, session 10)."""
    before = tokens[start - 1] if start else None
    if before is None:
        return False
    gap = text[before.end : tokens[start].start]
    if gap == " " and not before.cap and before.key in _COVERING:
        return _role_before(tokens, start - 1) or _territory_after(text, tokens, end)
    # listed after a place kept so: the word before is a protected place's, not any protected thing ("Software:
    # Excel and Chiba from finance": Excel is a kept tool; review on 13d29b3)
    places = gazetteer().places
    listed = before.key in ("and", "or") and gap == " " and start >= 2 and tokens[start - 2].protected
    listed = listed and tokens[start - 2].key in places
    comma = gap.strip() == "," and before.protected and before.cap and start >= 2 and before.key in places
    return listed or comma


# Who covers a territory, a few words before "covering": "Territory manager", "Field engineer", "sales reps".
_ROLES = frozenset(
    """manager managers rep reps representative representatives engineer engineers technician technicians
    specialist specialists executive executives consultant consultants director directors agent agents nurse
    nurses recruiter recruiters coordinator coordinators territory sales field regional area district team
    teams office offices branch branches store stores""".split()
)
# What makes the covered place a territory: "covering Tacoma, Spokane and Boise", "covering Gauteng region".
_TERRITORY = frozenset(
    "region regions territory territories area areas market markets county counties state states province".split()
)


def _role_before(tokens: list[Token], verb: int) -> bool:
    return any(t.key in _ROLES for t in tokens[max(0, verb - 3) : verb])


def _territory_after(text: str, tokens: list[Token], end: int) -> bool:
    after = tokens[end] if end < len(tokens) else None
    if after is None:
        return False
    gap = text[tokens[end - 1].end : after.start]
    if gap == " " and not after.cap and after.key in _TERRITORY:
        return True
    listed = (gap.strip() == "," and after.cap) or (gap == " " and after.key in ("and", "or"))
    following = tokens[end + 1] if end + 1 < len(tokens) else None
    return (listed and (after.cap or (following is not None and following.cap))) or surroundings(text, tokens, end)


# "Tacoma and the surrounding counties", "Madison and nearby towns": what follows a place and never a person.
_SURROUNDINGS = frozenset("surrounding nearby neighbouring neighboring adjacent".split())
_AREAS = frozenset("counties county areas area region regions suburbs towns cities communities states".split())


def surroundings(text: str, tokens: list[Token], end: int) -> bool:
    """ "<place> and (the) surrounding counties": a place of the list, a name word too, is a place here."""
    words = [t.key for t in tokens[end : end + 4]]
    if len(words) < 3 or words[0] != "and" or text[tokens[end - 1].end : tokens[end].start] != " ":
        return False
    rest = words[2:] if words[1] == "the" else words[1:3]
    return len(rest) >= 2 and rest[0] in _SURROUNDINGS and rest[1] in _AREAS


# A question's opening verb before its subject: "Would Kigali work for you?", "Is Tartu still an option?"
_MODALS = frozenset("would could can should will is are does do might".split())
# What a place is asked in such a question ("work for", "be an option", "suit"); a person is asked other things
# there too, so only a place no name list holds is read (``unnamed_places``). Not "be" alone, "still", "make",
# "host": "Would Chiba be free for the panel?", "Can Kisumu make the 3pm debrief?" (review SHOULD on 13d29b3).
_PLACE_ASKED = re.compile(
    r"[ \t]+(?:work|works|suit|suits|be[ \t]+(?:an[ \t]+option|on[ \t]+the[ \t]+table|ok|okay|possible|feasible|"
    r"closer|better|easier|cheaper)\b)",
    re.IGNORECASE,
)


def asked_place(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """A place no name list holds (``tokens[start:end]``, matched in ``unnamed_places`` by the caller) as the
    subject of a question opened by a modal ("Would Kigali work for the onsite?", "Could Tartu be an option?"),
    before what a place is asked (``_PLACE_ASKED``). A person the lists lack who is named like
    such a place ("Would Chiba join the panel?") is asked other verbs; "Would Chiba work for the onsite?" is the
    price of this rule, measured on OUTSIDE12's material (session 14)."""
    if end >= len(tokens) or not question_subject(text, tokens, start, end):
        return False
    return _PLACE_ASKED.match(text, tokens[end - 1].end) is not None


def question_subject(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """``tokens[start:end]`` is the whole run right after a capitalised modal opening a sentence ("Would Tartu
    work", "Is Tyler too far"): the modal is no part of the place's name, which ``alone`` cannot tell."""
    if start < 1:
        return False
    modal = tokens[start - 1]
    if modal.key not in _MODALS or not modal.cap or text[modal.end : tokens[start].start] != " ":
        return False
    if start >= 2 and text[tokens[start - 2].end : modal.start].strip()[-1:] not in (".", "?", "!", ":", ""):
        return False
    after = tokens[end] if end < len(tokens) else None
    return after is None or not after.cap or text[tokens[end - 1].end : after.start] != " "


# What only a place is said to be, right after it: "Is Tyler too far for you?", "Is Madison within commuting
# distance?", "Can Lincoln be the base for the role?", "Is Jackson an option for relocation?". A person is not "too
# far" nor "the base"; "too far along" is read as no such thing. Session 18 (OUTSIDE16: a city as the subject right
# after a speaker label): "Lisbon is where I live now", "Jackson is a good base for the team", "Lagos is home for
# us", "Kingston is the cheaper city"; not "Austin is home sick", "the site lead", "a good fit".
_NOT_A_ROLE = r"\b(?![ \t]+(?:lead|leads|manager|director|head|owner|contact|rep)\b)"  # "the site lead" is a person
_PLACE_SAID = re.compile(
    r"[ \t]+(?:(?:be|is|still|really|also)[ \t]+)*(?:too[ \t]+far(?![ \t]+along)|close[ \t]+enough|near[ \t]+enough|"
    r"within[ \t]+(?:commuting|driving|walking)[ \t]+distance|(?:a[ \t]+)?commutable|an?[ \t]+option[ \t]+for[ \t]+"
    r"(?:relocation|relocating|the[ \t]+office|the[ \t]+hub|the[ \t]+team)|the[ \t]+(?:base|hub|work[ \t]+location|"
    rf"location|site){_NOT_A_ROLE}|where[ \t]|home[ \t]+(?:for|to)\b|(?:a|an|the|our)[ \t]+(?:[a-z]+[ \t]+)?"
    rf"(?:base|hub|city|town|capital|location|site|destination|region|country){_NOT_A_ROLE})",
    re.IGNORECASE,
)
# What a place no name list holds is said to be, and a person too, rarely (a place named like a person is read by
# ``_PLACE_SAID`` only): "Lisbon is two hours from the office", "Lagos works best for the onsite" (session 18).
_UNNAMED_SAID = re.compile(
    r"[ \t]+(?:is|'s|’s)[ \t]+(?:\d+|an?|one|two|three|four|five|six|a[ \t]+few)[ \t]+"
    r"(?:hours?|minutes?|mins|miles?|km|kilometres?|kilometers?)[ \t]+(?:from|away|by)\b"
    r"|[ \t]+works?[ \t]+(?:best|better|well)[ \t]+for[ \t]+(?:the|our)[ \t]+"
    r"(?:onsite|offsite|office|team|hub|move|relocation)\b",
    re.IGNORECASE,
)
# Verbs of working or living where a place follows "from" ("Can you work from Tyler two days a week?"); "from" after
# other verbs is a person's too ("heard from Tyler").
_WORK_FROM = frozenset("work works working worked commute commutes commuting relocate relocating move moving".split())


def said_of_place(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """A place of the gazetteer, a name word too, before what only a place is said to be (``_PLACE_SAID``), or
    after "work/commute/relocate from" (not before a possessive: "work from Tyler's desk")."""
    said = _PLACE_SAID.match(text, tokens[end - 1].end) is not None
    if not said and _UNNAMED_SAID.match(text, tokens[end - 1].end):
        said = match(gazetteer().unnamed_places, text, tokens, start) == end - start
    if said:
        return possessive_at(text, tokens[end - 1]) < 0
    if start < 2 or tokens[start - 1].key != "from" or tokens[start - 2].key not in _WORK_FROM:
        return False
    return text[tokens[start - 1].end : tokens[start].start] == " " and possessive_at(text, tokens[end - 1]) < 0
