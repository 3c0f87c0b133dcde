"""Round 11's false-redaction frames (eval/redaction_round11_fp_data.py) and the rules of session 11 (FP helper)."""

from __future__ import annotations

from eval.redaction_round11_fp_data import FRAMES, TERMS, negatives, positives


def test_round11_halves_share_no_frame_and_no_term() -> None:
    """The held-out half is new twice: other frames, filled with other terms."""
    for kind, (tune, hold) in TERMS.items():
        assert not set(tune) & set(hold), kind
    tune_texts = {text for _, text, _ in negatives(False)}
    hold_texts = {text for _, text, _ in negatives(True)}
    assert not tune_texts & hold_texts
    for hold in (False, True):
        kinds = {kind for kind, _, _ in negatives(hold)}
        assert kinds == set(TERMS)
        assert {kind for kind, _, _ in positives(hold)} == kinds  # every frame is filled with people too
    assert len(positives(False)) + len(positives(True)) == 8 * len(FRAMES)
