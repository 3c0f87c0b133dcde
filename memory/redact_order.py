"""Names written family name first: "Candidate: Sow, Amadou", "Okafor, Tunde:", "de Vries, Femke".

Used by :func:`memory.redact_names.analyse` after the run rules; also the small word tests those rules share
(:func:`opening`, :func:`rare_name`).
"""

from __future__ import annotations

from memory.redact_edges import CLOSINGS, CONTEXT_WORDS
from memory.redact_lexicon import MINOR_PLACES, ORGS, PARTICLES, PLACES, TITLES, Lexicon, lexicon
from memory.redact_tokens import MONTHS, Kind, Token, mark, sentence_start

# "Interviewer: Ruwan", "Applicant: Ozolins".
ROLE_LABELS = frozenset(
    "interviewer interviewers referee referees reference references candidate applicant name recruiter manager"
    " panelist panelists attendees cc from to author reviewer reviewers owner".split()
)


def opening(tokens: list[Token], index: int) -> int:
    """Where a name starting at ``index`` opens, with the lower-case particles before it ("de" in "de Vries")."""
    while index > 0 and tokens[index - 1].key in PARTICLES and not tokens[index - 1].cap:
        index -= 1
    return index


def namey(token: Token, lex: Lexicon) -> bool:
    """A capitalised word that may name a person: on a name list, or in no list and no dictionary."""
    if not token.cap or token.protected or token.key in PLACES or token.key in ORGS or token.key in lex.tech:
        return False
    if token.key in MINOR_PLACES or token.key in TITLES:
        return False
    strange = token.kind is Kind.NAME or (
        token.kind is Kind.UNKNOWN and (token.key not in lex.common or token.accented)
    )
    return strange or token.key in lex.given or token.key in lex.family


def rare_name(token: Token, lex: Lexicon) -> bool:
    """A listed name that is ambiguous only because an acronym shares it, not because it is an English word,
    a place or a product: in Title case "Esi" (ESi), "Seo" (SEO), "Hana" (SAP HANA) are names; "Kafka" is not."""
    return (
        token.kind is Kind.AMBIG
        and not token.upper
        and (token.key not in lex.tech or token.key in lex.acronyms)
        and (token.key in lex.given or token.key in lex.family)
        and (token.key not in lex.common or token.accented)
        and token.key not in lex.ordinary
        and token.key not in PLACES
        and token.key not in ORGS
        and token.key not in MINOR_PLACES
    )


def last_first(text: str, tokens: list[Token]) -> None:
    """ "Candidate: Sow, Amadou" and "Okafor, Tunde" alone on a line: a "Last, First" pair of name words."""
    lex = lexicon()
    for index in range(len(tokens) - 1):
        last, first = tokens[index], tokens[index + 1]
        start = opening(tokens, index)  # "de Vries, Femke"
        if text[last.end : first.start] != ", " or not sentence_start(text, tokens[start]):
            continue
        more = _given_words(text, tokens, index + 1)
        if _labelled_row(text, tokens, start, index, more, lex):
            for t in (*tokens[start:index], last, first, *more):
                mark(t, LABELLED_ROW)
            continue
        listed_last = last.cap and last.key in lex.family and not last.protected and last.key not in PLACES | ORGS
        # "Win, Thandar": a listed surname that is also a product's word, before a given name no list or word shares.
        unique_first = (
            first.kind in (Kind.NAME, Kind.UNKNOWN) and first.key not in lex.common and first.key not in lex.tech
        )
        if not namey(last, lex) and not (
            listed_last
            and last.key not in MINOR_PLACES
            and (last.key not in lex.tech or (unique_first and len(first.key) > 2 and first.cap))
        ):
            continue  # "Win, Thandar": a listed surname that is also a word or a product
        end = more[-1].end if more else first.end
        # What closes the pair, spaces skipped: "Sow, Amadou\n", "Record: Sow, Amadou | backend", "(onsite)".
        rest = text[end : end + 4].lstrip(" \t")[:1]
        if rest in ("-", "–", "—") and text[end : end + 1] == " ":
            rest = "|"  # "Aloba, Niyilolawa - phone screen - pass": a spaced dash separates fields as a bar does
        strange_last = last.kind is Kind.NAME or (last.key not in lex.common or last.accented)
        # "Zavala, Carolina:" — a given name that is also a place, after a family name, before a colon.
        placed_given = first.cap and first.key in (PLACES | MINOR_PLACES) and strange_last and rest[:1] == ":"
        # "Shortlist: Mwale, Gift;", "Candidate record: Miller, River |": after a surname no word shares (or any
        # listed surname), a listed given name or a capitalised word closing the pair is the given name, also when
        # it is a word or a product too; never a place, an employer, a month or a function word.
        # "Win, Thandar |": a given name no word shares after a surname that is also a word.
        strange_first = (
            first.kind in (Kind.NAME, Kind.UNKNOWN)
            and first.key not in lex.common
            and first.key not in lex.tech
            and len(first.key) > 2
        )
        strange_last = strange_last and last.key not in lex.tech and len(last.key) > 2
        listed_last = listed_last and (last.key not in lex.tech or strange_first)
        word_given = (
            first.cap
            and not first.upper
            and not first.protected
            and (first.key in lex.given or strange_last or strange_first)
            and first.key not in PLACES | ORGS | MINOR_PLACES | MONTHS | TITLES
            and first.key not in CONTEXT_WORDS
            and (listed_last or strange_last or (strange_first and last.cap and not last.upper))
            and last.key not in PLACES | ORGS | MINOR_PLACES | MONTHS | TITLES
            and last.key not in CONTEXT_WORDS
        )
        if not namey(first, lex) and not placed_given and not word_given:
            continue
        if rest and rest not in "\n;:|(":
            continue  # only a pair that ends its line: "Sow, Amadou\n", not "Paris, Texas and ..."
        label = start > 0 and tokens[start - 1].key in ROLE_LABELS
        # "Hiring lead: Banks, Grace | platform": after any label's colon, a family name then a given name that
        # closes its cell or line is the name, even when both are also words.
        colon = start > 0 and text[tokens[start - 1].end : tokens[start].start].strip() == ":"
        shaped = last.key in lex.family and first.key in lex.given and not last.upper and not first.upper
        label = label or (colon and shaped and rest in ("|", "\n", ";", "("))
        if rest == "(" and not (shaped or label):
            continue  # "Organization: Udemy, Coursera (MOOC)": a list, unless a name shape says otherwise
        strange = [t for t in (last, first) if t.kind is Kind.NAME or (t.key not in lex.common or t.accented)]
        if label or strange:
            for t in (*tokens[start:index], last, first, *more):
                mark(t, "last, first")


_NO_NAME = PLACES | ORGS | MONTHS | TITLES
# Why a labelled row's words were taken: kept by :func:`memory.redact_edges.settle` even when one is a function
# word ("Candidate: Do, Minh Anh").
LABELLED_ROW = "labelled last, first row"


def _labelled_row(text: str, tokens: list[Token], start: int, index: int, more: list[Token], lex: Lexicon) -> bool:
    """ "Candidate record: Young, Justice | backend", "Shortlist: Banks, River; Long, Faith": after a label's colon
    (or a pair found so before a semicolon), a listed family name and a listed given name closing the cell or
    line are a name whatever else they are (a small town, a product, a word): one pass decides the whole pair,
    so a second pass has nothing left to take. Never a major place, an employer, a month or a title."""
    last, first = tokens[index], tokens[index + 1]
    if start == 0 or not (last.cap and first.cap) or last.upper or first.upper or last.protected or first.protected:
        return False
    gap = text[tokens[start - 1].end : tokens[start].start].strip()
    chained = gap == ";" and tokens[start - 1].why in ("last, first", LABELLED_ROW)
    if gap != ":" and not chained:
        return False
    if first.key not in lex.given:
        return False
    words = (last, first, *more)
    if any(w.key in _NO_NAME for w in words) or any(w.key in CONTEXT_WORDS for w in (first, *more)):
        return False
    # The family name: a listed one, or any capitalised word (a function word: Vietnamese "Do") before a given name
    # no word or product shares ("Do, Minh Anh").
    clear = all(w.kind is Kind.NAME and w.key not in lex.tech for w in (first, *more))
    if (last.key not in lex.family or last.key in CONTEXT_WORDS) and not (clear and last.key not in lex.tech):
        return False
    end = words[-1].end
    rest = text[end : end + 4].lstrip(" \t")[:1]
    return rest in ("", "\n", "|", ";", "(") or (rest in ("-", "–", "—") and text[end : end + 1] == " ")


def _given_words(text: str, tokens: list[Token], index: int) -> list[Token]:
    """The capitalised words after a "Last, First" pair's first given word, joined by one space: its other given
    names ("Eh Paw", "Minh Anh"); none when a word there is a place, employer, month, title or protected."""
    more: list[Token] = []
    lex = lexicon()
    while len(more) < 2 and index + 1 < len(tokens):
        word = tokens[index + 1]
        if not word.cap or word.upper or word.protected or text[tokens[index].end : word.start] != " ":
            break
        if word.key in PLACES | ORGS | MINOR_PLACES | MONTHS | TITLES or word.key in CONTEXT_WORDS:
            return []
        if word.key in lex.tech and word.key not in lex.given:
            return []
        more.append(word)
        index += 1
    return more


def surname_first(text: str, tokens: list[Token]) -> None:
    """ "Okafor, Chidubem" and "Rivers, Kenya" at the start of a line or sentence: the surname goes too."""
    lex = lexicon()
    for index in range(len(tokens) - 1):
        token, after = tokens[index], tokens[index + 1]
        if token.person or token.protected or not token.cap or not after.person or not after.cap:
            continue
        if text[token.end : after.start] != ", " or not sentence_start(text, token) or token.key in CLOSINGS:
            continue  # "Sincerely, [Sukarni]": a letter's closing, then its writer
        if token.kind in (Kind.UNKNOWN, Kind.NAME) or token.key in lex.family:
            mark(token, "surname_first")
    for index in range(1, len(tokens)):
        token, before = tokens[index], tokens[index - 1]
        if token.person or token.protected or not token.cap or not before.person or not before.cap:
            continue
        if text[before.end : token.start] != ", " or not sentence_start(text, before):
            continue
        if (
            token.kind is Kind.NAME
            or (token.kind is Kind.UNKNOWN and (token.key not in lex.common or token.accented))
            or rare_name(token, lex)
            or (token.key in lex.given and not token.upper and text[token.end : token.end + 1] in (":", "\n", ""))
        ):
            mark(token, "surname_first")  # "Okafor, Tunde:", "[Yang], Maya:" (a given name closing the heading)
