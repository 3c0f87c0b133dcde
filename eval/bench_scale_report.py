"""BENCHMARKS.md: every issue-13 figure next to its goal, then the tables each figure comes from.

Each table names the command that produced it. ``make bench`` measures ingest, erasure, match and load in
one run; the index-settings curve and the large pools come from ``python -m eval.bench_scale`` runs (hours
on two cores), read from the JSON they leave in ``bench-results/`` and quoted with their own command.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GOAL_HTTP_VS_BARE_P95 = 3.0
GOAL_RECALL = 0.99
GOAL_INGEST = 0.9
GOAL_LOAD_RATIO = 0.5
SCALE_RESULTS = Path("bench-results")


def scale_runs() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The sweep runs and the pool runs found in ``bench-results/scale-*.json``."""
    sweeps, pools = [], []
    for path in sorted(SCALE_RESULTS.glob("scale-*.json")):
        run = json.loads(path.read_text())
        if "sweep" in run:
            sweeps.append(run)
        if "pool" in run:
            pools.append(run)
    return sweeps, pools


def _chosen(curve: list[dict[str, Any]], recall: float = GOAL_RECALL) -> dict[str, Any] | None:
    """The cheapest point of a curve that reaches ``recall``."""
    good = [p for p in curve if p["recall_at_10"] >= recall]
    return min(good, key=lambda p: p["p95_ms"]) if good else None


def _mark(met: bool | None) -> str:
    return "not measured" if met is None else ("**met**" if met else "**NOT met**")


def goals(result: dict[str, Any]) -> list[str]:
    """The goal table: one row per figure of issue 13."""
    rows = ["| goal (issue 13) | target | measured | verdict | from |", "|---|---|---|---|---|"]
    if not result.get("match"):
        rows.append(
            f"| match over HTTP p95 / bare-limit p95, 100,000 candidates | ≤ {GOAL_HTTP_VS_BARE_P95:g}× "
            "| no valid run in these results (`--parts match`) | not measured | Match |"
        )
    for m in result.get("match", []):  # every pool measured; the goal's verdict is for 100k candidates and up
        ratio, cold = m["http_vs_bare_p95"], m.get("cold_http_vs_bare_p95")
        measured = f"warm {ratio}× ({m['match_http']['p95_ms']} / {m['bare_limit']['p95_ms']} ms)"
        if cold is not None:
            measured += f"; cold {cold}× ({m['match_cold_http']['p95_ms']} / {m['bare_limit']['p95_ms']} ms)"
        # The verdict is the cold one when measured: a person's first showing is part of the service.
        worst = max(ratio, cold if cold is not None else ratio)
        verdict = _mark(worst <= GOAL_HTTP_VS_BARE_P95)
        if cold is not None and ratio <= GOAL_HTTP_VS_BARE_P95 < cold:
            verdict = "**met warm only**: NOT met for a first showing (cold)"
        rows.append(
            f"| match over HTTP p95 / bare-limit p95, {m['candidates']:,} candidates | ≤ {GOAL_HTTP_VS_BARE_P95:g}× "
            f"| {measured} | {verdict if m['candidates'] >= 100_000 else 'no verdict (not 100k)'} | Match |"
        )
        rows.append(
            f"| store recall@10 vs exact, real-text vectors, {m['chunks']:,} chunks, ef {m.get('ef', '?')} "
            f"| ≥ {GOAL_RECALL} | {m['recall_at_10_vs_exact']} | {_mark(m['recall_at_10_vs_exact'] >= GOAL_RECALL)} "
            "| Match |"
        )
    i = result.get("ingest")
    if i:
        rows.append(
            f"| ingest / raw encoder on the same texts | ≥ {GOAL_INGEST} | {i['ratio']} (repeats {i['ratios']}) "
            f"| {_mark(i['ratio'] >= GOAL_INGEST)} | Ingest |"
        )
    for row in result.get("concurrency", []):  # eval.bench_load.concurrent_throughput (PERF-MATCH's)
        share = min(row["share_in_process"], row["share_http"])
        ok = share >= GOAL_LOAD_RATIO and row["errors"] == 0
        rows.append(
            f"| {row['clients']} clients, {row['candidates']:,} candidates: matches/s ÷ bare-limit calls/s "
            f"| ≥ {GOAL_LOAD_RATIO}, 0 errors | {row['share_in_process']} in-process, {row['share_http']} over HTTP "
            f"(bare {row['bare']['per_s']}/s), {row['errors']} errors | {_mark(ok)} | Concurrent matches |"
        )
    sweeps, pools = scale_runs()
    for run in pools:  # the store alone, at the default search beam
        p = run["pool"]
        for point in (q for q in p["curve"] if q["ef"] == p["tuning"]["ef"]):
            rows.append(
                f"| store recall@10 vs exact, real-text vectors, {p['chunks']:,} chunks, ef {point['ef']} "
                f"| ≥ {GOAL_RECALL} | {point['recall_at_10']} (search p50 {point['p50_ms']} ms) "
                f"| {_mark(point['recall_at_10'] >= GOAL_RECALL)} | Scale runs |"
            )
    built = [r["pool"] for r in pools] + [b for r in sweeps for b in r["sweep"]]
    biggest = max(built, key=lambda b: b["candidates"], default=None)
    largest = f"{biggest['candidates']:,} candidates / {biggest['chunks']:,} chunks" if biggest else "none"
    rows.append(
        f"| a documented 1M-candidate run (5M chunks) | run and documented | largest run here: {largest}; "
        "1M estimated in docs/scale.md | "
        f"{_mark(biggest is not None and biggest['candidates'] >= 1_000_000)} | Scale runs |"
    )
    return rows


def sweep_tables(sweeps: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    for run in sweeps:
        lines += [f"Command: `{run['command']}`", ""]
        lines += [
            "| m | ef_construct | int8 + rescore | vectors on disk | segment KB | build s | disk GiB | ef | recall@10 "
            "| p50 ms | p95 ms |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for built in run["sweep"]:
            t = built["tuning"]
            for point in built["curve"]:
                lines.append(
                    f"| {t['m']} | {t['ef_construct']} | {'yes' if t['int8'] else 'no'} | "
                    f"{'yes' if t['on_disk'] else 'no'} | {t.get('segment_kb', 16_000):,} | {built['build_s']} | "
                    f"{built['disk_gib']} | {point['ef']} | "
                    f"{point['recall_at_10']} | {point['p50_ms']} | {point['p95_ms']} |"
                )
        lines.append("")
    return lines


def pool_tables(pools: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| command | candidates | chunks | settings | build s (upsert + index) | disk GiB | build peak RSS GiB "
        "| serving RSS GiB (fresh process) | open s | ef | recall@10 | search p50 / p95 ms |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for run in pools:
        p, serving = run["pool"], run["pool"]["serving"]
        t = p["tuning"]
        settings = (
            f"m {t['m']}, ef_construct {t['ef_construct']}, int8 {t['int8']}, on disk {t['on_disk']}, "
            f"segment {t.get('segment_kb', 16_000):,} KB"
        )
        for point in p["curve"]:
            lines.append(
                f"| `{run['command']}` | {p['candidates']:,} | {p['chunks']:,} | {settings} | {p['build_s']} "
                f"({p['upsert_s']} + {p['optimize_s']}) | {p['disk_gib']} | {p['build_peak_rss_gib']} | "
                f"{serving['serving_peak_rss_gib']} | {serving['open_s']} | {point['ef']} | {point['recall_at_10']} | "
                f"{point['p50_ms']} / {point['p95_ms']} |"
            )
    lines += ["", *(f"Serving memory re-measured by `{r['probe_command']}`." for r in pools if "probe_command" in r)]
    return lines
