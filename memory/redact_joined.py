"""A given name that is an ordinary word, joined to a found name: part of it, here and where it is repeated.

Some given names are ordinary words ("Trust", "Blessing", "Precious", "Knowledge" in Zimbabwe, Zambia and
Malawi; "River", "Sage", "Storm" in the US). The lists call them words, so the rules found the surname beside
them and left the word: "Referee Trust [PERSON] says Trust is ...", text no other name produces. Decided by
the place, never by a list of such names:

- a capitalised word directly before (or after) a found name word, on the same line, is part of that name,
  unless it is a word that never is one: a function word, greeting or cue (:data:`~memory.redact_edges.CONTEXT_WORDS`),
  a title or role ("Manager Moyo"), a meeting or message word ("Interview", "Feedback"), a month, a day, an
  adverb or verb opening the sentence ("Overall", "Honestly", "Screened"), a place after a place cue, a
  product or employer that no name list holds, an acronym, or a protected phrase;
- a word taken so, repeated alone and capitalised where a person stands (before a person's verb, in a
  possessive, after a cue, mid-sentence), is that person again ("... [PERSON] says Gift is reliable").

Used by :func:`memory.redact_spread.propagate`, before its spreading, so the spread knows the whole name.
"""

from __future__ import annotations

import itertools

from memory.redact_cues import APPOSITIVE, LABELS, MEETING, MESSAGES, STRONG_BEFORE
from memory.redact_edges import context_word
from memory.redact_layout import OPENERS, ROLE_WORDS
from memory.redact_lexicon import (
    MINOR_PLACES,
    NAMED_THINGS,
    ORGS,
    PAST_VERBS,
    PERSON_CUES_AFTER,
    PERSON_VERBS_AFTER,
    PERSON_VERBS_BEFORE,
    PLACES,
    TITLES,
    Lexicon,
)
from memory.redact_n_openers import REQUEST_VERBS
from memory.redact_objects import closing_object, reported_subject
from memory.redact_things import PLACE_HEADS
from memory.redact_tokens import MONTHS, Kind, Token, joined, mark, near, runs, sentence_start

_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday weekend".split())
# Role words that stand before a surname as a title ("Manager Moyo", "Engineer Dube"); "talent", "hiring" and
# "people" only qualify another role word ("Talent Partner"); "Talent" next to a surname is a given name.
TITLE_ROLES = ROLE_WORDS - frozenset({"talent"})
# Words that open a sentence or a note before a name and are never one: discourse adverbs, interjections,
# note labels. Closed-class, not names (a name that is one of these words is lost here, as with CONTEXT_WORDS).
_OPENING = frozenset(
    """overall honestly frankly sadly luckily unfortunately fortunately however finally eventually later
    meanwhile separately additionally anyway basically clearly obviously apparently personally initially
    ultimately otherwise instead plus now yes yeah yep no nope ok okay sure great nice cool good fine wow
    oh ah well so update reminder recap summary note notes kudos shoutout cheers fyi re fw fwd ps nb next
    last first second third new old former current ex dr prof mr mrs ms mx sir madam
    additional general other personal professional technical key core main project client company contact
    education skills skill experience summary profile objective details information name address
    """.split()
)
_PLACE_CUES = frozenset("in at from to near around outside between via".split())
_SPEECH_AFTER = (
    PERSON_VERBS_AFTER
    | PERSON_CUES_AFTER
    | frozenset(
        """has had is was will would can could should wants wanted seems seemed prefers needs starts started
    sent sends shared owns owned ran runs did does knows""".split()
    )
)
_OWNED = frozenset(
    """scorecard scorecards feedback notes take-home takehome answers resume cv references referee availability
    candidacy portfolio interview interviews debrief pronouns notice visa background offer manager team""".split()
)


def _never(text: str, tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A word that is never part of the name it stands next to (see the module's docstring)."""
    w = tokens[index]
    key = w.key
    if not w.cap or w.protected or context_word(w) or key in TITLES or len(key) < 2:
        return True
    if (
        w.upper
        and not (index and tokens[index - 1].upper)
        and not (index + 1 < len(tokens) and tokens[index + 1].upper)
    ):
        return True  # capitals beside a Title-case name are an acronym ("Cisco ASA"), not a name's word
    if key in TITLE_ROLES or (key in APPOSITIVE and key not in ROLE_WORDS) or key in MONTHS or key in _DAYS:
        return True
    if key in OPENERS or key in _OPENING:
        return True
    if key in LABELS or key in MEETING or key in MESSAGES or key in STRONG_BEFORE or key in PERSON_VERBS_BEFORE:
        return True
    listed = key in lex.given or key in lex.family
    if w.upper and len(key) <= 4 and not listed:
        return True  # "IBM", "AWS"
    previous = tokens[index - 1] if index else None
    placed = previous is not None and previous.key in _PLACE_CUES and near(text, previous, w)
    if (key in PLACES or key in ORGS) and (placed or not listed):
        return True  # "in Lagos Okafor said", "Google Moyo"
    if key in lex.tech and not listed and not _strange_beside(tokens, index, lex):
        return True  # "Python Okafor", "Slack Moyo"; but "Progress [Zimba]" (a product's name, a given name too)
    if sentence_start(text, w) and key in REQUEST_VERBS and index + 1 < len(tokens) and len(tokens[index + 1].key) == 1:
        # "Add J.-P. Lefebvre to the invite": a request's verb before an initial, though "Add" is a listed given
        # name ("Progress [Zimba]'s scorecard" keeps its given name: no initial follows it).
        return True
    if sentence_start(text, w) and key in PAST_VERBS and key not in lex.given:
        return True  # "Led Priya's onboarding": an irregular past opening the sentence ("Won Park" is a name)
    if sentence_start(text, w) and not listed and (w.kind is Kind.WORD or key in lex.common):
        # A verb or adverb opening the sentence: "Screened Moyo", "Following Moyo's advice", "Honestly Moyo";
        # also one no word list spells but common text does ("Onboarded Walmart", "Coached Aigerim": REDACT-FP).
        return key.endswith(("ly", "ed", "ing"))
    return False


def _strange_beside(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A found name word beside ``index`` that a rule found and no common word shares."""
    return any(
        0 <= j < len(tokens)
        and tokens[j].person
        and tokens[j].why != "model"
        and tokens[j].kind in (Kind.NAME, Kind.UNKNOWN)
        and tokens[j].key not in lex.common
        for j in (index - 1, index + 1)
    )


# Rules that find a name only where a person stands (a cue, a possessive, a person's verb, a label, a heading
# line's name, a title): a word joined to what they found is joined to a person. Names found by list membership
# alone ("run with a name": "Marshall Multimedia", "Juniper SA"), by the model, or by spreading are no anchor:
# on real resumes a word joined to those was a product or an employer as often as a name.
STRONG = frozenset(
    """person context|a person's place|only a person's place|surname after a word given name|name in a heading
    |last, first|surname_first|titled|_titled|initials|unknown word in a person's place|name run in a person's place
    |per / according to|signature|given + family|listed with a name, before a verb|joined to a name""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)


def _anchor(token: Token, lex: Lexicon) -> bool:
    """A found name word a neighbour may join: found by a rule that looks at where a person stands, or a listed
    name no ordinary word or product shares ("Zimba", "Okafor")."""
    if not token.person or token.own or token.upper:
        return False
    unique = (
        token.why == "run with a name"
        and token.kind is Kind.NAME
        and token.key not in lex.common
        and token.key not in lex.tech
    )
    return token.why in STRONG or unique


def join_words(text: str, tokens: list[Token], lex: Lexicon) -> set[str]:
    """Mark capitalised words joined to a found name (see the module's docstring); return the keys of the
    ordinary words so taken, for :func:`repeat_words`."""
    taken: set[str] = set()
    for run in runs(text, tokens):
        changed = True
        while changed:
            changed = False
            for n, index in enumerate(run):
                w = tokens[index]
                if w.person:
                    continue
                left = tokens[run[n - 1]] if n else None
                right = tokens[run[n + 1]] if n + 1 < len(run) else None
                beside = [x for x in (left, right) if x is not None and _anchor(x, lex) and joined(text, *_order(x, w))]
                if not beside or _never(text, tokens, index, lex):
                    continue
                if right is None or not right.person:
                    # After a found name, only a word the lists hold as a name ("[Aye] Mon"); never a place's or a
                    # thing's head word or a job ("Adeyemi Street", "Nobel Prize", "Okafor Developer"; firms,
                    # "[Okafor] Consulting", were protected before).
                    if w.key in PLACE_HEADS or w.key in NAMED_THINGS or w.key in ROLE_WORDS:
                        continue
                    if w.kind is Kind.WORD and w.key not in lex.family:
                        continue
                mark(w, "joined to a name")
                changed = True
                if w.kind in (Kind.WORD, Kind.AMBIG):
                    taken.add(w.key)
    return taken


def _order(a: Token, b: Token) -> tuple[Token, Token]:
    return (a, b) if a.start < b.start else (b, a)


def repeat_words(text: str, tokens: list[Token], taken: set[str], lex: Lexicon) -> None:
    """A word :func:`join_words` took, repeated alone and capitalised where a person stands, is that person."""
    if not taken:
        return
    for index, w in enumerate(tokens):
        if w.person or w.protected or not w.cap or w.key not in taken:
            continue
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if (before is not None and before.cap and joined(text, before, w)) or (
            after is not None and after.cap and joined(text, w, after)
        ):
            continue  # inside another capitalised run ("Trust Bank", "Memory Lane"): not alone
        possessive = text[w.end : w.end + 2] in ("'s", "’s")
        verb = after is not None and (after.key in _SPEECH_AFTER or after.key in PAST_VERBS or after.key.endswith("ed"))
        speaks = verb and after is not None and not after.cap and near(text, w, after)
        owned = possessive and after is not None and after.key in _OWNED
        cued = before is not None and before.key in PERSON_VERBS_BEFORE | STRONG_BEFORE and near(text, before, w)
        # The places of memory.redact_objects, for a word already found naming a person in this text: "the intro
        # came from Sunday", "said Denver would" once "Afterwards Sunday mentioned" named them.
        known = frozenset({w.key})
        placed = closing_object(text, tokens, [index], lex, known) or reported_subject(
            text, tokens, [index], lex, known
        )
        if speaks or owned or cued or placed:
            mark(w, "repeat of a joined name")


# What follows a verb: "Okafor and Talent split the calls", "... and Precious took over".
_OBJECT = frozenset("the a an our their his her its every each all both this that these those up over on".split())


def coordinated(text: str, tokens: list[Token], lex: Lexicon) -> set[str]:
    """ "Dana [Kim] and Talent split the reference calls", "Blessing and [Chidubem] ran the panel": one capitalised
    word listed with a found name (one name alone, a single word) before a verb is a second person, whatever the
    word also means (unless it is a word that never is a name). Returns the keys so taken, for
    :func:`repeat_words` ("...; Blessing took the first two")."""
    taken: set[str] = set()
    for index in range(1, len(tokens) - 2):
        conj = tokens[index]
        if conj.key not in ("and", "or") or conj.cap:
            continue
        left, right = tokens[index - 1], tokens[index + 1]
        if text[left.end : conj.start] != " " or text[conj.end : right.start] != " " or not (left.cap and right.cap):
            continue
        if left.person and right.person:
            # Both found ("Patience and [Chidubem]"): a word name among them is repeated where a person stands.
            taken |= {t.key for t in (left, right) if t.why != "model" and (t.kind is Kind.AMBIG or t.key in lex.tech)}
            continue
        if not left.person and not right.person:
            continue
        w, at = (right, index + 1) if left.person else (left, index - 1)
        found = left if left.person else right
        if not left.person and at and tokens[at - 1].cap and joined(text, tokens[at - 1], w):
            continue  # "New Trust and [Okafor]": not one word alone
        if not _anchor(found, lex) and found.kind is not Kind.NAME:
            continue
        # The verb after the pair: after the right-hand name (and the rest of its run, all found).
        last = index + 1
        while last + 1 < len(tokens) and tokens[last + 1].person and joined(text, tokens[last], tokens[last + 1]):
            last += 1
        verb = tokens[last + 1] if last + 1 < len(tokens) else None
        if verb is None or verb.cap or text[tokens[last].end : verb.start] != " " or _never(text, tokens, at, lex):
            continue
        following = tokens[last + 2] if last + 2 < len(tokens) else None
        spoken = verb.key in _SPEECH_AFTER or verb.key in PAST_VERBS or verb.key.endswith("ed")
        acts = following is not None and following.key in _OBJECT and near(text, verb, following)
        if spoken or acts:
            mark(w, "listed with a name, before a verb")
            if w.kind in (Kind.WORD, Kind.AMBIG) or w.key in lex.tech:
                taken.add(w.key)
    return taken


# Surnames that are also pronouns (Hmong Her, Chinese He), after a found name: the rest of it, not a pronoun.
_PRONOUN_SURNAMES = frozenset({"her", "he"})
PRONOUN_SURNAME = "pronoun surname"


def pronoun_surnames(text: str, tokens: list[Token]) -> None:
    """A capitalised "Her" or "He" right after a found name, mid-sentence ("Referee Mai Her says", "**MAI HER**"),
    is the rest of that name (a pronoun there would be lower case); left alone, the pronoun step made it
    "[PERSON] Their", text no other surname produces (outside check, session 6). Once a text has such a name, the
    same word capitalised mid-sentence (after a lower-case word or a comma) is its repeat: "ask Her about",
    "and Her promised". Marked here, in the name analysis, so spreading and settling know it
    (:func:`memory.redact_edges.settle` keeps it)."""
    found: set[str] = set()
    for index, (left, right) in enumerate(itertools.pairwise(tokens)):
        if _labelled_row(text, tokens, index) or _lower_after_name(text, tokens, index):
            mark(left if _labelled_row(text, tokens, index) else right, PRONOUN_SURNAME)
            continue
        if not left.person or right.person or not right.cap or right.key not in _PRONOUN_SURNAMES:
            continue
        if not left.cap or text[left.end : right.start] not in (" ", "\t"):
            continue
        if text[right.end : right.end + 1] in ("'", "’") and text[right.end + 1 : right.end + 2].isalpha():
            continue  # "He's", "Her's": a contraction
        mark(right, PRONOUN_SURNAME)
        found.add(right.key)
    if not found:
        return
    for index, w in enumerate(tokens):
        if w.person or not w.cap or w.key not in found or not index:
            continue
        gap = text[tokens[index - 1].end : w.start]
        before = tokens[index - 1]
        mid = (not before.cap and gap == " ") or gap.strip() == ","
        if mid and not (text[w.end : w.end + 1] in ("'", "’") and text[w.end + 1 : w.end + 2].isalpha()):
            mark(w, PRONOUN_SURNAME)


def _labelled_row(text: str, tokens: list[Token], index: int) -> bool:
    """ "Reviewer: Her, Mai": "Her" opening a labelled row before ", <found name>" that ends it is the surname of
    a "Last, First" row (a pronoun never stands there); the same decision as for any other surname."""
    word, after = tokens[index], tokens[index + 1]
    if word.person or not word.cap or word.key not in _PRONOUN_SURNAMES or not after.person:
        return False
    if text[word.end : after.start] != ", " or not text[: word.start].rstrip(" \t").endswith(":"):
        return False
    rest = text[after.end :].lstrip(" \t")
    return rest[:1] in ("", "\n", "|", ";", "(")


# After a lower-case name, the pronoun would own a noun; before these it owns nothing: "spoke with mai her today".
_NOT_OWNED = frozenset(
    """today yesterday tomorrow and about said says is was has had will would prefers wants thinks asked agreed
    this on at in re""".split()
)


def _lower_after_name(text: str, tokens: list[Token], index: int) -> bool:
    """ "spoke with mai her today": a lower-case "her"/"he" right after a found lower-case name, before a word no
    pronoun owns (or the end of a clause), is that name's surname."""
    left, right = tokens[index], tokens[index + 1]
    if not left.person or left.cap or right.person or right.cap or right.key not in _PRONOUN_SURNAMES:
        return False
    if text[left.end : right.start] != " ":
        return False
    nxt = tokens[index + 2] if index + 2 < len(tokens) else None
    if nxt is None or text[right.end : nxt.start].strip(" ") != "":
        return True  # the end of a clause: "thanks mai her."
    return nxt.key in _NOT_OWNED


def beside(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Words that stand with a found name as one: "nithya.manickam" (a handle), "Rotanak and [Megan]",
    "[Megan], Rotanak" — when the other word is no common English word, place, employer or product."""

    def fits(other: Token) -> bool:
        if other.person or other.protected or len(other.key) < 2 or other.kind is Kind.WORD:
            return False
        # A capitalised listed name beside a found one is a name even when it is also a word or a place ("Mere and
        # [Priya]", "with Dallas and [Priya]"); a place listed with places was protected before this.
        listed = other.cap and not other.upper and (other.key in lex.given or other.key in lex.family)
        if other.key in lex.tech and not listed:
            return False
        if other.key in PLACES or other.key in ORGS or other.key in MINOR_PLACES:
            return listed
        return listed or (other.key not in lex.common and other.key not in lex.ordinary)

    for index, token in enumerate(tokens):
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and token.person != after.person:
            other = after if token.person else token
            gap = text[token.end : after.start]
            handle = gap in (".", "_") and not token.cap and not after.cap
            listed = gap == ", " and token.cap and after.cap
            # "Maria Garcia, Senior Analyst": a job title after the comma, not a "Last, First" pair.
            titled = listed and (other.key in _TITLE_WORDS or _title_follows(text, tokens, index + 1))
            if (handle or listed) and not titled and fits(other):
                mark(other, "beside a name")
        if (
            token.key in ("and", "or")
            and index > 0
            and after is not None
            and text[token.start - 1 : token.start] == " "
        ):
            left = tokens[index - 1]
            if left.cap and after.cap and left.person != after.person and near(text, token, after):
                other = after if left.person else left
                if fits(other) and text[left.end : token.start] == " ":
                    mark(other, "beside a name")


# Words that open a job title after a name and a comma ("Maria Garcia, Senior Analyst at Deloitte").
_TITLE_WORDS = ROLE_WORDS | frozenset("principal associate assistant executive general regional global former".split())


def _title_follows(text: str, tokens: list[Token], index: int) -> bool:
    """The word at ``index`` is followed by a job word: "Garcia, Staff Engineer", "Okafor, Product Analyst"."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return after is not None and after.key in ROLE_WORDS and text[tokens[index].end : after.start] == " "
