"""Rendering a redacted text: runs of person words become one ``[PERSON]`` or ``[CANDIDATE]`` each.

Split out of :mod:`memory.redact` (past ~400 lines) unchanged. The model pass renders a text with the names
found so far replaced, and needs to know where each kept word moved to, so rendering returns offsets too.
"""

from __future__ import annotations

from memory.redact_lexicon import NAME_ABBREVIATIONS, NAME_PREFIXES_IF_FOUND, PARTICLES, TITLES
from memory.redact_patterns import CANDIDATE, PERSON
from memory.redact_tokens import Token


def shifted_token(token: Token, start: int) -> Token:
    """The same token at another offset (in a rendered text)."""
    return Token(start, start + (token.end - token.start), token.key, token.cap, token.upper, token.kind)


def person_regions(text: str, tokens: list[Token]) -> list[tuple[int, int, bool]]:
    """Character regions to replace: runs of person words joined by spaces, hyphens or initials' dots.

    A region is the candidate's only when every name word in it is theirs: a referee who shares the
    candidate's surname is another person, whatever the rotation of names.
    """
    spans: list[list[Token]] = []
    for token in tokens:
        if not token.person:
            continue
        if spans:
            previous = spans[-1][-1]
            gap = text[previous.end : token.start]
            # The full stop of an initial, a title or a shortened name is inside the name: "Abd. Rahman" is one
            # region, as "Abdul Rahman" is, so no full stop is left beside the placeholder (issue 10's swaps).
            dotted = (
                previous.key in TITLES or previous.key in NAME_ABBREVIATIONS or previous.key in NAME_PREFIXES_IF_FOUND
            )
            dots = " .-\t" if len(previous.key) == 1 or dotted else " -\t"
            if token.key == "t" and gap in (" '", " ’"):
                gap = " "  # "van 't Hof": the particle's apostrophe joins the name
            if len(gap) <= 3 and gap.strip(dots) == "" and "\n" not in gap:
                spans[-1].append(token)
                continue
        spans.append([token])
    regions = []
    for span in spans:
        names = [t for t in span if len(t.key) > 1 and t.key not in TITLES and t.key not in PARTICLES]
        # A name of particles only is the candidate's when its words are theirs: "An is strong." for Grace An
        # (review S6, session 11), as "Grace is strong." is.
        # Initials alone ("H.F. here") are the candidate's when the identity says they are (memory.redact_s_calls).
        words = names or [t for t in span if len(t.key) > 1 and t.key not in TITLES] or span
        regions.append((span[0].start, _end(text, span[-1]), bool(words) and all(t.own for t in words)))
    return regions


def _end(text: str, last: Token) -> int:
    """Where a region ends: after its last word, and after the full stop of an initial closing it mid-sentence
    ("J.R., an analyst", "T.K. was sharp", "P. K.'s notes"): that stop is the name's, so the text reads "[PERSON],"
    as "James," does (OUTSIDE14's initials: "[PERSON]., an", whose stop also ended a sentence for the chunker).
    Before a capital, a line's end or the text's end the stop also ends the sentence and stays ("Ask J.R. Then")."""
    end = last.end
    if len(last.key) != 1 or text[end : end + 1] != ".":
        return end
    after = text[end + 1 : end + 3]
    if after[:1] in (",", ";", ":", ")", "'", "’") or (after[:1] == " " and after[1:2].islower()):
        return end + 1
    return end


def render_with_offsets(text: str, tokens: list[Token]) -> tuple[str, dict[int, int]]:
    """The text with person regions replaced, and where each kept token now starts."""
    regions = person_regions(text, tokens)
    out: list[str] = []
    moved: dict[int, int] = {}
    cursor = 0
    length = 0
    region_index = 0
    for index, token in enumerate(tokens):
        while region_index < len(regions) and regions[region_index][1] <= token.start:
            start, end, own = regions[region_index]
            piece = text[cursor:start]
            out.append(piece)
            length += len(piece)
            placeholder = CANDIDATE if own else PERSON
            out.append(placeholder)
            length += len(placeholder)
            cursor = end
            region_index += 1
        if token.person or token.start < cursor:
            continue
        piece = text[cursor : token.start]
        out.append(piece)
        length += len(piece)
        moved[index] = length
        cursor = token.start
    for start, end, own in regions[region_index:]:
        out.append(text[cursor:start])
        out.append(CANDIDATE if own else PERSON)
        cursor = end
    out.append(text[cursor:])
    return "".join(out), moved


def render(text: str, tokens: list[Token]) -> str:
    """The text with person regions replaced by their placeholders."""
    return render_with_offsets(text, tokens)[0]
