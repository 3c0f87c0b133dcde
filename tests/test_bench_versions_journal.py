"""``eval.bench_versions`` reports each turn's journal appends (median and longest, ms) from the probe's spans."""

from __future__ import annotations

from eval.bench_versions import _journal_ms


def test_journal_ms_from_spans() -> None:
    assert _journal_ms([(1.0, 1.010), (2.0, 2.030), (3.0, 3.020)]) == {"journal_ms_max": 30.0, "journal_ms_p50": 20.0}
    assert _journal_ms([]) == {"journal_ms_max": 0.0, "journal_ms_p50": 0.0}  # a turn with no append
