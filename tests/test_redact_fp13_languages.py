"""Round 13's languages (FP helper, session 13, OUTSIDE11 class F6): a language after what is done in one ("the
interview in Plains Cree") or after a possessive ("Her Khmer is excellent"), and people beside those frames."""

from __future__ import annotations

import pytest

from memory.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Conducted the interview in Plains Cree.", "Plains Cree"),
        ("Conducted the interview in Quebec French.", "Quebec French"),
        ("Taught in Zulu for two years.", "Zulu"),
        ("Her Khmer is excellent.", "Khmer"),
        ("Her Moroccan Arabic is excellent.", "Moroccan Arabic"),
    ],
)
def test_a_language_where_a_language_stands_is_kept(redactor: Redactor, text: str, kept: str) -> None:
    out = redactor.redact(text)
    assert kept in out and "[PERSON]" not in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Conducted the interview with Tenzin Dorje.", "Tenzin"),
        ("Her manager Tenzin Dorje is excellent.", "Dorje"),
        ("Her Sena is excellent.", "Sena"),  # a language's name that is a given name: not after a possessive
        ("Conducted the interview in Aroha Ngata's office.", "Ngata"),
    ],
)
def test_people_beside_the_language_frames_still_go(redactor: Redactor, text: str, gone: str) -> None:
    assert gone not in redactor.redact(text)
