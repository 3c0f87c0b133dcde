"""Session 13's swap rules: family names written first in capitals, initials before compound or short family names,
and the own name read from a resume head in the layouts of OUTSIDE11's classes N4/N5.

Each case was a difference between swaps of ``python -m eval.redaction_swap`` (its third part) or one of the
reviewer's second-pass changes at 75887d1 ("CANDIDATE: VAN DER BERG, [PERSON]" -> "[PERSON], [PERSON]" on a
second pass); the negatives are job-ad lists a first cut of the family-first rule took ("(HLD, LLD)").
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
    "family, given",
    [
        ("VAN DER BERG", "Pieter"),
        ("DOS SANTOS", "Aroha"),
        ("VAN 'T HOF", "Fleur"),
        ("Ó SÚILLEABHÁIN", "Tadhg"),
        ("FIELD", "Grace"),
        ("BAKER", "Hope"),
        ("DO", "Ky"),
        ("ERICKSON", "Adam"),
    ],
)
@pytest.mark.parametrize(
    "frame",
    [
        "CANDIDATE: {}",
        "INTERVIEW NOTES - {}\nStrong on SQL.",
        "INTERVIEWER: {} (BACKEND)",
        "{}\nSenior Project Manager",
    ],
)
def test_a_family_name_first_in_capitals_goes_whole_and_once(
    rules: Redactor, frame: str, family: str, given: str
) -> None:
    once = _one(rules, frame.format(f"{family}, {given}"))
    assert once == frame.format("[PERSON], [PERSON]")
    assert _one(rules, once) == once


def test_a_panel_in_capitals_family_first(rules: Redactor) -> None:
    assert _one(rules, "PANEL: FIELD, GRACE; SMITH, JOHN\nOUTCOME: advance") == (
        "PANEL: [PERSON], [PERSON]; [PERSON], [PERSON]\nOUTCOME: advance"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Preparing design documents (HLD, LLD), IP Schema and runbooks.",
        "Presentation Layer: HTML, CSS, JavaScript, Jquery, Bootstrap",
        "Experience with signals intelligence (HUMINT, SIGINT, GEOINT, OSINT, MASINT) required.",
        "Declaration: I, [PERSON], declare the above is true.",
        "SKILLS: PYTHON, Django",
        "LOCATION: PARIS, France",
    ],
)
def test_capitals_lists_are_not_family_names(rules: Redactor, text: str) -> None:
    assert _one(rules, text) == text


@pytest.mark.parametrize("family", ["Müller-Lüdenscheidt", "Ware", "Erickson", "Do"])
def test_an_initial_and_a_family_name_in_a_references_section(rules: Redactor, family: str) -> None:
    text = f"EDUCATION\nMSc, Erasmus University\n\nREFEREES\nK. {family}, Operations Lead, DHL"
    assert _one(rules, text).endswith("REFEREES\n[PERSON], Operations Lead, DHL")


@pytest.mark.parametrize(
    "profile, own",
    [
        ("HOPE BAKER · UX RESEARCHER\nportfolio: baker.design\n\nResearch lead.", "HOPE BAKER"),
        ("ADAM ERICKSON · UX RESEARCHER\nportfolio: erickson.design\n\nResearch lead.", "ADAM ERICKSON"),
        ("CURRICULUM VITAE\nORTIZ-BAKER, Zoë-Lynn\n\nResearch: biology.", "ORTIZ-BAKER, Zoë-Lynn"),
        ("CURRICULUM VITAE\nERICKSON, Adam\n\nResearch: biology.", "ERICKSON, Adam"),
        ("DATA ANALYST · LONDON\nSQL, Python, Tableau.", None),
    ],
)
def test_the_head_gives_the_own_name_in_session_13s_layouts(rules: Redactor, profile: str, own: str | None) -> None:
    assert rules.own_names([profile]) == [own]


@pytest.mark.parametrize("given, family", [("Zoë-Lynn", "Ortiz-Baker"), ("Adam", "Erickson")])
def test_a_note_names_the_candidate_as_a_family_first_head_does(given: str, family: str) -> None:
    candidate = Candidate(candidate_id="c1", summary=f"CURRICULUM VITAE\n{family.upper()}, {given}\n\nBiology.")
    note = f"Onsite (Ana Cruz): {given} was strong.\n10:00 {given} - debrief"
    out = redactor().redact_many([note], [candidate])[0]
    assert out == "Onsite ([PERSON]): [PERSON] was strong.\n10:00 [PERSON] - debrief"
