"""What a table's column header or a line's arrow says its values are: things, whatever their words.

A markdown table's header names what each column holds ("| Company | Role | Years |", "| Hospital | Unit |"):
under a header that names an employer, a school, a hospital, a site or a place, a cell holds that thing, never a
person, whatever its words ("| Raymond James | Analyst | 2019-2021 |", "| Geisinger | ICU |"). A header that names
a person's role ("Interviewer", "Hiring manager", "Client contact") decides nothing, and a cell with a person's role
in brackets ("| Ford (owner) |") is left to the name rules, as a label's value is (:mod:`memory.redact_fp_firms`).
Only the cell's whole content is kept, and only a run of capitalised words (a name's shape): a cell of prose is
not read.

A relocation line's arrow ("RELOCATION: JACKSON -> DENVER", "Moving: Tyler → Austin (2025)") joins two places: a
place of the gazetteer before or after an arrow whose other side is a place too is kept, on a line that says a move
or a location. Both sides must be places of the list, and a person's handover written so ("OWNER: GRACE -> DANA",
"Panel: Jordan -> Madison") has a side that is none, or no word of a move: a line that names an owner, a handover
or a role is not read.
"""

from __future__ import annotations

import re

from memory.redact_fp_tables import Gazetteer, match
from memory.redact_fp_values import school_run
from memory.redact_named import possessive_at
from memory.redact_tokens import Token

# Header words that name a thing's column: employers, schools, hospitals, sites, places.
_THING_HEADERS = frozenset(
    """company companies employer employers organisation organization organisations organizations org firm firms
    client clients customer customers account brand brands hospital hospitals health facility facilities clinic
    clinics practice site sites school schools university universities college colleges education institution
    institutions alma location locations city cities town office offices country countries campus region place
    places base hub vendor vendors supplier agency agencies""".split()
)
# Header words that name a person's column (a header holding one decides nothing): "Client contact", "Hiring
# manager", "Site lead", "Employer reference".
_PERSON_HEADERS = frozenset(
    """contact contacts manager managers owner owners lead leads person people referee referees reference
    references interviewer interviewers recruiter recruiters candidate candidates host hosts panel panelist
    panelists coordinator coordinators staff employee employees colleague colleagues supervisor supervisors who
    by sponsor sponsors mentor mentors director directors rep reps representative poc spoc champion""".split()
)
_SEPARATOR_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
_HEADER_WORD = re.compile(r"[A-Za-z]+")
# A cell that is a run of capitalised words ("Raymond James", "Brigham and Women's", "St. Jude", "Baylor Scott &
# White", "Cedars-Sinai"): a capital opens every word but a name's joiners.
_CELL = re.compile(r"[A-Z0-9][\w.'’&-]*(?:[ \t]+(?:[A-Z0-9&][\w.'’&-]*|and|of|the|de|la|du|del|y|für|am))*", re.UNICODE)
_MOST_WORDS = 7


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _header(text: str, line_start: int) -> str | None:
    """The header row of the markdown table whose row starts at ``line_start`` (None if the row is no body row of
    a table with a header and a separator row)."""
    rows: list[tuple[int, int]] = []
    start = line_start
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        row = text[previous : start - 1]
        if not row.lstrip(" \t").startswith("|"):
            break
        rows.append((previous, start - 1))
        start = previous
    # Nearest first: the separator row is the header's next one; the header opens the table.
    if len(rows) < 2 or not _SEPARATOR_ROW.match(text, rows[-2][0]):
        return None
    return text[rows[-1][0] : rows[-1][1]]


def table_cell(text: str, tokens: list[Token], index: int) -> int:
    """The end of the run opening at ``index`` when it is the whole cell of a markdown table's column whose header
    names a thing (0 if not; see the module's docstring)."""
    token = tokens[index]
    line_start, line_end = _line(text, token.start)
    if not text[line_start:line_end].lstrip(" \t").startswith("|"):
        return 0
    opening = text[line_start : token.start]
    if opening.rstrip(" \t")[-1:] != "|":
        return 0  # the run does not open its cell
    closing = text.find("|", token.end, line_end)
    if closing < 0:
        return 0
    cell = text[token.start : closing].rstrip(" \t")
    found = _CELL.fullmatch(cell)
    if found is None or len(cell.split()) > _MOST_WORDS:
        return 0
    header = _header(text, line_start)
    if header is None:
        return 0
    column = opening.count("|")  # 1 for the first cell: the row opens with a bar
    cells = header.strip(" \t").strip("|").split("|")
    if column < 1 or column > len(cells):
        return 0
    words = {w.lower() for w in _HEADER_WORD.findall(cells[column - 1])}
    if not words & _THING_HEADERS or words & _PERSON_HEADERS:
        return 0
    end = index
    while end < len(tokens) and tokens[end].start < token.start + len(cell):
        end += 1
    if any(possessive_at(text, t) >= 0 and t.key not in ("women", "children") for t in tokens[index : end - 1]):
        return 0  # "| Priya's team |": a possessive inside the cell is a person's (not "Brigham and Women's")
    return end


# An arrow between two places on one line: "->", "→", "=>", "—>".
_ARROW = re.compile(r"[ \t]*(?:->|→|=>|—>|-->)[ \t]*")
_ARROW_BEFORE = re.compile(r"(?:->|→|=>|—>|-->)[ \t]*$")
# A line that names a person's handover or role is read by the name rules, not here.
_HANDOVER = re.compile(
    r"\b(?:owner|owners|handover|hand-off|handoff|assignee|assigned|reassigned|manager|recruiter|interviewer|"
    r"contact|lead|backup|cover|covering|from\s+\w+\s+to)\b",
    re.IGNORECASE,
)


# What a line of places joined by an arrow says: a move ("RELOCATION:", "Moving", "Office:", "commute").
_RELOCATION = re.compile(
    r"\b(?:relocat\w*|move[sd]?|moving|location|locations|office|site|commut\w*|transfer\w*|based|city|hq|base)\b",
    re.IGNORECASE,
)


def arrow_place(text: str, tokens: list[Token], index: int, table: Gazetteer) -> int:
    """The end of a place of the gazetteer opening at ``index`` on either side of an arrow whose other side is a
    place of the gazetteer too ("RELOCATION: JACKSON -> DENVER"; 0 if not)."""
    length = match(table.places, text, tokens, index)
    if not length:
        return 0
    end = index + length
    line_start, line_end = _line(text, tokens[index].start)
    if _HANDOVER.search(text, line_start, line_end) or not _RELOCATION.search(text, line_start, line_end):
        return 0
    after = _ARROW.match(text, tokens[end - 1].end)
    if after is not None:
        other = next((i for i in range(end, len(tokens)) if tokens[i].start >= after.end()), None)
        if other is not None and tokens[other].start == after.end() and _place_run(text, tokens, other, table):
            return end
    before = _ARROW_BEFORE.search(text, line_start, tokens[index].start)
    if before is not None and index:
        first = _run_start(text, tokens, index - 1, before.start())
        if first is not None and match(table.places, text, tokens, first) == index - first:
            return end
    return 0


def _place_run(text: str, tokens: list[Token], index: int, table: Gazetteer) -> bool:
    length = match(table.places, text, tokens, index)
    if not length:
        return False
    end = index + length
    following = tokens[end] if end < len(tokens) else None
    # the place is the whole run on its side: no capitalised word joined to it by a space
    return following is None or not following.cap or text[tokens[end - 1].end : following.start] != " "


def _run_start(text: str, tokens: list[Token], last: int, arrow_at: int) -> int | None:
    """The first word of the capitalised run that ends right before the arrow at ``arrow_at`` (None if none)."""
    if not tokens[last].cap or text[tokens[last].end : arrow_at].strip(" \t"):
        return None
    first = last
    while first > 0 and tokens[first - 1].cap and text[tokens[first - 1].end : tokens[first].start] in (" ", "-"):
        first -= 1
    return first


# A heading over an education section, alone on its line, in any case: "EDUCATION", "## Education", "Education:".
_EDUCATION_HEADING = re.compile(
    r"[ \t#*•]*(?:education|academic background|academic history|education and training|schooling)[ \t]*:?[ \t*]*$",
    re.IGNORECASE,
)


def under_education(text: str, tokens: list[Token], index: int) -> int:
    """The end of a school's name opening the first line under an education heading ("EDUCATION\\nAteneo de
    Manila\\nBSc ...", "Education\\nUWI Mona, 2019"), by what a school's name holds
    (:func:`memory.redact_fp_values.school_run`: a school's head in any language, an acronym); a person's name there
    ("EDUCATION\\nPRIYA RAMAN") holds neither (0 if not; OUTSIDE13 class 21, session 15)."""
    token = tokens[index]
    line_start, _ = _line(text, token.start)
    if text[line_start : token.start].strip(" \t•*·-") or line_start < 2:
        return 0
    heading_start = text.rfind("\n", 0, line_start - 1) + 1
    if not _EDUCATION_HEADING.fullmatch(text, heading_start, line_start - 1):
        return 0
    named = school_run(text, tokens, index)
    if named:
        return named
    # One word alone opening the line ("EDUCATION\nVassar, BA 2015"): a school, where a person is written with a
    # full name.
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    joined = following is not None and following.cap and text[token.end : following.start] in (" ", "-")
    return index + 1 if not joined and _ONE_WORD_END.match(text, token.end) else 0


_ONE_WORD_END = re.compile(r"[ \t]*(?:,|[-–—|]|\(|$)", re.MULTILINE)
