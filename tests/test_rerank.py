"""Re-rankers against the spec's fixtures (FAIRNESS.md §2.4–2.5) and brute-force enumeration."""

from __future__ import annotations

import itertools

import pytest

from memory.rerank import adjusted_m_table, det_rerank, fail_probability, fair_top_k, m_table, ndcg_cost

PAPER = {
    0.1: [0] * 12,
    0.2: [0] * 10 + [1, 1],
    0.3: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2],
    0.4: [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3],
    0.5: [0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4],
    0.6: [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5],
    0.7: [0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 6],
}
FIXTURE = [
    ("c01", 0.95, "M"),
    ("c02", 0.93, "M"),
    ("c03", 0.90, "M"),
    ("c04", 0.88, "M"),
    ("c05", 0.86, "F"),
    ("c06", 0.85, "M"),
    ("c07", 0.80, "M"),
    ("c08", 0.78, "F"),
    ("c09", 0.75, "F"),
    ("c10", 0.70, "M"),
    ("c11", 0.65, "F"),
    ("c12", 0.60, "F"),
]


@pytest.mark.parametrize("p", sorted(PAPER))
def test_m_table_equals_the_paper(p: float) -> None:
    assert m_table(12, p, 0.1) == PAPER[p]


def _brute_fail(table: list[int], p: float) -> float:
    total = 0.0
    for seq in itertools.product([0, 1], repeat=len(table)):
        prefix = list(itertools.accumulate(seq))
        if any(x < m for x, m in zip(prefix, table, strict=True)):
            total += p ** sum(seq) * (1 - p) ** (len(seq) - sum(seq))
    return total


@pytest.mark.parametrize(
    ("k", "p", "unadjusted_fail", "adjusted", "adjusted_fail"),
    [
        (10, 0.5, 0.128906, [0, 0, 0, 0, 1, 1, 1, 2, 2, 3], 0.075195),
        (12, 0.5, 0.145996, [0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3], 0.075195),
        (20, 0.3, 0.158061, [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3], 0.096813),
    ],
)
def test_fail_probability_and_adjusted_table(k, p, unadjusted_fail, adjusted, adjusted_fail) -> None:  # type: ignore[no-untyped-def]
    table = m_table(k, p, 0.1)
    assert fail_probability(table, p) == pytest.approx(unadjusted_fail, abs=1e-6)
    assert adjusted_m_table(k, p, 0.1) == adjusted
    assert fail_probability(adjusted, p) == pytest.approx(adjusted_fail, abs=1e-6)
    if k <= 12:
        assert fail_probability(table, p) == pytest.approx(_brute_fail(table, p), abs=1e-12)


def test_fair_top_k_fixture() -> None:
    ranked = [(c, s) for c, s, _ in FIXTURE]
    women = {c for c, _, g in FIXTURE if g == "F"}
    assert fair_top_k(ranked, women, 10, m_table(10, 0.5, 0.1)) == "c01 c02 c03 c05 c04 c06 c08 c07 c09 c10".split()
    assert fair_top_k(ranked, women, 10, adjusted_m_table(10, 0.5, 0.1)) == [c for c, _ in ranked[:10]]


def test_det_rerankers_fixtures() -> None:
    ranked = [(c, s) for c, s, _ in FIXTURE]
    groups = {c: g for c, _, g in FIXTURE}
    for variant in ("greedy", "cons", "relaxed"):
        order, infeasible = det_rerank(ranked, groups, {"M": 0.5, "F": 0.5}, 10, variant)
        assert order == ["c01", "c05", "c02", "c08", "c03", "c09", "c04", "c11", "c06", "c12"] and not infeasible
    three = [
        ("a1", 0.99),
        ("a2", 0.98),
        ("a3", 0.97),
        ("a4", 0.96),
        ("b1", 0.90),
        ("b2", 0.80),
        ("b3", 0.70),
        ("c1", 0.95),
        ("c2", 0.60),
        ("c3", 0.50),
    ]
    three.sort(key=lambda x: -x[1])
    labels = {c: c[0].upper() for c, _ in three}
    targets = {"A": 0.5, "B": 0.3, "C": 0.2}
    assert det_rerank(three, labels, targets, 10, "greedy")[0] == "a1 c1 a2 b1 a3 b2 a4 b3 c2 c3".split()
    for variant in ("cons", "relaxed"):
        assert det_rerank(three, labels, targets, 10, variant)[0] == "a1 b1 a2 c1 a3 b2 a4 b3 c2 c3".split()


def test_ndcg_cost_is_zero_when_nothing_moves() -> None:
    ranked = [(c, s) for c, s, _ in FIXTURE]
    assert ndcg_cost(ranked, [c for c, _ in ranked[:10]]) == 0.0
    assert 0 < ndcg_cost(ranked, "c01 c02 c03 c05 c04 c06 c08 c07 c09 c10".split()) < 0.01
