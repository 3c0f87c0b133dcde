"""Session 12's swap rules (``memory.redact_s_*``): decisions made by a word's place or shape, never by the name.

Each case was a difference between two swaps of the whole-document harness (``python -m eval.redaction_swap``)
at 7b5c0fa (most assertions fail there), or a regression a first cut of these rules made (the own-name cases).
"""

from __future__ import annotations

import pytest

from memory import Candidate
from memory.redact import Redactor
from memory.redaction_port import redactor


@pytest.fixture(scope="module")
def rules() -> Redactor:
    return Redactor()


def _one(redactor: Redactor, text: str) -> str:
    return redactor.redact_many([text], [None])[0]


@pytest.mark.parametrize(
    "text",
    [
        "Debrief:\n- A. Erickson: hire, clear communicator",
        "Debrief:\n- A. Okonkwo: hire, clear communicator",
        "Debrief:\n- A. Raghunathan: hire, clear communicator",
    ],
)
def test_an_initial_goes_with_the_name_after_it(rules: Redactor, text: str) -> None:
    assert _one(rules, text) == "Debrief:\n- [PERSON]: hire, clear communicator"


def test_a_word_before_an_initial_is_the_names_only_when_it_is_a_given_name(rules: Redactor) -> None:
    # "Onsite" went with "B. Schmitt" and stayed before "A. Gonzalez" (a thing's run): now it stays for every name.
    assert _one(rules, "Onsite B. Schmitt: the panel met.").startswith("Onsite [PERSON]:")
    assert _one(rules, "Mary J. Okonkwo sang.") == "[PERSON] sang."


def test_a_field_of_initials_is_identity(rules: Redactor) -> None:
    for letters in ("C.", "O.", "J. R."):
        assert _one(rules, f"initials: {letters}\ntitle: SDR") == "initials: [PERSON].\ntitle: SDR"


@pytest.mark.parametrize("name", ["JODY KOCH", "MARK CASE", "DEJA RIVERS", "WULANDARI", "ANA DE LA CRUZ"])
def test_a_references_section_names_its_referees_by_layout(rules: Redactor, name: str) -> None:
    text = f"EDUCATION\nMSc Statistics, University of Leeds\n\nREFERENCES\n{name}, Head of Analytics, Unilever\n"
    assert _one(rules, text).endswith("REFERENCES\n[PERSON], Head of Analytics, Unilever\n")


def test_a_references_label_names_each_entry(rules: Redactor) -> None:
    out = _one(rules, "References: MARK CASE, Consultant; Joy Bird (Ward Manager).")
    assert out == "References: [PERSON], Consultant; [PERSON] (Ward Manager)."


@pytest.mark.parametrize(
    ("profile", "own"),
    [
        ("ANDRES GONZALEZ\nData Analyst\n\nPROFILE\nAnalyst.", "ANDRES GONZALEZ"),
        ("Blake Schmitt\nblake@mail.example | +1 (415) 555-0142\n\nSUMMARY\nBackend.", "Blake Schmitt"),
        ("Name: Ngozi Adeyemi\nEmail: n@x.com\n", "Ngozi Adeyemi"),
        ("CANDIDATE: Schmitt, Blake\nROLE SOUGHT: Mechanical Engineer\n", "Schmitt, Blake"),
        ("Resume - Blake Schmitt\n\nSkills", "Blake Schmitt"),
        ("Dear Ngozi Adeyemi,\n\nI am writing to apply.", None),
        ("Education Details \nMay 1999 to September 2002 Diploma", None),
        # A mononym no list holds, alone on the first line or after a label: the head's layout names it.
        ("WULANDARI\n\nSkills: SQL", "WULANDARI"),
        ("Resume - Wulandari\n\nSkills: SQL", "Wulandari"),
        ("Data Analyst\nSQL, Python", None),
        # A short family name the rules give back as a word ("Do") closes the name; a degree does not.
        ("Resume - Tuan Do\n\nSkills: SQL", "Tuan Do"),
        ("Jake Koch MBA\nSkills: SQL", "Jake Koch"),
        ("Ji-ho McDonald\nSkills: SQL", "Ji-ho McDonald"),
        ("Java Developer\nSpring, Hibernate", None),
        # A line cut by the head's length is never read: "Jan" was all that was left of "January 2018".
        ("Skills: " + "SQL, " * 70 + "\nJanuary 2018 to May 2019 Diploma", None),
    ],
)
def test_the_resume_head_gives_the_persons_own_name(rules: Redactor, profile: str, own: str | None) -> None:
    assert rules.own_names([profile]) == [own]


@pytest.mark.parametrize(("given", "family"), [("Andres", "Gonzalez"), ("Blake", "Schmitt"), ("Angel", "Vang")])
def test_a_note_names_the_candidate_as_their_resume_head_does(given: str, family: str) -> None:
    """No ``name`` on record: the resume's heading gives the own name, removed in any form (initial + family,
    possessive) in their notes, as [PERSON] (the placeholder never tells whether the head was read)."""
    person = Candidate(candidate_id="c1", summary=f"{given.upper()} {family.upper()}\nData Analyst\n\nSQL, Python.")
    note = f"Onsite {given[0]}. {family}: calm under pressure. Send {given}'s scorecard to the panel."
    (out,) = redactor().redact_many([note], [person])
    assert out == "Onsite [PERSON]: calm under pressure. Send [PERSON]'s scorecard to the panel."


@pytest.mark.parametrize("own", ["Grace Field", "Will Hunter", "Summer Lake", "Ngozi Adeyemi"])
def test_a_resumes_ordinary_words_stay_whoever_it_belongs_to(own: str) -> None:
    """Class 21: with no name on record, a common word capitalised mid-sentence is the candidate only where a
    person stands; "Field trials" stayed for Will Hunter and went for Grace Field."""
    given = own.split()[0]
    body = "Participate in Field trials and the Summer release, then the Lake survey."
    person = Candidate(candidate_id="c1", summary=f"{own}\nField engineer\n\n{body}")
    (profile,) = redactor().redact_many([person.public().profile_text()], [person])
    assert profile == f"[PERSON]\nField engineer\n\n{body}"
    (note,) = redactor().redact_many([f"Spoke with {given} today; {given}'s demo was strong."], [person])
    assert note == "Spoke with [PERSON] today; [PERSON]'s demo was strong."


def test_an_own_family_name_after_a_particle_or_an_initial_is_theirs() -> None:
    from memory.redact import redact

    assert redact("Candidate: Luuk van den Berg", ["Luuk van den Berg"]) == "Candidate: [CANDIDATE]"
    assert redact("Declaration: true.\nJ. Bird", ["Joy Bird"]) == "Declaration: true.\n[CANDIDATE]"


def test_an_own_name_of_particles_only_is_the_candidate() -> None:
    """Review S6 (session 11): "An is strong." for Grace An gave [PERSON] where "Grace is strong." gave
    [CANDIDATE]: a region of particles only was never the candidate's."""
    from memory.redact import redact

    assert redact("An is strong.", ["Grace An"]) == redact("Grace is strong.", ["Grace An"]) == "[CANDIDATE] is strong."
