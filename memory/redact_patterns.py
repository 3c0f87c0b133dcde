"""The fixed patterns of redaction: contact details, dates, ages, gendered words and affinity groups.

Everything here is a regular expression or a word map; names are found in :mod:`memory.redact_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from memory.redact_fp_foreign import foreign_lines

CANDIDATE = "[CANDIDATE]"
PERSON = "[PERSON]"
CONTACT = "[CONTACT]"
DATE = "[DATE]"
AGE = "[AGE]"
AFFINITY_GROUP = "[AFFINITY_GROUP]"

# An apostrophe between letters is part of a name written into an address or handle ("ts'ehtla.t@x.ca").
_EMAIL = re.compile(r"(?:[\w.+-]|['’](?=\w\w))+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|io|net|org|dev|me|co|in)/\S*", re.IGNORECASE)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|\S+\.(?:jpe?g|png|gif|webp|heic)\b", re.IGNORECASE)
# "@lakishaw", "@first.last", "@jean-luc.okafor": a mention's dots and hyphens are part of it (a Slack handle
# "@first.last" must not leave ".last" behind); a dot or hyphen ending the sentence is not.
_HANDLE = re.compile(r"(?<![\w@])@\w(?:(?:[\w.\u0300-\u036f-]|['’](?=\w\w)){0,38}[\w\u0300-\u036f])?")
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?!\w)")
# A phone written as one unbroken run of digits ("4155550134", "+14155550134", "07700900123"): 10-15 digits (E.164's
# longest is 15), 8 or more after a "+", or 7 or more ending in one of the person's own numbers. Shorter runs are
# years, amounts and counts; a run inside a decimal or a thousands-grouped number is not one.
_PHONE_RUN = re.compile(r"(?<![\w+.,])\+?\d{7,15}(?!\w|[.,]\d)")
_STREET = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct"
    r"|Way|Place|Pl|Terrace|Parkway|Pkwy)\b\.?(?:,?\s+(?:Apt|Suite|Unit)\.?\s*\w+)?"
)
_ZIP = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_VALUE = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{4}}|\d{{4}})"
)
_DOB = re.compile(rf"\b(?:born|d\.?o\.?b\.?|date of birth)\b[:\s]*(?:on\s+|in\s+)?{_DATE_VALUE}", re.IGNORECASE)
_AGE = re.compile(
    r"\b\d{1,2}[- ]?(?:years?|yrs?)[- ]?(?:old|young)\b|\b(?:age|aged)\s*:?\s*\d{1,2}\b|\b\d{1,2}\s*(?:yo|y/o)\b",
    re.IGNORECASE,
)
_GRADUATION = re.compile(
    r"\b(?:class of|graduat(?:ed|ing|ion)(?:\s+(?:in|year))?:?|grad\.?(?:\s+year)?:?)\s*'?(?:\d{4}|\d{2})\b",
    re.IGNORECASE,
)
# A degree's year dates a person's birth as closely as a graduation year after its cue: on a line that names a degree
# or a school ("BSc Computer Science, University of Lagos, 2007", "B.Tech, IIT Bombay (2005-09)"), every year from
# 1950 to 2049, with the range it opens, is a [DATE]. Years on other lines (jobs, projects) stay.
# Long words in any case; abbreviations only as written on a degree line, case-sensitive, since "be", "me", "ma" and
# "ms" are English words. "Master" and "degree" only in a degree's shape ("Scrum Master 2019", "360 degree" stay);
# a two-letter abbreviation only before "in"/"of" or punctuation, or before a capitalised field ("BE Computer
# Engineering"), except "MS": on resumes it is Microsoft far more often ("MS SQL Server 2016", "MS Windows Server
# 2012"), so "MS Computer Science 2016" keeps its year (a known miss; "MS in ...", "M.S." are found). A resume written
# on one line (some exports) loses every year on it once it names a degree anywhere.
_DEGREE_WORDS = re.compile(
    r"\b(?:Bachelor|Master(?:'s|s)?\s+(?:of|in|degree)|Master's|Diploma|Degree\s+in|Doctorate|Associate of|University"
    r"|College|Institute|Polytechnic|Universit[éyà]|Universidad|Hochschule|High School|Secondary School|Matric\w*)\b",
    re.IGNORECASE,
)
_DEGREE_ABBREVIATIONS = re.compile(
    r"\b(?:B\.?\s?(?:Sc|Tech|Com|Eng|Ed|Arch|Pharm)|M\.?\s?(?:Sc|Tech|Eng|Ed|Phil|Com)|MBA|BBA|BCA|MCA|Ph\.?\s?D"
    r"|HSC|SSC|GCSE|A[- ]Levels?)\b|(?<![\w.])[BM]\.[AESC]\.(?!\w)"
    r"|\b(?:BA|BS|BE|MA|ME|MS)\b(?=\s*(?:in|of)\b|\s*[,(/–-])"
    r"|\b(?:BA|BS|BE|MA|ME)\s+(?=[A-Z][a-z])"
)
_DEGREE_YEAR = re.compile(
    r"(?<![\w.,/])(?:19[5-9]\d|20[0-4]\d)(?:\s*[-–—]\s*(?:(?:19|20)\d{2}|\d{2})(?!\w))?(?!\w|[.,]\d)"
)
_AGE_PROXY = re.compile(r"\b(?:digital native|recent grad(?:uate)?|young and energetic)\b", re.IGNORECASE)
# What a match of ``_IMAGE`` (without "![") and of ``_URL`` (without "/") must hold; the same flags as theirs.
_IMAGE_END = re.compile(r"\.(?:jpe?g|png|gif|webp|heic)\b", re.IGNORECASE)
_WWW = re.compile(r"www\.", re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # ``\d`` as the patterns use it (any script's digits)

# Gendered words -> neutral words; capitalisation of the first letter is preserved.
_NEUTRAL = {
    "he": "they",
    "she": "they",
    "him": "them",
    "his": "their",
    "hers": "theirs",
    "himself": "themself",
    "herself": "themself",
    "he's": "they're",
    "she's": "they're",
    "he'd": "they'd",
    "she'd": "they'd",
    "he'll": "they'll",
    "she'll": "they'll",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairmen": "chairs",
    "chairwomen": "chairs",
    "salesman": "salesperson",
    "saleswoman": "salesperson",
    "salesmen": "salespeople",
    "saleswomen": "salespeople",
    "businessman": "businessperson",
    "businesswoman": "businessperson",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "foreman": "supervisor",
    "forewoman": "supervisor",
    "waiter": "server",
    "waitress": "server",
    "actress": "actor",
    "stewardess": "flight attendant",
    # not "steward": a shop, union, data or wine steward is no gendered word, and "flight attendant" another trade
    # (OUTSIDE12's class 14, session 14)
    "fraternity": "student organization",
    "sorority": "student organization",
    "husband": "spouse",
    "wife": "spouse",
    "boyfriend": "partner",
    "girlfriend": "partner",
    "mother": "parent",
    "father": "parent",
    "son": "child",
    "daughter": "child",
    "brother": "sibling",
    "sister": "sibling",
    "man": "person",
    "woman": "person",
    "men": "people",
    "women": "people",
    "gentleman": "person",
    "lady": "person",
    "gentlemen": "people",
    "ladies": "people",
    "guy": "person",
    "gal": "person",
    "boy": "child",
    "girl": "child",
    "male": "",
    "female": "",
    "mom": "parent",
    "dad": "parent",
    "maternity": "parental",
    "paternity": "parental",
}
# The same contractions written with a typographic apostrophe: "She’s" is "They’re", not "They’s".
_NEUTRAL |= {key.replace("'", "’"): value.replace("'", "’") for key, value in _NEUTRAL.items() if "'" in key}

_Trie = dict[str, "_Trie"]


def _trie(words: Iterable[str]) -> str:
    """One regular expression for a set of literal words, as a trie: "h(?:e(?:rs(?:elf)?)?|im)" for he, hers,
    herself, him. It matches exactly what the longest-first alternation of the words matches (at each branch
    the longer continuation is tried first, and words that differ at a letter cannot both match), but the
    engine reads each letter once instead of trying every word at every word boundary: 4.5x faster on
    redaction's texts (session 14, ``_gendered`` was 2.4% of ``redact_many``)."""
    root: _Trie = {}  # "" marks a word's end
    for word in words:
        node = root
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def branch(node: _Trie) -> str:
        alternatives = [re.escape(letter) + branch(node[letter]) for letter in sorted(node) if letter]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if "" in node:  # a word ends here: the rest is optional, and greedy, so the longer word is tried first
            return f"(?:{body})?"
        return body

    return branch(root)


_NEUTRAL_WORD = re.compile(r"\b(" + _trie(_NEUTRAL) + r")\b", re.IGNORECASE)
# "her" is "them" before these words or punctuation, "their" before a noun phrase ("her code").
_HER_OBJECT_NEXT_TEXT = """
    about above after again against along among and around as at because before behind below beside between but
    by directly down during for from if in into like near next nor of off on once or out over past quite since
    so than that the then these this those though through to too toward towards under until up upon very via was
    well when where whether which while who why with within without yet a an back again how what
"""
_HER_OBJECT_NEXT = frozenset(_HER_OBJECT_NEXT_TEXT.split())
_HER = re.compile(r"\b(her)\b(\s*)([A-Za-z'-]*)", re.IGNORECASE)
_GROUP = (
    r"(?:[Ww]omen|[Ww]oman|[Mm]en|Girls|Boys|Black|African[- ]American|Hispanic|Latin[oax]s?|Latine|Asian(?: American)?"
    r"|Native American|Indigenous|American Indian|LGBTQ?\+?|Lesbians?|Gay|Queer|Trans|Muslim|Jewish|Sikh|Hindu"
    r"|Catholic|Christian|Veterans?)"
)
# Groups named by sex, race, religion or orientation (the proxy a school or employer name is not): "Women in
# Tech", "Society of Women Engineers", "National Society of Black Engineers", "Black Girls Code".
_AFFINITY = re.compile(
    rf"\b{_GROUP}\s+(?:in|of|Who)\s+[A-Z]\w*(?:\s+[A-Z]\w*)*"
    rf"|\b(?:National\s+)?(?:Society|Association|Alliance|Network|Council|Coalition|Union|Club)\s+(?:of|for)\s+"
    rf"(?:[A-Z]\w+\s+){{0,2}}{_GROUP}(?:\s+[A-Z]\w*)*"
    rf"|\b{_GROUP}(?:\s+[A-Z]\w*){{0,3}}\s+(?:Society|Association|Alliance|Network|Council|Coalition|Union|Club"
    rf"|Engineers|Professionals|Code|Who Code|Who Tech|Leaders|Collective)\b"
    r"|\b(?:NSBE|SHPE|SWE|AISES|oSTEM|MAES|SACNAS|NAAAP|ALPFA|NABA|NBMBAA|NSHMBA|AnitaB\.org)\b"
)
_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_PUNCT = re.compile(r" +([,.;:!?)])")


def _cased(word: str, template: str) -> str:
    if not word:
        return word
    if len(template) > 1 and template.isupper():
        return word.upper()  # "SALESMAN" -> "SALESPERSON", not "Salesperson" (OUTSIDE16: "Person'S" in capitals)
    return word[0].upper() + word[1:] if template[:1].isupper() else word


_PERSONAL = frozenset(
    "he she him his hers himself herself he's she's he'd she'd he'll she'll he’s she’s he’d she’d he’ll she’ll".split()
)
# A capitalised gendered word inside a proper noun names a thing, not a person's sex: "Boy Scouts", "Big Brothers
# Big Sisters", "Mother Jones", "Sons of Norway", "King's College". A name was replaced by then, so a title before
# a person ("Chairwoman [PERSON]") is still made neutral.
_PROPER_NEXT = re.compile(r"(?:['’][sS])?[ \t]+(?:(?:&|AND|and|OF|of|of the)[ \t]+)?[A-Z][\w'’-]*")
_PROPER_BEFORE = re.compile(r"(?<![.!?:;\n]\s)(?<!^)\b[A-Z][\w'’-]*[ \t]+(?:(?:&|and|of|of the)[ \t]+)?$")
# A capitalised word joined by "and"/"&" before it, at a label's or sentence's start too ("Residency: Brigham and
# Women's", session 16: OUTSIDE14 class 14 and review r12_fp's second-pass change): a second capital after "and"
# continues a proper noun; a lone capital opening a sentence ("She") is read by the pattern above.
_PROPER_JOINED = re.compile(r"\b[A-Z][\w'’-]*[ \t]+(?:&|and)[ \t]+$")


def _neutral(match: re.Match[str]) -> str:
    word = match.group(1)
    if word[:1].isupper() and word.lower() not in _PERSONAL:
        text, start, end = match.string, match.start(1), match.end(1)
        before = text[max(0, start - 40) : start]
        if _PROPER_NEXT.match(text, end) or _PROPER_BEFORE.search(before) or _PROPER_JOINED.search(before):
            return word
        # "Trained at Guy's, then ...", "Nurse at Guy's for six years": a place's possessive owns nothing after it;
        # "read Guy's notes", "Forwarded to Guy's manager" (review MUST 1b on 422526c) are left as they were
        possessive = word.lower() in _GIVEN_NOUNS and text[end : end + 2] in _POSSESSIVES
        owned = _OWNED.match(text, end + 2)
        if possessive and (owned is None or owned.group(1) in _NOT_OWNED) and not _OPENED.search(before):
            return word
        following = _NEXT_WORD.match(text, end)
        if following is not None and _modifies(following.group(1)):
            return word  # "Guy ropes", "Man pages": a capitalised noun before a noun names a thing, not a sex
    return _cased(_NEUTRAL[word.lower()], word)


_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)")
# The gendered nouns a given-name list holds (US SSA names): capitalised with a possessive inside a sentence they
# name a place or a firm ("at Guy's", the hospital; review SHOULD, session 17), not a person's sex.
_GIVEN_NOUNS = frozenset("guy gal lady man son boy girl sister".split())
_POSSESSIVES = frozenset(("'s", "’s", "'S", "’S"))
# A sentence's or a line's opening before the word (then the capital says nothing).
_OPENED = re.compile(r"(?:^|[.!?:;\n])[ \t\-•*]*$")
_OWNED = re.compile(r"[ \t]+([a-z]+)")  # a lower-case word after the possessive: what it owns
# ... unless it is a preposition or a conjunction ("at Guy's for six years", "Guy's and St Thomas'").
_NOT_OWNED = frozenset("for in at on with and or then since until from to as by during after before".split())
# What follows a gendered noun that is the subject (or a person in apposition): then it is a person.
_SUBJECT_NEXT = frozenset(
    """is was are were has had have will would can could should may might must did does do said says told asked
    who whom that which and or but of in on at for to with from by as if when while not also then""".split()
)


def _modifies(word: str) -> bool:
    """A lower-case word after a capitalised gendered noun that makes it a modifier: a noun, not a verb."""
    return word not in _SUBJECT_NEXT and not word.endswith(("ed", "ly"))


def _her(match: re.Match[str]) -> str:
    word, space, following = match.group(1), match.group(2), match.group(3)
    if not following or following.lower() in _HER_OBJECT_NEXT or following.endswith("ly"):
        return _cased("them", word) + space + following
    return _cased("their", word) + space + following


def contacts(text: str, literals: tuple[str, ...] = (), phone_tails: frozenset[str] = frozenset()) -> str:
    """Contact details, links, photos, addresses, birth dates, ages and graduation years as placeholders.

    >>> contacts("Call +1 617-555-0199 or mail a@b.io; born 1985, aged 38.")
    'Call [CONTACT] or mail [CONTACT]; [DATE], [AGE].'
    >>> contacts("Call 4155550134 or +447700900123; 12000000 rows, pi 3.14159265358.")
    'Call [CONTACT] or [CONTACT]; 12000000 rows, pi 3.14159265358.'
    """
    for literal in literals:
        text = re.sub(rf"(?<![\w.@]){re.escape(literal)}(?![\w])", CONTACT, text, flags=re.IGNORECASE)
    # Each pattern below runs only when the text holds what every match of it must hold (an "@", a "/", a digit):
    # the same output, without scanning most texts with patterns that try at every position (session 14: the
    # e-mail, image and link patterns were 4% of redaction's time on texts that hold none).
    if "@" in text:
        text = _EMAIL.sub(CONTACT, text)
    if "![" in text or _IMAGE_END.search(text):
        text = _IMAGE.sub("", text)
    if "/" in text or _WWW.search(text):
        text = _URL.sub("", text)
    if "@" in text:
        text = _HANDLE.sub(CONTACT, text)
    if _DIGIT.search(text) is None:
        return _AGE_PROXY.sub("", text)  # an address, zip code, date, age and phone number each hold a digit
    text = _STREET.sub(CONTACT, text)
    text = _ZIP.sub(CONTACT, text)
    text = _DOB.sub(DATE, text)
    text = _GRADUATION.sub(DATE, text)
    text = _degree_years(text)
    text = _AGE.sub(AGE, text)

    def phone(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        return CONTACT if len(digits) >= 9 or (len(digits) >= 7 and digits[-7:] in phone_tails) else match.group(0)

    def phone_run(match: re.Match[str]) -> str:
        run = match.group(0)
        digits = run.lstrip("+")
        long_enough = len(digits) >= 10 or (run.startswith("+") and len(digits) >= 8)
        return CONTACT if long_enough or digits[-7:] in phone_tails else run

    text = _PHONE.sub(phone, text)
    text = _PHONE_RUN.sub(phone_run, text)
    return _AGE_PROXY.sub("", text)


def _degree_years(text: str) -> str:
    r"""Years on the lines that name a degree or a school as ``[DATE]`` (see ``_DEGREE_WORDS``).

    >>> _degree_years("Led ETL, 2019-2021\nBSc Physics, University of Ghana, 2007-11")
    'Led ETL, 2019-2021\nBSc Physics, University of Ghana, [DATE]'
    """
    if not _DEGREE_YEAR.search(text):  # most texts hold no year: no split, no per-line scans on the ingest path
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _DEGREE_YEAR.search(line) and (_DEGREE_WORDS.search(line) or _DEGREE_ABBREVIATIONS.search(line)):
            lines[i] = _DEGREE_YEAR.sub(DATE, line)
    return "\n".join(lines)


def affinity(text: str) -> str:
    """Groups named by sex, race, religion or orientation become ``[AFFINITY_GROUP]``."""
    return _AFFINITY.sub(_affinity_group, text)


_BOTH_SEXES = re.compile(r"\b(?:Boys|Men|Brothers)[ \t]+(?:&|and)[ \t]+$")


def _affinity_group(match: re.Match[str]) -> str:
    # "Boys & Girls Club", "Men and Women of ...": a group that names both sexes states neither.
    if _BOTH_SEXES.search(match.string, max(0, match.start() - 16), match.start()):
        return match.group(0)
    return AFFINITY_GROUP


def _gendered(text: str) -> str:
    return _NEUTRAL_WORD.sub(_neutral, _HER.sub(_her, text))


def neutral(text: str) -> str:
    """Gendered pronouns and terms rewritten neutrally; spacing tidied.

    >>> neutral("She told her chairman she'd call him.")
    "They told their chair they'd call them."
    """
    foreign = foreign_lines(text)
    if not foreign:
        text = _gendered(text)
    else:
        # A line in another language keeps its words: French "son parcours" and German "man sollte" are no
        # English "son" or "man" (session 12's blind tester, class F8).
        pieces, at = [], 0
        for start, end in foreign:
            pieces += [_gendered(text[at:start]), text[start:end]]
            at = end
        text = "".join([*pieces, _gendered(text[at:])])
    text = _SPACES.sub(" ", text)
    return _SPACE_PUNCT.sub(r"\1", text)
