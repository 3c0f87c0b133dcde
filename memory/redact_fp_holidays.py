"""Holidays of the gazetteer where they stand as holidays: after a time preposition, before what a holiday
names, opening a capitals heading (the rules are in :mod:`memory.redact_fp_gazetteer`'s docstring)."""

from __future__ import annotations

import re

from memory.redact_fp_places import FACILITY_HEADS
from memory.redact_fp_tables import LONGEST, alone, gazetteer, match, person_frame
from memory.redact_lexicon import PERSON_VERBS_AFTER, award_heading, lexicon
from memory.redact_named import possessive_at
from memory.redact_thing_lists import HOLIDAYS
from memory.redact_tokens import Token, sentence_start

# A time preposition before a holiday: "after Thaipusam", "until after Rosh Hashanah", "over Songkran". Not "for",
# "by", "from", "to", "with", "at": a person follows those ("covered for Holi", "reviewed by Holi").
_TIME_PREPOSITIONS = frozenset("before after until till through throughout during over around since past".split())
# Holidays of one word that are holidays before they are anyone's name (a handful of people in the SSA lists are
# named Christmas or Easter; Durga, Puja, Ramadan, Ramazan, Noel are common given names and stay out): kept after a
# time preposition or a time off where the clause ends, as a holiday no name list holds is.
HOLIDAY_FIRST = frozenset(
    """christmas easter thanksgiving halloween hanukkah chanukah kwanzaa epiphany juneteenth diwali deepavali
    vesak""".split()
)
# A month of fasting and a feast that are given names too (Ramadan, Pesach): kept only right after a time
# preposition where the clause ends at once ("pushed until after Ramadan."; session 16, OUTSIDE14 class 13), as the
# holidays above are; "leave for Ramadan." may be a person's leave (reviewer r12_hol), "until Ramadan replies" is.
_FEASTS = frozenset("""ramadan pesach""".split())
# "is off for Diwali", "are off for Easter": a time off (not "signed off for Priya": no form of "be" before "off").
_BE = frozenset("is are was were be been being am".split())
# "<one of these> of <holiday>": "ahead of Purim", "the week of Diwali", "the end of Ramadan" (not "a friend of").
_TIME_OF = frozenset("ahead eve week weekend day days end start middle month season time run-up".split())


def _time_frame(text: str, tokens: list[Token], start: int, end: int) -> bool:
    before = tokens[start - 1] if start else None
    if before is None or text[before.end : tokens[start].start] != " ":
        return False
    if before.key == "of" and not before.cap:
        if start >= 2 and tokens[start - 2].key == "because" and text[tokens[start - 2].end : before.start] == " ":
            # a cause read as a time preposition is ("pushed because of Easter."; OUTSIDE13 class 17, session 15):
            # a holiday of one name word only where the clause ends, as after "until"
            several = end - start > 1 or tokens[start].key in HOLIDAY_FIRST
            return _closes(text, tokens, _listed_holidays(text, tokens, end), loose=several)
        time_of = start >= 2 and tokens[start - 2].key in _TIME_OF
        return time_of and _closes(text, tokens, _listed_holidays(text, tokens, end))
    # A holiday of one word may be a person's given name no list holds (Ramazan, Mouloud, Nowruz, Muharram are
    # common ones): it is kept only where the clause ends or a new one opens. The looser reading below (a time or a
    # purpose after it, "leave for <X>") is for a holiday of several words ("Eid al-Fitr", "Ganesh Chaturthi"),
    # no person's name (review M1 on c5ef4f2: "Arranging leave for Ramazan this week", "after Mouloud on Monday").
    several = end - start > 1 or tokens[start].key in HOLIDAY_FIRST
    off = start >= 3 and tokens[start - 2].key == "off" and tokens[start - 3].key in _BE
    if before.key == "for" and not before.cap and start >= 2 and (tokens[start - 2].key in _TIME_OFF or off):
        return several and _closes(text, tokens, _listed_holidays(text, tokens, end), loose=True)
    if before.key not in _TIME_PREPOSITIONS or (before.cap and not sentence_start(text, before)):
        return False
    return _closes(text, tokens, _listed_holidays(text, tokens, end), loose=several)


def _listed_holidays(text: str, tokens: list[Token], end: int) -> int:
    """The end of a list of holidays that opens with the phrase ending at ``end`` ("after Ugadi and Dashain")."""
    table = gazetteer().holidays
    while (
        end + 1 < len(tokens)
        and tokens[end].key in ("and", "or")
        and text[tokens[end - 1].end : tokens[end].start] == " "
    ):
        following = tokens[end + 1]
        # a holiday of any name closes a list opened by one no name list holds ("after Ugadi and Christmas")
        length = match(table, text, tokens, end + 1) or int(following.cap and following.key in HOLIDAYS)
        if not length or not alone(text, tokens, end + 1, end + 1 + length):
            break
        end = end + 1 + length
    return end


# After a holiday (or a list of them) in a time frame, what shows it is the holiday: the clause ends, a new
# clause opens ("After Thaipusam we hire"), or a holiday's head follows ("until Nowruz week"). Anything else may
# be a verb of a person named like a holiday no name list holds: "until Ramazan replies", "after Mouloud
# approves", "until Maulidi and the panel agree" (review M1, session 10: Ramazan, Mouloud, Maulidi, Nauroz are
# common given names).
_NEW_CLAUSE = frozenset("we i you they he she it our the this that there everyone everything".split())
_HOLIDAY_HEADS = frozenset(
    "week weekend weekends break holidays holiday celebrations festivities season eve period rush closure".split()
)


# Time off before "for <holiday>": "taking leave for Onam", "closed for Vesak", "a week's vacation for Nowruz".
# Not "off" ("signed off for Priya") nor "time" ("made time for Priya").
# "out" (session 14); a journey home for it (session 15: "travelling home for Easter", "flying back for Eid al-Fitr")
_TIME_OFF = frozenset(
    "leave vacation pto break closed shut holiday holidays out home back travelling traveling travel flying".split()
)
# After a holiday in a time frame, a clause going on with a time or a purpose, never what follows a person there:
# "back after Onam on Monday", "wait until after Vesak to decide", "over Diwali next week". A person after a time
# preposition is a clause's subject, so a verb follows ("until Ramazan replies", "after Mouloud approves"), or an
# affiliation ("until Ramazan in legal signs", "from finance"): "in", "from", "at", "with" are not read here.
_GOES_ON = frozenset("on to next this every each last so but because when while".split())
# After "<holiday> and": a subject joined to a person's name ("until Maulidi and the panel agree", "and team",
# "and Priya"); any other lower-case word goes on with the clause ("over Diwali and back on the 3rd").
_SUBJECTS_AFTER_AND = frozenset(
    """the a an his her their our my your its team panel manager managers recruiter recruiters everyone others
    hr legal finance i we you they he she it""".split()
)


def _closes(text: str, tokens: list[Token], end: int, loose: bool = False) -> bool:
    """The clause ends or a new one opens after ``tokens[:end]``; ``loose`` (a holiday holding a word no name list
    holds, in a time frame): or it goes on with no verb of a person (``_GOES_ON``, a dash, "and" before no
    subject)."""
    after = tokens[end] if end < len(tokens) else None
    if after is None:
        return True
    gap = text[tokens[end - 1].end : after.start].strip()
    if gap and gap[0] in ".,;:!?)":
        return True
    if gap and loose and gap in ("-", "–", "—") and text[after.start - 2 : after.start - 1] == gap:
        return True  # "before Eid - the team is at half strength" (spaces around the dash: no hyphenated name)
    if gap:
        return False
    if after.key in _NEW_CLAUSE or (not after.cap and after.key in _HOLIDAY_HEADS):
        return True
    if not loose or after.cap:
        return False
    if after.key in _GOES_ON:
        return True
    if after.key == "ends" and (end + 1 == len(tokens) or _punctuation_after(text, tokens, end + 1)):
        return True  # "until Nyepi ends.": a person ends something ("until Ramazan ends the call")
    following = tokens[end + 1] if end + 1 < len(tokens) else None
    return (
        after.key == "and"
        and following is not None
        and not following.cap
        and following.key not in _SUBJECTS_AFTER_AND
        and following.key not in PERSON_VERBS_AFTER
    )


# What a holiday names before a plain noun, in retail and job-ad prose: "the Diwali rush", "our Songkran campaign".
# A person is never written so ("the Priya rush"); a name word's holiday ("Easter rush") is not read here at all.
HOLIDAY_NOUNS = frozenset(
    """rush campaign sale sales market drive promotion promotions promo collection menu display shift peak freeze
    shutdown bonus event events fair decorations volume stock inventory traffic travel special specials vacation
    recess break closure party parties celebration celebrations festival festivities holiday holidays greetings
    week weekend season eve food toy toys gift charity fundraiser appeal bazaar parade concert service program
    programme pop-up popup""".split()
)
# Not "orders", "markets", "displays", "shifts", "stocks", "gifts", "lights", "services", "campaigns": each is also
# a verb's third person after a person named like a holiday ("Ramazan services the Izmir accounts"; review M1,
# session 10).


def _before_noun(text: str, tokens: list[Token], end: int) -> bool:
    after = tokens[end] if end < len(tokens) else None
    return (
        after is not None
        and not after.cap
        and after.key in HOLIDAY_NOUNS
        and text[tokens[end - 1].end : after.start] == " "
    )


def holiday_span(text: str, tokens: list[Token], index: int) -> bool:
    """ "after Thaipusam", "until after Rosh Hashanah", "ahead of Eid al-Adha", "the Thaipusam rush": a holiday of the
    gazetteer that holds a word no name list holds, written as the whole capitalised run right after a time
    preposition or before what a holiday names, and nowhere else: "Holi was off for a week", "covered for Holi"
    are people (review M3, session 8). ``index`` may be any word of the phrase; a holiday listed after one so
    kept ("after Ugadi and Dashain") is decided by :func:`memory.redact_events.holiday`."""
    table = gazetteer().holidays
    for start in range(max(0, index - LONGEST + 1), index + 1):
        length = match(table, text, tokens, start)
        if length and start + length > index:
            end = start + length
            framed = alone(text, tokens, start, end) and (
                _time_frame(text, tokens, start, end) or _before_noun(text, tokens, end)
            )
            if framed and not person_frame(text, tokens, start, end):
                return True
            break
    return _named_holiday(text, tokens, index) or _possessive_day(text, tokens, index)


# Where a holiday of any name (Easter, Christmas, Mardi Gras, Holi are name words too) is the holiday: after
# "<time noun> of" ("Out the week of Easter,"; no one writes "the week of Priya"), and after "closed for" where a
# place or "we" is what closes ("The Austin office is closed for Easter"; "the req is closed for Holi" may name a
# person: reviewer inv8b, session 9). The clause must close after it, as for the time prepositions.
_CLOSED = frozenset("closed closes closing close shut shuts".split())
_CLOSING_SUBJECTS = FACILITY_HEADS | frozenset(
    "we office offices school schools bank banks business everything".split()
)
# What may follow a holiday a place is closed for: "closed for Eid al-Fitr and reopens Monday".
_AFTER_CLOSURE = frozenset("and until through from on this next every each".split())


def _named_holiday(text: str, tokens: list[Token], index: int) -> bool:
    table = gazetteer().all_holidays
    for start in range(max(0, index - LONGEST + 1), index + 1):
        length = match(table, text, tokens, start)
        if not length or start + length <= index:
            continue
        end = start + length
        if not start or not alone(text, tokens, start, end) or person_frame(text, tokens, start, end):
            return False
        before = tokens[start - 1]
        if (before.cap and not sentence_start(text, before)) or text[before.end : tokens[start].start] != " ":
            return False
        if before.key == "of" and start >= 2 and tokens[start - 2].key in _TIME_OF:
            return _closes(text, tokens, end)
        caused = before.key == "of" and start >= 2 and tokens[start - 2].key == "because"  # session 15
        if before.key in _TIME_PREPOSITIONS or caused:
            # "Can start after Mardi Gras.", "off until after Eid;": a holiday of several words, or of one word no
            # given-name list holds, where the clause ends at once (punctuation only: "until Eid replies" may name
            # a person; "until after Noel." does: Noel, Christmas, Easter are given names too)
            single = end - start == 1 and tokens[start].key in lexicon().given
            single = single and tokens[start].key not in HOLIDAY_FIRST and tokens[start].key not in _FEASTS
            return not single and _punctuation_after(text, tokens, end)
        off = before.key == "for" and start >= 2 and tokens[start - 2].key in _TIME_OFF
        # one word only a holiday is before it is a name, where the clause ends ("Travelling home for Easter.")
        first = end - start == 1 and tokens[start].key in HOLIDAY_FIRST and _punctuation_after(text, tokens, end)
        if off and (end - start > 1 or first) and _closes(text, tokens, end):
            return True  # "Out for Easter Monday.", "on leave for Good Friday;" (session 14)
        if before.key != "for" or start < 2 or tokens[start - 2].key not in _CLOSED:
            return False
        if not _place_closes(text, tokens, start - 2):
            return False
        after = tokens[end] if end < len(tokens) else None
        return _closes(text, tokens, end) or (after is not None and not after.cap and after.key in _AFTER_CLOSURE)
    return False


def _punctuation_after(text: str, tokens: list[Token], end: int) -> bool:
    after = text[tokens[end - 1].end : tokens[end - 1].end + 2]
    return after[:1] in ("", ".", ",", ";", "!", "?", ")", "\n") and not after[1:2].isalnum()


def _place_closes(text: str, tokens: list[Token], closed: int) -> bool:
    """A facility's noun or "we" in the clause before "closed" ("The Austin office is closed", "We are closed")."""
    at = closed - 1
    while at >= 0 and closed - at <= 8:
        if tokens[at].key in _CLOSING_SUBJECTS:
            return True
        if sentence_start(text, tokens[at]):
            break
        at -= 1
    return False


_POSSESSIVE = frozenset(("'s ", "’s ", "' ", "’ "))


def _possessive_day(text: str, tokens: list[Token], index: int) -> bool:
    """ "Mother's Day", "St. Patrick's Day", "Presidents' Day", "Valentine's Day": a day of the holiday gazetteer
    (or one of the observances no public calendar lists, ``_OBSERVANCES``) written with its possessive, "Day"
    capitalised and no number after it. Not any "<Name>'s Day": onboarding notes write "Priya's Day 1 plan",
    "Aizhan's Day One checklist" (review M5, session 11)."""
    token = tokens[index]
    if not token.cap or token.upper:
        return False
    if not any(t.key == "day" for t in tokens[index : index + 4]):
        return False  # the loops below read a "Day" among these four words only: most words stop here
    table = gazetteer().all_holidays
    for start in range(max(0, index - 3), index + 1):
        for end in range(max(start, index) + 1, min(start + 4, len(tokens)) + 1):
            last = tokens[end - 1]
            if last.key != "day" or not last.cap or text[tokens[end - 2].end : last.start] not in _POSSESSIVE:
                continue
            if end - 2 < start or not all(t.cap for t in tokens[start:end]):
                continue
            keys = tuple("saint" if t.key == "st" else t.key for t in tokens[start:end])
            listed = keys in table.get(keys[0], ()) or keys in _OBSERVANCES
            after = text[last.end : last.end + 4].strip()
            if listed and alone(text, tokens, start, end) and not (after[:1].isdigit() or _ORDINAL.match(after)):
                return True
    return False


# Days observed widely that no country's public calendar lists (so the ``holidays`` package does not).
_OBSERVANCES = frozenset({("valentine", "day"), ("valentines", "day")})
_ORDINAL = re.compile(r"(?:one|two|three|four|five|first|second|third)\b", re.IGNORECASE)


def heading_thing(keys: list[str]) -> bool:
    """A part of a capitals heading that names a thing, not a person (read by ``redact_layout._caps_name``): an
    award ("RHODES SCHOLARSHIP", ``redact_lexicon.award_heading``), or a holiday no name list holds, then what a
    holiday names and common words only ("THAIPUSAM CAMPAIGN", "ROSH HASHANAH FOOD DRIVE"); "MATARIKI NGATA" and
    "MATARIKI BROWN" stay names (no holiday's noun after the holiday)."""
    if award_heading(keys):
        return True
    if len(keys) >= 2 and tuple(keys) in gazetteer().all_holidays.get(keys[0], ()):
        return True  # "CHRISTMAS DAY", "EASTER MONDAY": a holiday of several words, name words too (session 14)
    lex = lexicon()
    for phrase in gazetteer().holidays.get(keys[0], ()) if keys else ():
        rest = keys[len(phrase) :]
        if tuple(keys[: len(phrase)]) == phrase and rest and rest[0] in HOLIDAY_NOUNS:
            # "SALES PUSH" (both Census surnames too) after a holiday's noun; no given name ("MATARIKI JUNE")
            return all(k in lex.common and k not in lex.given for k in rest)
    return False


# Words before a holiday that only a holiday follows: a greeting ("Happy Diwali", "Merry Christmas"), a verb whose
# object is a holiday ("We celebrate Kwanzaa and Hanukkah", "observes Vesak"), a wish's adjective after an article
# ("Hope you had a good Easter!", "a restful Thanksgiving").
_GREETINGS = frozenset("happy merry blessed joyous joyful".split())
_CELEBRATE = frozenset("celebrate celebrates celebrated celebrating observe observes observed observing".split())
_WISHES = frozenset("good great lovely nice wonderful restful relaxing peaceful blessed happy merry".split())
# A greeting after a holiday: "Eid Mubarak", "Ramadan Kareem", "Diwali greetings".
_AFTER_GREETING = frozenset("mubarak kareem greetings wishes".split())
# A label whose value is a holiday: "HOLIDAY: CHRISTMAS DAY", "Holidays: Christmas, Boxing Day".
_LABEL_ITEM_END = re.compile(r"[ \t]*(?:$|[,;/|\n(]|and[ \t]|&)")
_HOLIDAY_LABEL = re.compile(r"[ \t•*·-]*(?:public[ \t]+|bank[ \t]+|office[ \t]+)?holidays?[ \t]*:[ \t]*", re.IGNORECASE)


def greeted_holiday(text: str, tokens: list[Token], index: int) -> int:
    """The end of a holiday of the gazetteer (any name) or of ``HOLIDAYS`` opening at ``index`` where only a holiday
    stands (0 if none): after a greeting, a verb of celebrating or "a good", before "Mubarak", or under a holiday
    label (a list's later members included: "Holidays: Christmas, Boxing Day"). "Happy Grace" or "celebrate Priya"
    name no holiday: only a listed holiday is read."""
    token = tokens[index]
    length = match(gazetteer().all_holidays, text, tokens, index) or int(token.key in HOLIDAYS and token.cap)
    if not length:
        return 0
    end = index + length
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.key in _AFTER_GREETING and text[tokens[end - 1].end : after.start] == " ":
        return end + 1
    line_start = text.rfind("\n", 0, token.start) + 1
    label = _HOLIDAY_LABEL.match(text, line_start)
    if label is not None and label.end() <= token.start:
        between = text[label.end() : token.start]
        closed = _LABEL_ITEM_END.match(text, tokens[end - 1].end) is not None
        if closed and (between == "" or between.rstrip().endswith(",")):
            return end  # a whole item of the list: not "Holidays: Noel is out from the 3rd" (review NIT, 9279074)
    before = tokens[index - 1] if index else None
    if before is None or text[before.end : token.start] != " " or possessive_at(text, tokens[end - 1]) >= 0:
        return 0
    if before.key in _GREETINGS or (before.key in _CELEBRATE and not before.cap):
        return _listed_holidays(text, tokens, end) if before.key in _CELEBRATE else end
    article = index >= 2 and tokens[index - 2].key in ("a", "an") and not tokens[index - 2].cap
    return end if before.key in _WISHES and article else 0
