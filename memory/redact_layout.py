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

import re

from memory.redact_lexicon import ORGS, PLACES, TITLES, Lexicon
from memory.redact_tokens import _ORG_SUFFIX, TOKEN, Kind, Token, key_of, mark

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
_OPENERS = frozenset(
    "per thanks thank hi hello hey dear cc with via met screened interviewed asked told called according".split()
)
_ORG_WORD = re.compile(_ORG_SUFFIX)
_CELL = re.compile(r"\s*(?:\||\t)\s*")


def recase(text: str, lex: Lexicon) -> str:
    """``text`` with each line of four or more words written in capitals re-cased like a sentence; same length."""
    out = []
    for line in text.split("\n"):
        upper = sum(map(str.isupper, line))
        if upper < 4 or upper < 0.9 * (upper + sum(map(str.islower, line))) or len(TOKEN.findall(line)) < 4:
            out.append(line)
            continue
        out.append(TOKEN.sub(lambda m: _recased(m.group(0), lex), line))
    return "\n".join(out)


def _recased(word: str, lex: Lexicon) -> str:
    key = key_of(word)
    # A listed name stays capitalised unless it is an ordinary word of job texts ("MAY", "WILL", "GRANT").
    named = (key in lex.given or key in lex.family) and key not in lex.ordinary
    ordinary = key in lex.english or key in lex.ordinary or key in lex.tech or key in PLACES or key in ORGS
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
        if words[0].key in lex.tech or any(t.protected or t.key in ORGS or t.key in ROLE_WORDS for t in words):
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
            cells.append([t for t in tokens if at <= t.start < at + len(piece)])
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
        if words and (text[words[-1].end : token.start] not in (" ", "\t") or len(words) == 4):
            break
        if not token.cap:
            break
        words.append(token)
    if len(words) < 2 or text[: words[0].start].strip() or words[0].key in _OPENERS:
        return
    rest = text[words[-1].end : words[-1].end + 2]
    if rest.strip() and rest[:1] not in ".,|-\n" and rest[:2] != " -" and rest[:2] != " |":
        return
    # A product opens no name ("Kafka Streams."); later words may be products too ("Wanbli Spotted Eagle").
    if words[0].key in lex.tech or not all(_plain(t, lex) and not t.upper for t in words):
        return
    if any(_strange(t, lex) for t in words):
        for t in words:
            if t.key not in TITLES:
                mark(t, "opening name")
