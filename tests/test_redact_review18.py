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
