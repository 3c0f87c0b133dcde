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
    ],
)
def test_people_in_the_neighbouring_frames_still_go(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact(text)
