"""Session 14's things named like people (FP helper; OUTSIDE12's classes 9-13 by property): each kept where only
that thing stands, and people in the same or a neighbouring shape still removed."""

from __future__ import annotations

import pytest

from memory.redact import Redactor
from memory.redact_fp_eponyms import eponyms


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    "text",
    [
        # class 13: a condition named by its eponym's possessive (ICD-10-CM's list), alone or before care
        "Five years treating Parkinson's on a neurology ward.",
        "Caseload included Crohn's, wound care and triage.",
        "Ran the Alzheimer's unit on nights.",
        "Supported patients with Huntington's and their families.",
        "Screened for Barrett's esophagus in the clinic.",
        # class 12: a holiday holding a person's name is one thing
        "The office is closed for Martin Luther King Jr. Day next week.",
        "Interviews resume after Lincoln's Birthday, then the panel meets.",
        "We skip the sync on Saint Nicholas Day this year.",
        "Panels pause over Christmas.",
        "Happy to push the onsite past Eid al-Fitr.",
        "The team is off for Juneteenth on Friday.",
        # class 10/11: a place under a place's label, capitals included
        "LOCATION: JACKSON, USA",
        "OFFICE: TYLER (HYBRID)",
        "Based in: Florence",
        "Would Tartu work for the onsite?",
        # class 11: languages with a level before them, and the registry's other English names
        "Analyst with SQL. Conversational Welsh.",
        "Native Georgian speaker.",
        "Skills: Excel. Basic Dari, fluent English.",
        "Fluent in Bengali and Hindi.",
        # class 9: firms named like people in employer shapes
        "Got an offer from Walt Disney last week.",
        "Competing offer from Wendy's expires Friday.",
        "Company: Sainsbury's",
        "She left Kraft Heinz in March.",
        "Six years at Moody's as a senior analyst.",
        "Kraft Heinz | Senior Analyst | 2019-2022",
        # tools
        "Tools: Vercel, Hugo, Jira",
        "Strong Ruby experience and some Go.",
    ],
)
def test_things_named_like_people_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text.replace("She ", "They ")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Thanks Parkinson's team for the notes.", ["Parkinson"]),  # a person's cue before the possessive
        ("Tom Parkinson's feedback is in.", ["Tom", "Parkinson"]),  # a full name's possessive
        ("George's.", ["George"]),  # a given-name eponym only before its own head
        ("Martin Luther King reviewed the take-home.", ["Martin", "Luther", "King"]),  # no "Day"
        ("Priya's Day 1 plan is ready.", ["Priya"]),  # a number after "Day"
        ("Location: Priya's desk", ["Priya"]),  # a possessive under a place's label
        ("Would Tartu join the panel?", ["Tartu"]),  # a person's verb, not a place's
        ("Conversational Thandeka joined the panel.", ["Thandeka"]),  # no language
        ("Got a verbal offer from Nomvula Dlamini yesterday.", ["Nomvula", "Dlamini"]),  # no listed company
        ("Got an offer from Kamau.", ["Kamau"]),  # a word no list holds: left to the name rules
        ("Offer from Priya's team went out.", ["Priya"]),  # a possessive that owns a noun
        ("Tools: Grace Baker", ["Grace", "Baker"]),  # a given and a family name under a tools label
        ("Tools: Ashby (owner: Lwazi)", ["Lwazi"]),
    ],
)
def test_people_beside_those_shapes_still_go(redactor: Redactor, text: str, names: list[str]) -> None:
    out = redactor.redact(text)
    assert all(name not in out for name in names), out


def test_the_eponym_list_is_icd_10_cm_s() -> None:
    listed = eponyms()
    assert {"alzheimer", "crohn", "parkinson", "huntington", "barrett"} <= set(listed)
    assert "esophagus" in listed["barrett"] and "palsy" in listed["bell"]
    assert not {"children", "farmer", "swimmer", "forest"} & set(listed)  # roles and common words are no eponym
