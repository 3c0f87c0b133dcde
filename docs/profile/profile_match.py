"""Run N matches on a copy of a scale pool, for a sampling profiler (see docs/profile/README.md).

    py-spy record -r 100 -f flamegraph -o docs/profile/match-10k.svg -- \\
        .venv/bin/python docs/profile/profile_match.py /tmp/perf/pool-10000 40 --warm --threads 1

The pool is copied first (a match writes its decision-log entry into the store). Warm-up matches load the
model, the redaction model and the shards: five, or with ``--warm`` every query once, so that the timed
matches find their evidence passages cached (a server that has shown these people before). The timed
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
    parser.add_argument("--threads", type=int, default=0, help="torch intra-op threads (0: torch's default)")
    args = parser.parse_args(argv)
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory(prefix="tr-profile-") as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(args.pool, copy)
        with Memory.open(Settings(data_dir=copy), encoder=SentenceEncoder()) as memory:
            requisitions = [Requisition(title=q) for q in QUERIES]
            for r in requisitions if args.warm else requisitions[:5]:
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
