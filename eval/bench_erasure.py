"""What physical erasure costs: ``purge_deleted`` after one person is deleted from a collection of N points,
a write's latency (every Edge write is flushed), and a decision-log erasure.

    python -m eval.bench_erasure --scales 10000,100000 --repeats 5

Vectors are synthetic (384-d, clustered), written through the store adapter into a real Edge store and
indexed (HNSW) the way a production store is; each repeat deletes a different person and times the purge.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from memory.decisions import Decision, DecisionLog, LoggedResult
from memory.store import Collection, StoredPoint, Where, point_id
from memory.store_edge import EdgeStore

DIM = 384
_BATCH = 1_000


def _ms(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 1)


def purge_cost(workdir: Path, points: int, repeats: int = 5, seed: int = 0) -> dict[str, Any]:
    """Median ms of ``purge_deleted([candidates])`` after deleting one person from ``points`` points."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((32, DIM)).astype(np.float32)
    store = EdgeStore(workdir / f"purge-{points}")
    store.ensure(DIM)
    started = time.perf_counter()
    for first in range(0, points, _BATCH):
        ids = range(first, min(points, first + _BATCH))
        noise = rng.standard_normal((len(ids), DIM)).astype(np.float32)
        vectors = centres[rng.integers(0, len(centres), len(ids))] + 0.5 * noise
        batch = [
            StoredPoint(
                point_id(Collection.candidates, f"c{i}"),
                {"candidate_id": f"c{i}", "name": f"Person {i}", "location": "Lyon", "role_family": "data"},
                dense=vectors[k].tolist(),
            )
            for k, i in enumerate(ids)
        ]
        store.upsert(Collection.candidates, batch)
    load_s = time.perf_counter() - started
    index_ms = _ms(store.optimize)
    purge, write = [], []
    for r in range(repeats):
        victim = f"c{(r * 7919) % points}"
        store.delete_where(Collection.candidates, Where.eq("candidate_id", victim))
        purge.append(_ms(lambda: store.purge_deleted([Collection.candidates])))
        one = StoredPoint(point_id(Collection.candidates, f"new{r}"), {"candidate_id": f"new{r}"}, dense=[0.1] * DIM)
        write.append(_ms(lambda: store.upsert(Collection.candidates, [one])))  # noqa: B023
    idle = [_ms(lambda: store.purge_deleted([Collection.notes])) for _ in range(repeats)]
    store.close()
    return {
        "points": points,
        "load_s": round(load_s, 1),
        "first_optimize_s": round(index_ms / 1000, 1),
        "purge_ms_p50": _median(purge),
        "purge_ms": [round(x) for x in purge],
        "purge_untouched_small_shard_ms_p50": _median(idle),
        "write_one_point_ms_p50": _median(write),
    }


def _decision(i: int, people: list[str], at: datetime) -> Decision:
    return Decision(
        decision_id=f"d{i:06d}",
        at=at + timedelta(minutes=i),
        caller="bench",
        requisition_hash="h",
        model="all-MiniLM-L6-v2",
        weights_version="devset",
        weights={"dense": 0.6, "bm25": 0.4},
        results=[
            LoggedResult(candidate_id=c, rank=r, score=0.9 - r / 20, attributions={"dense": 0.5})
            for r, c in enumerate(people[:10])
        ],
        assessed=[(c, 0.5) for c in people],
    )


def decision_log_cost(workdir: Path, entries: int = 5_000, named: int = 150, repeats: int = 3) -> dict[str, Any]:
    """Erasing a person named in ``named`` of ``entries`` decision-log entries: pseudonymise + purge."""
    rng = np.random.default_rng(1)
    rows: dict[str, list[float]] = {"mentioning": [], "full_scroll": [], "pseudonymise": [], "purge": []}
    for r in range(repeats):
        store = EdgeStore(workdir / f"log-{r}")
        store.ensure(DIM)
        log = DecisionLog(store)
        victim = f"victim-{r}"
        chosen = set(rng.choice(entries, named, replace=False).tolist())
        at = datetime(2026, 1, 1, tzinfo=UTC)
        for first in range(0, entries, _BATCH):
            block = []
            for i in range(first, min(entries, first + _BATCH)):
                people = [f"p{(i * 31 + k) % 4000}" for k in range(30)]  # 30 assessed per shortlist
                if i in chosen:
                    people[3] = victim
                block.append(_decision(i, people, at))
            log.append(*block)
        rows["mentioning"].append(_ms(lambda: log.mentioning(victim)))  # noqa: B023
        rows["full_scroll"].append(_ms(lambda: list(store.scroll(Collection.decisions))))  # noqa: B023
        rows["pseudonymise"].append(_ms(lambda: log.pseudonymise(victim, "salt")))  # noqa: B023
        rows["purge"].append(_ms(lambda: store.purge_deleted([Collection.decisions])))  # noqa: B023
        assert log.mentioning(victim) == [] and log.count() == entries
        store.close()
    return {"entries": entries, "named": named, **{f"{k}_ms_p50": _median(v) for k, v in rows.items()}}


def erasure_cost(scales: list[int], repeats: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="tr-erasure-") as tmp:
        work = Path(tmp)
        out: dict[str, Any] = {"purge": []}
        for points in scales:
            out["purge"].append(purge_cost(work, points, repeats))
            print(json.dumps(out["purge"][-1]), file=sys.stderr)
        out["decision_log"] = decision_log_cost(work)
        print(json.dumps(out["decision_log"]), file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench_erasure")
    parser.add_argument("--scales", default="10000,100000")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    result = erasure_cost([int(s) for s in args.scales.split(",")], args.repeats)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
