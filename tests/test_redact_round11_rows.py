"""A name alone in a delimited row's field (memory.redact_n_rows; session 10's outside classes 2 and 4)."""

from __future__ import annotations

import pytest

from memory.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("name", ["Thandeka", "Rakotomalala", "Nurbol"])
def test_a_name_between_dashes_goes(redactor: Redactor, name: str) -> None:
    assert redactor.redact(f"Panel - {name} - 14:00 - systems design") == "Panel - [PERSON] - 14:00 - systems design"


def test_both_names_of_a_record_line_go(redactor: Redactor) -> None:
    text = "2025-01-07,Ngcobo,Thandeka,technical,hold"
    assert redactor.redact(text) == "2025-01-07,[PERSON],[PERSON],technical,hold"


@pytest.mark.parametrize(
    "text",
    [
        "Panel - Zoom - 14:00 - systems design",
        "Interviewer 2 - Spanish - product sense - hire",
        "03.02.2025,Berlin,Java,final,offer",
        # A list of skills is no record: no field in lower case.
        "Core Java,JSP,Servlet,Spring,Hibernate - 6 months",
    ],
)
def test_things_in_the_same_fields_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text
