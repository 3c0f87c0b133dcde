"""The throughput check's counting (eval/bench_load.py): calls that end inside the window, errors counted,
and the BENCHMARKS.md row says met / NOT met against the goal."""

from __future__ import annotations

import time
from typing import Any

from eval.bench_load import GOAL_MATCH_SHARE, _hammer, throughput_markdown


def test_calls_inside_the_window_count_and_errors_are_counted() -> None:
    def call(i: int) -> None:
        time.sleep(0.01)
        if i % 5 == 0:
            raise ValueError("boom")

    out = _hammer(4, 0.3, call)
    assert out["calls"] >= 8 and out["errors"] >= 1 and out["first_errors"][0] == "ValueError('boom')"
    assert 0 < out["per_s"] <= out["calls"] / 0.3  # the drain after the window is not throughput


def _row(share: float) -> dict[str, Any]:
    timing = {"per_s": 1.0, "p50_ms": 1.0, "p95_ms": 2.0, "errors": 0}
    return {
        "candidates": 10_000,
        "chunks": 50_000,
        "clients": 20,
        "bare": timing,
        "match_in_process": timing,
        "match_http": timing,
        "share_in_process": share,
        "share_http": share,
        "errors": 0,
    }


def test_the_row_states_the_goal() -> None:
    assert "NOT met" in throughput_markdown([_row(GOAL_MATCH_SHARE - 0.01)])
    assert ": met" in throughput_markdown([_row(GOAL_MATCH_SHARE)])
    assert "10,000 | 50,000 | 20" in throughput_markdown([_row(0.3)])


def test_the_cpu_row_is_rendered_when_measured() -> None:
    row = _row(0.3)
    assert "match cold ms" not in throughput_markdown([row])
    cpu = {"torch_threads": 1, "bare_ms": 30.0, "match_warm_ms": 120.0, "match_cold_ms": 1200.0}
    row["cpu"] = {**cpu, "warm_share": 0.25, "cold_share": 0.025}
    assert "| 10,000 | 1 | 30.0 | 120.0 | 1200.0 | 0.25 | 0.025 |" in throughput_markdown([row])
