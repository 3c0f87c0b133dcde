"""The placeholder covers the name's words only (round 11's 'a frame word lost'): a lower-case name found by a
cue does not grow into the verb after it (memory.redact_n_lower.grow)."""

from __future__ import annotations

import pytest

from memory.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("name", ["hiroshi tanaka", "deshawn jackson", "banduk marika"])
def test_a_lower_case_name_does_not_take_its_verb(redactor: Redactor, name: str) -> None:
    # "went" and "well" are listed surnames too; before, both went into the placeholder.
    assert redactor.redact(f"reference call with {name} went well") == "reference call with [PERSON] went well"


def test_a_lower_case_given_name_still_takes_its_family_name(redactor: Redactor) -> None:
    assert redactor.redact("met april lane at the fair") == "met [PERSON] at the fair"
