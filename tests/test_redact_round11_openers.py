"""A request's verb opening a sentence is never swallowed into the placeholder, whatever the name after it
(memory.redact_n_openers; session 10's outside check, class 14: the model text differed by the name's origin)."""

from __future__ import annotations

import pytest

from memory.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# Names of several origins: listed (Emily Walsh, Sipho), unlisted (Bakhyt, Njaka Rasoanaivo, Tahu Pomare).
NAMES = ["Emily Walsh", "Sipho", "Bakhyt", "Njaka Rasoanaivo", "Tahu Pomare", "Aisha Bello", "João dos Santos"]


@pytest.mark.parametrize(
    "frame",
    [
        "Advance {} to the onsite.",
        "Move {} to the final round.",
        "Schedule {} for Thursday.",
        "Fast-track {} to the panel.",
        "Hire {}.",
    ],
)
def test_request_verb_stays_and_every_name_reads_the_same(redactor: Redactor, frame: str) -> None:
    expected = frame.format("[PERSON]")
    assert [redactor.redact(frame.format(name)) for name in NAMES] == [expected] * len(NAMES)


@pytest.mark.parametrize("name", ["Hery", "Bakhyt", "Nurlanbek"])
def test_a_word_no_list_knows_after_a_request_verb_is_a_name(redactor: Redactor, name: str) -> None:
    # Review M7 on 2a59ecf: with the verb protected, the lone unknown object was only asked of the tagger.
    assert redactor.redact(f"Hire {name}.") == "Hire [PERSON]."
    assert redactor.redact(f"Move {name} to the final round.") == "Move [PERSON] to the final round."


def test_second_pass_decides_as_the_first(redactor: Redactor) -> None:
    once = redactor.redact("Ping Aisha Bello before Friday about the references.")
    assert once == "Ping [PERSON] before Friday about the references."
    assert redactor.redact(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The opening word is the name's own: a name line, a table cell, a subject before its verb.
        ("Mere Ngata. She describes her background below.", "[PERSON]. They describes their background below."),
        ("Spotted Eagle | Wanbli | Backend Engineer | Panel", "[PERSON] | [PERSON] | Backend Engineer | Panel"),
        ("Boma Nazari and Ana Lima ran the panel.", "[PERSON] and [PERSON] ran the panel."),
        # The question rule, not this one, reads an auxiliary before a name.
        ("Did Siosaia confirm?", "Did [PERSON] confirm?"),
    ],
)
def test_an_opening_word_that_is_no_request_is_left_to_the_name_rules(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Schedule Zoom for the panel.", "Move Thursday to the final slot.", "Privacy Notice for California Candidates"],
)
def test_things_after_a_request_verb_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text
