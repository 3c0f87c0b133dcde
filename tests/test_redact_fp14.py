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
        # places of any name where only a place is: what is said of it, "work from"
        "Is Madison too far for you?",
        "Can Lincoln be the base for the role?",
        "Can you work from Tyler two days a week?",
        # languages of any name where a job ad or a level speaks of one
        "Welsh is a plus.",
        "Dari required; Pashto a plus.",
        "Her Georgian is conversational.",
        # holidays where only a holiday stands: greetings, celebrating, a label, a time off
        "Happy Diwali to everyone celebrating!",
        "Eid Mubarak from the recruiting team.",
        "We celebrate Kwanzaa and Hanukkah as a team.",
        "Hope you had a good Easter!",
        "Holidays: Christmas, Boxing Day",
        "HOLIDAY: CHRISTMAS DAY",
        "Out for Easter Monday.",
        # capitals labels and career lines
        "EMPLOYER: RAYMOND JAMES",
        "HOSPITAL: CEDARS-SINAI",
        "MOODY'S | SENIOR ANALYST | 2019-2022",
        "Notes\nLOWE'S - STORE MANAGER - 2015-2018\nSQL",
        # tools
        "Skills: Kafka, Jenkins, Hugo",
        "SKILLS: KAFKA, JENKINS, HUGO",
        "Tools: Vercel, Hugo, Jira",
        "Tools: Jenkins, Jira",
        "Strong Ruby experience and some Go.",
    ],
)
def test_things_named_like_people_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text.replace("She ", "They ").replace("Her ", "Their ")


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
        ("Tools: Grace Baker", ["Grace", "Baker"]),  # no product list holds them
        ("Tools: Ashby (owner: Lwazi)", ["Lwazi"]),
        ("EMPLOYER: TENZIN DORJE", ["TENZIN", "DORJE"]),  # no listed company: a sole trader's name
        ("REFERENCE: RAYMOND JAMES", ["RAYMOND", "JAMES"]),  # a person's label
        ("Skills: Python; referee Jenkins said yes", ["Jenkins"]),  # not an item of the list
        # review M1 on 13d29b3: a tools line's item is a listed product, between separators, nothing after it
        ("Stack: React, Node; Priya and Tumelo review every PR.", ["Priya", "Tumelo"]),
        ("Tech stack: Postgres, Kafka / Naledi owns the infra", ["Naledi"]),
        ("Software: Excel and Akinyi from finance trained her on it.", ["Akinyi"]),
        ("Software: Excel and Chiba from finance trained her on it.", ["Chiba"]),  # a place no list names a person
        ("Platforms: AWS and GCP, Kagiso is the admin", ["Kagiso"]),
        # review SHOULDs on 13d29b3
        ("Would Chiba be free for the panel on Friday?", ["Chiba"]),
        ("Can Kisumu make the 3pm debrief?", ["Kisumu"]),
        ("Joined Eli Lilly, Okafor and Ng on the call.", ["Eli", "Lilly", "Okafor"]),
        ("Eli Lilly | Engineering Manager | 2021-2023 (referee)", ["Eli", "Lilly"]),
        # review NITs on 9279074: a holiday label's item closes at a separator; a level closes the clause
        ("Holidays: Noel is out from the 3rd, cover needed.", ["Noel"]),
        ("Her Welsh is rusty on SQL but she will interview.", ["Welsh"]),
        ("Is Priya too far along to pause?", ["Priya"]),  # "too far along" is no place's
        ("Heard from Tyler yesterday.", ["Tyler"]),  # "from" after a verb other than working or living
        ("Can you work from Tyler's desk?", ["Tyler"]),  # a possessive
        ("Priya is a must for the panel.", ["Priya"]),  # no language
        ("We celebrate Priya today.", ["Priya"]),  # no holiday
        ("Thanks Holi for the notes.", ["Holi"]),  # a holiday word in a person's frame
        ("Out for Priya Raman.", ["Priya", "Raman"]),
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


def test_a_steward_is_no_gendered_word(redactor: Redactor) -> None:
    # OUTSIDE12's class 14: "steward" was rewritten into another trade; "stewardess" still marks sex
    assert redactor.redact("Union steward since 2019, and data steward for the HR tables.") == (
        "Union steward since 2019, and data steward for the HR tables."
    )
    assert redactor.redact("Worked as a stewardess for six years.") == "Worked as a flight attendant for six years."
