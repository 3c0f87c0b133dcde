"""Session 10's frames (memory/redact_n_frames.py, redact_n_lower.py, redact_chat.py): the same text for every name.

Each frame is filled with names of many origins written for this file (none from eval/redaction_round10_data.py)
and must give one text; the same frame with things keeps them.
"""

from __future__ import annotations

import pytest

from memory.redact import Redactor


@pytest.fixture(scope="module")
def lists() -> Redactor:
    return Redactor(layers={"identity", "lists"})


# Given names alone: Pacific, West African, Mongolian hyphenated, Maghreb hyphenated, Zimbabwean word names, a
# listed name no word shares.
_GIVEN = ["Akanesi", "Chibuike", "Temuulen", "Khulan-Erdene", "Nour-Eddine", "Lovejoy", "Priyanka"]


@pytest.mark.parametrize(
    "frame",
    [
        "Did {g} sign the offer?",
        "Is {g} still interested?",
        "I handed the laptop over to {g}.",
        "Please forward the packet to {g} when you can.",
        "One reference came from {g}.",
        "{g}, Senior Analyst, ran the panel.",
        "[10:02] {g}: running late",
    ],
)
def test_a_name_alone_in_a_persons_frame_is_removed_whatever_its_origin(lists: Redactor, frame: str) -> None:
    assert {lists.redact(frame.format(g=g)) for g in _GIVEN} == {frame.format(g="[PERSON]")}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Did Kafka lag again?", "Kafka"),
        ("Is Python required for the role?", "Python"),
        ("Will Monday work for the onsite?", "Monday"),
        ("Is April a good month to start?", "April"),
        ("Moved the debrief to Thursday.", "Thursday"),
        ("Escalated the ticket to Legal.", "Legal"),
        ("Sent the samples to Denver.", "Denver"),
        ("The data came from Snowflake.", "Snowflake"),
        ("update: ok for thursday", "update"),
        ("Courage: Doing what is right for patients", "Courage"),
        ("Webserver: Jenkins", "Webserver"),
        ("Remote, Staff Engineer, full time", "Remote"),
    ],
)
def test_the_same_frames_keep_things(lists: Redactor, text: str, kept: str) -> None:
    out = lists.redact(text)
    assert kept in out and "[PERSON]" not in out


# Lower case: a strange surname, a two-letter surname, a listed name no word shares.
_LOWER = ["mwanawasa", "xu", "okonkwo"]


@pytest.mark.parametrize(
    "frame",
    ["{l} can't make the 2pm", "{l} still waiting on references", "fyi {l} accepted", "dr. {l} signed the reference"],
)
def test_a_lower_case_surname_opening_a_chat_line(lists: Redactor, frame: str) -> None:
    assert {lists.redact(frame.format(l=name)) for name in _LOWER} == {
        frame.format(l="[PERSON]").replace("dr. [PERSON]", "[PERSON]")
    }


@pytest.mark.parametrize(
    "text", ["kafka is down again", "nginx can't start", "build still failing", "the loop ran long"]
)
def test_a_chat_line_about_a_thing_keeps_it(lists: Redactor, text: str) -> None:
    assert lists.redact(text) == text


def test_a_pronoun_surname_is_removed_not_made_neutral(lists: Redactor) -> None:
    assert lists.redact("Reviewer: Mai Nou Her. Her was thorough.") == "Reviewer: [PERSON]. [PERSON] was thorough."
    assert lists.redact("her is out today") == "[PERSON] is out today"
    assert lists.redact("Her notes were thorough.") == "Their notes were thorough."


@pytest.mark.parametrize("family", ["van 't Hoog", "in 't Anker", "van der Plas", "op den Brink"])
def test_a_dutch_particle_goes_with_the_name(lists: Redactor, family: str) -> None:
    assert lists.redact(f"The reference from Maarten {family} was strong.") == "The reference from [PERSON] was strong."


@pytest.mark.parametrize("word", ["hill", "little", "wood"])
def test_an_ordinary_word_surname_after_a_verb_only_people_take(lists: Redactor, word: str) -> None:
    assert lists.redact(f"ask {word} about the offer") == "ask [PERSON] about the offer"
    assert lists.redact("pinged slack re onsite") == "pinged slack re onsite"


@pytest.mark.parametrize("name", ["SUTRISNO", "RATNAWATI", "MUNKHBAT"])
def test_a_mononym_heading_its_notes_in_capitals(lists: Redactor, name: str) -> None:
    assert lists.redact(f"{name} - FINAL ROUND") == "[PERSON] - FINAL ROUND"
    assert lists.redact("PYTHON - FINAL ROUND") == "PYTHON - FINAL ROUND"
    assert lists.redact("SRE - ONSITE ROUND") == "SRE - ONSITE ROUND"


@pytest.mark.parametrize("label", ["comp", "loc", "dept", "rsu", "cert", "rto"])
def test_a_notes_field_abbreviation_is_no_speaker(lists: Redactor, label: str) -> None:
    # review M4 (session 10): the label rule took recruiting notes' field abbreviations for speakers
    assert lists.redact(f"{label}: remote, EU hours only") == f"{label}: remote, EU hours only"
    assert lists.redact("tupac: ok for thursday") == "[PERSON]: ok for thursday"
