"""Run N matches on a copy of a scale pool, for a sampling profiler (see docs/profile/README.md).

    py-spy record -r 50 -f flamegraph -o docs/profile/match-10k.svg -- \
        .venv/bin/python docs/profile/profile_match.py /tmp/perf/pool-10000 8

The pool is copied first (a match writes its decision-log entry into the store). Five warm-up matches load
the model, the redaction model and the shards; the profile then covers them and the N timed matches.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from embed import SentenceEncoder
from eval.bench_load import QUERIES
from memory import Memory, Requisition, Settings


def main(pool: Path, matches: int) -> None:
    with tempfile.TemporaryDirectory(prefix="tr-profile-") as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(pool, copy)
        with Memory.open(Settings(data_dir=copy), encoder=SentenceEncoder()) as memory:
            requisitions = [Requisition(title=q) for q in QUERIES]
            for r in requisitions[:5]:
                memory.match(r)
            took = []
            for i in range(matches):
                started = time.perf_counter()
                memory.match(requisitions[i % len(requisitions)], limit=10)
                took.append((time.perf_counter() - started) * 1000)
    print(f"{matches} matches, median {statistics.median(took):.0f} ms", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
