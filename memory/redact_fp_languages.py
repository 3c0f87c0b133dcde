"""Languages of the gazetteer where a language stands: before a language's noun, before what a job ad says of
one, after "fluent in" or "speaks" (the rules are in :mod:`memory.redact_fp_gazetteer`'s docstring)."""

from __future__ import annotations

from memory.redact_fp_tables import Gazetteer, match, next_member
from memory.redact_tokens import Token

# What follows a language's name where it names the language: "Tigrinya speakers", "Pashto fluency",
# "Tigrinya-speaking" (hyphenated only). Never what a person does or is ("Sena tutoring the new hires", "Iban
# speaking first", "Dan fluent in Go", "Limbu interpreter"): languages of any name are read before these (Sena,
# Dan, Swati, Shona are given names; review M3, session 10).
_LANGUAGE_NOUNS = frozenset(
    """speakers fluency proficiency skills literacy language translation translations version versions subtitles
    content materials classes lessons instruction""".split()
)
_HYPHENED_LANGUAGE_NOUNS = frozenset("speaking speaker speakers".split())


def _language_noun(text: str, tokens: list[Token], end: int) -> bool:
    after = tokens[end] if end < len(tokens) else None
    if after is None or after.cap:
        return False
    gap = text[tokens[end - 1].end : after.start]
    return (gap == " " and after.key in _LANGUAGE_NOUNS) or (gap == "-" and after.key in _HYPHENED_LANGUAGE_NOUNS)


# What is said of a language in a job ad, right after its name and closing the clause: "Tigrinya is a plus.",
# "Pashto preferred;". A person there is written with more after it ("Gift preferred the late slot").
_LANGUAGE_PREDICATES = (
    "is a plus",
    "a plus",
    "preferred",
    "is preferred",
    "required",
    "is required",
    "essential",
    "is essential",
    "desirable",
    "is desirable",
    "helpful",
    "is helpful",
    "a must",
    "is a must",
)
_CLAUSE_END = frozenset(".,;:!?)\n")
# Words before a language where it names the language: "fluent in Tigrinya", "speaks Pashto".
_LANGUAGE_CUES = frozenset("fluent speak speaks spoke speaking native bilingual trilingual".split())


def _predicate_after(text: str, at: int) -> bool:
    rest = text[at : at + 20]
    for words in _LANGUAGE_PREDICATES:
        if rest.startswith(" " + words):
            after = at + 1 + len(words)
            return after >= len(text) or text[after] in _CLAUSE_END
    return False


def language_frame(text: str, tokens: list[Token], start: int, end: int, unnamed: bool) -> bool:
    """A language (or a list of languages, ``start:end``) where a language stands: before a language's noun
    (languages of any name), or, when no member is a name word, before what a job ad says of one or after
    "fluent in", "speaks". A list is framed as a whole, never by its members alone: "Limbu and Sherpa ran the
    debrief" are people (surnames that are language names; review M2, session 10)."""
    if _language_noun(text, tokens, end):
        return True
    before = tokens[start - 1] if start else None
    cue = before is not None and not before.cap and before.key in _LANGUAGE_CUES
    return unnamed and (cue or _predicate_after(text, tokens[end - 1].end))


def language_list(text: str, tokens: list[Token], start: int, end: int, table: Gazetteer) -> tuple[int, bool]:
    """The end of the list of languages opening with ``tokens[start:end]`` ("English, Amharic or Tigrinya"), and
    whether no member is a name word; (0, False) for a later member of a list (decided with its first)."""
    before = tokens[start - 1] if start else None
    if before is not None and (before.key in ("and", "or") or text[before.end : tokens[start].start].strip() == ","):
        return 0, False
    unnamed = match(table.languages, text, tokens, start) == end - start
    while (member := next_member(text, tokens, end, table.all_languages)) is not None and member[1]:
        following, length = member
        unnamed = unnamed and match(table.languages, text, tokens, following) == length
        end = following + length
    return end, unnamed
