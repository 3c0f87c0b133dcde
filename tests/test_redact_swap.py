"""Whole-document swaps (issue 10) on a small tune subset of ``eval.redaction_swap``: every name of three
hand-written resumes and their notes swapped to another group, the encoder's input compared with the reference's.

The subset is the tune half's first three candidates (header + contact line, capitals headings and references,
"Family, Given" table) with their nine notes; the reference is Bloomberg's white men (draw 1), compared with the
control draw and groups whose swaps failed the blind check of session 11. The bounds are a ratchet: a condition
that is byte-identical must stay so, and no condition may leak more name tokens or show more differences other
than leaks than it did when the bounds were last lowered."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval import redaction_swap as swap
from eval import redaction_swap_compare as cmp

pytestmark = [pytest.mark.shared]

# Tune candidates only (eval.redaction_swap_data.HELD_OUT holds the odd ones).
SUBSET = (0, 2, 4)
CONDITIONS = ("BB_W_M#2", "BB_B_W", "BB_A_M", "BB_H_W", "yoruba", "vietnamese")


@pytest.fixture(scope="module")
def setup(shared: Path) -> tuple[list[swap.Record], dict[str, list[cmp.Person]], list[object], cmp.Run]:
    every = swap.groups(shared)
    records = [r for r in swap.material(shared) if int(r.candidate.split("-")[1]) in SUBSET]
    reqs = swap.requisitions(shared, count=2)
    count = 1 + max(SUBSET)
    return records, every, reqs, swap.run(records, swap.cast(every[swap.REFERENCE], count), reqs)


# A ratchet (review S1 on 672e679): per condition, measured on this subset at the commit that last lowered them,
# (byte-identical, name tokens reaching the model at most, classified differences other than leaks at most). A
# change that leaks more, or removes a word beside a name under some names only, fails; a fix lowers the bounds.
BOUNDS: dict[str, tuple[bool, int, int]] = {
    # Session 12 (SWAP's rules: initials, references, the own name read from the resume head). At 7b5c0fa every
    # condition differed.
    "BB_W_M#2": (True, 0, 0),
    "BB_B_W": (True, 0, 0),
    "BB_A_M": (False, 2, 0),  # third parties a name rule keeps (NAMES), not a word beside a name
    "BB_H_W": (True, 0, 0),
    "yoruba": (True, 0, 0),
    "vietnamese": (True, 0, 0),
}
REFERENCE_LEAKS = 0


def test_the_reference_leaks_no_more(setup) -> None:  # type: ignore[no-untyped-def]
    records, every, _, ref = setup
    count = 1 + max(SUBSET)
    blanks = {r.key: r.template.format_map(swap.blank_slots()) for r in records}
    leaked = cmp.leaks(ref, blanks, cmp.name_tokens(swap.cast(every[swap.REFERENCE], count)))
    assert sum(leaked.values()) <= REFERENCE_LEAKS, dict(leaked)


@pytest.mark.parametrize("label", CONDITIONS)
def test_swapped_names_change_the_model_texts_no_more(setup, label: str) -> None:  # type: ignore[no-untyped-def]
    records, every, reqs, ref = setup
    count = 1 + max(SUBSET)
    people = dict(swap.conditions(every, count))[label]
    other = swap.run(records, people, reqs)
    blanks = {r.key: r.template.format_map(swap.blank_slots()) for r in records}
    ref_names = cmp.name_tokens(swap.cast(every[swap.REFERENCE], count))
    result = cmp.compare(ref, other, ref_names, cmp.name_tokens(people), blanks)
    diffs = "\n".join(f"{key}: {cmp.diff_line(a, b)}" for key, a, b in result.examples)
    identical, tokens, others = BOUNDS[label]
    if identical:
        assert result.identical, f"{label}: {dict(result.classes)}\n{diffs}"
        assert result.rank_changes == 0 and result.max_dscore <= 1e-9
    assert sum(result.leaked.values()) <= tokens, f"{label}: leaked {dict(result.leaked)}\n{diffs}"
    assert sum(v for k, v in result.classes.items() if k != "leak") <= others, (
        f"{label}: {dict(result.classes)}\n{diffs}"
    )


def test_the_classes_of_a_difference() -> None:
    """The harness can fail: a leaked name, a swallowed neighbour, a word removed away from any name."""
    assert cmp.classify("Ask [PERSON] now.", "Ask Will now.", set(), {"will"}) == {"leak": 1}
    assert cmp.classify("[PERSON] Data Engineer", "[PERSON] Engineer", set(), set()) == {"swallowed": 1}
    assert cmp.classify(
        "Built the Kafka cluster. [PERSON] said", "Built the [PERSON] cluster. [PERSON] said", set(), set()
    ) == {"removed": 1}
    assert cmp.classify("Ask [PERSON] now.", "Ask [CANDIDATE] now.", set(), set()) == {"placeholder": 1}
    assert cmp.classify("A. [PERSON] hired", "[PERSON] hired", set(), set()) == {"initial": 1}
