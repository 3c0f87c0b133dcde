"""Two versions of the code, warm matches over HTTP, interleaved: what changed between two benchmark runs.

Each arm is a server process started from a code tree (``git archive <commit> | tar -x -C DIR``) on its own
copy of one pool, with or without the compact payload table preloaded (``TALENTRECALL_PAYLOAD_PRELOAD``; a
tree older than the setting takes ``:0`` only). After two warm-up rounds of the bench's requisitions, every
requisition is asked of every arm in a rotating order, so load drifts reach all arms alike. Per arm: HTTP
latency p50/p95, and the server process's CPU per match (``/proc/<pid>/stat``, read ``LINGER_S`` + 50 ms after
the answer so that the decision log's deferred write is counted; clock ticks of 10 ms).

    git archive 5840aac | tar -x -C /tmp/PERF/s9/s7
    git archive HEAD | tar -x -C /tmp/PERF/s9/head
    python -m eval.bench_versions /tmp/PERF/p10k /tmp/PERF/s9/s7:0 /tmp/PERF/s9/head:0 /tmp/PERF/s9/head:1
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

from eval.bench_match import QUERIES
from memory.deferred import LINGER_S

# Started in each arm's tree (``-c``): opens the pool copy, waits for the table's fill, serves, says READY.
_SERVE = """
import os, sys
from pathlib import Path
import uvicorn
from api.app import create_app
from api.settings import ApiSettings
from embed import SentenceEncoder
from memory import Memory
pool, port, preload = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1"
settings = ApiSettings(data_dir=pool, auth=False, **({"payload_preload": True} if preload else {}))
memory = Memory.open(settings, encoder=SentenceEncoder())
if preload:
    memory._store.preloaded()
server = uvicorn.Server(uvicorn.Config(create_app(memory=memory), host="127.0.0.1", port=port, log_level="warning"))
print("READY", os.getpid(), flush=True)
server.run()
memory.close()
"""
_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def _pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))], 1)


def compare(pool: Path, arms: Sequence[str], rounds: int, work: Path) -> dict[str, dict[str, float]]:
    """``arms`` are ``TREE:PRELOAD`` (PRELOAD 0 or 1); returns per arm HTTP p50/p95 ms and CPU ms per match."""
    servers: dict[str, tuple[subprocess.Popen[str], int]] = {}
    try:
        for i, arm in enumerate(arms):
            tree, preload = arm.rsplit(":", 1)
            copy = work / f"arm{i}"
            shutil.copytree(pool, copy)
            port = 18100 + i
            process = subprocess.Popen(
                [sys.executable, "-c", _SERVE, str(copy), str(port), preload],
                env={**os.environ, "PYTHONPATH": tree},
                cwd=tree,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            servers[arm] = (process, port)
        pids = {}
        for arm, (process, _) in servers.items():
            assert process.stdout is not None
            pids[arm] = int(process.stdout.readline().split()[1])  # READY <pid>
        clients = {
            arm: httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=900) for arm, (_, port) in servers.items()
        }

        def ask(arm: str, title: str) -> None:
            clients[arm].post("/v1/match", json={"requisition": {"title": title}, "limit": 10}).raise_for_status()

        for _ in range(2):  # warm: every requisition asked twice of every arm before any clock
            for title in QUERIES:
                for arm in arms:
                    ask(arm, title)
        wall: dict[str, list[float]] = {arm: [] for arm in arms}
        cpu: dict[str, list[float]] = {arm: [] for arm in arms}
        for r in range(rounds):
            for j, title in enumerate(QUERIES):
                turn = (r + j) % len(arms)
                for arm in [*arms[turn:], *arms[:turn]]:
                    before, started = _cpu_s(pids[arm]), time.perf_counter()
                    ask(arm, title)
                    wall[arm].append((time.perf_counter() - started) * 1000)
                    # The decision log's write is part of a match's CPU: wait for the thread's linger (this tree's;
                    # an older arm's, 50 ms before session 11, is shorter) and its write.
                    time.sleep(LINGER_S + 0.05)
                    cpu[arm].append((_cpu_s(pids[arm]) - before) * 1000)
        return {
            arm: {
                "matches": len(wall[arm]),
                "http_p50_ms": _pct(wall[arm], 50),
                "http_p95_ms": _pct(wall[arm], 95),
                "cpu_mean_ms": round(statistics.mean(cpu[arm]), 1),
            }
            for arm in arms
        }
    finally:
        for process, _ in servers.values():
            process.terminate()
        for process, _ in servers.values():
            process.wait()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench_versions", description=__doc__.splitlines()[0])
    parser.add_argument("pool", type=Path, help="a pool built by eval.bench_scale (copied once per arm)")
    parser.add_argument("arms", nargs="+", help="TREE:PRELOAD, e.g. /tmp/s7:0 /tmp/head:1")
    parser.add_argument("--rounds", type=int, default=3, help="times each requisition is asked of each arm")
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.1f} at start", flush=True)
    with tempfile.TemporaryDirectory(prefix="tr-versions-") as tmp:
        for arm, row in compare(args.pool, args.arms, args.rounds, Path(tmp)).items():
            print(arm, row, flush=True)
    print(f"load average {os.getloadavg()[0]:.1f} at end", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
