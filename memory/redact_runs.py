"""The list rules' tests on a run of capitalised words: name-shaped runs, resume heading lines, word given names
joined to a surname, eponyms before a technical noun. Used by :func:`memory.redact_names.analyse` (split out of
it by what they hold: the run tests here, the order of decisions there)."""

from __future__ import annotations

import itertools

from memory.redact_cues import MEETING
from memory.redact_joined import TITLE_ROLES
from memory.redact_lexicon import NAME_PREFIXES, NAMED_THINGS, ORGS, PLACES, TITLES, Lexicon, lexicon
from memory.redact_order import opening, rare_name
from memory.redact_positions import cued_before, person_place
from memory.redact_products import camel
from memory.redact_things import PLACE_HEADS
from memory.redact_tokens import Kind, Token, mark, sentence_start


def prefixed(tokens: list[Token], index: int) -> bool:
    """A capitalised prefix that opens a family name before another capitalised word: "Ó Briain", "Mac Giolla"."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return token.cap and token.key in NAME_PREFIXES and after is not None and after.cap


def name_line(text: str, words: list[Token]) -> bool:
    """Two to four name-like words alone on a line: the name heading a resume."""
    if len(words) < 2:
        return False
    line_start = text.rfind("\n", 0, words[0].start) + 1
    line_end = text.find("\n", words[-1].end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    # Markdown emphasis or a heading mark around it is layout, not words: "**Gift Mwale**", "## Sky Moyo".
    return line.strip().strip("*_#").strip() == text[words[0].start : words[-1].end].strip()


def word_given_name(text: str, tokens: list[Token], run: list[int], lex: Lexicon) -> bool:
    """A name with a part that is an ordinary word ("Trust Moyo", "River Miller", "Talent Mudenda", "Thandar
    Win") where only a person stands (a possessive, a person's verb or cue, a line of its own): its other part is
    marked (words no list knows at its end or, failing that, its start; or a listed family name after a listed
    given name), and :mod:`memory.redact_joined` decides the words beside it by what they are, never by the name."""
    words = [tokens[i] for i in run]
    if not 2 <= len(words) <= 4 or any(w.protected or not w.cap or camel(text, w) for w in words):
        return False
    if words[-1].key in PLACE_HEADS or words[-1].key in NAMED_THINGS or words[-1].key in PLACES:
        return False
    if any(w.upper or w.key in TITLE_ROLES or w.key in ORGS or w.key in PLACES for w in words):
        return False  # capitals are acronyms here ("ETL Developer", "Oracle DBA"); jobs and employers are no name
    # A line of its own only when marked as a heading ("**Gift Mwale**", "## Sky Moyo"): plain resume lines of two
    # capitalised words are job titles and schools as often ("Hodoop Developer", "Pune University").
    line = name_line(text, words) and text[words[-1].end : words[-1].end + 2] in ("**", "__")

    def strange(w: Token) -> bool:
        if w.key in lex.tech:
            return False
        return w.kind in (Kind.NAME, Kind.UNKNOWN) and (w.key not in lex.common or w.accented)

    tail = list(itertools.takewhile(strange, reversed(words)))
    if not tail and words[-2].key in lex.given and words[-1].key in lex.family and words[-1].key not in lex.tech:
        tail = [words[-1]]  # "River Miller": a listed surname after a listed given name
    if not tail:
        # "Thandar Win", "Aye Aye Mon": a strange given name before a surname that is also a word.
        tail = list(itertools.takewhile(strange, words))
    if not tail or len(tail) == len(words):
        return False
    first = opening(tokens, run[0])
    before = tokens[first - 1] if first else None
    # "Interview: Sage Tembo / Platform", "Call: Trust Moyo": a meeting's label before a name.
    meeting = before is not None and before.key in MEETING and text[before.end : tokens[first].start] == ": "
    if not (
        person_place(text, tokens, run[-1], run[0])
        or line
        or meeting
        or cued_before(text, tokens, first, things_too=False)
    ):
        return False
    for w in tail:
        mark(w, "surname after a word given name")
    return True


def name_run(text: str, tokens: list[Token], run: list[int], lex: Lexicon) -> bool:
    """Two to four capitalised words together, one of them no list or dictionary knows (or a listed
    name that is no ordinary word) and the others name words too: "Rasa Petrauskiene", "Thant Zin Oo".
    On a line of its own (a resume's heading), name-list words alone suffice: "AMADOU SOW"."""
    words = [tokens[i] for i in run]
    capital = [w for w in words if w.cap]
    if len(capital) < 2 or any(w.protected or w.key in PLACES or w.key in ORGS or w.key in lex.tech for w in words):
        return False
    if any(camel(text, w) or (w.cap and w.key in TITLES) for w in words):
        return False

    line = name_line(text, words)
    prefixes = {id(tokens[i]) for i in run[:-1] if prefixed(tokens, i)}

    def strange(w: Token) -> bool:
        if w.upper and not line:
            return False  # "HSC", "ICICI", "NLU": capitals inside a sentence are acronyms
        kind = w.spelled if w.upper else w.kind
        return (
            (kind is Kind.UNKNOWN and (w.key not in lex.common or w.accented)) or kind is Kind.NAME or rare_name(w, lex)
        )

    def namey(w: Token, position: int) -> bool:
        if not w.cap or id(w) in prefixes:
            return True  # particles inside the run, "Ó" in "Ó Briain"
        if len(w.key) == 1:
            return text[w.end : w.end + 2] == ". "  # an initial, not "B.Sc"
        if strange(w):
            return True
        if w.upper and not line:
            return False
        # A name-list word that is also a dictionary word fits its place only: a given name first
        # ("Rasa Petrauskiene"), a family name last; not "Trust Analytika".
        if position == 0:
            return w.key in lex.given
        if position == len(words) - 1:
            return w.key in lex.family
        return w.key in lex.given or w.key in lex.family

    if not all(namey(w, i) for i, w in enumerate(words)):
        return False
    after = text[words[-1].end : words[-1].end + 2]
    before = tokens[run[0] - 1] if run[0] else None
    if after == ", " and before is not None and before.key in ("in", "at", "from", "near"):
        following = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
        if following is not None and following.key in PLACES:
            return False  # "in Al Barsha, Dubai"
    if any(strange(w) for w in capital if len(w.key) > 1):
        return True
    return line and all(w.key in lex.given or w.key in lex.family for w in capital)


# Technical nouns an eponym qualifies; singular forms never follow a person's name as a verb would.
_ATTRIBUTIVE_SINGULAR = frozenset(
    "score catheter monitor initialisation initialization cycle manoeuvre maneuver procedure valve tube".split()
)
# Plural forms are also verbs in -s ("Ngozi scores well"): an eponym only after an article, a preposition or a
# verb in -ed ("the Apgar scores", "with Holter monitors", "used Krebs cycles").
_ATTRIBUTIVE_PLURAL = frozenset("scores catheters monitors cycles tests procedures valves tubes signs".split())
_BEFORE_A_THING = frozenset("the a an of with and or using via for in on by".split())


def attributive(text: str, tokens: list[Token], run: list[int], after: Token) -> bool:
    """A single capitalised word, no given name, directly before a technical noun: an eponym qualifying it."""
    word = tokens[run[0]]
    if len(run) != 1 or (word.key in lexicon().given and word.key not in lexicon().family):
        return False
    if after.key in _ATTRIBUTIVE_SINGULAR:
        return True
    before = tokens[run[0] - 1] if run[0] else None
    if before is None or (before.cap and not sentence_start(text, before)):
        return False
    return after.key in _ATTRIBUTIVE_PLURAL and (before.key in _BEFORE_A_THING or before.key.endswith("ed"))


_OBJECT_OPENERS = frozenset("the a an every each all our their his her its this that these those some any no".split())


def verb_with_object(tokens: list[Token], index: int) -> bool:
    """The word at ``index`` ends in -s and an object follows ("tests every edge case"): a verb, not a noun."""
    word = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return word.key.endswith("s") and following is not None and following.key in _OBJECT_OPENERS


def namelike(token: Token, lex: Lexicon) -> bool:
    if token.kind is Kind.UNKNOWN:
        return (token.key not in lex.common or token.accented) and not token.upper
    return token.kind is Kind.AMBIG and token.key not in lex.ordinary and token.key not in lex.tech
