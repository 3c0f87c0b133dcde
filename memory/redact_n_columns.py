"""A column of a spreadsheet row is a person's when its header says so: "owner,stage,next step\nhafizah,onsite,...".

Exports of applicant trackers and interview schedules arrive as comma-, semicolon-, tab- or pipe-separated rows
and markdown tables. A cell's words carry no sign of a person (lower case, one word, a word that is also a thing),
but its column's header does: under "Owner", "Interviewer", "Applicant", "Candidate name", "Referee",
"Recruiter", "Hiring manager" every word of the cell is a person's, in any case, and a quoted "Surname, Given"
cell is one cell (OUTSIDE13's class 1: a lower-case given name alone in an owner column, a quoted surname-comma-
given cell, a one-word name in a semicolon row). A header that also names a thing ("Company name", "Skill owner",
"Team lead", "Job title") decides nothing here; things under a thing's header are :mod:`memory.redact_fp_columns`'s.
What a person's column may hold that is no name (a team, a job, "tbd", "me", a date) is left as it is.
"""

from __future__ import annotations

import re

from memory.redact_edges import context_word
from memory.redact_layout import ROLE_WORDS
from memory.redact_lexicon import Lexicon
from memory.redact_tokens import Token, mark

# Header words that say the column holds a person.
_PERSON_HEADERS = frozenset(
    """owner owners interviewer interviewers applicant applicants candidate candidates referee referees reference
    recruiter recruiters sourcer sourcers coordinator panelist panelists panel reviewer reviewers screener
    screeners manager hm assignee assigned contact poc name names who person people host hosts lead
    submitted submitter author by attendee attendees invitee invitees guest guests participant participants
    mentor buddy sponsor supervisor""".split()
)
# Header words that say the column holds a thing, even beside a person's word ("Company name", "Skill owner").
_THING_HEADERS = frozenset(
    """company employer firm org organisation organization client customer account school university college
    hospital site location city country office team department dept skill skills tool tools stack product
    project job role title position level stage status step outcome result score rating date time when
    source channel file link url email phone type kind category note notes comment comments feedback
    decision next""".split()
)
# What a person's column holds that names no one.
_NO_ONE = frozenset(
    """tbd tba tbc na n a none nobody unassigned unknown me you us we them all everyone anyone team self pending
    open vacant same role roles position opening req requisition vacancy""".split()
)
_DELIMITERS = (",", ";", "\t", "|")
_SEPARATOR_ROW = re.compile(r"^[ \t|:-]+$")
# A header's words are letters (and a few joiners); a header cell with a digit is a data row, not a header.
_HEADER_CELL = re.compile(r"^[A-Za-z][A-Za-z _/&().'-]*$")
_WORD = re.compile(r"[a-z]+")
# At most this many words in a person's cell: a longer cell is prose ("spoke with the team about ...").
_CELL_WORDS = 4


def person_columns(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark the words of the cells under a person's header (see the module's docstring)."""
    if "\n" not in text:
        return
    lines = text.split("\n")
    starts = []
    at = 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    number = 0
    while number < len(lines) - 1:
        header = lines[number]
        delimiter = _delimiter(header)
        if delimiter is None:
            number += 1
            continue
        heads = _cells(header, delimiter)
        if len(heads) < 2 or not all(_HEADER_CELL.match(header[a:b].strip()) for a, b in heads if b > a):
            number += 1
            continue
        people = [i for i, (a, b) in enumerate(heads) if _person_header(header[a:b])]
        body = number + 1
        if delimiter == "|" and body < len(lines) and _SEPARATOR_ROW.match(lines[body]):
            body += 1  # a markdown table's separator row
        while body < len(lines):
            row = lines[body]
            cells = _cells(row, delimiter) if delimiter in row else []
            if len(cells) != len(heads):
                break
            for column in people:
                a, b = cells[column]
                _mark_cell(text, tokens, starts[body] + a, starts[body] + b, lex)
            body += 1
        number = max(body, number + 1)


def _delimiter(line: str) -> str | None:
    """The delimiter of a header row: the one it holds most of (at least one), none if the line is prose."""
    counts = [(line.count(d), d) for d in _DELIMITERS]
    count, delimiter = max(counts)
    if not count or len(line) > 200:
        return None
    return delimiter


def _cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """The cells of a row as (start, end) offsets in the line; a double-quoted cell may hold the delimiter
    ('"Okafor, Chidi",onsite'); a markdown row's outer pipes open and close no cell."""
    spans: list[tuple[int, int]] = []
    start = 0
    quoted = False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(line)))
    if delimiter == "|":
        if spans and not line[spans[0][0] : spans[0][1]].strip():
            spans = spans[1:]
        if spans and not line[spans[-1][0] : spans[-1][1]].strip():
            spans = spans[:-1]
    return spans


def _person_header(cell: str) -> bool:
    words = set(_WORD.findall(cell.lower()))
    return bool(words & _PERSON_HEADERS) and not words & _THING_HEADERS


def _mark_cell(text: str, tokens: list[Token], start: int, end: int, lex: Lexicon) -> None:
    inside = [t for t in tokens if start <= t.start < end]
    if not inside or len(inside) > _CELL_WORDS:
        return
    if any(t.key in _NO_ONE or t.key in ROLE_WORDS for t in inside) or any(c.isdigit() for c in text[start:end]):
        return  # "tbd", "Recruiting team", "2025-01-07": no one's name
    if any(t.key in lex.tech and t.key not in lex.given and t.key not in lex.family for t in inside):
        return  # "Python, Go": products, no person (not any word: people are named like languages)
    for t in inside:
        # Even a word a rule kept as a thing ("Florence", "Chase"): the header says whose cell it is. A context word
        # a row rule took already ("| Tuan Do |", "Do, Tuan") is re-marked: the header, not the row, decides it,
        # so ``settle`` keeps it (OUTSIDE15 class 8: only a second pass took it; as ``redact_n_labels`` does).
        if not t.person or context_word(t):
            mark(t, "a person's column")
