"""Names in delimited records (session 11's outside check, class 5; review: t_docswap's ATS export): a quoted
"Family, Given" cell, a record line's lone first field, and the cells under a column named for people.

The cell's words must be name-like (:func:`memory.redact_n_nameish.nameish`): "Lisbon, Portugal", "Python, Go",
"Acme, Inc." and a tools column stay.
"""

from __future__ import annotations

import re

from memory.redact_lexicon import Lexicon
from memory.redact_n_nameish import nameish
from memory.redact_tokens import Kind, Token, mark

# A quoted cell of a delimited record holding "Family, Given" (one word each).
_QUOTED_PAIR = re.compile(r"(?<![^\s,;\t])\"([^\W\d_][\w'’-]*), ([^\W\d_][\w'’-]*)\"(?=[,;\t]|$)", re.MULTILINE)
# A record line: two or more fields cut by the same delimiter with no space after it.
_RECORD = re.compile(r"^[^\n]*?([,;\t])[^\s,;\t][^\n]*?\1[^\n]*$", re.MULTILINE)


def record_names(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Names in delimited records (session 11's outside check, class 5): a quoted cell "Family, Given" whose two
    words are name-like ('17,"Wongsawat, Somchai",screen'; not '"Lisbon, Portugal"', '"Python, Go"', '"Acme,
    Inc."'), and a record line's first field when it is one word a name list holds and no common word is, or no
    list knows ("Wongsawat;phone screen;reject"; not "Remote,2024-03-12", "Berlin,onsite", "Referral;...")."""
    if "," not in text and ";" not in text and "\t" not in text:
        return
    at = {t.start: i for i, t in enumerate(tokens)}
    for match in _QUOTED_PAIR.finditer(text):
        pair = [at.get(match.start(1)), at.get(match.start(2))]
        if any(i is None for i in pair):
            continue
        words = [tokens[i] for i in pair if i is not None]
        if all(w.end in (match.end(1), match.end(2)) for w in words) and all(
            not w.upper and nameish(text, w, lex, strong=True) for w in words
        ):
            for w in words:
                if not w.person:
                    mark(w, "a name cell of a record")
    for line in _RECORD.finditer(text):
        start = line.start()
        while start < line.end() and text[start] in " \t":
            start += 1
        index = at.get(start)
        if index is None:
            continue
        word = tokens[index]
        if word.person or word.upper or text[word.end : word.end + 1] != line.group(1):
            continue
        if "- " in line.group(0):
            continue  # a line laid out with dashes ("Entityframewok,jquery,javascript- Exprience - 1 year"): no record
        key = word.key
        named = word.kind in (Kind.NAME, Kind.UNKNOWN) or (
            (key in lex.family or key in lex.given) and key not in lex.common
        )
        if named and nameish(text, word, lex, strong=True) and key not in lex.common:
            mark(word, "a record's first field")


# Column headers of a delimited record that name people ("candidate,interviewer,stage,outcome").
_PERSON_COLUMNS = frozenset(
    """name full_name fullname candidate interviewer interviewers referee reference recruiter reviewer panelist
    hiring_manager manager contact author coordinator""".split()
)


def _fields(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each field of a delimited line, a quoted field holding delimiters."""
    out, at = [], 0
    pattern = re.compile(rf'"(?:[^"]|"")*"|[^{re.escape(delimiter)}]*')
    while at <= len(line):
        match = pattern.match(line, at)
        end = match.end() if match else at
        out.append((at, end))
        if end >= len(line) or line[end] != delimiter:
            break
        at = end + 1
    return out


def person_columns(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """A cell under a column named for people ('candidate,interviewer,stage\n"Dorje, Tenzin",Lhakpa,phone'):
    its one or two name-like words are a person (review, t_docswap: a lone given name under "interviewer")."""
    if "\n" not in text:
        return
    at = {t.start: i for i, t in enumerate(tokens)}
    lines = text.split("\n")
    offset, columns, delimiter = 0, set[int](), ""
    for line in lines:
        head = next((d for d in (",", ";", "\t") if line.count(d) >= 1 and not any(c.isdigit() for c in line)), "")
        names = [line[a:b].strip().strip('"').lower().replace(" ", "_") for a, b in _fields(line, head)] if head else []
        if head and any(n in _PERSON_COLUMNS for n in names) and all(re.fullmatch(r"[a-z_]+", n) for n in names):
            columns, delimiter = {i for i, n in enumerate(names) if n in _PERSON_COLUMNS}, head
        elif columns and delimiter in line:
            for number, (a, b) in enumerate(_fields(line, delimiter)):
                if number not in columns:
                    continue
                cell = [
                    tokens[at[offset + a + m.start()]]
                    for m in re.finditer(r"[^\W\d_][\w'’-]*", line[a:b])
                    if offset + a + m.start() in at
                ]
                if 1 <= len(cell) <= 3 and all(not t.upper and nameish(text, t, lex, strong=True) for t in cell):
                    for t in cell:
                        if not t.person:
                            mark(t, "a cell under a person's column")
        else:
            columns = set()
        offset += len(line) + 1
