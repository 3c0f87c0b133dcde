"""Session 15: a name's shape must change nothing the model reads but the placeholder (issue 10, swaps).

Names with a full stop inside ("Abd. Rahman", "Ma. Cristina", "Wm. Carter") are one placeholder and cut no
sentence (memory.redact_n_dotted); the evidence passages capture encodes follow the redacted text alone, so a
name's length cannot add or remove one (memory.evidence.paired, memory.capture_plans.note_model_texts).
"""

from __future__ import annotations

import pytest

from memory.capture_plans import note_model_texts
from memory.evidence import paired
from memory.redact import Redactor

# The reference name and names of other shapes: full stops inside, a long hyphenated one, particles.
_REFERENCE = ("Greg Baker", "Greg")
_SWAPPED = [
    ("Abd. Rahman Ismail", "Abd. Rahman"),
    ("Muhd. Hafiz Yusof", "Muhd. Hafiz"),
    ("Ma. Cristina Reyes", "Ma. Cristina"),
    ("Md. Karim Hossain", "Md. Karim"),
    ("Mst. Nasrin Akter", "Mst. Nasrin"),
    ("Hj. Ahmad Zaki", "Hj. Ahmad"),
    ("Wm. Carter", "Wm. Carter"),
    ("Chas. Baker", "Chas. Baker"),
    ("Mohd. Faiz bin Osman", "Mohd. Faiz"),
    ("Oluwadamilola Adebayo-Okonkwo", "Oluwadamilola"),
    ("Gökhan Yılmaz", "Gökhan"),
]
_NOTES = [
    "Spoke with {full} about the offer. {first} was keen on the team. Strong SQL and calm under pressure.",
    "Phone screen: {full}. Good on Go. cc {first}.",
    "Reference from {full}: would rehire. Concern: slow on reviews.",
    "Panel was {full} and Ana Lopez. Verdict: hire. Ok.",
    "{full} led the migration. {first} is calm. Concern: limited AWS depth.",
    "Please loop in {full} before Friday. Strong communicator overall.",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _model_texts(redactor: Redactor, note: str, full: str, first: str) -> list[str]:
    text = note.format(full=full, first=first)
    return note_model_texts(text, redactor.redact(text), 150)


@pytest.mark.parametrize("note", _NOTES)
def test_a_name_s_shape_changes_no_model_text(redactor: Redactor, note: str) -> None:
    want = _model_texts(redactor, note, *_REFERENCE)
    differing = [full for full, first in _SWAPPED if _model_texts(redactor, note, full, first) != want]
    assert differing == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Spoke with Abd. Rahman Ismail about it.", "Spoke with [PERSON] about it."),
        ("Reference from Chas. Baker: positive.", "Reference from [PERSON]: positive."),
        ("Interview with St. John Rivers went well.", "Interview with [PERSON] went well."),
        ("Thanks all, moving Hj. Ahmad Zaki to onsite.", "Thanks all, moving [PERSON] to onsite."),
    ],
)
def test_a_full_stop_inside_a_name_stays_inside_its_placeholder(redactor: Redactor, text: str, want: str) -> None:
    out = redactor.redact(text)
    assert out == want
    assert redactor.redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "Volunteered at St. Jude Hospital for two years.",
        "Moved from St. Louis to Austin in 2019.",
        "Holds an MA. Economics was the major.",
        "Ran the Jos. Plateau office survey.",
    ],
)
def test_saints_places_and_degrees_with_a_full_stop_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text


def test_a_passage_is_encoded_by_the_redacted_piece_s_length() -> None:
    # "cc Bo." is shorter than a passage; "cc Chukwuebuka." is not: both read "cc [PERSON]." to the model.
    assert paired("Good on Go overall. cc Bo.", "Good on Go overall. cc [PERSON].") == ["Good on Go overall."]
    assert paired("Good on Go overall. cc Chukwuebuka.", "Good on Go overall. cc [PERSON].") == [
        "Good on Go overall.",
        "cc [PERSON].",
    ]
    short = note_model_texts("Good on Go overall. cc Bo.", "Good on Go overall. cc [PERSON].", 150)
    long = note_model_texts("Good on Go overall. cc Chukwuebuka.", "Good on Go overall. cc [PERSON].", 150)
    assert short == long
