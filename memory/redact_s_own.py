"""The candidate's own name when the record has none: read from the head of their resume.

With no ``name`` on the record (issue 10: names only in the text) the identity layer knew nothing, so the
candidate's own name was found only as a third party's would be: "Onsite A. Gonzalez:" in a note stayed (a
rule protected the run as a thing) where "Onsite B. Schmitt:" went, and "send Angel's scorecard" kept the
given name that the resume's heading had given away. A resume names its person in its head: the name alone on
the first lines ("WEI LI", "Jake Koch | jake@..."), or after a label ("Name:", "Candidate:", "Resume of",
"Resume -", "candidate_name:"). What the redaction finds there is taken as the record's own name for the
profile and every note about the person (:class:`memory.redact_identity.Identity`): removed in any case and
form, initials and possessives included, before the product, place and phrase rules can protect a word.

Only a found person region that fills its line (or the rest of it after a label, or the part before a ``|``,
``,`` or dash) counts: "Dear Ngozi Adeyemi," opens a cover letter and is not the candidate, and a resume whose
head names no one (a skills list) gives nothing, as before. When no rule found a name there, the first line (or a
label's value) of one to four capitalised words is still the name if one of them is no English word and none a
product ("WULANDARI", "Resume - Wulandari": a mononym no list holds); "Education Details", "Data Analyst" and
"Java Developer" are not.
"""

from __future__ import annotations

import re

from memory.redact_edges import CONTEXT_WORDS
from memory.redact_identity import PERSON_NEXT, capital_cued, name_piece
from memory.redact_lexicon import Lexicon
from memory.redact_tokens import MONTHS, Token, joined, sentence_start

# Lines of a resume's head read for the name: a heading, a contact line, a title (measured on the swap harness's
# layouts and the real resumes of updated_resume_dataset, whose names stand on the first line or a label's).
HEAD_LINES = 3
# Characters of the head at most: a first "line" of a real resume can be a whole paragraph of skills.
HEAD_CHARS = 400

_LABEL = re.compile(
    r"\s*(?:(?:full\s+)?name|candidate(?:[\s_]+name)?|applicant|resume|résumé|curriculum\s+vitae|cv)"
    r"\s*(?:[:\-–—]|of\b)\s*$",
    re.IGNORECASE,
)
# What may follow the name on its line: a contact or title after a separator.
_AFTER = re.compile(r"[ \t]*(?:\n|$|[|,(–—•·]|-\s)")
# Where a head line's name part ends: a separator before a title or contact ("HOPE BAKER · UX RESEARCHER").
# Not a comma: "Dear Ngozi Adeyemi," opens a cover letter, and "Koch, Jake" is read from the found regions.
_PART = re.compile(r"\s+[|·•–—-]\s+|\s*[|(]")
# One short capitalised word (a two- or three-letter family name: Do, Le, Ly, Vu, Oh, Ng) closing the line.
_REST = re.compile(r"[ \t]+[A-Z](?:[a-z]{1,2}|[A-Z]{1,2})(?=[ \t]*(?:\n|$|[|,(–—•]|-\s))")
# A document's title alone on a line: never the person's name.
_TITLE = re.compile(r"(?:curriculum\s+vitae|r[eé]sum[eé]|cv)", re.IGNORECASE)
_BETWEEN = re.compile(r"\s*,\s*$")  # "Koch, Jake": a family name, a comma, the given name
# Letters of a degree or title written in capitals after a name's comma ("MBA", "PMP", "CPA").
_ABBREVIATION = 4


def head(text: str) -> str:
    """The first :data:`HEAD_LINES` non-empty lines of ``text``, whole lines of at most :data:`HEAD_CHARS`
    characters in all (none when the first line alone is longer)."""
    seen = 0
    end = 0
    for match in re.finditer(r"[^\n]*(?:\n|$)", text):
        if match.group().strip():
            seen += 1
        end = match.end()
        if seen >= HEAD_LINES or end >= HEAD_CHARS or not match.group():
            break
    if end > HEAD_CHARS:
        # Never a line cut in the middle: "Jan" is what is left of "January 2018" at the cut.
        end = text.rfind("\n", 0, HEAD_CHARS) + 1
    return text[:end]


_WORDS = re.compile(r"[^\W\d_][^\W\d_'’.-]*")


def unfound_name(text: str, lex: Lexicon) -> str | None:
    """The head's first line, or a label's value, when it is a name no rule found (module docstring)."""
    for line in text.split("\n"):
        if not line.strip():
            continue
        value = line
        label = re.match(r"(.*?(?:[:\-–—]|\bof\b))\s*(?=\S)", line)
        if label is not None and _LABEL.fullmatch(label.group(1) + " "):
            value = line[label.end() :]
        value = _PART.split(value.strip().strip("*_#").strip(), maxsplit=1)[0].strip()
        value = _before_title(value, lex)
        if _TITLE.fullmatch(value):
            continue
        words = value.split()
        if not 1 <= len(words) <= 4 or not all(_WORDS.fullmatch(w) and w[0].isupper() for w in words):
            return None
        keys = [w.lower().strip(".") for w in words]
        if any(k in lex.tech for k in keys):
            return None
        # Every word an English word: a title ("Data Analyst") unless a given name opens it and a family name closes
        # it ("HOPE BAKER", "Grace Field": names that are words, OUTSIDE11's English-word group).
        named = len(keys) > 1 and keys[0] in lex.given and keys[-1] in lex.family
        if all(k in lex.english for k in keys) and not named:
            return None
        return value
    return None


def _before_title(value: str, lex: Lexicon) -> str:
    """ "Wibisono, Data Analyst": the part before a comma when what follows it is a title (English words or
    short capitals: "Senior Engineer", "MBA"), so a mononym no list holds is read as "Wibisono Sukarni | ..."
    is (OUTSIDE14 class 19: "[PERSON], Data Analyst" for listed names, the whole name kept for the others).
    Not after a greeting ("Dear Ngozi Adeyemi, Data ..."): a letter's first line names its reader."""
    name, comma, rest = value.partition(",")
    words = rest.split()
    if not comma or not words or not name.split() or name.split()[0].lower() in CONTEXT_WORDS:
        return value
    title = all(w.lower() in lex.english or (w.isupper() and len(w) <= _ABBREVIATION) for w in words)
    return name.strip() if title else value


def own_name(text: str, regions: list[tuple[int, int]]) -> str | None:
    """The name a resume's head gives its person: the first found region (``regions``: character spans of the
    found persons in ``text``, in order) that fills its line, or the rest of a labelled line, or the part
    before a separator; "Family, Given" regions of one line are taken together."""
    for n, (start, end) in enumerate(regions):
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        if before.strip() and not _LABEL.fullmatch(before):
            continue
        if _TITLE.fullmatch(text[start:end]):
            continue  # "CURRICULUM VITAE" alone on the first line (taken as a capitals name): the document's title
        stop = end
        # "Koch, Jake" (a table's "Family, Given"): the next region on the line after a comma is the same name.
        for later_start, later_end in regions[n + 1 :]:
            if _BETWEEN.fullmatch(text[stop:later_start]) and "\n" not in text[stop:later_start]:
                stop = later_end
            else:
                break
        # "Resume - [Tuan] Do": a short capitalised word the rules gave back (a family name that is a function word)
        # between the found name and the line's end is the name's too, when nothing else follows ("TUAN DO" in
        # capitals is found whole).
        rest = _REST.match(text, stop)
        # In the name's own case only: "TUAN DO", "Tuan Do"; not "Jake Koch MBA" (a degree in capitals).
        same_case = rest is not None and rest.group().strip().isupper() == text[start:stop].isupper()
        if rest is not None and same_case and _AFTER.match(text, rest.end()):
            stop = rest.end()
        if _AFTER.match(text, stop):
            return _trim(text[start:stop])
    return None


def _trim(name: str) -> str | None:
    """Letters after a name in another case are a degree, not the name: "Jake Koch MBA", "Jake Koch PhD" (the
    region may hold them; as own words they would go from every line of the resume)."""
    words = name.split()
    while len(words) > 1 and not name.isupper() and len(words[-1]) <= 4 and any(c.isupper() for c in words[-1][1:]):
        words.pop()
    return " ".join(words) or None


def own_words_where_a_person_stands(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """For an identity read from the resume: an own name word that is a common English word, capitalised
    mid-sentence, is the person only where a person stands (a cue before it, a person's verb after it, a
    possessive, beside another own word, after an initial or a particle); elsewhere it is the word.

    A record's name says who the person is, so there a capital mid-sentence is theirs ("thanks to May").
    Read from the resume, the name decided which ordinary words of that resume went: "Participate in Field
    trials" lost "Field" for Grace Field and kept it for Will Hunter (session 11's blind check, class 21), so
    the model read another resume for another name. The price, documented: a candidate whose name is a common
    word keeps it where no rule reads a person ("a demo by Hope on Tuesday"); its other forms still go.
    """
    for index, token in enumerate(tokens):
        if not (token.own and token.cap) or token.key not in lex.common or token.key in MONTHS:
            continue
        if sentence_start(text, token) or token.upper:
            continue  # decided by own_words_in_place (a verb or a possessive), or a heading line in capitals
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if any(
            other is not None and other.own and joined(text, *pair)
            for other, pair in ((before, (before, token)), (after, (token, after)))
            if other is not None
        ):
            continue  # "Grace Field", "Field, Grace" stays whole
        if before is not None and joined(text, before, token) and name_piece(text, before):
            continue  # "J. Field", "van den Berg"
        possessive = text[token.end : token.end + 2] in ("'s", "’s")
        verb = after is not None and not after.cap and after.key in PERSON_NEXT
        if possessive or verb or capital_cued(text, tokens, index):
            continue
        token.own = False
        if token.why == "own":
            token.person = False
            token.why = ""
