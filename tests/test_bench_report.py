"""BENCHMARKS.md is rendered from whichever parts were measured, each table with its own command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eval import bench, bench_scale_report

MACHINE = {"cpu": "cpu", "cores": 2, "memory_gib": 23.5, "python": "3.11.7", "load_avg_1m_at_start": 9.0}


def _part(name: str, value: Any, command: str) -> dict[str, Any]:
    return {"command": command, "date": "2026-11-26 10:00 UTC", "machine": MACHINE, name: value}


def _timing(p50: float, p95: float) -> dict[str, float]:
    return {"p50_ms": p50, "p95_ms": p95, "n": 10}


INGEST = {
    "notes": 304, "candidates": 120, "texts_encoded": 424, "raw_encoder_texts_per_s": 10.0,
    "end_to_end_texts_per_s": 9.1, "end_to_end_notes_per_s": 6.5, "ratio": 0.91, "ratios": [0.9, 0.91, 0.95],
    "redaction_share_of_encoder": 0.03, "redaction_words_per_s": 4000, "encoder_words_per_s": 120, "erasure": None,
}  # fmt: skip
MATCH = {
    "candidates": 100_000, "chunks": 500_000, "build_s": 3000.0, "bare_limit": _timing(12.0, 20.0),
    "match_in_process": _timing(90.0, 120.0), "match_http": _timing(95.0, 130.0), "http_vs_bare_p95": 6.5,
    "match_vs_bare_p50": 7.5, "ef": 128, "recall_at_10_vs_exact": 0.993,
    "match_cold_in_process": {**_timing(150.0, 400.0), "full_gc": 2, "full_gc_ms": [310.4, 655.9]},
}  # fmt: skip
_ARM = {f"{k}_{p}": v for k, vs in {"warm_cpu_ms": (150.0, 180.0, 700.0), "cold_cpu_ms": (210.0, 820.0, 950.0),
        "warm_ms": (160.0, 200.0, 800.0), "cold_ms": (230.0, 900.0, 1000.0)}.items()
        for p, v in zip(("p50", "p95", "max"), vs, strict=True)}  # fmt: skip
GC = {
    "candidates": 100_000, "tracked_objects": 600_000, "blocks": 2, "pool": "P",
    "unfrozen": {**_ARM, "matches": 125, "full_gc": 3, "full_gc_ms_mean": 650.5, "full_gc_s_total": 1.95},
    "frozen": {**_ARM, "matches": 125, "full_gc": 4, "full_gc_ms_mean": 2.0, "full_gc_s_total": 0.01},
}  # fmt: skip
CONCURRENCY = {
    "clients": 20, "seconds": 60, "candidates": 100_000, "chunks": 500_000, "errors": 0,
    "bare": {"per_s": 40.0, "p50_ms": 400.0, "p95_ms": 700.0, "errors": 0},
    "match_in_process": {"per_s": 4.0, "p50_ms": 4000.0, "p95_ms": 6000.0, "errors": 0},
    "match_http": {"per_s": 5.0, "p50_ms": 3500.0, "p95_ms": 5000.0, "errors": 0},
    "share_in_process": 0.1, "share_http": 0.125,
}  # fmt: skip


def test_each_table_names_its_command_and_each_goal_its_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench_scale_report, "SCALE_RESULTS", tmp_path)
    pool = {"candidates": 40_000, "chunks": 200_000, "tuning": {"m": 16, "ef_construct": 100, "ef": 128, "int8": False,
            "on_disk": False, "segment_kb": 16_000}, "build_s": 900.0, "upsert_s": 850.0, "optimize_s": 50.0,
            "disk_gib": 1.2, "build_peak_rss_gib": 3.0, "serving": {"serving_peak_rss_gib": 0.9, "open_s": 1.0},
            "curve": [{"ef": 64, "recall_at_10": 0.98, "p50_ms": 2.0, "p95_ms": 5.0},
                      {"ef": 128, "recall_at_10": 0.995, "p50_ms": 3.0, "p95_ms": 7.0}]}  # fmt: skip
    (tmp_path / "scale-40000.json").write_text(json.dumps({"command": "python -m eval.bench_scale X", "pool": pool}))
    parts = {
        "ingest": _part("ingest", INGEST, "python -m eval.bench --parts ingest"),
        "match": _part("match", [MATCH], "python -m eval.bench --parts match --pool P"),
        "concurrency": _part("concurrency", [CONCURRENCY], "python -m eval.bench --parts concurrency"),
        "gc": _part("gc", [GC], "python -m eval.bench --parts gc --pool P"),
    }
    text = bench.markdown(parts)
    assert "| 100,000 | 600,000 | unfrozen | 125 | 150.0 / 180.0 / 700.0 | 210.0 / 820.0 / 950.0 |" in text
    assert "| 3 (650.5, 1.95) |" in text
    assert "Command: `python -m eval.bench --parts ingest`" in text
    assert "Command: `python -m eval.bench --parts match --pool P`" in text
    assert "`python -m eval.bench_scale X`" in text
    assert "(count, longest ms): bare 0, warm in-process 0, cold in-process 2 (656), warm HTTP 0, cold HTTP 0" in text
    goals = text.split("## Goals")[1].split("## ")[0]
    assert "| ≥ 0.9 | 0.91 (repeats [0.9, 0.91, 0.95]) | **met** |" in goals
    assert "6.5× (130.0 / 20.0 ms) | **NOT met**" in goals
    assert "| 0.993 | **met** |" in goals
    assert "200,000 chunks, ef 128 | ≥ 0.99 | 0.995 (search p50 3.0 ms) | **met** | Scale runs |" in goals
    assert "0.1 in-process, 0.125 over HTTP (bare 40.0/s), 0 errors | **NOT met**" in goals
    assert "largest run here: 40,000 candidates / 200,000 chunks; 1M estimated in docs/scale.md | **NOT met**" in goals


def test_the_match_goal_is_judged_on_the_cold_ratio_when_measured() -> None:
    warm_only = {
        **MATCH,
        "http_vs_bare_p95": 2.5,
        "match_cold_http": _timing(80.0, 100.0),
        "cold_http_vs_bare_p95": 5.0,
    }
    both = {**warm_only, "cold_http_vs_bare_p95": 2.9}
    assert "cold 5.0× (100.0 / 20.0 ms) | **met warm only**" in "\n".join(
        bench_scale_report.goals({"match": [warm_only]})
    )
    assert "cold 2.9× (100.0 / 20.0 ms) | **met** |" in "\n".join(bench_scale_report.goals({"match": [both]}))


def test_the_ingest_section_says_how_much_of_each_import_was_creating_the_new_stores_shards() -> None:
    old = bench.markdown({"ingest": _part("ingest", INGEST, "python -m eval.bench --parts ingest")})
    assert "creating the new store's shards" not in old  # a run from before the clock: no line
    timed = {**INGEST, "import_s": [30.1, 28.0, 29.5], "shards_s": [4.5, 3.9, 4.1]}
    text = bench.markdown({"ingest": _part("ingest", timed, "python -m eval.bench --parts ingest")})
    assert "Of each import's seconds [30.1, 28.0, 29.5], creating the new store's shards took [4.5, 3.9, 4.1]" in text


def test_the_ingest_section_gives_redactions_share_on_the_dev_resumes_when_measured(tmp_path: Path) -> None:
    from eval.bench_ingest import dev_resumes

    assert dev_resumes(tmp_path) == []  # no shared data: no resumes, and the part measures none
    (tmp_path / "updated_resume_dataset").mkdir()
    rows = [{"resume_id": "r1", "text": "Ana Ruiz. Python, SQL.", "category": "x"}, {"resume_id": "r2", "text": "B"}]
    (tmp_path / "updated_resume_dataset" / "resumes_dedup.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows)
    )
    assert dev_resumes(tmp_path) == ["Ana Ruiz. Python, SQL.", "B"]
    old = bench.markdown({"ingest": _part("ingest", INGEST, "python -m eval.bench --parts ingest")})
    assert "resumes" not in old  # a run from before the resumes were measured
    on = {"texts": 166, "words": 70512, "redaction_share_of_encoder": 0.1234, "redaction_words_per_s": 17000,
          "encoder_words_per_s": 2100}  # fmt: skip
    text = bench.markdown({"ingest": _part("ingest", {**INGEST, "resumes": on}, "python -m eval.bench --parts ingest")})
    assert "On the dev set's 166 resumes (70,512 words;" in text
    assert "17,000 words/s against the encoder's 2,100 words/s, **12.3%** of the encoder's time." in text


def test_the_shard_clock_counts_the_time_of_that_stores_shard_opening_only() -> None:
    from types import SimpleNamespace

    from eval.bench_ingest import _ShardClock

    now = [0.0]

    class Store:
        def _open(self, collection: str) -> str:
            now[0] += 2.5  # an opening that takes 2.5 s of the fake clock
            return collection

    store, other = Store(), Store()
    shards = _ShardClock(SimpleNamespace(_store=store), clock=lambda: now[0])  # type: ignore[arg-type]
    assert store._open("chunks") == "chunks" and store._open("notes") == "notes"
    now[0] += 10.0  # time outside an opening is not counted
    other._open("passages")  # nor another store's opening
    assert shards.seconds == 5.0
    assert _ShardClock(SimpleNamespace(_store=object())).seconds == 0.0  # type: ignore[arg-type]  # no shards


def test_the_interleaved_measure_alternates_the_calls_and_reports_each_rounds_ratio(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from eval import bench_match

    clock = [0.0]
    calls: list[str] = []
    monkeypatch.setattr(bench_match.time, "perf_counter", lambda: clock[0])

    def bare() -> None:
        calls.append("b")
        clock[0] += 0.010 * (2 if len(calls) == 1 else 1)  # the first round's first bare call is slow

    def match() -> None:
        calls.append("m")
        clock[0] += 0.030

    out = bench_match.interleaved(bare, match, 3)
    assert calls == ["b", "m"] * 3 * bench_match.INTERLEAVED_ROUNDS  # call by call, never a series of one
    assert out["round_ratios_p95"] == [1.5] + [3.0] * (bench_match.INTERLEAVED_ROUNDS - 1)
    assert out["ratio_p95"] == 3.0  # pooled over 12 bare calls, the one slow call is past the p95
    text = bench.markdown(
        {"match": _part("match", [{**MATCH, "interleaved": out}], "python -m eval.bench --parts match --pool P")}
    )
    assert "alternately, call by call (4 rounds of 3 pairs" in text
    assert "HTTP / bare (p95) **3.0** over all rounds (30.0 / 10.0 ms), each round [1.5, 3.0, 3.0, 3.0]" in text
