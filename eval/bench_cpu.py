"""CPU per call, one call at a time, and what the encoder's torch threads cost (issue 13).

``cpu_per_call``: CPU seconds of the whole process (every thread) per bare-limit call, per warm match and
per cold match. Under N clients the calls share the machine's cores, so these are what the sustained
ratios of ``eval.bench_load.concurrent_throughput`` come from, without the waits of a loaded machine.

``thread_costs``: the encoder alone with 1 and with 2 torch intra-op threads, in one process: CPU and wall
time of one short query encoding, and texts/s of a batch of notes. The default of
``TALENTRECALL_ENCODER_THREADS`` (``embed/encoder.py``) was chosen from it.

    python -m eval.bench --parts concurrency --scales '' --pool /tmp/PERF/p10k   # cpu_per_call, with the rates
    python -m eval.bench --parts threads                                       # thread_costs
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from embed import SentenceEncoder
from memory import Memory, Requisition
from memory.demo import demo_records
from memory.store_edge import EdgeStore


def cpu_per_call(memory: Memory, bare: Callable[[int], object], requisitions: Sequence[Requisition]) -> dict[str, Any]:
    """CPU milliseconds of the whole process per call, one call at a time.

    A *warm* match has shown the same people before (the process's text caches hold their passages' cuts,
    kinds and phrase sets, the embedded store their chunks' payload fields); a *cold* one starts from empty
    caches (``Matcher.forget``, ``EdgeStore.clear_cache`` with its compact table: a store opened without
    ``TALENTRECALL_PAYLOAD_PRELOAD``), as the first shortlist of new people does.
    Evidence passages are scored from vectors stored at capture either way.
    """
    import torch  # the model's own library: how many threads one encoding may use is part of the figure

    def cpu(call: Callable[[int], object], calls: int, before: Callable[[], object] = lambda: None) -> float:
        spent = 0.0
        for i in range(calls):
            before()
            started = time.process_time()
            call(i)
            memory._decisions.flush()  # the decision-log entry this call queued is written (and counted) here
            spent += time.process_time() - started
        return round(spent / calls * 1000, 1)

    def match(i: int) -> None:
        memory.match(requisitions[i % len(requisitions)], limit=10)

    def forget() -> None:  # the process's text caches and the embedded store's payload cache
        memory._matcher.forget()
        if isinstance(memory._store, EdgeStore):
            memory._store.clear_cache(table=True)

    calls = len(requisitions)
    cold = cpu(match, calls, forget)
    for i in range(calls):  # every query once, so that the warm calls below find their caches filled
        match(i)
    out = {"bare_ms": cpu(bare, calls), "match_warm_ms": cpu(match, calls), "match_cold_ms": cold}
    out["torch_threads"] = torch.get_num_threads()
    out["warm_share"] = round(out["bare_ms"] / out["match_warm_ms"], 3)
    out["cold_share"] = round(out["bare_ms"] / out["match_cold_ms"], 3)
    return out


def cpu_markdown(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The per-call CPU table of the concurrency part's rows."""
    cpu = [r for r in rows if "cpu" in r]
    if not cpu:
        return []
    lines = [
        "",
        "CPU of the whole process per call, one call at a time (`eval/bench_cpu.py`, `cpu_per_call`): a warm match "
        "has asked the same query before (text caches and the store's payload cache filled, as in a server that has "
        "run a while); a cold one starts from emptied caches. Evidence passages are scored from vectors stored at "
        "capture in both.",
        "",
        "| candidates | torch threads | bare limit ms | match warm ms | match cold ms | bare ÷ match warm | cold |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in cpu:
        c = r["cpu"]
        lines.append(
            f"| {r['candidates']:,} | {c['torch_threads']} | {c['bare_ms']} | {c['match_warm_ms']} | "
            f"{c['match_cold_ms']} | {c['warm_share']} | {c['cold_share']} |"
        )
    return lines


def thread_costs(encoder: SentenceEncoder, threads: Sequence[int] = (1, 2), rounds: int = 3) -> list[dict[str, Any]]:
    """The encoder with each thread count, interleaved ``rounds`` times: per round, a batch of 96 demo notes
    (texts/s, CPU s) and 32 one-text query encodings (CPU and wall ms each)."""
    import torch

    notes = [r["text"] for r in demo_records(60, seed=1, today=datetime(2026, 6, 1, tzinfo=UTC)) if r["type"] == "note"]
    notes = notes[:96]
    queries = [
        "Senior backend engineer with Go and Kafka",
        "ICU nurse",
        "Data scientist, forecasting in Python and SQL",
        "Frontend developer, React",
    ] * 8
    before = torch.get_num_threads()
    encoder.encode(notes[:8])  # loaded and warm before any clock
    rows: dict[int, list[dict[str, float]]] = {n: [] for n in threads}
    try:
        for _ in range(rounds):
            for n in threads:
                torch.set_num_threads(n)
                wall, cpu = time.perf_counter(), time.process_time()
                encoder.encode(notes)
                batch_wall, batch_cpu = time.perf_counter() - wall, time.process_time() - cpu
                wall, cpu = time.perf_counter(), time.process_time()
                for query in queries:
                    encoder.encode([query])
                rows[n].append(
                    {
                        "batch_texts_per_s": len(notes) / batch_wall,
                        "batch_cpu_s": batch_cpu,
                        "query_cpu_ms": (time.process_time() - cpu) / len(queries) * 1000,
                        "query_wall_ms": (time.perf_counter() - wall) / len(queries) * 1000,
                    }
                )
    finally:
        torch.set_num_threads(before)
    return [
        {"threads": n, **{k: round(sorted(r[k] for r in rows[n])[len(rows[n]) // 2], 2) for k in rows[n][0]}}
        for n in threads
    ]


def threads_markdown(rows: Sequence[dict[str, Any]]) -> list[str]:
    lines = [
        "| torch threads | query encoding CPU ms | query encoding wall ms | batch of 96 notes texts/s | batch CPU s |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['threads']} | {r['query_cpu_ms']} | {r['query_wall_ms']} | {r['batch_texts_per_s']} | "
            f"{r['batch_cpu_s']} |"
        )
    return lines
