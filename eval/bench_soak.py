"""Does ``memory/heap.py``'s re-freeze keep memory bounded over many matches? (a reviewer's question, issue 13)

``heap.settle_if_due`` freezes again after any full collection slower than 20 ms. A freeze moves every object
the collector tracks into its permanent generation, including reference cycles that are already garbage at
that instant (a match's worth at most): those are never freed. If re-freezes kept coming while the caches
churn, that would grow without bound. This runs many matches in one process on a copy of a pool, alternating
warm requisitions with never-asked ones whose first showing empties the payload cache's dict tier and the text
caches (the churn that makes full collections slow again), and records at fixed intervals the process's
resident memory, the objects frozen and tracked, and how many freezes have run. Bounded means the RSS and the
frozen count level off once the caches are full, while matches and freezes go on.

    python -m eval.bench_soak /tmp/PERF/p10k --matches 3000 --every 250
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from embed import SentenceEncoder
from eval import bench_corpus
from eval.bench_match import QUERIES
from memory import Memory, Requisition, Settings, heap
from memory.store import Collection
from memory.store_edge import EdgeStore

# One never-asked requisition (with every cache emptied before it) in this many matches: enough churn that the
# unfrozen objects grow back and full collections turn slow again, as on a server showing new people all day.
COLD_EVERY = 5


def _rss_mib() -> dict[str, float]:
    """Resident memory: all of it, the heap's (anonymous) and the mapped files' (the store's segments)."""
    fields = {"VmRSS:": "rss_mib", "RssAnon:": "anon_mib", "RssFile:": "file_mib"}
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name = line.split(maxsplit=1)[0] if line else ""
        if name in fields:
            out[fields[name]] = round(int(line.split()[1]) / 1024, 1)
    return out


def cached(memory: Memory, tier: str) -> int:
    store = memory._store
    if not isinstance(store, EdgeStore):
        return 0
    return int(getattr(store._payloads, tier)(Collection.chunks))


def soak(encoder: SentenceEncoder, pool: Path, matches: int, every: int) -> dict[str, Any]:
    """Matches on ``pool`` (opened in place: give it a copy), sampled every ``every`` matches."""
    freezes = [0]
    settle_if_due = heap.settle_if_due

    def counted() -> bool:  # the re-freezes, counted where the shortlist calls them
        froze = settle_if_due()
        freezes[0] += froze
        return froze

    heap.settle_if_due = counted
    cold = iter([Requisition(title=q) for q in bench_corpus.queries(matches // COLD_EVERY + 1)])
    warm = [Requisition(title=q) for q in QUERIES]
    rows: list[dict[str, Any]] = []
    try:
        with Memory.open(Settings(data_dir=pool), encoder=encoder) as memory:
            started = time.perf_counter()
            for i in range(1, matches + 1):
                if i % COLD_EVERY == 0:
                    memory._matcher.forget()
                    if isinstance(memory._store, EdgeStore):
                        memory._store.clear_cache()
                    memory.match(next(cold), limit=10)
                else:
                    memory.match(warm[i % len(warm)], limit=10)
                if i % every == 0 or i == 1:
                    memory._decisions.flush()
                    rows.append(
                        {
                            "matches": i,
                            **_rss_mib(),
                            "frozen": gc.get_freeze_count(),
                            "tracked": len(gc.get_objects()),
                            "refreezes": freezes[0],
                            # The payload cache's two tiers (chunks): bounded, but filling as new people are shown.
                            "cached_chunks": cached(memory, "held"),
                            "tabled_chunks": cached(memory, "tabled"),
                            "seconds": round(time.perf_counter() - started, 1),
                        }
                    )
                    print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    finally:
        heap.settle_if_due = settle_if_due
    half = [r for r in rows if r["matches"] >= matches // 2]
    growth = (half[-1]["anon_mib"] - half[0]["anon_mib"]) if len(half) > 1 else None
    span = (half[-1]["matches"] - half[0]["matches"]) if len(half) > 1 else 0
    return {
        "pool": str(pool),
        "matches": matches,
        "cold_every": COLD_EVERY,
        "rows": rows,
        # The heap's growth over the second half of the run: MiB per 1,000 matches.
        "anon_growth_mib_per_1000_second_half": round(growth / span * 1000, 2) if growth is not None and span else None,
    }


def soak_markdown(result: dict[str, Any]) -> list[str]:
    lines = [
        "| matches | RSS MiB (heap / mapped files) | objects frozen | objects tracked | re-freezes so far "
        "| chunks cached (dicts / compact) | seconds |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in result["rows"]:
        lines.append(
            f"| {r['matches']:,} | {r['rss_mib']} ({r.get('anon_mib')} / {r.get('file_mib')}) | {r['frozen']:,} | "
            f"{r['tracked']:,} | {r['refreezes']} | {r['cached_chunks']:,} / {r['tabled_chunks']:,} | {r['seconds']} |"
        )
    lines.append("")
    lines.append(
        f"Heap (anonymous RSS) growth over the second half: {result['anon_growth_mib_per_1000_second_half']} MiB "
        "per 1,000 matches "
        f"(one match in {result['cold_every']} a never-asked requisition with every cache emptied)."
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench_soak", description=__doc__.splitlines()[0])
    parser.add_argument("pool", type=Path, help="a pool built by eval.bench_scale (copied first)")
    parser.add_argument("--matches", type=int, default=3000)
    parser.add_argument("--every", type=int, default=250)
    parser.add_argument("--out", type=Path, default=None, help="also write the result as JSON here")
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.1f} at start", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="tr-soak-") as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(args.pool, copy)
        result = soak(SentenceEncoder(), copy, args.matches, args.every)
    result["command"] = "python -m eval.bench_soak " + " ".join(argv if argv is not None else sys.argv[1:])
    if args.out is not None:
        args.out.write_text(json.dumps(result, indent=2))
    print("\n".join(soak_markdown(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
