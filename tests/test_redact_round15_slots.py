"""Session 15: person slots decided by what a field or a line is (memory.redact_n_columns, memory.redact_n_labels,
memory.redact_n_signoff) and by the verb or preposition before a word (memory.redact_n_slots: a verb whose object
is only a person, "with" in Spanish, German, French and Portuguese notes, an aside naming who was on a call), and a
resume's first line of a name and post-nominals (memory.redact_n_postnominal).
Each slot is filled with people of origins no list holds and with the things that stand in the same slot."""

from __future__ import annotations

import pytest

from memory.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("owner,stage,next step\nhafizah,onsite,send offer", "owner,stage,next step\n[PERSON],onsite,send offer"),
        ("interviewer;stage;outcome\nGökhan;phone;advance", "interviewer;stage;outcome\n[PERSON];phone;advance"),
        (
            "| Interviewer | Stage | Outcome |\n|---|---|---|\n| Hope | onsite | advance |",
            "| Interviewer | Stage | Outcome |\n|---|---|---|\n| [PERSON] | onsite | advance |",
        ),
        ("Hiring manager\tRole\tStatus\nDavid Sage\tSRE\topen", "Hiring manager\tRole\tStatus\n[PERSON]\tSRE\topen"),
        ("APPLICANT: NGUYEN THI HOA\nROLE: DATA ANALYST", "APPLICANT: [PERSON]\nROLE: DATA ANALYST"),
        ("APPLICANT NAME: DO VAN AN\nSTATUS: NEW", "APPLICANT NAME: [PERSON]\nSTATUS: NEW"),
        ("Applicant: TY LE", "Applicant: [PERSON]"),
        ("Interviewer: BO KIM", "Interviewer: [PERSON]"),
        (
            "Thanks for turning the scorecard around so fast.\n-- Summer",
            "Thanks for turning the scorecard around so fast.\n-- [PERSON]",
        ),
        ("Thanks.\n—Wirat, Recruiting", "Thanks.\n—[PERSON], Recruiting"),
        ("Would rehire Gökhan without hesitation.", "Would rehire [PERSON] without hesitation."),
        ("We promoted Dilnoza last year.", "We promoted [PERSON] last year."),
        ("Gespräch mit Ebru am Montag war gut.", "Gespräch mit [PERSON] am Montag war gut."),
        ("Entretien avec Hallgrímur très positif.", "Entretien avec [PERSON] très positif."),
        (
            "Call went well (Gökhan on the call), next step onsite.",
            "Call went well ([PERSON] on the call), next step onsite.",
        ),
        ("Debrief (with Summer) moved to Friday.", "Debrief (with [PERSON]) moved to Friday."),
        ("CHOI YU, MBA\nData analyst, 6 years in retail.", "[PERSON], MBA\nData analyst, 6 years in retail."),
        ("Kim Bo Ra, PhD, PMP\nResearch engineer.", "[PERSON], PhD, PMP\nResearch engineer."),
    ],
)
def test_a_person_in_the_slot_goes(redactor: Redactor, text: str, want: str) -> None:
    out = redactor.redact(text)
    assert out == want
    assert redactor.redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "employer,stage,next step\nbosch,onsite,send offer",
        "tool;stage;outcome\nJira;phone;advance",
        'id,name,stage\n17,"Python, Go",screen',
        "Skill,Owner,Level\nPython,me,advanced",
        "Company name: Acme Corp",
        "Contact: HR team",
        "Owner: Recruiting",
        "Interviewer: TBD",
        "Candidate: Strong hire",
        "Candidate: Senior SRE",
        "EMPLOYER: BOSCH\nROLE: DATA ANALYST",
        "Thanks for turning the scorecard around so fast.\n-- Recruiting",
        "Thanks for turning the scorecard around so fast.\n-- HR",
        "Pros:\n-- Strong SQL\n-- Calm",
        "Gespräch mit Siemens am Montag war gut.",
        "Call went well (Zoom on the call), next step onsite.",
        "Debrief (with Finance) moved to Friday.",
        "Strong on Python (Django) and SQL.",
        "Worked on Kafka (Confluent) too.",
        "DATA ANALYST, PMP\nSix years in retail analytics.",
        "PROJECT MANAGEMENT, PMP\nSix years in delivery.",
    ],
)
def test_a_thing_in_the_same_slot_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text
