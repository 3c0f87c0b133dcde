"""Whole-document swaps (issue 10) on a small tune subset of ``eval.redaction_swap``: every name of three
hand-written resumes and their notes swapped to another group gives byte-identical encoder input.

The subset is the tune half's first three candidates (header + contact line, capitals headings and references,
"Family, Given" table) with their nine notes; the reference is Bloomberg's white men (draw 1), compared with the
control draw and groups whose swaps failed the blind check of session 11."""

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


# At 7b5c0fa (before session 12's fixes) every one of these differs; a condition leaves this list when a fix
# makes it pass (strict: a pass here fails the run until the list says so).
FAILING_AT_BASE = frozenset(CONDITIONS)


@pytest.mark.parametrize(
    "label",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="differs at 7b5c0fa"))
        if c in FAILING_AT_BASE
        else c
        for c in CONDITIONS
    ],
)
def test_swapped_names_give_byte_identical_model_texts(setup, label: str) -> None:  # type: ignore[no-untyped-def]
    records, every, reqs, ref = setup
    count = 1 + max(SUBSET)
    people = dict(swap.conditions(every, count))[label]
    other = swap.run(records, people, reqs)
    blanks = {r.key: r.template.format_map(swap.blank_slots()) for r in records}
    result = cmp.compare(
        ref, other, cmp.name_tokens(swap.cast(every[swap.REFERENCE], count)), cmp.name_tokens(people), blanks
    )
    diffs = [f"{key}: {cmp.diff_line(a, b)}" for key, a, b in result.examples]
    assert result.identical, f"{label}: {dict(result.classes)}; leaked {dict(result.leaked)}\n" + "\n".join(diffs)
    assert result.rank_changes == 0 and result.max_dscore <= 1e-9


def test_the_classes_of_a_difference() -> None:
    """The harness can fail: a leaked name, a swallowed neighbour, a word removed away from any name."""
    assert cmp.classify("Ask [PERSON] now.", "Ask Will now.", set(), {"will"}) == {"leak": 1}
    assert cmp.classify("[PERSON] Data Engineer", "[PERSON] Engineer", set(), set()) == {"swallowed": 1}
    assert cmp.classify(
        "Built the Kafka cluster. [PERSON] said", "Built the [PERSON] cluster. [PERSON] said", set(), set()
    ) == {"removed": 1}
    assert cmp.classify("Ask [PERSON] now.", "Ask [CANDIDATE] now.", set(), set()) == {"placeholder": 1}
    assert cmp.classify("A. [PERSON] hired", "[PERSON] hired", set(), set()) == {"initial": 1}
