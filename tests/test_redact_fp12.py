"""Round 12's false-redaction frames (eval/redaction_round12_fp_data.py) and the rules of session 12 (FP helper).

Each keep-rule is tested both ways: the thing stays, and people written in the same place still go."""

from __future__ import annotations

import pytest

from eval.redaction_round12_fp_data import FRAMES, TERMS, negatives, positives
from memory.redact import Redactor


def test_round12_halves_share_no_frame_and_no_term() -> None:
    """The held-out half is new twice: other frames, filled with other terms; every frame is filled with people."""
    for kind, (tune_terms, held_terms) in TERMS.items():
        assert not set(tune_terms) & set(held_terms), kind
    assert not {i[1] for i in negatives(False)} & {i[1] for i in negatives(True)}
    for hold in (False, True):
        kinds = {i[0] for i in negatives(hold)}
        assert kinds == set(TERMS)
        assert {i[0] for i in positives(hold)} == kinds
    assert all(f.beside or "{X}" in f.for_people() for f in FRAMES)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    "text",
    [
        "I am travelling over Ganesh Chaturthi and back on the 3rd.",
        "No interviews before Eid al-Adha - the team is at half strength.",
        "Back after Mid-Autumn Festival on Monday.",
        "Let's wait until after Dragon Boat Festival to decide.",
        "Over Thaipusam, everyone is busy.",
        "During Nowruz the office closes early.",
        "Taking leave for Eid al-Fitr this year.",
        "Panel availability drops until Ganesh Chaturthi ends.",
    ],
)
def test_holidays_after_a_time_preposition_stay(redactor: Redactor, text: str) -> None:
    """A holiday of several words holding a word no name list holds, after a time preposition (or time off "for"),
    where the clause goes on with no verb of a person: a time, a purpose, a dash, "and" before no subject (one of
    one word only where the clause ends or a new one opens: "During Nowruz the office closes early.")."""
    assert redactor.redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wait until Ramazan replies.", "Ramazan"),
        ("Hold the offer until Mouloud and the panel agree.", "Mouloud"),
        ("Panel availability drops until Ramazan ends the call.", "Ramazan"),
        ("She is on leave for Nakato's wedding.", "Nakato"),
        ("Around Maulidi the team is quieter.", "Maulidi"),  # the reviewer's fresh_fp: "around" a person
        # review M1 on c5ef4f2: a holiday of one word is a given name too; only the clause's end keeps it
        ("Arranging leave for Ramazan this week.", "Ramazan"),
        ("Schedule the debrief after Mouloud on Monday.", "Mouloud"),
        ("Wait until after Muharram to decide.", "Muharram"),
        ("Hold the slot until Ashura ends.", "Ashura"),
        ("Second round after Ramazan on Tuesday; Ramazan chairs.", "Ramazan"),
        ("Hold until Nakato ends.", "Nakato"),
    ],
)
def test_people_after_a_time_preposition_still_go(redactor: Redactor, text: str, name: str) -> None:
    """The same places with people (Ramazan, Mouloud, Maulidi and Nauroz are given names and holidays too): a
    verb, a subject after "and", an affiliation or a possessive after the name says a person stands there."""
    assert name not in redactor.redact(text)
