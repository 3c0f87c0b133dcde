"""Run N matches on a copy of a scale pool, for a sampling profiler (see docs/profile/README.md).

    py-spy record -r 100 -f flamegraph -o docs/profile/match-10k.svg -- \\
        .venv/bin/python docs/profile/profile_match.py /tmp/perf/pool-10000 40 --warm --threads 1

The pool is copied first (a match writes its decision-log entry into the store; ``--in-place`` skips the
copy for a scratch copy made beforehand). Warm-up matches load the model, the redaction model and the
shards: five, or with ``--warm`` every query once, so that the timed matches find their evidence passages
cached (a server that has shown these people before). ``--cold`` is the first showing of new people on a
server that has just opened the pool: one warm-up match of another kind of query, then requisitions never
asked before (O*NET reported titles with a technology, ``eval.bench_corpus.queries``), each once. The timed
matches run in ``timed()``, so a profile's samples of them are those whose stack passes through it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from embed import SentenceEncoder
from eval import bench_corpus
from eval.bench_load import QUERIES
from memory import Memory, Requisition, Settings


def timed(memory: Memory, requisitions: list[Requisition], matches: int) -> list[float]:
    took = []
    for i in range(matches):
        started = time.perf_counter()
        memory.match(requisitions[i % len(requisitions)], limit=10)
        took.append((time.perf_counter() - started) * 1000)
    return took


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pool", type=Path)
    parser.add_argument("matches", type=int)
    parser.add_argument("--warm", action="store_true", help="run every query once before the timed matches")
    parser.add_argument("--cold", action="store_true", help="new requisitions, each once, after one warm-up match")
    parser.add_argument("--preload", action="store_true", help="fill the compact payload table at open first")
    parser.add_argument("--in-place", action="store_true", help="match on the pool itself (a scratch copy)")
    parser.add_argument("--threads", type=int, default=0, help="torch intra-op threads (0: torch's default)")
    args = parser.parse_args(argv)
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory(prefix="tr-profile-") as tmp:
        copy = args.pool
        if not args.in_place:
            copy = Path(tmp) / "store"
            shutil.copytree(args.pool, copy)
        settings = Settings(data_dir=copy, payload_preload=args.preload)
        with Memory.open(settings, encoder=SentenceEncoder()) as memory:
            requisitions = [Requisition(title=q) for q in QUERIES]
            if args.cold:
                memory.match(requisitions[0])
                preloaded = getattr(memory._store, "preloaded", None)
                if preloaded is not None:
                    preloaded()  # the table's fill, started at open, is not part of what is profiled
                requisitions = [Requisition(title=q) for q in bench_corpus.queries(args.matches)]
            for r in requisitions if args.warm else requisitions[:5] if not args.cold else []:
                memory.match(r)
            cpu = time.process_time()
            took = timed(memory, requisitions, args.matches)
            cpu = time.process_time() - cpu
    print(
        f"{args.matches} matches, median {statistics.median(took):.0f} ms, "
        f"process CPU {cpu / args.matches * 1000:.0f} ms per match",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
