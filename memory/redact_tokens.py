"""Words of a text as redaction sees them: tokens, their class by the name lists, and capitalised runs.

Each word is classed by the lists in :mod:`memory.redact_lexicon`:

- ``NAME``: a given or family name that is not an ordinary word (Priya, Okafor, Lakisha);
- ``AMBIG``: a name that is also an ordinary word, place, employer or product (Grant, Austin, Jenkins);
- ``WORD``: an ordinary word that no list holds as a name;
- ``UNKNOWN``: in no list at all (Raghunathan, Acothley): perhaps a name of an origin the lists miss.

Keep phrases ("Chase Bank", "Taylor series") and organisation names ("Howard University") are marked
protected here, before any rule looks for names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import IntEnum
from operator import attrgetter

from memory.redact_lexicon import KEEP_PHRASES, NAME_ABBREVIATIONS, ORGS, PARTICLES, PLACES, TITLES, Lexicon

# A word: letters and the combining marks written on them ("i̇hsanoğlu", lower-cased from "İhsanoğlu", carries
# U+0307, which is no letter to ``\w``), joined by apostrophes or hyphens. Runs of letters and runs of marks are
# taken whole and never given back (``++``, ``*+``): the two classes and the joiners are disjoint, so nothing
# after a run could match what it gave back, and the words found are the same as one character at a time would
# find them, at two thirds of the cost (session 14).
TOKEN = re.compile(r"[^\W_](?:[^\W_]++|[\u0300-\u036f]++)*+(?:['’-][^\W_](?:[^\W_]++|[\u0300-\u036f]++)*+)*+")


_ORG_SUFFIX = (
    r"University|College|Bank|Hospital|Institute|School|Academy|Foundation|Labs?|Technologies|Systems|Solutions"
    r"|Partners|Associates|Capital|Consulting|Center|Centre|Clinic|Museum|Library|Agency|Services|Healthcare"
    r"|Insurance|Group|Inc|Incorporated|LLC|LLP|Ltd|Corp|Corporation|Company|Co|Holdings|Industries|Enterprises|Ventures"
    r"|Society|Association|Council|Club|Church|Seminary|Polytechnic|Conservatory|Airlines|Motors|Pharma"
    r"|Pharmaceuticals|Software|Networks|Media|Studios|Bancorp|Trust|Securities|Investments|Logistics"
    r"|State|Electric|Electronics|Controls|Instruments|Aerospace|Energy|Chemicals?|Steel|Foods|Brands|Stores"
    r"|Automotive|Financial|Airport|Laboratories|Laboratory|Limited|Pvt|Bancshares|Broking|Finance|Mills?|Refinery"
    r"|Medical"
)


# A capitalised word of an organisation's name; a dot only inside it ("J.P.") or after an abbreviation (three
# letters at most, no vowel after the capital, or a listed one: "St.", "Smt.", "Govt.", "Univ."), never a
# sentence's full stop: "Interviewer: Trust Moyo. Trust thinks" is no "Moyo. Trust" (a trust).
_CAP = (
    r"(?:[A-Z](?:\.[A-Z])*\.|[A-Z][a-z]{1,2}\.|[A-Z][b-df-hj-np-tv-z]+\.|(?:Inst|Univ|Intl|Assoc|Bros|Corp|Tech|Engg|Govt|Natl|Dept)\."
    r"|[A-Z][\w'’-]*(?:\.[\w'’-]+)*|&)"
)


# Three shapes, each opening at a word boundary on a capital or "&" (a capitalised word, a suffix, "&"): the
# boundary and that first character are tested once at each position, before the shapes are tried (session 14:
# the same matches as three alternatives that each tested the boundary, at three quarters of the cost).
_ORGS = re.compile(
    rf"\b(?=[A-Z&])(?:(?:{_CAP}[ \t]+){{1,4}}(?:{_ORG_SUFFIX}|(?i:{_ORG_SUFFIX})(?<=[A-Z]{{2}}))\b\.?"
    rf"|(?:{_ORG_SUFFIX})[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?(?:{_CAP}[ \t]*){{1,4}}"
    r"|[A-Z][\w'’]+[ \t]+&[ \t]+[A-Z][\w'’]+\b)"
)


_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d|t)$", re.IGNORECASE)


_DAY_OR_YEAR = re.compile(r"\.?,?\s*'?\d")


MONTHS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec june july august april march".split())


class Kind(IntEnum):
    WORD = 0
    UNKNOWN = 1
    AMBIG = 2
    NAME = 3


@dataclass
class Token:
    start: int
    end: int  # without a possessive 's
    key: str
    cap: bool
    upper: bool
    kind: Kind = Kind.WORD
    protected: bool = False
    person: bool = False
    own: bool = False
    spelled: Kind = Kind.WORD  # the kind before short capitals were taken for acronyms
    accented: bool = False  # written with letters the key folds ("Tô", "Bế", "Mỹ"): never an English word
    why: str = ""  # the rule that found a person here, for audits


def mark(token: Token, why: str) -> None:
    token.person = True
    token.why = why


def key_of(word: str) -> str:
    """Lower case, no apostrophes, no accents: "O'Brien" is "obrien", "María" is "maria"."""
    key = word.lower().replace("'", "").replace("’", "")
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


# "tSaoir", "bhFlaithearta", "nGael": an Irish initial mutation before a capital.
_ECLIPSED = re.compile(r"^(?:t|n|h|bh|mb|gc|nd|ng|bp|dt|ts)[A-ZÁÉÍÓÚ]")


def _capitalised(word: str) -> bool:
    """A capital first letter, or a name that starts with a lower-case particle or mutation before a capital:
    "al-Rashid", "el-Sayed", "bin-Talal", "tSaoir"; never "iPhone" or "eBay" (one letter before the capital)."""
    if word[0].isupper():
        return True
    head, _, rest = word.partition("-")
    if rest[:1].isupper() and head.lower() in PARTICLES:
        return True
    return _ECLIPSED.match(word) is not None and not word[1:].isupper()


def _kind(key: str, lex: Lexicon) -> Kind:
    kind = lex.kinds.get(key)
    if kind is None:
        kind = lex.kinds[key] = _classify(key, lex)
    return _KINDS[kind]


_KINDS = tuple(Kind)  # by value: ``Kind(n)`` goes through the enum's lookup machinery, once per word of every text


def _classify(key: str, lex: Lexicon) -> Kind:
    parts = key.split("-") if "-" in key else [key]
    named = [p in lex.given or p in lex.family for p in parts]
    ordinary = [
        p in lex.ordinary or p in lex.tech or p in PLACES or p in ORGS or len(p) < 2 or p in PARTICLES for p in parts
    ]
    if len(parts) > 1:
        # "Al-Hassan", "Jae-won", "Jean-Pierre" vs "Full-Stack", "Co-Founder", "Young-ho": a name part, and
        # not every part a dictionary word.
        english = [p in lex.english or p in PARTICLES for p in parts]
        if any(p in lex.tech and len(p) > 3 for p in parts):
            return Kind.AMBIG if any(named) else Kind.WORD  # "HANA-Python", "Debian-Kali"
        if all(named):
            # "Sung-min", "Young-ho", "Mary-Kate"; but "Back-end", "Self-starter", "Monday-Friday" are words.
            return Kind.AMBIG if all(p in lex.ordinary for p in parts) else Kind.NAME
        if any(named):
            return Kind.AMBIG if all(english) else Kind.NAME
        return Kind.WORD if all(ordinary) or all(english) else Kind.UNKNOWN
    if named[0]:
        return Kind.AMBIG if ordinary[0] else Kind.NAME
    return Kind.WORD if ordinary[0] else Kind.UNKNOWN


@dataclass
class Analysis:
    """One text's tokens and decisions; ``uncertain`` lists indexes the model must decide."""

    text: str
    tokens: list[Token]
    uncertain: list[int] = field(default_factory=list)
    places: frozenset[str] = frozenset()
    shown: str = ""  # the text as written, when ``text`` is a re-cased copy of it (same length) for deciding


def tokenize(text: str, lex: Lexicon, own: frozenset[str] = frozenset()) -> list[Token]:
    tokens = []
    reads = _reads(lex)
    for match in TOKEN.finditer(text):
        start, word = match.start(), match.group(0)
        if start and text[start - 1] in "[_@":
            continue  # placeholders ([PERSON]) and handles are not names
        read = reads[word] if word in reads else _read(word, lex, reads)
        if read is None:
            continue  # "J2EE"; "I'm", "don't", "we'll"
        core, key, upper, kind, cap, accented = read
        if key == "w" and text[start + 1 : start + 2] == "/" and not text[start + 2 : start + 3].isalnum():
            key, core = "with", "w/"  # chat shorthand "sync w/ priya": the cue "with" (not "w/o")
            upper, kind, cap, accented = False, _kind(key, lex), False, False  # as "w/" reads
        date = key in MONTHS and _DAY_OR_YEAR.match(text, start + len(core)) is not None
        if date:
            kind = Kind.WORD  # "Jan 2016", "Jun '19"
        tokens.append(
            Token(
                start=start,
                end=start + len(core),
                key=key,
                cap=cap,
                upper=upper,
                # "JSON", "MIS", "BO": short capitals are acronyms, unless a whole line of them ("WEI LI").
                kind=Kind.WORD if upper and len(core) <= 4 and kind is not Kind.WORD else kind,
                own=key in own or ("-" in key and all(p in own or p in PARTICLES for p in key.split("-"))),
                spelled=kind,
                accented=accented,
                # A month before a day or year is a date, even when someone here is named May or June.
                protected=date,
            )
        )
    return tokens


_Read = tuple[str, str, bool, Kind, bool, bool]  # core, key, upper, kind, capitalised, accented
# What a word's letters alone decide (None: no name can be read in it), by the word as written, for the lexicon
# it was read with. The same words recur in every text ("the", "with", a team's names): read once, not once per
# occurrence (session 14: reading each word was 8% of redaction's time on the bench's notes). A new dict, never
# a cleared one, for another lexicon (a test may build one) or past _READ_MAX words: a thread still reading the
# old one finds it whole.
_READS: list[tuple[Lexicon, dict[str, _Read | None]]] = []
_READ_MAX = 50_000  # distinct spellings; a few MB (a day of notes holds some thousands)


def _reads(lex: Lexicon) -> dict[str, _Read | None]:
    held = _READS[0] if _READS else None
    if held is None or held[0] is not lex or len(held[1]) > _READ_MAX:
        held = (lex, {})
        _READS[:] = [held]
    return held[1]


def _read(word: str, lex: Lexicon, reads: dict[str, _Read | None]) -> _Read | None:
    read: _Read | None
    if (not word.isalpha() and any(c.isdigit() for c in word)) or (
        ("'" in word or "’" in word) and _CONTRACTION.search(word)  # the pattern needs an apostrophe
    ):
        read = None
    else:
        core = word[:-2] if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS" else word
        key = key_of(core)
        read = (core, key, core.isupper() and len(core) > 1, _kind(key, lex), _capitalised(core), not core.isascii())
    reads[word] = read
    return read


def protect_phrases(text: str, tokens: list[Token], lex: Lexicon | None = None) -> None:
    """Keep phrases (any case) and organisation names are never removed; with ``lex``, a given name before a
    suffix that is also a family name ("Austin Church", "Jordan Mills") is left to the name rules."""
    for index, token in enumerate(tokens):
        for phrase in _PHRASE_STARTS.get(token.key, ()):
            words = [t.key for t in tokens[index : index + len(phrase)]]
            if words == phrase:
                for t in tokens[index : index + len(phrase)]:
                    t.protected = True
    found = [_org_span(text, m.start(), m.end()) for m in _ORGS.finditer(text)]
    spans = iter([(a, b) for a, b in found if b > a and (lex is None or not _named_org(text[a:b], lex))])
    span = next(spans, None)
    for token in tokens:  # tokens and spans are both in text order
        while span is not None and span[1] <= token.start:
            span = next(spans, None)
        if span is None:
            break
        if span[0] <= token.start:
            token.protected = True


# The keep phrases by their first word, built once (it was built on every call: 2% of redaction's time).
_PHRASE_STARTS: dict[str, list[list[str]]] = {}
for _phrase in KEEP_PHRASES:
    _PHRASE_STARTS.setdefault(_phrase[0], []).append(_phrase)

_SURNAME_SUFFIXES = frozenset("church mills mill banks steel trust".split())
# Labels and cues that open a line or sentence before a name, never an organisation's first word: "Referee Trust
# Moyo says" is no "Referee Trust" (a trust), "Interviewer Blessing Bank" no bank.
_NOT_ORG_WORDS = frozenset(
    """referee reference interviewer reviewer candidate applicant recruiter manager panelist owner contact cc
    thanks thank hi hello hey dear welcome both either per with and or by from met asked""".split()
)


def _org_span(text: str, start: int, end: int) -> tuple[int, int]:
    """An organisation match without the label words opening it; empty when only its suffix is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while len(words) > 1 and key_of(words[0].group().rstrip(":,.")) in _NOT_ORG_WORDS:
        words.pop(0)
    if len(words) < 2 and text[start:end].split()[0] != words[0].group():
        return start, start  # "Referee Trust": a label and a suffix
    return start + words[0].start(), end


def _named_org(phrase: str, lex: Lexicon) -> bool:
    """ "Austin Church", "Jordan Mills": two words, a given name and a suffix that is also a family name."""
    words = phrase.rstrip(".").split()
    if len(words) != 2:
        return False
    first, last = key_of(words[0].rstrip(".")), key_of(words[1])
    titled = first in TITLES  # "Mr. Church answered"
    return last in _SURNAME_SUFFIXES and (titled or (first in lex.given and first not in ORGS))


def joined(text: str, left: Token, right: Token) -> bool:
    """Two words of one name: only spaces, a hyphen, or an initial's dot between them."""
    gap = text[left.end : right.start]
    if left.end < right.start and text[left.end : left.end + 2] in ("'s", "’s"):
        return False
    # A dot joins only after an initial, a title or a shortened name ("P. Raghunathan", "Dr. Okafor", "Abd. Rahman"),
    # never across sentences.
    dots = " .-\t" if len(left.key) == 1 or left.key in TITLES or shortened_name(text, left) else " -\t"
    if "-" in gap and (" " in gap or "\t" in gap):
        return False  # "Python- Exprience - Less": a dash with spaces separates; a name's hyphen has none
    return len(gap) <= 3 and gap.strip(dots) == "" and "\n" not in gap


def shortened_name(text: str, token: Token) -> bool:
    """A shortened name written in title case before its full stop ("Abd.", "Ma.", "Wm."; not "MA." or "ma.")."""
    return (
        token.key in NAME_ABBREVIATIONS
        and text[token.start].isupper()
        and text[token.start + 1 : token.end].islower()
        and text[token.end : token.end + 1] == "."
    )


_PROTECTED = attrgetter("protected")
# The last text's runs: several layers ask for them in a row, and they change only when a word is protected.
_LAST_RUNS: tuple[list[Token], str, int, list[list[int]]] | None = None


def runs(text: str, tokens: list[Token]) -> list[list[int]]:
    """Runs of capitalised words (with particles and initials inside), as token indexes (do not modify)."""
    global _LAST_RUNS
    kept = sum(map(_PROTECTED, tokens))
    last = _LAST_RUNS
    if last is not None and last[0] is tokens and last[1] is text and last[2] == kept:
        return last[3]
    found = _runs(text, tokens)
    _LAST_RUNS = (tokens, text, kept, found)
    return found


def _runs(text: str, tokens: list[Token]) -> list[list[int]]:
    runs: list[list[int]] = []
    current: list[int] = []
    for index, token in enumerate(tokens):
        if token.cap and not token.protected:
            if current and joined(text, tokens[current[-1]], token):
                current.append(index)
                continue
            if current:
                runs.append(current)
            current = [index]
        elif current and token.key in PARTICLES and not token.cap and joined(text, tokens[current[-1]], token):
            ahead = index + 1
            while ahead < len(tokens) and tokens[ahead].key in PARTICLES and not tokens[ahead].cap:
                ahead += 1
            if ahead < len(tokens) and tokens[ahead].cap:
                current.append(index)  # "de" and "la" in "Ana de la Cruz"
            else:
                runs.append(current)
                current = []
        elif not current and token.key in PARTICLES and not token.cap and _leads_name(text, tokens, index):
            current = [index]  # "Per de Vries,", "Applicant: van den Heuvel, Sjoerd"
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    # A run that is only particles ("de" in "Per de ...") is no run.
    return [run for run in runs if any(tokens[i].cap for i in run)]


# Before a family name that opens with a particle: "Per de Vries", "Ms. van Dijk", "Applicant: de Jong".
_PARTICLE_LEADS = frozenset("per by with cc thanks dear according to".split()) | TITLES


def _leads_name(text: str, tokens: list[Token], index: int) -> bool:
    """Lower-case particles opening a name: then a capitalised word, at a sentence start or after a cue."""
    ahead = index
    while ahead < len(tokens) and tokens[ahead].key in PARTICLES and not tokens[ahead].cap:
        ahead += 1
    if ahead == len(tokens) or ahead - index > 3 or not tokens[ahead].cap:
        return False
    if any(not joined(text, tokens[i], tokens[i + 1]) for i in range(index, ahead)):
        return False
    before = tokens[index - 1] if index else None
    if sentence_start(text, tokens[index]):
        return True
    return before is not None and before.key in _PARTICLE_LEADS and near(text, before, tokens[index])


def sentence_start(text: str, token: Token) -> bool:
    before = text[max(0, token.start - 3) : token.start]
    if token.start == 0 or before.strip() == "":
        return True
    if not _SENTENCE_END.search(before):
        return False
    # "Abd. Rahman", "Muhd. Hafiz": the full stop of a shortened name ends no sentence.
    shortened = _ABBREVIATED.search(text, max(0, token.start - 8), token.start)
    return shortened is None or shortened.group(1).lower() not in NAME_ABBREVIATIONS


_SENTENCE_END = re.compile(r"(?:[.!?:;•|]\s*|\n\s*)$")
# A capitalised shortened name right before the word (``NAME_ABBREVIATIONS``: at most 4 letters, the dot, a space).
_ABBREVIATED = re.compile(r"(?<![\w.])([A-Z][a-z]{1,3})\. ?$")


def near(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return len(gap) <= 2 and gap.strip(" ,") == ""
