"""Redaction: nothing identifying leaks, gender swaps vanish, it is idempotent, skills survive."""

from __future__ import annotations

import pytest

from memory.redact import redact

SEEDED = (
    "Lakisha Washington (lakisha.w@example.com, +1 617-555-0199, @lakishaw) lives at 42 Elm Street, Boston, "
    "MA 02118. Born 12/03/1985, she is 38 years old, class of 2007. Portfolio: https://lakisha.dev/work and "
    "linkedin.com/in/lakishaw. Her manager Greg Baker and Mr. Patel praised her. ![photo](me.jpg) "
    "Referred by Emily Walsh. She was chairwoman of the sorority."
)
LEAKS = [
    "Lakisha",
    "Washington",
    "lakisha",
    "617",
    "0199",
    "@lakishaw",
    "Elm Street",
    "02118",
    "1985",
    "38 years",
    "2007",
    "https://",
    "linkedin.com",
    "Greg",
    "Baker",
    "Patel",
    "Emily",
    "Walsh",
    "photo",
    "me.jpg",
    "she",
    "She",
    "her",
    "Her",
    "chairwoman",
    "sorority",
]


def test_seeded_identity_never_leaks() -> None:
    out = redact(SEEDED, ["Lakisha Washington"])
    leaked = [token for token in LEAKS if token in out]
    assert leaked == [], out
    assert out.count("[CANDIDATE]") == 1 and out.count("[PERSON]") == 3 and "[CONTACT]" in out


@pytest.mark.parametrize(
    "text",
    [SEEDED, "He told her he'd send his notes to her team; she thanked him.", "Plain text with Kubernetes."],
)
def test_redaction_is_idempotent(text: str) -> None:
    once = redact(text, ["Lakisha Washington"])
    assert redact(once, ["Lakisha Washington"]) == once


@pytest.mark.parametrize(
    ("male", "female"),
    [
        ("He led his team and we told him directly.", "She led her team and we told her directly."),
        ("We gave him the offer; his code was clean.", "We gave her the offer; her code was clean."),
        ("The chairman said he'd return. Ask him about it.", "The chairwoman said she'd return. Ask her about it."),
        ("He is a fraternity member; his brother works here.", "She is a sorority member; her sister works here."),
    ],
)
def test_pronoun_and_gendered_term_swaps_redact_identically(male: str, female: str) -> None:
    assert redact(male) == redact(female)


def test_own_name_in_every_form() -> None:
    text = "Jamal Jones joined. Jamal's answers were sharp and Mr. Jones followed up. JAMAL JONES signed."
    assert redact(text, ["Jamal Jones"]) == (
        "[CANDIDATE] joined. [CANDIDATE]'s answers were sharp and [CANDIDATE] followed up. [CANDIDATE] signed."
    )


def test_skills_dates_and_everyday_words_survive() -> None:
    text = "Will ship Ruby on Rails and Julia code in May; Jenkins pipelines 2015-2019, 24 months on Spring."
    assert redact(text) == text
