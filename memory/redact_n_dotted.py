"""Names with a full stop inside: "Abd. Rahman Ismail", "Muhd. Hafiz", "Ma. Cristina Reyes", "St. John Okoro".

A shortened given name or a name prefix written with a full stop (``NAME_ABBREVIATIONS``: Abd., Muhd., Md.,
Mst., Hj., Ma., Wm., Chas. ...) is part of the name after it. Left alone, the rules read the full stop as a
sentence end: the prefix stayed ("Hj. [PERSON]"), or became a placeholder of its own ("[PERSON]. [PERSON]"), or
the word after it stayed ("[PERSON]. Baker"); the full stop then cut the text into one more sentence and one
more passage, so the model texts of a note differed from those of the same note with "Abdul Rahman" in it
(OUTSIDE13's class 12; the reviewer's dotted swaps at 3d96f38). Here the prefix and the capitalised words of its
name are one person, rendered as one placeholder with the full stop inside it (``memory.redact_render``).
"""

from __future__ import annotations

from memory.redact_lexicon import DETERMINERS, NAME_PREFIXES_IF_FOUND, Lexicon
from memory.redact_tokens import Token, mark, shortened_name

# A shortened name opens at most this many capitalised words of its name ("Mohd. Faiz bin Osman": particles
# are crossed and not counted).
_NAME_WORDS = 3


def dotted_names(text: str, tokens: list[Token], lex: Lexicon) -> None:
    """Mark a shortened name and the name it opens.

    After ``NAME_ABBREVIATIONS`` the capitalised words that follow are a name whatever else they are ("Chas.
    Baker", "Wm. Carter": the trade word and the surname are the same name here). After a saint's or a clergy
    prefix (``NAME_PREFIXES_IF_FOUND``) only when a rule found a person in those words or took the prefix itself
    for one ("St. John Okoro" where Okoro was found), so "St. Jude Hospital" and "St. Louis" stay.
    """
    for index, token in enumerate(tokens[:-1]):
        if not token.cap or text[token.end : token.end + 1] != ".":
            continue
        strong = shortened_name(text, token)
        if not strong and token.key not in NAME_PREFIXES_IF_FOUND:
            continue
        if text[token.end : tokens[index + 1].start] not in (". ", "."):
            continue
        words = _name_after(text, tokens, index + 1, lex)
        if not words:
            continue
        found = [i for i in words if tokens[i].person]
        if not strong and not found and not token.person:
            continue
        # Up to the last word found (a prefix's) or the whole run (a shortened name's): "Ma. Cristina Reyes said".
        last = words[-1] if strong or token.person else found[-1]
        mark(token, "shortened name")
        for i in words:
            if i > last:
                break
            if not tokens[i].person:
                mark(tokens[i], "after a shortened name")


def _name_after(text: str, tokens: list[Token], start: int, lex: Lexicon) -> list[int]:
    """The capitalised words right after a shortened name, joined by spaces or hyphens (particles crossed); none
    that is a determiner or a common word no name list holds ("Md. The ...", "Senior")."""
    out: list[int] = []
    index = start
    counted = 0
    while index < len(tokens) and counted < _NAME_WORDS:
        token = tokens[index]
        if index > start and text[tokens[index - 1].end : token.start] not in (" ", "-"):
            break
        if not token.cap:
            if token.key in ("bin", "binti", "bt", "bte", "de", "dela", "del", "van", "von") and out:
                out.append(index)  # "Mohd. Faiz bin Osman": the particle is inside the name
                index += 1
                continue
            break
        if token.key in DETERMINERS or (
            token.key in lex.common and token.key not in lex.given and token.key not in lex.family
        ):
            break  # "Md. The ...", "Ma. Cristina Senior ...": no name word
        out.append(index)
        counted += 1
        index += 1
    while out and not tokens[out[-1]].cap:
        out.pop()  # a particle closes no name
    return out
