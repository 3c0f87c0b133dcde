"""A label's vocabulary and the shapes of its value: which labels name employers, places, schools, hospitals and
sites, where a value ends, and what a school's, a hospital's or a capitals line's value holds (session 15: split out
of :mod:`memory.redact_fp_firms`, which reads them in ``labelled_value``; the rules are in its docstring)."""

from __future__ import annotations

import re

from memory.redact_fp_tables import gazetteer
from memory.redact_lexicon import lexicon
from memory.redact_named import INSTITUTIONS, possessive_at
from memory.redact_tokens import Token

# Labels whose value is an employer or a place. Optional qualifiers first ("Previous employer:", "Job location:").
LABEL = re.compile(
    r"[ \t•*·-]*(?:(?:previous|current|former|last|past|prior|present|most recent|recent|job|work|office|"
    r"preferred|primary|home|base|high|clinical|nursing|medical|student|hospital)[ \t]+)?"
    r"(employer|company|organi[sz]ation|firm|location|city|education|school|"
    r"university|college|alma mater|trade|based in|office|hub|site|town|region|relocating to|relocation|hospital|"
    r"clinic|facility|institution|campus|health system|move|moving to|placement|rotation)"
    r"(?:[ \t]+name)?[ \t]*:[ \t]*",
    re.IGNORECASE,
)
# What closes a label's value: the line's end, a bracket, a list's comma, a separator, "or" ("Location: Tyler or
# remote").
VALUE_END = re.compile(r"[ \t]*(?:$|\n|[(\[,;|/]|[-–—][ \t]|or[ \t]|and[ \t]|->|→|=>)")  # an arrow (session 15)
# A sole trader's own name as the employer: "Company: Aizhan Nurlanova (freelance)" (review M6, session 11).
OWN_BUSINESS = re.compile(r"[ \t]*[(\[,–—-][ \t]*(?:self[- ]employed|freelance|freelancer|sole trader|contractor|host)")


# Labels whose value is a place: kept when the gazetteer holds it as one ("OFFICE: TYLER", "Based in: Madison").
PLACE_LABELS = frozenset("location city office hub site town region relocation move campus".split()) | {
    "based in",
    "relocating to",
    "moving to",
}
# Labels whose one-word value is the employer.
EMPLOYER_LABELS = frozenset("employer company firm organisation organization".split())
# Not a value but a time after it: "Company: Acme since 2020" is read by the rules above, "Employer: X 2019-2022".
TIME = re.compile(r"[ \t]+(?:19|20)\d\d")


# Labels whose value is a school or a trade, never a person (the value is kept whatever its words, unless a role
# in brackets says a person is named: "School: Aroha Ngata (counsellor)").
INSTITUTION_HEADS = frozenset("university college school institute academy polytechnic conservatory seminary".split())
# A clinical placement's or rotation's label names where it is done (session 17, OUTSIDE15's "hospitals after a
# placement label"): a hospital's slot; a person there is a preceptor or a mentor, labelled so.
SCHOOL_LABELS = frozenset(
    "education school university college trade hospital clinic facility institution placement rotation".split()
)
SCHOOL_LABELS |= {"alma mater", "health system"}
# Labels whose value is a hospital or a site (a place or an institution): a run of several words with one thing's
# word in it is kept whatever its other words ("Site: Christiana Care", "Hospital: Mount Sinai", "Hospital: Brigham
# and Women's"), a person's full name ("Hospital: Priya Raman") has none (OUTSIDE13 class 18, session 15).
SITE_LABELS = frozenset("hospital clinic facility institution site campus placement rotation".split()) | {
    "health system"
}
# Inside a hospital's name: "Brigham and Women's", "Baylor Scott & White", "St. Jude", "Hospital of the University".
_SITE_GAPS = (" ", "-", " & ")
# Under any label a person's role after the value names a person ("Company: Pasang (referee)", "Employer: Wisly
# (owner)"; review M10, session 11).
ROLE_AFTER = re.compile(
    r"[ \t]*[(\[,–—-][ \t]*(?:counsel|advis|contact|coach|teacher|principal|referee|reference|host|owner|mentor|"
    r"supervis|preceptor|educator)",
    re.I,
)


def site_value(text: str, tokens: list[Token], index: int, anything: bool = False) -> int:
    """The end of a hospital's or site's name that is a label's whole value, when one of its words (a joiner's
    neighbours included) is a thing's word that is no given name: "Christiana Care", "Mount Sinai", "Brigham and
    Women's", "Baylor Scott & White", "St. Jude" (0 if not)."""
    end = index + 1
    while end < len(tokens):
        token, gap = tokens[end], text[tokens[end - 1].end : tokens[end].start]
        group = gap in ("'s ", "’s ") and tokens[end - 1].key in ("women", "children")
        if token.cap and (gap in _SITE_GAPS or group or (gap == ". " and tokens[end - 1].key == "st")):
            end += 1  # "Mount Sinai", "Baylor Scott & White", "St. Jude", "Lurie Children's Hospital"
            continue
        following = tokens[end + 1] if end + 1 < len(tokens) else None
        joiner = token.key in ("and", "of") and gap == " " and following is not None and following.cap
        if joiner and following is not None and text[token.end : following.start] == " ":
            end += 2  # "Brigham and Women's", "University of Michigan Health"
            continue
        break
    if end - index < 2:
        return 0
    closing = tokens[end - 1].end
    if text[closing : closing + 2] in ("'s", "’s") and tokens[end - 1].key in ("women", "children"):
        closing += 2
    if not VALUE_END.match(text, closing) or ROLE_AFTER.match(text, closing) or OWN_BUSINESS.match(text, closing):
        return 0
    words = tokens[index:end]
    if any(possessive_at(text, t) >= 0 and t.key not in ("women", "children") for t in words):
        return 0
    # ``anything``: under a hospital's or site's label any run is the place ("Site: Groote Schuur", "Hospital: Chris
    # Hani Baragwanath"): no person is listed under it; a role in brackets or a possessive is read above.
    return end if anything or any(thing_word(text, t) or t.key in ("st", "women", "children") for t in words) else 0


# Where a capitals label's value ends in its line: a bracket, a list's comma, a field's separator, an arrow.
_SHOUTED_END = re.compile(r"[ \t]*(?:[(\[,;|/]|[-–—][ \t]|->|→|=>|$)", re.MULTILINE)
_MOST_VALUE_WORDS = 5


def shouted_value(text: str, tokens: list[Token], index: int) -> int:
    """The end of a label's value in a line written in capitals ("PREVIOUS EMPLOYER: CHRISTIANA CARE", "SITE:
    GEISINGER", "HOSPITAL: MOUNT SINAI"), read by its words' keys: re-casing the line left a name's words
    capitalised and a dictionary's in lower case, so the Title-case run :func:`labelled_value` reads is split
    there (0 if not kept). A place's label keeps a listed place, any other label what :func:`labelled_value`
    keeps: one word under an employer's or a site's label, a run with a thing's word under a hospital's or a
    school's, a run opening with one under an employer's (OUTSIDE13 class 18, session 15)."""
    line_start = text.rfind("\n", 0, tokens[index].start) + 1
    label = LABEL.match(text, line_start)
    if label is None or label.end() != tokens[index].start:
        return 0
    closing = _SHOUTED_END.search(text, label.end())
    stop = closing.start() if closing is not None else len(text)
    end = index
    while end < len(tokens) and tokens[end].end <= stop:
        end += 1
    words = tokens[index:end]
    if not words or len(words) > _MOST_VALUE_WORDS or not all(t.key.replace("-", "").isalpha() for t in words):
        return 0
    if text[tokens[end - 1].end : stop].strip(" \t") or ROLE_AFTER.match(text, tokens[end - 1].end):
        return 0
    if any(possessive_at(text, t) >= 0 for t in words) or OWN_BUSINESS.match(text, tokens[end - 1].end):
        return 0
    kind = label.group(1).lower()
    things = [thing_word(text, t) for t in words]
    if kind in PLACE_LABELS and kind not in SITE_LABELS:
        keys = " ".join(t.key for t in words)
        return end if any(keys == " ".join(p) for p in gazetteer().places.get(words[0].key, ())) else 0
    if len(words) == 1:
        return end if kind in EMPLOYER_LABELS or kind in SITE_LABELS or kind in SCHOOL_LABELS else 0
    if kind in SITE_LABELS or kind in SCHOOL_LABELS:
        return end if any(things) else 0
    return end if kind in EMPLOYER_LABELS and (things[0] or care_named(words)) else 0


# Heads of a school's name in English and other languages ("Universiti Malaya", "Ateneo de Manila", "Tec de
# Monterrey"), and the particles inside one.
SCHOOL_HEADS = INSTITUTION_HEADS | INSTITUTIONS | frozenset("ateneo tec polytechnic conservatory".split())
_SCHOOL_JOINERS = frozenset("de del da do di du des of".split())


def school_run(text: str, tokens: list[Token], index: int) -> int:
    """The end of a school's name opening at ``index`` where only a school stands (a label's value, the first line
    under an education heading): a run, particles inside it, holding a school's head in any language or an acronym
    of three letters or more that is no name ("UWI Mona"), up to the value's end (0 if not; "Sipho Dlamini",
    "PRIYA RAMAN", "Maria de Souza" hold neither)."""
    end = index + 1
    while end < len(tokens):
        token, gap = tokens[end], text[tokens[end - 1].end : tokens[end].start]
        if token.cap and gap in (" ", "-", " & "):
            end += 1
            continue
        following = tokens[end + 1] if end + 1 < len(tokens) else None
        joined = token.key in _SCHOOL_JOINERS and not token.cap and gap == " " and following is not None
        if joined and following is not None and following.cap and text[token.end : following.start] == " ":
            end += 2
            continue
        break
    closing = tokens[end - 1].end
    if not VALUE_END.match(text, closing) and not _SCHOOL_LINE_END.match(text, closing):
        return 0
    if ROLE_AFTER.match(text, closing) or any(possessive_at(text, t) >= 0 for t in tokens[index:end]):
        return 0
    lex = lexicon()
    words = tokens[index:end]
    acronym = any(
        len(t.key) >= 3
        and t.key.isalpha()
        and text[t.start : t.end].isupper()
        and t.key not in lex.given
        and not all(w.upper for w in words)
        for t in words
    )
    return end if acronym or any(t.key in SCHOOL_HEADS for t in words) else 0


# After a school's name on its own line: a comma and a degree or year, a dash, the line's end.
_SCHOOL_LINE_END = re.compile(r"[ \t]*(?:,|[-–—|]|\(|$)", re.MULTILINE)


# A hospital's or a health system's head, or a saint's: "Christiana Care", "Sutter Health", "St. Jude".
_CARE_HEADS = frozenset("health healthcare care clinic clinics hospital hospitals medical".split())
_SAINTS = frozenset("st saint ste san santa".split())


def care_named(words: list[Token]) -> bool:
    return words[-1].key in _CARE_HEADS or words[0].key in _SAINTS


def thing_word(text: str, word: Token) -> bool:
    """A dictionary or product word that is no given name ("Yonder"; not "Blue"), or a word with a digit or an inner
    capital ("BluOne"). Every word of a run must be one: "Nurlan Nurpeisov Design" is a freelancer's own name and
    a word (review S1 on 6943fd5)."""
    lex = lexicon()
    if word.key in lex.given:
        return False
    inner = any(c.isupper() for c in text[word.start + 1 : word.end]) and not word.upper
    return word.key in lex.english or word.key in lex.tech or inner or any(c.isdigit() for c in word.key)
