"""Redaction before anything is embedded or indexed: who a person is must not move their score.

Names (the candidate's own, then any first name + surname, titled name or listed first name), contact
details, links, addresses, dates of birth, ages and graduation years are replaced by typed placeholders;
gendered pronouns and terms are rewritten neutrally. The original text is kept on the record for display;
only the redacted text reaches the encoder, the lexical index and the skill reader.

Redaction is deterministic and idempotent: ``redact(redact(t)) == redact(t)``. The person-name lists are
the US Census first- and last-name lists shipped in the ``names`` package (MIT).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

CANDIDATE = "[CANDIDATE]"
PERSON = "[PERSON]"
CONTACT = "[CONTACT]"
DATE = "[DATE]"
AGE = "[AGE]"

# Listed first names that are also everyday words, tech terms or places in job texts; never redacted alone.
_COMMON_WORDS_TEXT = """
    will may mark grace joy summer faith hope bill rose june april august art chase dean drew frank gene guy
    jack jean lane max miles nick pat ray rich rob roy sue ted van wade ward bob carol christian crystal dawn
    destiny diamond eve fern ginger harmony holly iris ivy jade jewel lily misty page paris pearl penny ruby
    sandy sky star stormy sunny violet angel major king julia ada sage ember hazel august autumn river rock
    stone sterling price young long hall wood green black white brown gray grey hill lee park story early love
    case young see spring cassandra jasmine karma alexa luigi
"""
_COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam)\.?"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|io|net|org|dev|me|co|in)/\S*", re.IGNORECASE)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|\S+\.(?:jpe?g|png|gif|webp|heic)\b", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,30}\b")
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?!\w)")
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
_AGE_PROXY = re.compile(r"\b(?:digital native|recent grad(?:uate)?|young and energetic)\b", re.IGNORECASE)

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
    "steward": "flight attendant",
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
_NEUTRAL_WORD = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _NEUTRAL), key=len, reverse=True)) + r")\b", re.IGNORECASE
)
# "her" is "them" before these words or punctuation, "their" before a noun phrase ("her code").
_HER_OBJECT_NEXT_TEXT = """
    about above after again against along among and around as at because before behind below beside between but
    by directly down during for from if in into like near next nor of off on once or out over past quite since
    so than that the then these this those though through to too toward towards under until up upon very via was
    well when where whether which while who why with within without yet a an back again how what
"""
_HER_OBJECT_NEXT = frozenset(_HER_OBJECT_NEXT_TEXT.split())
_HER = re.compile(r"\b(her)\b(\s*)([A-Za-z'-]*)", re.IGNORECASE)
_AFFINITY = re.compile(r"\b(?:[Ww]omen|[Ww]oman|[Mm]en)\s+(?:in|of)\s+[A-Z]\w*(?:\s+[A-Z]\w*)*")
_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_PUNCT = re.compile(r" +([,.;:!?)])")


@cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """Census first names (both sexes) and last names, lowercase."""
    root = resources.files("names")

    def read(name: str) -> frozenset[str]:
        return frozenset(line.split()[0].lower() for line in root.joinpath(name).read_text().splitlines() if line)

    return read("dist.male.first") | read("dist.female.first"), read("dist.all.last")


def _cased(word: str, template: str) -> str:
    if not word:
        return word
    return word[0].upper() + word[1:] if template[:1].isupper() else word


def _neutral(match: re.Match[str]) -> str:
    word = match.group(1)
    return _cased(_NEUTRAL[word.lower()], word)


def _her(match: re.Match[str]) -> str:
    word, space, following = match.group(1), match.group(2), match.group(3)
    if not following or following.lower() in _HER_OBJECT_NEXT or following.endswith("ly"):
        return _cased("them", word) + space + following
    return _cased("their", word) + space + following


def _own_name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    tokens: set[str] = set()
    for name in names:
        for token in re.findall(r"[^\W\d_][\w'-]*", name):
            if len(token) > 1 and token.lower() not in ("mr", "mrs", "ms", "dr", "jr", "sr"):
                tokens.add(token)
    if not tokens:
        return None
    # Title Case or UPPER CASE only: a candidate named Will must not erase every "will".
    forms = {form for token in tokens for form in (token[0].upper() + token[1:].lower(), token.upper(), token)}
    alternatives = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    one = rf"(?:{alternatives})"
    return re.compile(rf"(?:{_TITLES}\s+)?\b{one}(?:[\s-]+{one})*\b")


def _persons(text: str) -> str:
    first, last = _names()
    capital = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"

    def full(match: re.Match[str]) -> str:
        head = match.group(1)
        tail = match.group(2)
        if head.lower() in first and (tail.lower() in last or head.lower() not in _COMMON_WORDS):
            return PERSON
        return match.group(0)

    text = re.sub(rf"\b{_TITLES}\s+{capital}(?:\s+{capital})?\b", PERSON, text)
    text = re.sub(rf"\b({capital})\s+((?:[A-Z]\.\s+)?{capital})\b", full, text)

    def alone(match: re.Match[str]) -> str:
        word = match.group(0)
        return PERSON if word.lower() in first and word.lower() not in _COMMON_WORDS else word

    return re.sub(rf"\b{capital}\b(?!\s*\])", alone, text)


def redact(text: str, own_names: Iterable[str] = ()) -> str:
    """The text with identity removed and gendered words neutral.

    >>> redact("Lakisha Washington (lakisha@example.com) said she led her team.", ["Lakisha Washington"])
    '[CANDIDATE] ([CONTACT]) said they led their team.'
    """
    text = _EMAIL.sub(CONTACT, text)
    text = _IMAGE.sub("", text)
    text = _URL.sub("", text)
    text = _HANDLE.sub(CONTACT, text)
    text = _STREET.sub(CONTACT, text)
    text = _ZIP.sub(CONTACT, text)
    text = _DOB.sub(DATE, text)
    text = _GRADUATION.sub(DATE, text)
    text = _AGE.sub(AGE, text)
    text = _PHONE.sub(lambda m: CONTACT if sum(c.isdigit() for c in m.group(0)) >= 9 else m.group(0), text)
    text = _AGE_PROXY.sub("", text)
    own = _own_name_pattern(own_names)
    if own is not None:
        text = own.sub(CANDIDATE, text)
    text = _persons(text)
    text = _AFFINITY.sub("[AFFINITY_GROUP]", text)
    text = _HER.sub(_her, text)
    text = _NEUTRAL_WORD.sub(_neutral, text)
    text = _SPACES.sub(" ", text)
    return _SPACE_PUNCT.sub(r"\1", text)
