"""``make bench``: ingest throughput and match latency, each next to a baseline measured in the same run.

- ingest: seconds of ``Memory.import_ndjson`` (checks, redaction, chunking, encoding, BM25, Qdrant Edge
  writes) vs the raw encoder's seconds on exactly the texts that import encoded (recorded as it ran), with
  the model and the redaction model loaded before either clock starts;
- match: p50/p95 of ``Memory.match`` in-process and over HTTP at each scale, next to the bare limit (one
  query encoding + one store search), and recall@10 of the store's HNSW search vs exact numpy search;
- the scale runs of ``eval/bench_scale.py`` (index settings, 100k and larger pools), read from their JSON.

Scale pools hold 5 chunks per candidate, on vectors of real text grown by recombination
(``eval/bench_corpus.py``: resumes and O*NET task statements, never a reserved set); every query goes
through the real path: real model, real Edge store.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from embed import SentenceEncoder
from eval import bench_corpus, bench_scale
from eval.bench_cpu import thread_costs
from eval.bench_erasure import erasure_cost
from eval.bench_gc import gc_ab
from eval.bench_ingest import bench_ingest
from eval.bench_load import concurrent_throughput, load_check
from eval.bench_markdown import markdown
from eval.bench_match import bench_match
from memory.store import IndexTuning


def machine() -> dict[str, Any]:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kb = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
    )
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "memory_gib": round(mem_kb / 2**20, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        # Other work on the machine inflates every figure; ratios within the run are what compare.
        "load_avg_1m_at_start": round(os.getloadavg()[0], 1),
    }


PARTS = ("ingest", "match", "concurrency", "erasure", "load", "threads", "gc")
RESULTS = Path("bench-results")


def _part_path(part: str) -> Path:
    return RESULTS / f"bench-{part}.json"


def run_parts(args: argparse.Namespace, parts: Sequence[str], command: str) -> None:
    """Measure each asked part and keep its result, with the command and machine, in bench-results/."""
    encoder = SentenceEncoder()
    RESULTS.mkdir(exist_ok=True)
    stamp = {"command": command, "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "machine": machine()}

    def keep(part: str, value: Any) -> None:
        _part_path(part).write_text(json.dumps({**stamp, part: value}, indent=2))
        print(json.dumps({part: value}), file=sys.stderr, flush=True)

    scales = [int(s) for s in args.scales.split(",") if s]
    if "threads" in parts:  # first, before pools and servers add their own load to the machine's
        keep("threads", thread_costs(encoder))
    with tempfile.TemporaryDirectory(prefix="tr-bench-") as tmp:
        work = Path(tmp)
        if "ingest" in parts:
            keep("ingest", bench_ingest(encoder, work, erasure="erasure" in parts))
        pools: list[tuple[int, Path | None]] = [(s, None) for s in scales]
        for built in args.pool or []:
            pools.append((json.loads(built.with_suffix(".build.json").read_text())["candidates"], built))
        if "match" in parts:
            keep("match", [bench_match(encoder, work, n, args.repeats, pool=pool) for n, pool in pools])
        if "concurrency" in parts:  # PERF-MATCH's measure, on a fresh copy of each pool (it logs decisions)
            rows = []
            for n, pool in pools:
                source = pool or work / f"pool-{n}"
                if not source.exists():
                    bench_scale.build(source, bench_corpus.load(encoder, bench_scale.CACHE), n, IndexTuning())
                copy = work / f"concurrency-{n}"
                shutil.rmtree(copy, ignore_errors=True)
                bench_scale.copy_pool(source, copy)
                rows.append(concurrent_throughput(copy, encoder, clients=args.clients, seconds=args.seconds))
            keep("concurrency", rows)
        if "gc" in parts:  # full collections with and without memory/heap.py's freeze, on a copy of each pool
            rows = []
            for n, pool in pools:
                source = pool or work / f"pool-{n}"
                copy = work / f"gc-{n}"
                shutil.rmtree(copy, ignore_errors=True)
                bench_scale.copy_pool(source, copy)
                rows.append({"candidates": n, **gc_ab(encoder, copy, blocks=args.gc_blocks)})
            keep("gc", rows)
        if "erasure" in parts:  # purge_deleted after one person, and a decision-log erasure
            keep("erasure", erasure_cost(scales, repeats=5))
    if "load" in parts and args.load:  # after the temporary pools are gone: the server has the machine
        clients, seconds = (float(part) for part in args.load.split(","))
        keep("load", load_check(int(clients), seconds))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.bench",
        description="Measure the asked parts (each kept in bench-results/bench-<part>.json with its command), "
        "then write BENCHMARKS.md from the latest result of every part.",
    )
    parser.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated, of {', '.join(PARTS)}")
    parser.add_argument("--scales", default="10000", help="pool sizes (candidates) built and measured here")
    parser.add_argument(
        "--pool",
        type=Path,
        action="append",
        help="also measure a pool built by `python -m eval.bench_scale` (e.g. /tmp/perf/store-100k), on a copy; "
        "repeatable",
    )
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--clients", type=int, default=20, help="concurrent callers of the concurrency part")
    parser.add_argument("--gc-blocks", type=int, default=8, help="interleaved blocks of the gc part (half each arm)")
    parser.add_argument("--seconds", type=float, default=60, help="seconds of each concurrency phase")
    parser.add_argument("--out", type=Path, default=Path("BENCHMARKS.md"))
    parser.add_argument("--erasure", action="store_true", help="(kept for old commands: erasure is a part)")
    parser.add_argument(
        "--load",
        default="50,60",
        metavar="CLIENTS,SECONDS",
        help="the load part (eval/bench_load.py): concurrent clients mixing match, capture and get against "
        "uvicorn, with /healthz latency while loaded",
    )
    parser.add_argument("--report-only", action="store_true", help="measure nothing; rewrite BENCHMARKS.md")
    args = parser.parse_args(argv)
    parts = [p for p in args.parts.split(",") if p]
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    given = list(argv if argv is not None else sys.argv[1:])
    command = "python -m eval.bench " + " ".join(given) if given else "python -m eval.bench"
    if not given or given == ["--erasure", "--load", "50,60", "--out", "BENCHMARKS.md"]:
        command = "make bench"
    if not args.report_only:
        run_parts(args, parts, command)
    found = {p: json.loads(_part_path(p).read_text()) for p in PARTS if _part_path(p).exists()}
    args.out.write_text(markdown(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
