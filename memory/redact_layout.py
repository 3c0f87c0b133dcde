"""Names the layout of a text gives away: signatures, table rows, and lines written in capitals.

- **A line written in capitals** ("UPDATE: AMADOU SOW ACCEPTED THE OFFER") hides the one cue the lists use,
  the capital letter. :func:`recase` writes such a line as a sentence would be (ordinary words in lower
  case, every other word capitalised) before anything is decided; the output keeps the original letters.
- **A signature**: the line after a sign-off ("Regards,", "Best,", "Thanks,") that holds one to four
  capitalised words is the writer's name, whatever its words also mean.
- **A table row** "Sow | Amadou | Data Engineer | ...": a cell of capitalised words beside a cell found to
  be a name is the rest of that name; the first cells of a row are names when one word in them is.
- **A resume's first words** "Tokala Two Bulls. Data engineer ...": two to four capitalised words opening
  the text and closed by a full stop, comma, bar or line end are the author's name when one of them is a
  name-list or unknown word.
"""

from __future__ import annotations

import itertools
import re

from memory.redact_edges import FIELD_DECIDED
from memory.redact_fp_firms import labelled_thing
from memory.redact_fp_gazetteer import heading_thing
from memory.redact_lexicon import ORGS, PLACES, TITLES, Lexicon
from memory.redact_s_shout import ACTION_VERBS, listed_pair, short_family, shouted_subjects, verb_after
from memory.redact_tokens import (
    _ORG_SUFFIX,
    TOKEN,
    Kind,
    Token,
    key_of,
    mark,
    protect_phrases,
    shortened_name,
    tokenize,
)

_SIGN_OFF_LINE = re.compile(
    r"^\s*(?:(?:best|kind|warm|warmest|many)\s+)?(?:regards|best|thanks|thank you|cheers|sincerely|yours(?: truly)?"
    r"|warmly|cordially|respectfully|all the best)\s*[,!.]?\s*$",
    re.IGNORECASE,
)
# Words in a signature line that are the writer's job, not their name.
ROLE_WORDS = frozenset(
    """team lead staff chief head senior junior intern manager director engineer engineering developer analyst
    designer consultant architect specialist officer recruiter recruiting talent partner coordinator sourcer
    hiring people operations hr founder president vice vp cto ceo coo cfo""".split()
)
# Words that open a sentence before a name, never a name's first word: "Per Quilabrenu,", "Thanks Hemi."
OPENERS = frozenset(
    "per thanks thank hi hello hey dear cc with via met screened interviewed asked told called according as".split()
)
_ORG_WORD = re.compile(_ORG_SUFFIX)
_CELL = re.compile(r"\s*(?:\||\t)\s*")


def recase(text: str, lex: Lexicon) -> str:
    """``text`` with each line of four or more words written in capitals re-cased like a sentence; same length."""
    out = []
    for line in text.split("\n"):
        upper, lower = _cased_counts(line)
        if upper < 4 or upper < 0.9 * (upper + lower) or len(TOKEN.findall(line)) < 4:
            out.append(line)
            continue
        out.append(TOKEN.sub(lambda m: _recased(m.group(0), lex), line))
    return "\n".join(out)


def _recased(word: str, lex: Lexicon) -> str:
    key = key_of(word)
    # A listed name stays capitalised unless it is an ordinary word of job texts ("MAY", "WILL", "GRANT").
    named = (key in lex.given or key in lex.family) and key not in lex.ordinary
    ordinary = key in lex.english or key in lex.ordinary or key in lex.tech or key in PLACES or key in ORGS
    if "-" in key:  # "DATA-ENGINEER", "FULL-TIME": every part an ordinary word
        parts = key.split("-")
        ordinary = all(p in lex.english or p in lex.ordinary or p in lex.tech for p in parts)
        named = any((p in lex.given or p in lex.family) and p not in lex.ordinary for p in parts)
    if _ORG_WORD.fullmatch(word[:1] + word[1:].lower()):
        named = True  # "JOHNSON CONTROLS" -> "Johnson Controls": the suffix names an organisation
    new = word.lower() if (ordinary and not named) or len(key) < 2 else word[:1] + word[1:].lower()
    return new if len(new) == len(word) else word  # a letter whose case changes its length stays as it is


def signatures(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """The line after a sign-off: its capitalised words are the writer's name (not their job title)."""
    lines = text.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for number, line in enumerate(lines[:-1]):
        if not _SIGN_OFF_LINE.match(line):
            continue
        begin = starts[number + 1]
        end = begin + len(lines[number + 1])
        words = [t for t in tokens if begin <= t.start < end]
        if not words or len(words) > 4 or not all(t.cap for t in words):
            continue
        product = words[0].key in lex.tech and words[0].key not in lex.given  # "Storm Walking Eagle" is a name
        if product or any(t.protected or t.key in ORGS or t.key in ROLE_WORDS for t in words):
            continue  # a product may end a name ("Wanbli Spotted Eagle") but opens none
        for t in words:
            if t.key not in TITLES:
                mark(t, "signature")


def table_rows(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Name cells of a row of three or more cells: the first two cells when a word in them is a name-list or
    unknown word; then a cell of capitalised words beside a found name cell."""
    cursor = 0
    for line in text.split("\n"):
        begin, cursor = cursor, cursor + len(line) + 1
        if len(_CELL.findall(line)) < 2:
            continue
        cells: list[list[Token]] = []
        position = begin
        for piece in _CELL.split(line):
            at = text.find(piece, position) if piece else position
            # A cell with a digit names no one ("Req 42", "Q3 2025"): no name cell, and none beside it.
            cells.append(
                [] if any(c.isdigit() for c in piece) else [t for t in tokens if at <= t.start < at + len(piece)]
            )
            position = at + len(piece)
        head = [c for c in cells[:2] if c and len(c) <= 3 and all(t.cap and _plain(t, lex) for t in c)]
        for cell in head:
            if any(t.person for t in cell) or any(_strange(t, lex) for t in cell):
                for t in cell:
                    mark(t, "table cell")
        for cell in head:
            if not any(t.person for t in cell) and any(any(t.person for t in other) for other in head):
                for t in cell:
                    mark(t, "table cell beside a name")


def _plain(token: Token, lex: Lexicon) -> bool:
    """A word that may be part of a name: no place, employer, job word, acronym or protected phrase (a product
    may be: "Eagle" is also a circuit-design tool)."""
    return not (
        token.protected
        or token.key in PLACES
        or token.key in ORGS
        or token.key in ROLE_WORDS
        or (token.upper and len(token.key) <= 4)
    )


def _strange(token: Token, lex: Lexicon) -> bool:
    return token.kind is Kind.NAME or (token.kind is Kind.UNKNOWN and token.key not in lex.common)


def opening_name(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """The author's name opening a text (a resume's heading), closed by ".", ",", "|", "-" or a line end."""
    words: list[Token] = []
    for token in tokens:
        # An initial's, a title's or a shortened name's full stop is inside the name ("Add J.-P. Lefebvre to",
        # "Add Abd. Rahman Ismail to"): read on, so the stop does not close a two-word "name" of verb and initial.
        inside = bool(words) and (len(words[-1].key) == 1 or words[-1].key in TITLES or shortened_name(text, words[-1]))
        gaps = (" ", "\t", ". ", ".", ".-") if inside else (" ", "\t")
        if words and (text[words[-1].end : token.start] not in gaps or len(words) == 4):
            break
        if not token.cap:
            break
        words.append(token)
    if len(words) < 2 or text[: words[0].start].strip() or words[0].key in OPENERS:
        return
    # "Hope Baker ACCOUNTANT": a resume's name glued to its category headline in capitals; the headline is no
    # part of the name, whatever the name (OUTSIDE16 end to end class 3), and closes it as a line end would.
    at = _headline_at(words)
    headline = words[at:] if at and all(t.upper for t in words[at:]) else []
    if headline:
        if any(t.upper for t in words[:at]):
            return
        words = words[:at]
        for t in headline:
            t.protected = True
    rest = text[words[-1].end : words[-1].end + 2]
    if not headline and rest.strip() and rest[:1] not in ".,|-\n" and rest[:2] != " -" and rest[:2] != " |":
        return
    # A product opens no name ("Kafka Streams."); later words may be products too ("Wanbli Spotted Eagle").
    if words[0].key in lex.tech and words[0].key not in lex.given:
        return
    # A listed given name opens it even when it is also a place or a word ("Dakota Runs Above.", "River Long
    # Soldier."); the other words must be no place, employer, job word or acronym.
    given = words[0].key in lex.given and not words[0].upper and words[-1].key not in PLACES
    if given and words[0].key in lex.ordinary:
        # A given name that is also a word of job texts opens a name closed like a sentence ("River Long
        # Soldier."), not a heading ("Job Description\n", "Grant Writing:"), unless name words follow it.
        given = rest[:1] in (".", ",") or all(_listed(t, lex) or _strange(t, lex) for t in words[1:])
    if not all((_plain(t, lex) or (given and n == 0)) and not t.upper for n, t in enumerate(words)):
        return
    if given or any(_strange(t, lex) for t in words):
        for t in words:
            if t.key not in TITLES:
                mark(t, "opening name")


# Separators between the parts of a heading written in capitals: "DALLAS BANKS - FINAL ROUND FEEDBACK".
_HEADING_PARTS = re.compile(r"[ \t]+[-–—|/][ \t]+|:[ \t]+|[ \t]*\|[ \t]*|\*\*")
# Function words after which a heading names a person: "NEXT STEP FOR ...", "FEEDBACK FROM ...", "NOTES BY ...".
_LEADS_NAME = frozenset("for from by with re about to cc".split())
_NOT_IN_NAMES = frozenset(
    """to be and or of the for with you we our your is are a an in on at by from have has will can it this that
    not all how why what when where new final round feedback notes note update offer interview debrief panel
    summary review call screen onsite remote hybrid full time part""".split()
)


def caps_names(shown: str, tokens: list[Token], lex: Lexicon) -> None:
    """A part of a line written in capitals that is two to four words, opening with a given name and closing
    with a family name (or a word no list knows): "DALLAS BANKS - FINAL ROUND FEEDBACK", "NOTES: KIT LONG".
    ``shown`` is the text as written (the tokens were read from its re-cased form, at the same offsets)."""
    lines = _shouted_lines(shown)
    shouted_subjects(shown, tokens, lines, lex)  # "UPDATE: TENDAI MOYO ACCEPTED ...": the subject of a verb
    for begin, end in lines:
        position = begin
        parts = _parts(shown[begin:end])
        people = len(parts) > 1 and parts[0].strip().lower() in _PEOPLE_LABELS
        for part in parts:
            at = shown.find(part, position) if part else position
            position = at + len(part)
            words = [t for t in tokens if at <= t.start < at + len(part)]
            # "NEXT STEP FOR PATIENCE TEMBO": the words after the heading's last function word.
            cut = max((n + 1 for n, t in enumerate(words) if t.key in _LEADS_NAME), default=0)
            if 0 < cut <= len(words) - 2:
                part = shown[words[cut].start : words[-1].end]
                words = words[cut:]
            # "SUMMER LAKE ACCOUNTANT", "EMILY WALSH INFORMATION TECHNOLOGY MANAGER": a resume's name glued to its
            # headline on one line. The headline is cut off first, so the name is read alone whatever it is: the
            # whole line went for a name of a list ("[PERSON]", headline lost) and stayed for a name of words
            # (OUTSIDE16 end to end class 3).
            title = _headline_at(words)
            headline: list[Token] = []
            if title:
                part = shown[words[0].start : words[title - 1].end]
                words, headline = words[:title], words[title:]
            # "EMPLOYER: RAYMOND JAMES": a label's listed value is no name (redact_fp_firms, session 14)
            # In a list of people a given and a family name both listed are a name even when the given name is a
            # word the heading rule refuses ("PANEL: WILL HUNTER, SUMMER LAKE").
            pair = people and 2 <= len(words) <= 3 and listed_pair(words, lex)
            named = pair or (2 <= len(words) <= 4 and _caps_name(part, words, lex))
            # A resume's first line: a listed given and family name before its headline ("WILL HUNTER ACCOUNTANT").
            named = named or (bool(headline) and not shown[:at].strip() and listed_pair(words, lex))
            for t in headline:
                t.protected = True  # the line's rest is no name's: "[PERSON] ACCOUNTANT", not "[PERSON]"
            if named and not labelled_thing(shown, tokens, words[0]):
                for t in words:
                    t.protected = False
                    # A field's label decided it already ("CANDIDATE: TUAN DO"): that reason, which ``settle`` keeps
                    # for a function word, stays (OUTSIDE15 class 8: the first pass lost "DO", a second took it).
                    if not (t.person and t.why in FIELD_DECIDED):
                        mark(t, "name in a heading")


# Words of a job title or a resume's category headline ("ACCOUNTANT", "HR ADMINISTRATOR", "INFORMATION TECHNOLOGY
# MANAGER", "BUSINESS DEVELOPMENT"), with the role words above; a headline ends with one of them.
_HEADLINE_WORDS = ROLE_WORDS | frozenset(
    """accountant accounting administrator administrative associate advocate assistant teacher chef nurse clerk
    technician executive representative supervisor agent banker cashier auditor editor writer trainer instructor
    information technology marketing sales finance financial banking business development public relations digital
    media healthcare fitness construction aviation agriculture apparel automobile arts bpo data software
    customer service account accounts payable receivable general principal lead""".split()
)


def _headline_at(words: list[Token]) -> int:
    """Where a headline of job words starts after a two- to four-word name, or 0: the longest run of
    ``_HEADLINE_WORDS`` closing the part, when two to four other words stand before it."""
    at = len(words)
    while at > 0 and words[at - 1].key in _HEADLINE_WORDS:
        at -= 1
    return at if at < len(words) and 2 <= at <= 4 else 0


# Labels of a capitals line that lists people, whose value's commas separate names ("PANEL: HOPE BAKER, SUMMER LAKE").
_PEOPLE_LABELS = frozenset(
    """panel panelists interviewers interviewer attendees attendee cc guests participants referees references
    reviewers hosts owners candidates people with""".split()
)


def _parts(line: str) -> list[str]:
    """A capitals line's parts (:data:`_HEADING_PARTS`); after a label of people, each name of its list is a part:
    "PANEL: HOPE BAKER, SUMMER LAKE" read as one four-word part kept both word names (OUTSIDE15 class 2, an all-caps
    header line)."""
    parts = _HEADING_PARTS.split(line)
    if len(parts) < 2 or parts[0].strip().lower() not in _PEOPLE_LABELS:
        return parts
    return [parts[0], *(piece for part in parts[1:] for piece in re.split(r",[ \t]+", part))]


def caps_rest(shown: str, tokens: list[Token], lex: Lexicon) -> None:
    """The rest of a name found in a line written in capitals (after the model has read it): "UPDATE: SEMI
    [RADRADRA] ACCEPTED", "DEBRIEF: [HOTAH] STANDING ELK RECOMMENDS": a given name before it, a family name or
    a word no list knows after it."""
    for begin, end in _shouted_lines(shown):
        line_words = [t for t in tokens if begin <= t.start < end]
        for left, right in itertools.pairwise(line_words):
            if left.person == right.person or shown[left.end : right.start] != " ":
                continue
            other, found = (left, right) if right.person else (right, left)
            if short_family(shown, other, found, lex):
                mark(other, "a name in capitals")  # a field's reason: ``settle`` keeps the function word
                continue
            if found.why == "model" and (found.kind not in (Kind.NAME, Kind.UNKNOWN) or found.key in lex.common):
                continue  # the model alone calls some capitalised words people
            if other.protected or other.key in _NOT_IN_NAMES or other.key in OPENERS or other.key in _HEADLINE_WORDS:
                continue
            if other is right and verb_after(shown, line_words, right, lex):
                continue  # "BRAD [WALSH] NEEDS A CALLBACK": the verb after a name (OUTSIDE15 class 10)
            wanted = lex.given if other is left else lex.family
            strange = found.kind in (Kind.NAME, Kind.UNKNOWN) and found.key not in lex.common
            # Before a strange family name any word but a verb opens the name: "SEMI [RADRADRA]"; not before a
            # given name ("PLEASE SCHEDULE [LAKISHA WASHINGTON]": the verb, OUTSIDE15 class 10).
            opens = (
                other is left
                and strange
                and found.key not in lex.given
                and other.key not in ACTION_VERBS
                and not other.key.endswith("ed")
                and len(other.key) > 1
            )
            if opens or other.key in wanted or (not _listed(other, lex) and other.key not in lex.common):
                mark(other, "rest of a name in a heading")


def _shouted_lines(shown: str) -> list[tuple[int, int]]:
    """(start, end) of each line written in capitals (four letters or more), or of its head in capitals before a
    colon ("NEXT STEP FOR PATIENCE TEMBO: schedule the onsite")."""
    out = []
    cursor = 0
    for line in shown.split("\n"):
        begin, cursor = cursor, cursor + len(line)
        head = line.split(": ", 1)[0] if ": " in line else ""
        for part in (line, head):
            if part.isascii():
                # In ASCII a letter is a capital or a small letter, and nothing else is either: the same counts.
                upper, lower = _cased_counts(part)
                letters, capitals = upper + lower, upper
            else:
                alpha = [c for c in part if c.isalpha()]
                letters, capitals = len(alpha), sum(c.isupper() for c in alpha)
            if letters >= 4 and capitals >= 0.9 * letters:
                if part is line or len(part.split()) >= 2:
                    out.append((begin, begin + len(part)))
                break
        cursor += 1
    return out


_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))


def _cased_counts(line: str) -> tuple[int, int]:
    """How many characters of ``line`` are upper case and lower case (``str.isupper`` and ``str.islower`` of each).

    An ASCII line is counted by deleting its capitals and its small letters from its bytes: the same counts
    without a Python call per character (session 14: reading each line's letters one by one was 2% of
    redaction's time)."""
    if line.isascii():
        raw = line.encode("ascii")
        return len(raw) - len(raw.translate(None, _ASCII_UPPER)), len(raw) - len(raw.translate(None, _ASCII_LOWER))
    return sum(map(str.isupper, line)), sum(map(str.islower, line))


def _caps_name(part: str, words: list[Token], lex: Lexicon) -> bool:
    if TOKEN.sub("", part).strip(" \t.'’-"):
        return False  # only the words: no digits, brackets or punctuation between them
    if any(t.key in _NOT_IN_NAMES or t.key in ROLE_WORDS for t in words) or heading_thing([t.key for t in words]):
        return False  # (FP session 10: "RHODES SCHOLARSHIP", "THAIPUSAM CAMPAIGN" name a thing)
    # Kept phrases and organisations as written; a word's protection in the re-cased line ("Hotah standing" read
    # as a name qualifying a noun) does not count.
    fresh = tokenize(part, lex, frozenset())
    protect_phrases(part, fresh)
    if any(t.protected for t in fresh):
        return False
    if any(t.key in ORGS and not _listed(t, lex) for t in words):
        return False  # "CORNELL RIVERS" may be a name, "DELOITTE DIGITAL" is not
    if any(t.key in lex.tech and t.key not in lex.given and t.key not in lex.family for t in words):
        return False
    first = words[0].key
    strange = [
        t.spelled is Kind.NAME or (not _listed(t, lex) and t.key not in lex.common and not _words_joined(t, lex))
        for t in words
    ]
    if words[-1].key in PLACES:
        return False  # "NEW YORK", "AUSTIN TEXAS"
    # "DALLAS BANKS", "WAKIZA CHARGING THUNDER"; two words, one of them strange: "SEMI RADRADRA".
    if strange[0]:
        return True  # "HOTAH STANDING ELK", "OHITIKA OLD COYOTE": a strange first word opens a name
    return (first in lex.given and (_listed(words[-1], lex) or strange[-1])) or (len(words) == 2 and any(strange))


def _words_joined(token: Token, lex: Lexicon) -> bool:
    """ "DATA-ENGINEER", "FULL-TIME": a hyphenated word whose every part is an ordinary word."""
    parts = token.key.split("-")
    return len(parts) > 1 and all(p in lex.common or p in lex.english or p in lex.tech for p in parts)


def _listed(token: Token, lex: Lexicon) -> bool:
    return token.key in lex.given or token.key in lex.family
