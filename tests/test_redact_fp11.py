"""Round 11's false-redaction frames (eval/redaction_round11_fp_data.py) and the rules of session 11 (FP helper)."""

from __future__ import annotations

import pytest

from eval.redaction_round11_fp_data import FRAMES, TERMS, negatives, positives
from memory.redact import Redactor


def test_round11_halves_share_no_frame_and_no_term() -> None:
    """The held-out half is new twice: other frames, filled with other terms."""
    for kind, (tune_terms, held_terms) in TERMS.items():
        assert not set(tune_terms) & set(held_terms), kind
    tune_texts = {text for _, text, _ in negatives(False)}
    hold_texts = {text for _, text, _ in negatives(True)}
    assert not tune_texts & hold_texts
    for hold in (False, True):
        kinds = {kind for kind, _, _ in negatives(hold)}
        assert kinds == set(TERMS)
        assert {kind for kind, _, _ in positives(hold)} == kinds  # every frame is filled with people too
    assert len(positives(False)) + len(positives(True)) == 8 * len(FRAMES)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Oromo and English at work.",
        "The candidate is fluent in English and Somali.",
        "Languages: French, Tigrinya",
        "Amharic (native), English (professional)",
        "Serves Pashto-speaking clients in Fresno.",
        "Hiring Haitian Creole-speaking nurses.",
    ],
)
def test_languages_stay_where_a_language_stands(redactor: Redactor, text: str) -> None:
    """The direct object of "speaks", after "fluent in", a "Languages:" line, before a level, before
    "-speaking": a language of any name (English, French, Somali are surnames too) stays."""
    assert redactor.redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spoke with Aigerim Nurlanovna and English about the offer.", "Nurlanovna"),
        ("Limbu and Sherpa ran the debrief.", "Limbu"),
        ("Interviewers: Selam Tesfaye, Tunde Bakare", "Tesfaye"),
        ("Fanomezantsoa Rakoto (hiring manager), Tunde (recruiter)", "Rakoto"),
        ("Speaks to Mbuyi Kabongo weekly.", "Kabongo"),
        # review M1-M3 of session 11: another field after the languages label, a panel's order, a phrasal verb
        ("Language: EN; owner: Dan", "Dan"),
        ("Panel order: Dan (first), Okafor (second)", "Dan"),
        ("Welsh - first, Okafor - second", "Welsh"),
        ("Spoke Irish through the offer.", "Irish"),
    ],
)
def test_people_in_the_neighbouring_frames_still_go(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Former employer: Thermo Fisher",
        "Company: BluOne (2016-2019)",
        "Previous employer: Raymond James",
        "Job location: Marion, open to hybrid",
        "Location: Tyler or remote",
        "Rejoined Lockheed Martin in March as a lead.",
        "Left Thermo Fisher to start a practice.",
        "Four years with Lockheed Martin as an associate.",
        "Colgate-Palmolive | Brand Manager | 2012 - 2016",
        "Joined Raymond James Financial in 2019.",
    ],
)
def test_employers_and_places_stay_in_shapes_no_person_has(redactor: Redactor, text: str) -> None:
    """An employer or location label's whole value; a listed company after "joined"/"left" before a time or the
    clause's end, after "<years> with", opening a firm - title - years line."""
    assert redactor.redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Previous manager: Raymond James", "Raymond"),
        # review M6 of session 11: a sole trader's own name, a calendar entry's host
        ("Company: Aizhan Nurlanova (freelance)", "Nurlanova"),
        ("Company: Emily Walsh", "Walsh"),
        ("Location: Sipho Dlamini (host), Zoom", "Dlamini"),
        ("Location: Lagos, Ngozi Adeyemi", "Adeyemi"),
        ("Education: Sipho Dlamini", "Dlamini"),
        ("University: Wiremu Ngata; supervisor", "Ngata"),
        ("Current employer: Nurlan Nurpeisov Design", "Nurpeisov"),
        ("Recruiter: Jackson Moyo", "Jackson"),
        ("Location: Zoom with Sipho Ndlovu", "Ndlovu"),
        ("Left Raymond James a message about the offer.", "Raymond"),
        ("Joined Priya Raman for lunch.", "Raman"),
        ("Spent an hour with Raymond James on the phone.", "Raymond"),
        ("Six years with Raymond James, who mentored her.", "Raymond"),
        ("Hery Rasoanaivo - Hiring Manager - second round", "Rasoanaivo"),
        # review M4 of session 11: companies made of name words only, and a person left in charge
        ("Left Cooper in charge of the debrief.", "Cooper"),
        ("Left Douglas as the backup interviewer.", "Douglas"),
        ("Spent two years with Rogers on the platform team.", "Rogers"),
        ("Brady | Engineering Manager | 2021-2023 (referee)", "Brady"),
        # review M10 of session 11: a one-word value a dictionary holds, with a person's role after it
        ("Company: Pasang (referee)", "Pasang"),
        ("Company: Dorje (referee)", "Dorje"),
        ("Employer: Tashi Dorje (reference)", "Dorje"),
    ],
)
def test_people_beside_employers_still_go(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Back the week of Christmas, then remote.",
        "Our Leeds branch is closed for Easter and reopens Tuesday.",
        "We are closed for Mardi Gras.",
        "Can start after St. Andrew's Day.",
        "Hoping to begin after Father's Day.",
        "Can start after Valentine's Day.",
        "After Mardi Gras, we hire.",
        "She was asked to start after Boxing Day.",
    ],
)
def test_holidays_of_any_name_stay_in_frames_no_person_has(redactor: Redactor, text: str) -> None:
    """After "<time noun> of", after "closed for" with a place or "we" closing, "<X>'s Day"; and "asked to
    begin" is a verb, not a chat verb's object (Begin is a surname too)."""
    assert redactor.redact(text).replace("They", "She") == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Out the week Tom Easter starts.", "Easter"),
        ("Let's hold the offer until after Noel.", "Noel"),
        ("Wait until Eid replies.", "Eid"),
        ("Asked Fanomezantsoa Rakoto to begin after Easter.", "Rakoto"),
        ("remind hill to send it", "hill"),
        ("Thanks to Priya's day off we moved it.", "Priya"),
        # review M5 of session 11: onboarding days
        ("Aizhan's Day One checklist is done.", "Aizhan"),
        ("Onboarding: Priya's Day 1 plan is in the doc.", "Priya"),
    ],
)
def test_people_beside_holidays_still_go(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact(text)


def test_covering_keeps_a_territory_not_a_person_covered_for(redactor: Redactor) -> None:
    """Review S1 (session 10): after "covering" a place is kept where a role covers it or a territory follows."""
    assert "Chiba" not in redactor.redact("I'm covering Chiba this week while Tunde is on leave.")
    kept = "Territory manager covering Tacoma and the surrounding counties."
    assert redactor.redact(kept) == kept
    assert redactor.redact("Covering Spokane, Tacoma and Boise.") == "Covering Spokane, Tacoma and Boise."


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Proficient with Retool, Postgres and dbt.", True),
        ("Skills: strong with Hasura, some Go.", True),
        ("Strong with Dagster and Python.", True),
        ("Strong with Aigerim Nurlanovna and Mark.", False),
        ("Strong with Priya Raman and the panel.", False),
    ],
)
def test_tools_no_list_holds_stay_beside_tools(redactor: Redactor, text: str, kept: bool) -> None:
    """After "<skilled> with", a run listed with a known product or on a tools line is a tool; listed with a
    person or a common word it is not decided by this rule."""
    assert (redactor.redact(text) == text) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("relo: ok for thursday", True),
        ("sched: tbd, asks good questions", True),
        ("tmrw: remote, EU hours only", True),
        ("zhanar: running late", False),
        ("tupac: ok for thursday", False),
        ("[10:02] relo: ok", False),
    ],
)
def test_field_abbreviations_are_no_chat_speakers(redactor: Redactor, text: str, kept: bool) -> None:
    """Review M4 of session 10: a field's abbreviation (a work word's first four letters or more, or no vowel)
    opening a note line stays; a name, a listed name, or a label in a stamped transcript is left to the label
    rule."""
    assert (redactor.redact(text) == text) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Did HireRight send the invite?", True),
        ("Wrote MapReduce jobs for the logs.", True),
        ("Did DeShawn send the invite?", False),
        ("Thanks FitzGerald.", False),
        ("Did MaryAnn sign?", False),
        ("Did BlackWell send the invite?", False),
        ("Reference: Jordan BlackWell", False),
    ],
)
def test_brands_made_of_two_words_stay(redactor: Redactor, text: str, kept: bool) -> None:
    """Review S2 of session 10 (in part): two common words joined with an inner capital are a brand; names joined
    so hold a particle, a given name or no word."""
    assert (redactor.redact(text) == text) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Skills: Glasgow Coma Scale, triage, Braden scale", True),
        ("Used the Beck Depression Inventory weekly.", True),
        ("School: Barnard", True),
        ("Education: Wellesley, BA Economics", True),
        ("Thanks, Tunde Scale.", False),
        ("School: Aroha Ngata (counsellor)", False),
    ],
)
def test_instruments_and_school_labels(redactor: Redactor, text: str, kept: bool) -> None:
    """Blind class 21 of session 10: an instrument's name ending in "Scale"/"Inventory" with common middle words;
    a school or trade label's value (unless a role in brackets names a person)."""
    assert (redactor.redact(text) == text) is kept
