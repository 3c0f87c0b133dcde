"""The candidate's own identity, known from their record: what of it redaction removes as ``[CANDIDATE]``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from memory.redact_lexicon import (
    NICKNAMES,
    PARTICLES,
    PAST_VERBS,
    PERSON_CUES_AFTER,
    PERSON_CUES_BEFORE,
    PERSON_VERBS_AFTER,
    TITLES,
    Lexicon,
)
from memory.redact_s_reported import reported_frame
from memory.redact_tokens import MONTHS, TOKEN, Token, joined, key_of, mark, sentence_start


@dataclass(frozen=True)
class Identity:
    """What the record says about who the person is; everything here is removed from their texts.

    The keys include the handles people build from their names (joined, either order, an initial and the
    family name), so "@priyaraghunathan" goes as the name does:

    >>> sorted(Identity.of(names=["Priya Raghunathan"], emails=["priya.r@example.com"]).keys())
    ['praghunathan', 'priya', 'priya.r', 'priyaraghunathan', 'raghunathan', 'raghunathanpriya']
    """

    names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    # The names were read from the person's resume, not their record (memory.redact_s_own): they are removed as
    # the record's would be, but as [PERSON], so that whether the head was read (which can depend on the name)
    # never shows in the placeholder.
    inferred: bool = False

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

    def initials(self) -> frozenset[str]:
        """The name's initials as the person may sign with them ("HF" for Honor Fisher, "JRO" for J. R. Okafor):
        capital letters, two at least; :func:`memory.redact_s_calls.own_initials` reads them written with dots."""
        out = set()
        for name in self.names:
            words = [w for w in TOKEN.findall(name) if key_of(w) not in TITLES and w[:1].isupper()]
            if len(words) >= 2:
                out.add("".join(w[0] for w in words).upper())
                out.add((words[0][0] + words[-1][0]).upper())
        return frozenset(out)

    def keys(self) -> frozenset[str]:
        """Lower-case words that name the person: name parts, nicknames, email local parts, handles."""
        out: set[str] = set()
        for name in self.names:
            for part in TOKEN.findall(name):
                # "Min-jun" is also written "Minjun" (and "minjun"): the joined form is the person's too.
                for piece in [part, *part.split("-"), part.replace("-", "")]:
                    key = key_of(piece)
                    # "de" in "Ana de la Cruz" is a particle; "Le" in "Minh Le" is a family name.
                    if len(key) > 1 and key not in TITLES and (key not in PARTICLES or piece[:1].isupper()):
                        out.add(key)
                        out.update(NICKNAMES.get(key, "").split())
                        out.update(full for full, short in NICKNAMES.items() if key in short.split())
            out.update(_handles(name))
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
        # "tendai_moyo": a handle of the name's words joined by an underscore, after which the tokens read no word
        # (a handle's part is no name), so it goes as written (OUTSIDE15 class 7: "[PERSON]_moyo").
        for name in self.names:
            found.update(_underscored(name))
        # A local part with a digit or an underscore ("jdoe88", "j_doe") written without its domain is no word the
        # name rules can read as a person (tokens with digits are never names), so it goes as written; a local
        # part of letters only ("janed") is one of keys() and becomes [CANDIDATE] like the name.
        for email in self.emails:
            local = email.split("@", 1)[0]
            if len(local) > 2 and re.search(r"[\d_]", local):
                found.add(local)
        for url in self.urls:
            handle = url.rstrip("/").rsplit("/", 1)[-1]
            if len(handle) > 2:
                found.add("@" + handle.lstrip("@"))
        return tuple(sorted((f for f in found if f), key=len, reverse=True))

    def phone_tails(self) -> frozenset[str]:
        """The last 7 digits of each phone, so local forms ("555-0199") are found too."""
        tails = {re.sub(r"\D", "", phone)[-7:] for phone in self.phones}
        return frozenset(t for t in tails if len(t) == 7)


# A joined handle of initial and family name is this long at least ("tmoyo", "hbaker"; not "nan" for An Nguyen).
_HANDLE_LETTERS = 5


def _handles(name: str) -> set[str]:
    """The name's words joined as a handle or a slug writes them, in either order, and the given initial before the
    family name ("tendaimoyo", "moyotendai", "tmoyo": OUTSIDE15 class 7, own names inside handles stayed)."""
    words = [
        key_of(w).replace("-", "")
        for w in TOKEN.findall(name)
        if key_of(w) not in TITLES and not (key_of(w) in PARTICLES and w[:1].islower())
    ]
    words = [w for w in words if w]
    if len(words) < 2:
        return set()
    out = {"".join(words), "".join(reversed(words)), words[0] + words[-1], words[-1] + words[0]}
    out.add(words[0][0] + words[-1])
    return {w for w in out if len(w) >= _HANDLE_LETTERS}


def _underscored(name: str) -> set[str]:
    """ "tendai_moyo", "moyo_tendai", "nguyen_an", "nguyễn_an": first and last word of the name joined by an
    underscore, as written and without accents, both orders."""
    # "de" in "Ana de la Cruz" is a particle; "An" in "Nguyen Van An" is the given name (as Identity.keys reads them).
    words = [w.lower() for w in TOKEN.findall(name) if key_of(w) not in TITLES and not (w in PARTICLES and w.islower())]
    if len(words) < 2:
        return set()
    out = set()
    for first, last in ((words[0], words[-1]), (words[-1], words[0])):
        out.add(f"{first}_{last}")
        out.add(f"{key_of(first)}_{key_of(last)}")
    return out


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PRONOUNS = frozenset("he she him her his hers they them their i we you it me us".split())
_DATE_AFTER = re.compile(r"\.?,?\s*'?\d|\s*[-–]\s*\d")
# After an own name word that is also an ordinary word, these say the person is meant ("May led", "Her said").
PERSON_NEXT = (
    PERSON_VERBS_AFTER
    | PAST_VERBS
    | frozenset("has had is was will would can could should joined led owns owned wants needs prefers".split())
)


def own_words_in_place(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """The candidate's name words that are also ordinary words count as theirs only where a name stands.

    A candidate named May, August or Her (a Hmong surname) keeps "June 2010 - May 2015", "since August 2000"
    and "Her code was clean": a month before a date, a lower-case word, and a capitalised word opening a
    sentence before anything but a verb are the word. Beside another of their name words ("May Chen", "Li
    Her"), mid-sentence with a capital, or before a verb ("May led") they are the person.
    """
    for index, token in enumerate(tokens):
        if not token.own:
            continue
        key = token.key
        month = key in MONTHS or key in _WEEKDAYS
        # A product's word too ("java" for Java Wibowo): in lower case the word unless a person stands there.
        if not (month or key in _PRONOUNS or key in lex.common or (key in lex.tech and not token.cap)):
            continue
        if month and _DATE_AFTER.match(text, token.end):
            token.own = False  # "May 2015", "August 12", "May - 2015"
            continue
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        beside = any(
            other is not None
            and other.own
            and (
                _handle_joined(text, *pair)
                or _family_comma_given(text, *pair)
                or (_same_name(text, *pair) and joined(text, *pair))
            )
            for other, pair in ((before, (before, token)), (after, (token, after)))
            if other is not None
        )
        if beside:
            continue
        if not token.cap:
            # "spoke to hope", "met ruby at the fair", "hope prefers remote": where only a person stands the word
            # is the candidate (the record says it is their name); elsewhere the word ("real hope for the team").
            placed = _person_place(text, tokens, index) or _opening_possessive(text, token)
            if month or key in _PRONOUNS or not placed:
                token.own = False
            continue
        if before is not None and joined(text, before, token) and name_piece(text, before):
            continue  # "Luuk van den Berg", "J. Bird": after a particle or an initial, the family name
        possessive = text[token.end : token.end + 2] in ("'s", "’s")
        verb = after is not None and not after.cap and after.key in PERSON_NEXT
        if not sentence_start(text, token) and key not in _PRONOUNS:
            continue  # a capital mid-sentence is a proper noun: "thanks to May for the intro"
        # "Hope from my time at Stripe says": the subject of a reported verb after a modifier (OUTSIDE16 e2e class 1).
        if not (possessive or verb or reported_frame(text, tokens, index) is not None):
            token.own = False  # "Her code was clean", "August was a slow month"
    # What is still the candidate's is removed now, before the product, place and phrase rules protect a word:
    # the record says it is their name ("Java is strong in Java and Kotlin." for Java Wibowo; review M8).
    # Months and weekdays stay to the date rules ("reviewed in August" for August Lindqvist).
    for token in tokens:
        if token.own and len(token.key) > 1 and token.key not in MONTHS and token.key not in _WEEKDAYS:
            mark(token, "own")


# Before a lower-case word, what makes it a person: a cue only a person takes ("spoke to", "met", "thanks", "cc");
# not "with", "by", "from", "per", which take things as often ("with ruby on rails", "by chance").
_OWN_CUES = PERSON_CUES_BEFORE - frozenset("with by from per candidate reference referred meeting".split())
_TALKED = frozenset("talked spoke speak talk wrote write reached replied reply sent send introduced".split())
_OWN_NEXT = PERSON_NEXT | PERSON_CUES_AFTER


def _family_comma_given(text: str, left: Token, right: Token) -> bool:
    """ "Do, Minh — application", "BANKS, LOVEMORE\nDATA ANALYST": two own words in one case, a comma between them,
    opening their line, are the name written family first (a list of people would not open with the candidate's two
    name words)."""
    if text[left.end : right.start] != ", " or left.cap != right.cap or left.upper != right.upper:
        return False
    return not text[text.rfind("\n", 0, left.start) + 1 : left.start].strip(" \t*-•#")


def _handle_joined(text: str, left: Token, right: Token) -> bool:
    """ "hope_baker", "hope.baker": two own words joined as a handle or an address joins them."""
    return text[left.end : right.start] in ("_", ".")


def _same_name(text: str, left: Token, right: Token) -> bool:
    """Two own words side by side are one name in one case ("grace field", "GRACE FIELD"), or as a given name
    written with its capital and a family name without ("Tendai field here", "Hope baker": OUTSIDE15 class 7, the
    family name that is a word stayed in chat); not before a verb's form ("Wei rose to lead": a past tense)."""
    if left.cap == right.cap:
        return True
    return left.cap and not right.cap and right.key not in PAST_VERBS and right.key not in PERSON_NEXT


def _opening_possessive(text: str, token: Token) -> bool:
    """ "hope's tests pass": an own word with a possessive opening a line or sentence is the person (a chat line in
    lower case); mid-sentence ("the summer's end") it stays the word."""
    return text[token.end : token.end + 2] in ("'s", "’s") and sentence_start(text, token)


# A self-introduction before the name: "i'm hope", "I am hope", "this is hope", "my name is hope", "it's hope",
# "call me hope" (read on the text: the tokens hold no "i'm").
_INTRO_BEFORE = re.compile(
    r"(?:\b[Ii](?:['’]?[mM]| [aA][mM])|\b(?:[Tt]his|[Nn]ame) is|\b(?:[Ii]t|[Nn]ame)['’]s|\b[Cc]all me) $"
)
# What may follow an introduced name: "i'm hope from the data team", "hope here", "i'm hope and i lead ..." (a word
# would make it an adjective or verb: "i'm happy to", "i'm ready for", "this is rich in detail").
_INTRO_NEXT = frozenset("here from and btw speaking again".split())
_GREETINGS = frozenset("hi hey hello heya hiya yo morning evening all everyone folks team".split())


def _introduced(text: str, tokens: list[Token], index: int) -> bool:
    """An own word the person introduces themselves with (OUTSIDE15 class 7: "hey all, i'm hope, the new hire",
    "hi, hope here" kept the given name that is a word while "tendai" went): after "i'm", "I am", "this is", "my
    name is", "it's", "call me", or opening a clause before "here"; and then the clause ends or goes on with
    :data:`_INTRO_NEXT`, so "i'm happy to help" stays for a candidate named Happy."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if not _intro_closes(text, token, after):
        return False
    if _INTRO_BEFORE.search(text, max(0, token.start - 9), token.start):
        return True
    # "hope here": opening a line or a clause (after a greeting or a comma), then "here" and the clause's end.
    if after is None or after.key != "here" or text[token.end : after.start] != " ":
        return False
    if not _intro_closes(text, after, tokens[index + 2] if index + 2 < len(tokens) else None):
        return False
    before = tokens[index - 1] if index else None
    if before is None or sentence_start(text, token):
        return True
    gap = text[before.end : token.start]
    return "\n" not in gap and ("," in gap or (gap == " " and before.key in _GREETINGS))


def _intro_closes(text: str, token: Token, after: Token | None) -> bool:
    """The clause ends after ``token`` (the text's end, a line's, a mark that is no apostrophe or hyphen) or goes
    on with a word of :data:`_INTRO_NEXT`."""
    gap = text[token.end : after.start] if after is not None else text[token.end :]
    if not gap.strip(" \t") or "\n" in gap:
        return after is None or "\n" in gap or after.key in _INTRO_NEXT
    mark_ = gap.strip(" \t")[:1]
    return mark_ not in ("'", "’", "-") and not mark_.isalnum()


def _person_place(text: str, tokens: list[Token], index: int) -> bool:
    """A lower-case word where a person stands: after a person cue or "spoke to", before a person's verb, as a
    label ("walsh: strong yes", "Feedback on summer: advance.": a word no text writes before a colon otherwise),
    or in a self-introduction (:func:`_introduced`)."""
    if text[tokens[index].end : tokens[index].end + 1] == ":":
        return True
    if _introduced(text, tokens, index):
        return True
    before = tokens[index - 1] if index else None
    if before is not None and _signed(text, before, tokens[index]):
        return True
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    # A cue opening its sentence has its capital ("Thanks penny! talk soon"); elsewhere a capital is a name's.
    opening = before is not None and before.cap and not before.upper and sentence_start(text, before)
    if before is not None and (not before.cap or opening) and text[before.end : tokens[index].start] == " ":
        if before.key in _OWN_CUES:
            return True
        if before.key == "to" and index > 1 and tokens[index - 2].key in _TALKED:
            return True
    return (
        after is not None and not after.cap and text[tokens[index].end : after.start] == " " and after.key in _OWN_NEXT
    )


# Words a short message closes with before the writer's name: "thx, gene", "cheers, will", "best, hope".
_SIGN_OFFS = frozenset("thx thanks thank ty cheers best regards rgds br warmly sincerely love talk soon".split())


def _signed(text: str, before: Token, token: Token) -> bool:
    """ "is it in person? thx, gene": an own word closing its line after a sign-off word (and a comma) is the writer,
    the candidate (their own message; a word there is no sentence's)."""
    if before.key not in _SIGN_OFFS or text[before.end : token.start] not in (", ", " ", ",", ",\n", "\n"):
        return False
    rest = text[token.end : token.end + 3]
    return not rest.strip(" .!") or rest.lstrip(" .!").startswith("\n")


def name_piece(text: str, token: Token) -> bool:
    """A particle in lower case ("van", "den", "de") or an initial with its dot: what joins a name's words."""
    if not token.cap:
        return token.key in PARTICLES
    return len(token.key) == 1 and text[token.start : token.end].isupper() and text[token.end : token.end + 1] == "."


def capital_cued(text: str, tokens: list[Token], index: int) -> bool:
    """A capitalised word where a person stands: any person cue before it ("with", "from", "per", "thanks"), "to"
    after a cue ("thanks to", "spoke to"), or a lower-case word's person place (:func:`_person_place`)."""
    if _person_place(text, tokens, index):
        return True
    before = tokens[index - 1] if index else None
    if before is None or before.cap or text[before.end : tokens[index].start] != " ":
        return False
    if before.key in PERSON_CUES_BEFORE:
        return True
    return before.key == "to" and index > 1 and tokens[index - 2].key in _TALKED | {"thanks", "thank"}


def own_lower(tokens: list[Token]) -> None:
    """Every lower-case word still the candidate's after :func:`own_words_in_place` is removed, whatever list
    holds it: "spoke to eko" (a word list holds "eko"), "met ruby at the fair" (a product). The identity layer
    is deterministic; only the word senses that function decided were given back to the text."""
    for token in tokens:
        if token.own and not token.cap and not token.person and not token.protected and len(token.key) > 1:
            mark(token, "own")
