"""Session 17's ordinary words (FP helper; OUTSIDE15's false-redaction classes by property): each kept where only
that thing stands, and people in the same slot (or its person variant) still removed."""

from __future__ import annotations

import pytest

from memory.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # liturgical seasons and academic terms (memory.redact_fp_terms)
        ("Back from Lent retreat next week.", "Lent"),
        ("Early Hilary term works for the panel.", "Hilary"),
        ("Starting from Trinity term we run panels weekly.", "Trinity"),
        ("Off from Advent until the new year.", "Advent"),
        ("Interviews pause over Michaelmas and resume after.", "Michaelmas"),
        # trade words after a role label and a verb of employment (memory.redact_fp_trades)
        ("Role: Cooper", "Cooper"),
        ("Job title: Thatcher (apprentice)", "Thatcher"),
        ("Hired as Chandler on the night line.", "Chandler"),
        ("Worked as Shepherd for three years.", "Shepherd"),
        # a firm apposed to a role in a career line (memory.redact_fp_apposed)
        ("Volunteer mentor, Lehman Brothers (2019-2021)", "Lehman Brothers"),
        ("Volunteer mentor, Eli Lilly (2019-2021)", "Eli Lilly"),
        ("Senior analyst, John Deere, 2015-2019", "John Deere"),
        # hospitals after a placement label, possessive ones too (memory.redact_fp_values, redact_fp_firms)
        ("Placement: Barts, cardiology ward.", "Barts"),
        ("Placement: Addenbrooke's, cardiology ward.", "Addenbrooke"),
        ("Rotation: Great Ormond Street", "Great Ormond Street"),
        # a language after a sentence-initial verb of speaking (memory.redact_fp_tables.OPENERS)
        ("Speaking Somali, she handled the calls.", "Somali"),
        # "<author> on <thing>:" with a thing's opening after the colon (memory.redact_n_about)
        ("Greg on Greenhouse: the pipeline is slow.", "Greenhouse"),
        ("Greg on Lever: it keeps timing out.", "Lever"),
    ],
)
def test_things_kept(redactor: Redactor, text: str, kept: str) -> None:
    out = redactor.redact(text)
    assert kept in out, out
    assert "[PERSON]" not in out.replace("[PERSON] on", "")  # only the author goes in "Greg on X:"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Back from the retreat with Hilary Mensah next week.", "Mensah"),
        ("Early feedback from Trinity Okafor works for the panel.", "Okafor"),
        ("Over Lent's objections the panel went ahead.", "Lent"),
        ("Reviewer: Cooper", "Cooper"),
        ("Role: Cooper Mensah", "Mensah"),
        ("Known as Cooper on the team.", "Cooper"),
        ("Hired as Mason Obi's replacement.", "Obi"),
        ("Mentor, Ama Owusu (2019-2021)", "Owusu"),
        ("Reference, Joyce Brothers (2019)", "Joyce"),
        ("Placement: Ama Owusu (mentor)", "Owusu"),
        ("Placement: Tevita Fifita", "Fifita"),
        ("Speaking with Amaka Obi, she handled the calls.", "Obi"),
        ("Greg on Tevita: strong hire.", "Tevita"),
        ("Greg on Tevita: the strongest candidate so far.", "Tevita"),
        ("Greg on Wiremu: worth a second look.", "Wiremu"),
        ("Greg on Okafor: the best answers, he was calm.", "Okafor"),
        # a given name, or a subject with no dictionary word, stays a person whatever opens the rest
        ("Priya on Kenji: the best system design answer I've seen.", "Kenji"),
        ("Ravi on Ngozi Adeyemi: the take-home was thorough.", "Adeyemi"),
        ("Ravi on Wiremu: it was a good conversation.", "Wiremu"),
        ("Ravi on Okafor: the take-home was thorough.", "Okafor"),
        ("Greg on Venkatesh Reddy: the system design round was weak.", "Reddy"),
        # given names no given-name list holds, with the interview's parts after the opener (review SHOULD on 560254d)
        ("Greg on Silence: the system design was weak, the SQL fine.", "Silence"),
        ("Greg on Obey: it was a good chat.", "Obey"),
        ("Greg on Brilliant: the take-home was thorough.", "Brilliant"),
        # a season word as a family name after "from"
        ("Heard from Lent yesterday; she accepted.", "Lent"),
    ],
)
def test_people_in_the_same_slots_removed(redactor: Redactor, text: str, gone: str) -> None:
    out = redactor.redact(text)
    assert gone not in out, out
