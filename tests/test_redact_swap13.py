"""Session 13's swap rules: family names written first in capitals, initials before compound or short family names,
and the own name read from a resume head in the layouts of OUTSIDE11's classes N4/N5.

Each case was a difference between swaps of ``python -m eval.redaction_swap`` (its third part) or one of the
reviewer's second-pass changes at 75887d1 ("CANDIDATE: VAN DER BERG, [PERSON]" -> "[PERSON], [PERSON]" on a
second pass); the negatives are job-ad lists a first cut of the family-first rule took ("(HLD, LLD)").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eval import redaction_swap as swap
from eval import redaction_swap_compare as cmp
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
        # Review M2 on 2365f0a: language lines in capitals.
        "LANGUAGES: ENGLISH, FRENCH, GERMAN",
        "LANGUAGES: SPANISH, French",
        "LANGUAGES: GERMAN, Dutch",
        "Languages - ENGLISH, French",
        "- ENGLISH, French (basic)",
        "SPANISH, French",
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


# A ratchet on the harness's third part (candidates 16, 18, 20 of the tune half: a capitals family-first name line,
# a handle and slug header, 'NAME: FAMILY, GIVEN' with pasted panels; their notes: panels, chat, calendar, referee
# initials, a capitals debrief heading, handles). Per condition: (byte-identical, name tokens reaching the model at
# most, classified differences other than leaks at most), measured at e5a59c6 with /tmp/swap13/x/bounds.py; at
# 75887d1 the same subset leaked 28 / 6 / 3 tokens under english_words / hyphenated / mononyms (here 3 / 2 / 0).
SUBSET13 = (16, 18, 20)
BOUNDS13: dict[str, tuple[bool, int, int]] = {
    "BB_W_M#2": (False, 0, 0),  # the reference keeps "[09:15] Chase: yes." (a chat speaker: NAMES)
    "BB_B_W": (False, 1, 0),
    "english_words": (False, 3, 2),
    "particles": (False, 0, 4),  # "done, van der Berg has it": "done" goes with the particle run (3 removed)
    "hyphenated": (False, 2, 0),
    "irish_gaelic": (False, 0, 0),
    "mononyms": (False, 0, 2),  # "[PERSON], [PERSON]" vs a mononym's one "[PERSON]": the name's own shape
}
REFERENCE_LEAKS13 = 1


@pytest.fixture(scope="module")
def third(shared: Path) -> tuple[list[swap.Record], dict[str, list[cmp.Person]], list[object], cmp.Run]:
    every = swap.groups(shared)
    records = [r for r in swap.material(shared) if int(r.candidate.split("-")[1]) in SUBSET13]
    reqs = swap.requisitions(shared, count=2)
    return records, every, reqs, swap.run(records, swap.cast(every[swap.REFERENCE], 1 + max(SUBSET13)), reqs)


@pytest.mark.shared
def test_the_third_parts_reference_leaks_no_more(third) -> None:  # type: ignore[no-untyped-def]
    records, every, _, ref = third
    blanks = {r.key: r.template.format_map(swap.blank_slots()) for r in records}
    leaked = cmp.leaks(ref, blanks, cmp.name_tokens(swap.cast(every[swap.REFERENCE], 1 + max(SUBSET13))))
    assert sum(leaked.values()) <= REFERENCE_LEAKS13, dict(leaked)
    assert ref.again == 0, ref.unstable


@pytest.mark.shared
@pytest.mark.parametrize("label", BOUNDS13)
def test_the_third_parts_swaps_change_the_model_texts_no_more(third, label: str) -> None:  # type: ignore[no-untyped-def]
    records, every, reqs, ref = third
    count = 1 + max(SUBSET13)
    people = dict(swap.conditions(every, count))[label]
    other = swap.run(records, people, reqs)
    blanks = {r.key: r.template.format_map(swap.blank_slots()) for r in records}
    result = cmp.compare(
        ref, other, cmp.name_tokens(swap.cast(every[swap.REFERENCE], count)), cmp.name_tokens(people), blanks
    )
    diffs = "\n".join(f"{key}: {cmp.diff_line(a, b)}" for key, a, b in result.examples)
    identical, tokens, others = BOUNDS13[label]
    if identical:
        assert result.identical, f"{label}: {dict(result.classes)}\n{diffs}"
    assert sum(result.leaked.values()) <= tokens, f"{label}: leaked {dict(result.leaked)}\n{diffs}"
    assert sum(v for k, v in result.classes.items() if k != "leak") <= others, (
        f"{label}: {dict(result.classes)}\n{diffs}"
    )
    assert other.again == 0, other.unstable  # a second redact() pass changes none of these texts
