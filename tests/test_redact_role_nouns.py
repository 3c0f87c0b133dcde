"""Gendered role nouns are made neutral, never taken for a name (memory.redact_edges.ROLE_NOUNS)."""

from __future__ import annotations

import pytest

from memory.redact import Redactor, redact
from memory.redact_edges import NAMED_ROLE_NOUNS, ROLE_NOUNS

FRAMES = ("the {} agreed.", "The {} agreed.", "We spoke to the {} yesterday.", "The board {} agreed.")


def test_no_role_noun_becomes_a_placeholder_in_any_frame() -> None:
    words = sorted(ROLE_NOUNS | NAMED_ROLE_NOUNS)
    # Title case only where the noun opens the sentence's subject ("The Son agreed."); "The board Son agreed." may
    # be a board member named Son.
    texts = [frame.format(word.capitalize() if frame == FRAMES[1] else word) for frame in FRAMES for word in words]
    outs = Redactor().redact_many(texts, [None] * len(texts))
    taken = [(text, out) for text, out in zip(texts, outs, strict=True) if "[PERSON]" in out]
    assert taken == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the chairwoman agreed.", "the chair agreed."),
        ("The Son agreed.", "The Child agreed."),
        ("The board chairwoman agreed.", "The board chair agreed."),
        ("her husband called.", "their spouse called."),
        ("The Businesswoman agreed.", "The Businessperson agreed."),
    ],
)
def test_the_role_noun_is_made_neutral(text: str, expected: str) -> None:
    assert redact(text) == expected
    assert redact(expected) == expected  # the neutral word is no name either: a second pass keeps it


@pytest.mark.parametrize(
    "text",
    ["We met Son Heung-min today.", "Guy Okafor joined the panel.", "Interviewed Man Wai Chan.", "Son agreed to it."],
)
def test_names_spelled_like_role_nouns_still_go(text: str) -> None:
    out = redact(text)
    assert "[PERSON]" in out and not any(word in out for word in ("Son", "Guy", "Man"))


@pytest.mark.parametrize(
    "text",
    [
        "Julia Child joined the panel.",
        "Spoke with Marc Parent about the offer.",
        "George Foreman will interview on Friday.",
        "Feedback from Foreman was positive.",
        "Referee: Child, Julia (ex-manager)",
        "Tom Husband joined as referee.",
        "[09:15] son: agreed, send to onsite",
        "Phone screen with Guy Bell: and guy bell is to send a work sample.",
    ],
)
def test_family_names_spelled_like_role_nouns_go_whole(text: str) -> None:
    """Review M2: after a given name, as a label's value, alone or as a speaker, the word is the name's."""
    out = redact(text)
    kept = {"Child", "Parent", "Foreman", "Husband", "son", "Supervisor", "Spouse", "child", "person", "guy"}
    assert "[PERSON]" in out and not kept & set(out.replace(",", " ").replace(":", " ").split()), out
