"""Finding people's names in text: the candidate's own identity, name lists gated by context, then NER.

Each word is classed by the lists in :mod:`memory.redact_lexicon`:

- ``NAME``: a given or family name that is not an ordinary word (Priya, Okafor, Lakisha);
- ``AMBIG``: a name that is also an ordinary word, place, employer or product (Grant, Austin, Jenkins);
- ``WORD``: an ordinary word that no list holds as a name;
- ``UNKNOWN``: in no list at all (Raghunathan, Acothley): perhaps a name of an origin the lists miss.

Capitalised words are grouped into runs ("Ana de la Cruz", "P. Raghunathan"). A run with a ``NAME`` in it
is a person, except for its ordinary words; a run of names only ("Grant Hunter") is a person; a title
("Dr.") makes one. ``NAME`` words in lower case are removed alone. What is left uncertain (an ``AMBIG``
or ``UNKNOWN`` capitalised word) is decided by the named-entity model, on a short window of text.
Multi-word keep phrases ("Chase Bank", "Taylor series"), organisations ("Howard University") and
place cues ("moved to Austin") protect ordinary words first.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum

from memory.redact_lexicon import (
    DETERMINERS,
    EPONYM_HEADS,
    KEEP_PHRASES,
    MINOR_PLACES,
    MOVE_VERBS,
    NICKNAMES,
    ORGS,
    PARTICLES,
    PERSON_CUES_AFTER,
    PERSON_CUES_BEFORE,
    PERSON_HINTS,
    PERSON_VERBS_AFTER,
    PERSON_VERBS_BEFORE,
    PLACE_CUES,
    PLACES,
    STRONG_PLACE_CUES,
    TITLES,
    Lexicon,
    lexicon,
)

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_ORG_SUFFIX = (
    r"University|College|Bank|Hospital|Institute|School|Academy|Foundation|Labs?|Technologies|Systems|Solutions"
    r"|Partners|Associates|Capital|Consulting|Center|Centre|Clinic|Museum|Library|Agency|Services|Healthcare"
    r"|Insurance|Group|Inc|LLC|LLP|Ltd|Corp|Corporation|Company|Co|Holdings|Industries|Enterprises|Ventures"
    r"|Society|Association|Council|Club|Church|Seminary|Polytechnic|Conservatory|Airlines|Motors|Pharma"
    r"|Pharmaceuticals|Software|Networks|Media|Studios|Bancorp|Trust|Securities|Investments|Logistics"
    r"|State|Electric|Electronics|Controls|Instruments|Aerospace|Energy|Chemicals?|Steel|Foods|Brands|Stores"
    r"|Automotive|Financial|Airport"
)
_CAP = r"(?:[A-Z][\w'’.-]*|&)"
_ORGS = re.compile(
    rf"\b(?:{_CAP}[ \t]+){{1,4}}(?:{_ORG_SUFFIX}|(?i:{_ORG_SUFFIX})(?<=[A-Z]{{2}}))\b\.?"
    rf"|\b(?:{_ORG_SUFFIX})[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?(?:{_CAP}[ \t]*){{1,4}}"
    r"|\b[A-Z][\w'’]+[ \t]+&[ \t]+[A-Z][\w'’]+\b"
)
_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d|t)$", re.IGNORECASE)
_DAY_OR_YEAR = re.compile(r"\.?,?\s*'?\d")
MONTHS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec june july august april march".split())
_WHO = re.compile(r",?\s+who\b")
_SENTENCE_END = re.compile(r"[.!?]\s|[\n:;•|]")


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
    why: str = ""  # the rule that found a person here, for audits


@dataclass(frozen=True)
class Identity:
    """What the record says about who the person is; everything here is removed from their texts.

    >>> Identity.of(names=["Priya Raghunathan"], emails=["priya.r@example.com"]).keys()
    frozenset({'priya', 'raghunathan'})
    """

    names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()

    @classmethod
    def of(
        cls,
        names: Iterable[str] = (),
        emails: Iterable[str] = (),
        phones: Iterable[str] = (),
        urls: Iterable[str] = (),
    ) -> Identity:
        return cls(tuple(names), tuple(emails), tuple(phones), tuple(urls))

    @classmethod
    def from_candidate(cls, candidate: object) -> Identity:
        """The identity a :class:`memory.Candidate` carries: name, emails, phones and links (if any)."""
        name = getattr(candidate, "name", None)
        links = getattr(candidate, "links", None) or ()
        return cls.of(
            [name] if name else [],
            getattr(candidate, "emails", None) or (),
            getattr(candidate, "phones", None) or (),
            [str(link) for link in links],
        )

    def keys(self) -> frozenset[str]:
        """Lower-case words that name the person: name parts, nicknames, email local parts, handles."""
        out: set[str] = set()
        for name in self.names:
            for part in _TOKEN.findall(name):
                for piece in [part, *part.split("-")]:
                    key = key_of(piece)
                    # "de" in "Ana de la Cruz" is a particle; "Le" in "Minh Le" is a family name.
                    if len(key) > 1 and key not in TITLES and (key not in PARTICLES or piece[:1].isupper()):
                        out.add(key)
                        out.update(NICKNAMES.get(key, "").split())
                        out.update(full for full, short in NICKNAMES.items() if key in short.split())
        for email in self.emails:
            local = email.split("@", 1)[0]
            out.update(key_of(p) for p in re.split(r"[._+\-\d]+", local) if len(p) > 2)
            out.add(key_of(local))
        for url in self.urls:
            handle = url.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
            if len(handle) > 2:
                out.add(key_of(handle))
        return frozenset(k for k in out if k)

    def literals(self) -> tuple[str, ...]:
        """Exact strings to remove before anything else: emails, URLs, handles; longest first."""
        found = {*self.emails, *self.urls}
        for url in self.urls:
            handle = url.rstrip("/").rsplit("/", 1)[-1]
            if len(handle) > 2:
                found.add("@" + handle.lstrip("@"))
        return tuple(sorted((f for f in found if f), key=len, reverse=True))

    def phone_tails(self) -> frozenset[str]:
        """The last 7 digits of each phone, so local forms ("555-0199") are found too."""
        tails = {re.sub(r"\D", "", phone)[-7:] for phone in self.phones}
        return frozenset(t for t in tails if len(t) == 7)


def _mark(token: Token, why: str) -> None:
    token.person = True
    token.why = why


def key_of(word: str) -> str:
    """Lower case, no apostrophes, no accents: "O'Brien" is "obrien", "María" is "maria"."""
    key = word.lower().replace("'", "").replace("’", "")
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def _kind(key: str, lex: Lexicon) -> Kind:
    kind = lex.kinds.get(key)
    if kind is None:
        kind = lex.kinds[key] = _classify(key, lex)
    return Kind(kind)


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
            return Kind.NAME  # "Sung-min", "Young-ho", "Mary-Kate"
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


def tokenize(text: str, lex: Lexicon, own: frozenset[str] = frozenset()) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        start, word = match.start(), match.group(0)
        if (start and text[start - 1] in "[_@") or (not word.isalpha() and any(c.isdigit() for c in word)):
            continue  # placeholders ([PERSON]), handles and "J2EE" are not names
        if _CONTRACTION.search(word):
            continue  # "I'm", "don't", "we'll"
        core = word[:-2] if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS" else word
        key = key_of(core)
        upper = core.isupper() and len(core) > 1
        kind = _kind(key, lex)
        if key in MONTHS and _DAY_OR_YEAR.match(text, start + len(core)):
            kind = Kind.WORD  # "Jan 2016", "Jun '19"
        tokens.append(
            Token(
                start=start,
                end=start + len(core),
                key=key,
                cap=core[0].isupper(),
                upper=upper,
                # "JSON", "MIS", "BO": short capitals are acronyms, unless a whole line of them ("WEI LI").
                kind=Kind.WORD if upper and len(core) <= 4 and kind is not Kind.WORD else kind,
                own=key in own or ("-" in key and all(p in own or p in PARTICLES for p in key.split("-"))),
                spelled=kind,
            )
        )
    return tokens


def _protect_phrases(text: str, tokens: list[Token]) -> None:
    """Keep phrases (any case) and organisation names are never removed."""
    starts: dict[str, list[list[str]]] = {}
    for phrase in KEEP_PHRASES:
        starts.setdefault(phrase[0], []).append(phrase)
    for index, token in enumerate(tokens):
        for phrase in starts.get(token.key, ()):
            words = [t.key for t in tokens[index : index + len(phrase)]]
            if words == phrase:
                for t in tokens[index : index + len(phrase)]:
                    t.protected = True
    spans = iter([(m.start(), m.end()) for m in _ORGS.finditer(text)])
    span = next(spans, None)
    for token in tokens:  # tokens and spans are both in text order
        while span is not None and span[1] <= token.start:
            span = next(spans, None)
        if span is None:
            break
        if span[0] <= token.start:
            token.protected = True


def _joined(text: str, left: Token, right: Token) -> bool:
    """Two words of one name: only spaces, a hyphen, or an initial's dot between them."""
    gap = text[left.end : right.start]
    if left.end < right.start and text[left.end : left.end + 2] in ("'s", "’s"):
        return False
    # A dot joins only after an initial or a title ("P. Raghunathan", "Dr. Okafor"), never across sentences.
    dots = " .-\t" if len(left.key) == 1 or left.key in TITLES else " -\t"
    return len(gap) <= 3 and gap.strip(dots) == "" and "\n" not in gap


def _runs(text: str, tokens: list[Token]) -> list[list[int]]:
    """Runs of capitalised words (with particles and initials inside), as token indexes."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index, token in enumerate(tokens):
        if token.cap and not token.protected:
            if current and _joined(text, tokens[current[-1]], token):
                current.append(index)
                continue
            if current:
                runs.append(current)
            current = [index]
        elif current and token.key in PARTICLES and not token.cap and _joined(text, tokens[current[-1]], token):
            ahead = index + 1
            while ahead < len(tokens) and tokens[ahead].key in PARTICLES and not tokens[ahead].cap:
                ahead += 1
            if ahead < len(tokens) and tokens[ahead].cap:
                current.append(index)  # "de" and "la" in "Ana de la Cruz"
            else:
                runs.append(current)
                current = []
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _sentence_start(text: str, token: Token) -> bool:
    before = text[max(0, token.start - 3) : token.start]
    return token.start == 0 or bool(re.search(r"(?:[.!?:;•|]\s*|\n\s*)$", before)) or before.strip() == ""


def analyse(text: str, own: frozenset[str] = frozenset(), lex: Lexicon | None = None) -> Analysis:
    """Mark what the lists and rules decide; leave the rest in ``uncertain`` for the model."""
    lex = lex or lexicon()
    tokens = tokenize(text, lex, own)
    _protect_phrases(text, tokens)
    analysis = Analysis(text, tokens)
    _lower_case(text, tokens, lex)
    places: set[str] = set()
    for run in _runs(text, tokens):
        _decide_run(text, tokens, run, analysis.uncertain, places)
    _surname_first(text, tokens)
    # A word seen as a place ("moved to Austin") is that place in the rest of the text too.
    analysis.uncertain = [i for i in analysis.uncertain if tokens[i].key not in places]
    analysis.places = frozenset(places)
    return analysis


def _person_place(text: str, tokens: list[Token], last: int, first: int, possessive: bool = True) -> bool:
    """Where only a person fits: before "'s", "said" or ", who"; after "asked" or "thanks"."""
    token = tokens[last]
    if possessive and text[token.end : token.end + 2] in ("'s", "’s"):
        return True
    if _WHO.match(text, token.end):
        return True
    before = tokens[first - 1] if first else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if before is not None and before.key in PERSON_VERBS_BEFORE and _near(text, before, tokens[first]):
        return True
    return after is not None and after.key in PERSON_VERBS_AFTER and _near(text, token, after)


def _camel(text: str, token: Token) -> bool:
    """ "InfoTech", "LabView": capitals deep inside a word mark a product, not "DeShawn" or "McKinsey"."""
    inner = [i for i, c in enumerate(text[token.start : token.end]) if c.isupper() and i > 0]
    return not token.upper and (len(inner) > 1 or any(i >= 4 for i in inner))


def _name_line(text: str, words: list[Token]) -> bool:
    """Two to four name-like words alone on a line: the name heading a resume."""
    if len(words) < 2:
        return False
    line_start = text.rfind("\n", 0, words[0].start) + 1
    line_end = text.find("\n", words[-1].end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip() == text[words[0].start : words[-1].end].strip()


def _place_cue(text: str, tokens: list[Token], index: int) -> bool:
    """ "in Austin", "at Chase"; for names that are rarely places, "moved to Tyler", "based in Lincoln"."""
    token = tokens[index]
    before = tokens[index - 1] if index else None
    if before is None or before.cap or text[before.end : token.start].strip(" \t"):
        return False  # "came in. Kenya's" is no place cue
    if token.key in PLACES or token.key in ORGS:
        return before.key in PLACE_CUES
    if token.key in MINOR_PLACES:
        earlier = tokens[index - 2] if index > 1 else None
        moved = before.key in ("to", "from", "in") and earlier is not None and earlier.key in MOVE_VERBS
        return before.key in STRONG_PLACE_CUES or moved
    return False


def _in_place_list(text: str, tokens: list[Token], index: int) -> bool:
    """ "Paris, Sydney, Florence and Phoenix": a name-like word listed among known places is a place."""
    token = tokens[index]
    if token.key not in MINOR_PLACES and token.key not in PLACES:
        return False
    for other, gap in (
        (tokens[index - 1] if index else None, lambda o: text[o.end : token.start]),
        (tokens[index + 1] if index + 1 < len(tokens) else None, lambda o: text[token.end : o.start]),
    ):
        if other is not None and other.cap and other.key in PLACES and gap(other).strip() in (",", "and", ", and"):
            return True
    return False


def _surname_first(text: str, tokens: list[Token]) -> None:
    """ "Okafor, Chidubem" and "Rivers, Kenya" at the start of a line or sentence: the surname goes too."""
    lex = lexicon()
    for index in range(len(tokens) - 1):
        token, after = tokens[index], tokens[index + 1]
        if token.person or token.protected or not token.cap or not after.person or not after.cap:
            continue
        if text[token.end : after.start] != ", " or not _sentence_start(text, token):
            continue
        if token.kind in (Kind.UNKNOWN, Kind.NAME) or token.key in lex.family:
            _mark(token, "_surname_first")
    for index in range(1, len(tokens)):
        token, before = tokens[index], tokens[index - 1]
        if token.person or token.protected or not token.cap or not before.person or not before.cap:
            continue
        if text[before.end : token.start] != ", " or not _sentence_start(text, before):
            continue
        if token.kind is Kind.NAME or (token.kind is Kind.UNKNOWN and token.key not in lex.english):
            _mark(token, "_surname_first")  # "Okafor, Tunde:"


def _lower_case(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Names written in lower case ("met with lakisha washington", "thanks yevgenia makarova").

    A dictionary word in lower case ("wave maker", "unique needs") is never a name on its own: only next to
    a name found otherwise, or the record's own name.
    """
    for index, token in enumerate(tokens):
        if token.cap or token.protected:
            continue
        previous = tokens[index - 1] if index else None
        after_name = previous is not None and previous.person and not previous.cap and _joined(text, previous, token)
        foreign = len(token.key) > 1 and (
            token.kind is Kind.NAME or (token.kind is Kind.UNKNOWN and token.key not in lex.english)
        )
        if token.own and token.kind in (Kind.NAME, Kind.UNKNOWN):
            _mark(token, "own")
        elif after_name and (token.key in lex.family or foreign):
            _mark(token, "lower case")  # the family name after a given name
        elif foreign or (token.kind is Kind.AMBIG and token.key in lex.given and token.key not in lex.ordinary):
            token.person = _lower_person(text, tokens, index, lex)
            token.why = "lower case"
    # The record's own name words in lower case, when they stand together: "bill okafor", not "a bill".
    for left, right in itertools.pairwise(tokens):
        if left.own and right.own and not left.cap and not right.cap and _joined(text, left, right):
            _mark(left, "own")
            _mark(right, "own")
    # A dictionary word that is also a name, right before a name found above: "maria lopez".
    for index in range(len(tokens) - 2, -1, -1):
        token, following = tokens[index], tokens[index + 1]
        if token.cap or token.person or token.protected or following.cap or not following.person:
            continue
        if token.key in lex.given and token.key not in lex.ordinary and _joined(text, token, following):
            _mark(token, "lower case")


def _lower_person(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A lower-case name word is a person's name only in a person's place: next to another name word, or
    after a cue such as "with", "met", "thanks" (never after "the": "the team grew")."""
    token = tokens[index]
    previous = tokens[index - 1] if index else None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if previous is not None and previous.key in DETERMINERS and _near(text, previous, token):
        return False
    if token.kind is Kind.AMBIG:
        # An ordinary word that is also a given name is a name only before a family name, after a cue:
        # "with kenya rivers", never "and other".
        pair = following is not None and following.key in lex.family and not following.cap
        return pair and previous is not None and previous.key in PERSON_CUES_BEFORE
    for other in (previous, following):
        beside = other is not None and not other.cap and _near(text, *sorted((other, token), key=lambda t: t.start))
        if beside and other is not None and len(other.key) > 1 and _foreign(other, lex):
            return True
    if previous is not None and previous.key in PERSON_CUES_BEFORE and _near(text, previous, token):
        return True
    if following is not None and following.key in PERSON_CUES_AFTER and _near(text, token, following):
        return True
    return token.kind is Kind.NAME and text[token.end : token.end + 2] in ("'s", "’s")


def _foreign(token: Token, lex: Lexicon) -> bool:
    """A listed name, or a word in no list and no dictionary."""
    return token.kind is Kind.NAME or (token.kind is Kind.UNKNOWN and token.key not in lex.english)


def _near(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return len(gap) <= 2 and gap.strip(" ,") == ""


def _is_title(text: str, token: Token) -> bool:
    # "Ms." or "Ms", never "MS" without a dot (MS Office, MS SQL).
    return token.key in TITLES and token.cap and (not token.upper or text[token.end : token.end + 1] == ".")


def _titled(text: str, tokens: list[Token], run: list[int]) -> bool:
    """ "Dr. Okafor", "Ms. de la Cruz": a title just before the run, or as its first word, before a name."""
    lex = lexicon()
    first = run[0]
    named = [
        tokens[i]
        for i in run
        if tokens[i].kind is not Kind.WORD and tokens[i].key not in lex.tech and tokens[i].key not in TITLES
    ]
    if not named:
        return False
    if _is_title(text, tokens[first]) and len(run) > 1:
        _mark(tokens[first], "_titled")
        return True
    previous = first - 1
    while previous >= 0 and tokens[previous].key in PARTICLES and not tokens[previous].cap:
        previous -= 1
    if previous < 0:
        return False
    title = tokens[previous]
    if _is_title(text, title) and title.end >= tokens[previous + 1].start - 3:
        _mark(title, "_titled")
        for t in tokens[previous + 1 : first]:
            _mark(t, "_titled")
        return True
    return False


def _decide_run(text: str, tokens: list[Token], run: list[int], uncertain: list[int], places: set[str]) -> None:
    words = [tokens[i] for i in run]
    if len(words) >= 2 and all(w.upper for w in words) and _name_line(text, words):
        for w in words:
            w.kind = w.spelled  # "WEI LI" heading a resume
    kinds = [w.kind for w in words]
    capital = [w for w in words if w.cap]
    if any(w.own for w in words) and any(w.kind is not Kind.WORD or w.own for w in capital):
        for w in words:
            if w.own or w.kind is not Kind.WORD or not w.cap or len(w.key) == 1:
                _mark(w, "own")
        return
    if _titled(text, tokens, run):
        for w in words:
            if w.kind is not Kind.WORD or len(w.key) == 1 or not w.cap:
                _mark(w, "titled")
        return
    initials = [
        w for w in words if len(w.key) == 1 and text[w.end : w.end + 2] == ". " and text[w.start - 1 : w.start] != "."
    ]
    named = [w for w in words if w.kind in (Kind.NAME, Kind.UNKNOWN) and len(w.key) > 1]
    if initials and named and all(w.kind is not Kind.WORD or len(w.key) == 1 for w in words):
        for w in words:
            _mark(w, "initials")  # "P. Raghunathan", "J. R. Okafor"
        return
    after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    if after is not None and not after.cap and after.key in EPONYM_HEADS and _joined(text, tokens[run[-1]], after):
        return  # "Taylor series", "Grant writing", "Gaussian process"
    if len(run) == 1 and (
        words[0].key in places or _place_cue(text, tokens, run[0]) or _in_place_list(text, tokens, run[0])
    ):
        places.add(words[0].key)
        return
    before = tokens[run[0] - 1] if run[0] else None
    if before is not None and before.key in ("the", "a", "an") and any(w.key in lexicon().ordinary for w in words):
        return  # "the Jordan River project", "a Victoria Line upgrade"
    if Kind.NAME in kinds:
        for w in words:
            if w.kind is not Kind.WORD or not w.cap or len(w.key) == 1:
                _mark(w, "run with a name")
        return
    names = [w for w in words if w.kind is Kind.AMBIG]
    lex = lexicon()
    if (
        len(capital) >= 2
        and len(names) == len(capital)
        and words[0].key in lex.given
        and words[-1].key in lex.family
        and words[0].key not in lex.english
    ):
        for w in words:
            _mark(w, "given + family")  # "Grant Hunter", "Kenya Washington"
        return
    foreign = all(
        w.kind in (Kind.UNKNOWN, Kind.NAME) and w.key not in lex.english and not _camel(text, w) for w in words
    )
    if foreign and len(run) <= 4 and (_person_place(text, tokens, run[-1], run[0]) or _name_line(text, words)):
        for w in words:
            _mark(
                w, "person context"
            )  # "Segun's answers", "asked Ebere", "Segun Onuoha, who", "SEGUN ONUOHA" on its own line
        return
    single = words[0]
    placeish = single.key in PLACES or single.key in ORGS or single.key in MINOR_PLACES
    if len(run) == 1 and single.kind is Kind.AMBIG and single.key in lex.given and not placeish:
        possessive = single.key not in lex.tech and single.key not in lex.english
        if _person_place(text, tokens, run[0], run[0], possessive=possessive):
            _mark(single, "person context")  # "asked Hana", "Crystal's answers"
            return
    # The model is the slow layer. It is asked only about name-like words (not "Client", "Less", "Skill"),
    # or a given + family shape ("Grant Hunter"); about a lone word only when a person is talked about nearby.
    namelike = [w for w in words if _namelike(w, lex)]
    shaped = len(capital) >= 2 and words[0].key in lex.given and words[-1].key in lex.family
    if not namelike and not shaped:
        return
    if len(capital) == 1 and not _person_nearby(text, tokens, run[0]):
        return
    for index, w in zip(run, words, strict=True):
        if w.kind is Kind.UNKNOWN and w.upper and len(w.key) <= 5:
            continue  # acronyms
        if w.kind in (Kind.AMBIG, Kind.UNKNOWN):
            uncertain.append(index)


def _namelike(token: Token, lex: Lexicon) -> bool:
    if token.kind is Kind.UNKNOWN:
        return token.key not in lex.english and not token.upper
    return token.kind is Kind.AMBIG and token.key not in lex.ordinary and token.key not in lex.tech


def _person_nearby(text: str, tokens: list[Token], index: int, reach: int = 4) -> bool:
    token = tokens[index]
    if text[token.end : token.end + 2] in ("'s", "’s"):
        return True
    for other in tokens[max(0, index - reach) : index + reach + 1]:
        if other is not token and other.key in PERSON_HINTS:
            return True
    return False


def windows(analysis: Analysis, reach: int = 48) -> list[tuple[int, int]]:
    """Character spans around uncertain words, clipped to their sentence and merged when they overlap."""
    text = analysis.text
    spans: list[tuple[int, int]] = []
    for index in analysis.uncertain:
        token = analysis.tokens[index]
        start = max(0, token.start - reach)
        end = min(len(text), token.end + reach)
        for match in _SENTENCE_END.finditer(text, start, token.start):
            start = match.end()
        stop = _SENTENCE_END.search(text, token.end, end)
        if stop is not None:
            end = stop.start() + 1
        # Snap to whole words.
        while start > 0 and start < token.start and not text[start - 1].isspace():
            start += 1
        while end < len(text) and end > token.end and not text[end - 1].isspace() and text[end - 1].isalnum():
            end -= 1
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def apply_persons(analysis: Analysis, persons: Sequence[tuple[int, int]]) -> None:
    """Mark uncertain words inside the model's PERSON spans (document offsets) as persons."""
    if not persons:
        return
    lex = lexicon()
    tokens = analysis.tokens
    allowed = {id(tokens[i]) for i in analysis.uncertain}
    for a, b in persons:
        inside = [t for t in tokens if a <= t.start < b and t.cap and not t.protected]
        if not inside or all(t.kind is Kind.WORD for t in inside):
            continue
        # The model calls some products people ("Pandas"); a lone product or ordinary word is not a person.
        lone = inside[0] if len(inside) == 1 else None
        if lone is not None and (lone.key in lex.tech or (lone.key in lex.ordinary and lone.kind is not Kind.AMBIG)):
            continue
        for t in inside:
            if t.kind is not Kind.WORD and id(t) in allowed:
                _mark(t, "model")


def propagate(analysis: Analysis) -> None:
    """A word once found naming a person names them everywhere in the text ("Kenya Washington ... Kenya's")."""
    tokens = analysis.tokens
    # Only words found as names by a strong rule: not a lone ordinary word the model called a person.
    keys = {t.key for t in tokens if t.person and t.cap and t.kind in (Kind.NAME, Kind.UNKNOWN)}
    for left, right in itertools.pairwise(tokens):
        if left.person and right.person and left.cap and right.cap and _joined(analysis.text, left, right):
            keys.update(t.key for t in (left, right) if t.kind is not Kind.WORD)
    for token in tokens:
        if token.person or token.protected or not token.cap or token.key not in keys or token.key in analysis.places:
            continue
        _mark(token, "propagate")
