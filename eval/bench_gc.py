"""What the garbage collector's full collections cost a match, with and without ``memory/heap.py``'s freeze.

One process, one pool, interleaved: blocks of warm matches (the bench's requisitions, asked before) and cold
ones (requisitions never asked, text caches and the payload cache's dict tier emptied), alternately with the
process's objects frozen and unfrozen. Frozen: ``gc.freeze()`` at the block's start (``heap.settle`` freezes
once, after the first match; here what the caches gained since is frozen too). Unfrozen: ``gc.unfreeze()``,
the collector as it was before session 9. Per arm: wall and process-CPU percentiles per match, and the full
collections that ran (count, wall ms). Process CPU does not count the time a loaded machine's other work
takes, so the arms compare even when wall times do not.

    python -m eval.bench --parts gc --scales= --pool /tmp/PERF/p10k
"""

from __future__ import annotations

import gc
import statistics
import time
from pathlib import Path
from typing import Any

from embed import SentenceEncoder
from eval import bench_corpus
from eval.bench_match import QUERIES, FullCollections
from memory import Memory, Requisition, Settings
from memory.store_edge import EdgeStore

COLD_PER_BLOCK = 5


def _pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))], 1)


def gc_ab(encoder: SentenceEncoder, pool: Path, blocks: int = 8) -> dict[str, Any]:
    """The interleaved A/B on ``pool`` (opened in place: give it a copy, a match writes its decision entry)."""
    # Every block asks COLD_PER_BLOCK new requisitions in each of the two arms.
    fresh = iter([Requisition(title=q) for q in bench_corpus.queries(2 * blocks * COLD_PER_BLOCK + 1)])
    samples: dict[str, dict[str, list[float]]] = {
        arm: {"warm_ms": [], "warm_cpu_ms": [], "cold_ms": [], "cold_cpu_ms": []} for arm in ("frozen", "unfrozen")
    }
    pauses: dict[str, list[float]] = {"frozen": [], "unfrozen": []}
    with Memory.open(Settings(data_dir=pool, payload_preload=True), encoder=encoder) as memory:
        store = memory._store
        if isinstance(store, EdgeStore):
            store.preloaded()
        requisitions = [Requisition(title=q) for q in QUERIES]
        for r in requisitions:  # the first match settles (freezes); every query asked once before timing
            memory.match(r, limit=10)
        tracked = len(gc.get_objects()) + gc.get_freeze_count()

        def one(arm: str, kind: str, requisition: Requisition) -> None:
            wall, cpu = time.perf_counter(), time.process_time()
            memory.match(requisition, limit=10)
            samples[arm][f"{kind}_ms"].append((time.perf_counter() - wall) * 1000)
            samples[arm][f"{kind}_cpu_ms"].append((time.process_time() - cpu) * 1000)

        for block in range(blocks):
            for arm in ("frozen", "unfrozen") if block % 2 else ("unfrozen", "frozen"):
                gc.freeze() if arm == "frozen" else gc.unfreeze()
                with FullCollections() as full:
                    for r in requisitions:
                        one(arm, "warm", r)
                    for _ in range(COLD_PER_BLOCK):
                        memory._matcher.forget()
                        if isinstance(store, EdgeStore):
                            store.clear_cache()
                        one(arm, "cold", next(fresh))
                    memory._decisions.flush()
                pauses[arm] += full.pauses_ms
        gc.freeze()  # as the process was
    out: dict[str, Any] = {"pool": str(pool), "tracked_objects": tracked, "blocks": blocks}
    for arm, series in samples.items():
        out[arm] = {
            **{f"{name}_p50": _pct(v, 50) for name, v in series.items()},
            **{f"{name}_p95": _pct(v, 95) for name, v in series.items()},
            **{f"{name}_max": round(max(v), 1) for name, v in series.items()},
            "matches": len(series["warm_ms"]) + len(series["cold_ms"]),
            "full_gc": len(pauses[arm]),
            "full_gc_ms_mean": round(statistics.mean(pauses[arm]), 1) if pauses[arm] else 0.0,
            "full_gc_s_total": round(sum(pauses[arm]) / 1000, 2),
        }
    return out


def gc_markdown(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| candidates | tracked objects | arm | matches | warm CPU p50 / p95 / max ms | cold CPU p50 / p95 / max ms "
        "| warm wall p50 / p95 ms | cold wall p50 / p95 ms | full collections (mean ms, total s) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        for arm in ("unfrozen", "frozen"):
            a = row[arm]
            lines.append(
                f"| {row['candidates']:,} | {row['tracked_objects']:,} | {arm} | {a['matches']} | "
                f"{a['warm_cpu_ms_p50']} / {a['warm_cpu_ms_p95']} / {a['warm_cpu_ms_max']} | "
                f"{a['cold_cpu_ms_p50']} / {a['cold_cpu_ms_p95']} / {a['cold_cpu_ms_max']} | "
                f"{a['warm_ms_p50']} / {a['warm_ms_p95']} | {a['cold_ms_p50']} / {a['cold_ms_p95']} | "
                f"{a['full_gc']} ({a['full_gc_ms_mean']}, {a['full_gc_s_total']}) |"
            )
    return lines
