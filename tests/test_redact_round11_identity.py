"""The candidate's own name words in lower case (memory.redact_identity; session 10's outside check, class 12):
removed where a person stands whatever list also holds the word, kept as the word elsewhere."""

from __future__ import annotations

import pytest

from memory.redact import Redactor
from memory.redact_identity import Identity


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # A word list holds "eko": before, the own word was neither decided nor removed.
        ("Eko Prasetyo", "spoke to eko about the offer", "spoke to [CANDIDATE] about the offer"),
        # A product and a common word, where only a person stands.
        ("Ruby Nwachukwu", "spoke to ruby about the offer", "spoke to [CANDIDATE] about the offer"),
        ("Ruby Nwachukwu", "notes: ruby prefers remote", "notes: [CANDIDATE] prefers remote"),
        ("Hope Weaver", "spoke to hope about the offer", "spoke to [CANDIDATE] about the offer"),
        # Review M8 on c013b17: a label, and a product word protected before the identity was applied.
        ("Emily Walsh", "walsh: strong yes", "[CANDIDATE]: strong yes"),
        ("Summer Stone", "stone: strong yes", "[CANDIDATE]: strong yes"),
        ("Summer Stone", "Feedback on summer: advance.", "Feedback on [CANDIDATE]: advance."),
        ("Java Wibowo", "Java is strong in Java and Kotlin.", "[CANDIDATE] is strong in [CANDIDATE] and Kotlin."),
    ],
)
def test_own_word_where_a_person_stands_is_the_candidate(
    redactor: Redactor, name: str, text: str, expected: str
) -> None:
    assert redactor.redact(text, Identity.of(names=[name])) == expected


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Hope Weaver", "There is real hope for the new team."),
        ("Ruby Nwachukwu", "worked with ruby on rails for years"),
        ("Faith Mason", "Keeps faith with juniors and mentors well."),
        # A product's word in lower case is the word (review M8's NIT), a month before a date or closing a clause.
        ("Java Wibowo", "Strong in java and python."),
        ("August Lindqvist", "Shipped in June 2021; reviewed in August."),
    ],
)
def test_own_word_used_as_a_word_stays(redactor: Redactor, name: str, text: str) -> None:
    assert redactor.redact(text, Identity.of(names=[name])) == text
