"""Round 13's employers no list holds, in an employer's shapes (FP helper, session 13): kept whatever their word,
and people beside those shapes still removed."""

from __future__ import annotations

import pytest

from memory.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    "text",
    [
        # F1: one word under an employer's label, or after a verb of leaving before a time or purpose, is the
        # employer whatever its word (no list gates it, so no origin is kept where another goes)
        "Current employer: Liebherr",
        "Company: Ferrero\nRole: Senior Buyer",
        "Left Heineken in 2021 to join a startup.",
        "She is leaving Lavazza at the end of the month.",
        "Quit Tchibo last year.",
    ],
)
def test_employers_no_list_holds_stay_in_an_employers_shape(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text.replace("She", "They")


@pytest.mark.parametrize(
    "text",
    [
        "Company: Rufaro (contact)",  # a person's role in brackets (review, session 11)
        "Employer: Aizhan Nurlanova (freelance)",  # a sole trader's full name
        "Current employer: Tenzin Dorje",  # two words: a person's full name stays the name rules'
        "Left Okafor in charge of the loop.",
        "Heard from Sutrisno in March.",  # not a verb of leaving
    ],
)
def test_people_beside_the_employer_shapes_still_go(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text)
    assert all(
        w not in out for w in ("Rufaro", "Aizhan", "Nurlanova", "Tenzin", "Dorje", "Nakato", "Okafor", "Sutrisno")
    )
