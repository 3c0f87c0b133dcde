"""Session 15's false-redaction rules (OUTSIDE13's classes 15-22): what a table's header, a label or a heading says
its values are, a relocation line's arrow, leaving a firm before a time, interpreting a language, holidays after a
cause or a journey, dropping out of a school, trade words where a job title stands. Every frame is also filled with
people, who must still go."""

from __future__ import annotations

import pytest

from memory.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    "text",
    [
        # a table's column header names a thing
        "| Company | Role | Years |\n|---|---|---|\n| Raymond James | Analyst | 2019-2021 |",
        "| Employer | Title |\n|---|---|\n| Liebherr | Associate |",
        "| Hospital | Unit | Outcome |\n|---|---|---|\n| Groote Schuur | ICU | advance |",
        "| Location | Start |\n|---|---|\n| Florence | 2026-03 |",
        # a label's value, any case
        "Site: Christiana Care",
        "Hospital: Groote Schuur",
        "Site: Geisinger\nShift: nights",
        "PREVIOUS EMPLOYER: CHRISTIANA CARE",
        "PREVIOUS EMPLOYER: MOUNT SINAI\nYEARS: 4",
        "School: Ateneo de Manila\nDegree: BSc Nursing",
        "School: Universiti Malaya",
        "LANGUAGES: HILIGAYNON, ENGLISH",
        "Languages: Cebuano, Tok Pisin",
        "EDUCATION\nAteneo de Manila\nBSc Computer Science",
        "EDUCATION\nVassar, BA History",
        # a relocation line's arrow
        "RELOCATION: JACKSON -> DENVER",
        "Moving: Tyler → Austin (2025)",
        # leaving a firm before a time or a reason
        "They left Raymond James after the merger.",
        "They left Morgan Stanley last spring.",
        "They left Wendy's last spring.",
        "Left Liebherr in 2021 to join a startup.",
        # a workplace come or moved from, said so by what follows
        "They came from Groote Schuur with five years in ICU.",
        "Moved from Addenbrooke's to a smaller clinic.",
        # interpreting a language
        "Interprets Somali for patients.",
        "They interpreted Haitian Creole at the clinic.",
        # holidays after a cause or a journey
        "Start date pushed because of Easter.",
        "Travelling home for Christmas.",
        "Travelling for Deepavali, back on the 12th.",
        # dropping out of a school
        "Dropped out of Bucknell in 2012.",
        "They dropped out of Colgate.",
        # trade words where a job title stands
        "Senior Draper at the site.",
        "Head Shepherd since 2019.",
        "Tanner (journeyman)",
        "Cooper (2 yrs), site work",
        'Title on the badge: "Thatcher"',
        "SENIOR CARTER (2019-2022)",
        # a note field's abbreviation written capitalised (CLAIMS, session 15)
        "Comp: 120k",
        "Relo: Austin\nComp: 150k base",
    ],
)
def test_things_stay_where_only_a_thing_stands(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's column, beside a thing's
        ("| Company | Contact |\n|---|---|\n| Ford | Thandeka Mokoena |", "Mokoena"),
        ("| Hospital | Interviewer | Outcome |\n|---|---|---|\n| Groote Schuur | Nurlan Abenov | advance |", "Abenov"),
        ("| Client contact | Stage |\n|---|---|\n| Wanjiru Kamau | offer |", "Kamau"),
        # a person under a person's label, and a person's name under an education heading or a label
        ("Site lead: Okonkwo Eze", "Eze"),
        ("Education: Sipho Dlamini", "Dlamini"),
        ("EDUCATION\nPRIYA RAGHUNATHAN\nBSc Computer Science, 2019", "RAGHUNATHAN"),
        ("EDUCATION\nWanjiru Kamau, BA History", "Kamau"),
        ("Current employer: Nurlan Nurpeisov Design", "Nurpeisov"),
        ("Site: Groote Schuur\nContact: Aroha Ngata", "Ngata"),
        ("LANGUAGES: ENGLISH, SPANISH\nREFERENCES: TUNDE BAKARE", "BAKARE"),
        # an arrow between people, or a handover
        ("OWNER: WANJIRU KAMAU -> DENVER", "KAMAU"),
        ("Panel: Okonkwo -> Jackson", "Okonkwo"),
        # a person left in charge, left a note
        ("He left Nurlan Abenov in charge.", "Abenov"),
        ("She left Thandeka a voicemail.", "Thandeka"),
        # a time after a person left (review M1 on be3008c): only a listed firm or a shop takes these times
        ("Left Ebru last week a message about the start date.", "Ebru"),
        ("She left Tumelo after a year of mentoring.", "Tumelo"),
        ("He quit Greg after the merger.", "Greg"),
        ("She is leaving Wanjiru next month to join the platform team.", "Wanjiru"),
        # a second object after the time: who was left it is a person, a firm's name or not (review M1 on 84f47a4)
        ("Left Wendy last week a message about the start date.", "Wendy"),
        ("Left Okafor in 2022 a voicemail about the offer.", "Okafor"),
        # a person's team come from, a person taken over from
        ("They came from Priya Raman's team with five years in ICU.", "Raman"),
        ("Took over from Wanjiru Kamau as charge nurse.", "Kamau"),
        # a person interpreted for, dropped a note
        ("Interprets for Wanjiru at the clinic.", "Wanjiru"),
        ("Dropped Wanjiru Kamau a note.", "Kamau"),
        # a person's name after a seniority word's clause, a person's bracket
        ("Senior engineer Tumelo Dube at a boatyard", "Dube"),
        ("Tanner Okafor (2 yrs) led the site work", "Okafor"),
        ("Pepper (2 yrs) led the site work", "Pepper"),
        ("Head Carter said the crew was ready.", "Carter"),
        # a speaker's name before a colon, a given name written like a field's abbreviation
        ("Comp: 120k\nKwame: ok for Thursday", "Kwame"),
        ("Loc: ok for Thursday", "Loc"),
    ],
)
def test_people_in_the_same_places_still_go(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact(text)
