"""Session 18's review MUST on a4f0130: the people-field, hand-over and foreign-clause rules took firms and nouns.

A firm joined by "&" in a people field or after a hand-over's "to" is one item, a firm ("assignee: Ernst & Young"
lost "Ernst"), and a French sentence opening with an elided article before a noun ("L'équipe a validé l'offre.")
lost its subject. The same slots still take a person's lone given name.
"""

from __future__ import annotations

import pytest

from memory.redact import redact


@pytest.mark.parametrize(
    "text",
    [
        "assignee: Ernst & Young",
        "cc: Simon & Schuster",
        "Reviewer: Lea & Perrins",
        "Forwarded to Tiffany & Co. for sign-off.",
        "Handing the account over to Ben & Jerry's next week.",
        "L'équipe a validé l'offre.",
        "L'offre a été envoyée.",
        "L'entreprise a recruté trois ingénieurs.",
    ],
)
def test_firms_and_french_nouns_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("assignee: Storm", "assignee: [PERSON]"),
        ("Panel: Ember, Storm", "Panel: [PERSON], [PERSON]"),
        ("Handing the req over to Destiny next week.", "Handing the req over to [PERSON] next week."),
        ("Laura a trouvé un bon profil.", "[PERSON] a trouvé un bon profil."),
        ("D'Souza a validé l'offre.", "[PERSON] a validé l'offre."),
    ],
)
def test_people_in_the_same_slots_still_go(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Florence Street will run the coding round.",
        "Austin Bay will run the coding round.",
        "Jordan Bridge will run the coding round.",
    ],
)
def test_a_given_name_and_a_landmark_head_before_a_modal_is_a_person(text: str) -> None:
    """Review MUST 1c on 411d80a: a given name that is also a listed place, before a family name that is a landmark
    head ("Street", "Bay", "Bridge"), as a modal's subject, was kept whole."""
    assert redact(text) == "[PERSON] will run the coding round."


@pytest.mark.parametrize("text", ["Tower Bridge will close for repairs.", "Moreton Bay will host the offsite."])
def test_a_landmark_before_a_modal_stays(text: str) -> None:
    assert redact(text) == text
