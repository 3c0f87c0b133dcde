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

With ``--clients N`` each arm instead serves N concurrent clients for ``--seconds`` per turn (the concurrency
bench's load, ``eval.bench_load``'s ``_post_matches``), the arms taking turns ``--rounds`` times: sustained
matches/s, p50/p95, errors and server CPU per match; and, from inside each server, every decision-log write
(its wall time and entries) against every match, so that a read found waiting behind more than one write batch
shows up (issue 13: "reads never blocked behind a write for more than one batch").
"""

from __future__ import annotations

import argparse
import asyncio
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

from eval.bench_load import _post_matches
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
app = create_app(memory=memory)
if sys.argv[4:] == ["probe"]:  # spans of every match, log batch and log store write; GET /__probe reads, clears
    import time
    from memory.store import Collection
    spans = {"match": [], "batch": [], "hold": []}
    match, batch, store_write = memory.match, memory._decisions._writes._write, memory._store._write
    def timed_match(*args, **kwargs):
        began = time.perf_counter()
        try:
            return match(*args, **kwargs)
        finally:
            spans["match"].append((began, time.perf_counter()))
    def timed_batch(items):
        began = time.perf_counter()
        try:
            return batch(items)
        finally:
            spans["batch"].append((began, time.perf_counter(), len(items)))
    def timed_store_write(collection, operation):  # the engine's update + flush: the binding holds the GIL
        began = time.perf_counter()
        try:
            return store_write(collection, operation)
        finally:
            if collection is Collection.decisions:
                spans["hold"].append((began, time.perf_counter()))
    memory.match, memory._decisions._writes._write, memory._store._write = timed_match, timed_batch, timed_store_write
    spans["journal"], spans["stall"] = [], []
    journal_queue = getattr(memory._decisions._writes, "_journal_queue", None)
    if journal_queue is not None:  # a tree with the journal (memory/decisions_journal.py): its appends too
        def timed_journal_queue():
            began = time.perf_counter()
            try:
                return journal_queue()
            finally:
                spans["journal"].append((began, time.perf_counter()))
        memory._decisions._writes._journal_queue = timed_journal_queue
    import threading
    def tick():  # a Python thread that asks to run every 5 ms: how late it ran is how long the GIL was held
        while True:
            began = time.perf_counter()
            time.sleep(0.005)
            spans["stall"].append(time.perf_counter() - began - 0.005)
            if len(spans["stall"]) > 100_000:
                del spans["stall"][: len(spans["stall"]) - 50_000]
    threading.Thread(target=tick, daemon=True).start()
    @app.get("/__probe")
    def probe():
        out = {k: v[:] for k, v in spans.items()}
        for v in spans.values():
            v.clear()
        return out
server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
print("READY", os.getpid(), flush=True)
server.run()
memory.close()
"""
_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def _journal_ms(spans: Sequence[Sequence[float]]) -> dict[str, float]:
    """The median and longest journal append of a turn, in ms, from its (start, end) spans in seconds."""
    took = [span[1] - span[0] for span in spans] or [0.0]
    return {"journal_ms_max": round(max(took) * 1000, 1), "journal_ms_p50": round(statistics.median(took) * 1000, 1)}


def _pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))], 1)


def _start(
    pool: Path, arms: Sequence[str], work: Path, probe: bool, servers: dict[str, tuple[subprocess.Popen[str], int]]
) -> dict[str, int]:
    """One server per arm on its own copy of ``pool`` (added to ``servers`` as started); their pids."""
    for i, arm in enumerate(arms):
        tree, preload = arm.rsplit(":", 1)
        copy = work / f"arm{i}"
        shutil.copytree(pool, copy)
        port = 18100 + i
        process = subprocess.Popen(
            [sys.executable, "-c", _SERVE, str(copy), str(port), preload, *(["probe"] if probe else [])],
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
    return pids


def _stop(servers: dict[str, tuple[subprocess.Popen[str], int]]) -> None:
    for process, _ in servers.values():
        process.terminate()
    for process, _ in servers.values():
        process.wait()


def compare(pool: Path, arms: Sequence[str], rounds: int, work: Path) -> dict[str, dict[str, float]]:
    """``arms`` are ``TREE:PRELOAD`` (PRELOAD 0 or 1); returns per arm HTTP p50/p95 ms and CPU ms per match."""
    servers: dict[str, tuple[subprocess.Popen[str], int]] = {}
    try:
        pids = _start(pool, arms, work, False, servers)
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
        _stop(servers)


def overlaps(matches: Sequence[Sequence[float]], writes: Sequence[Sequence[float]]) -> list[int]:
    """For each match span ``(start, end)``, how many write spans ``(start, end, ...)`` overlap it.

    The store write of a log batch (the engine's update and flush) holds the GIL for the whole call (Edge's
    binding), so every match it overlaps is paused for it; a match overlapped by two or more was paused by
    more than one batch. Both lists sorted by start."""
    counts, first = [], 0
    for began, ended in matches:
        while first < len(writes) and writes[first][1] <= began:  # writes over before this match began
            first += 1
        n = 0
        for write in writes[first:]:
            if write[0] >= ended:
                break
            n += 1
        counts.append(n)
    return counts


def compare_loaded(
    pool: Path, arms: Sequence[str], rounds: int, work: Path, clients: int, seconds: float
) -> dict[str, dict[str, object]]:
    """Each arm under ``clients`` concurrent clients for ``seconds`` a turn, the arms in turns ``rounds`` times."""
    servers: dict[str, tuple[subprocess.Popen[str], int]] = {}
    try:
        pids = _start(pool, arms, work, True, servers)
        urls = {arm: f"http://127.0.0.1:{port}" for arm, (_, port) in servers.items()}
        for _ in range(2):  # warm, as the sequential mode
            for title in QUERIES:
                for arm in arms:
                    body = {"requisition": {"title": title}, "limit": 10}
                    httpx.post(f"{urls[arm]}/v1/match", json=body, timeout=900).raise_for_status()
        turns: dict[str, list[dict[str, object]]] = {arm: [] for arm in arms}
        for r in range(rounds):
            for arm in [*arms[r % len(arms) :], *arms[: r % len(arms)]]:
                httpx.get(f"{urls[arm]}/__probe", timeout=60).raise_for_status()  # clears the spans so far
                before = _cpu_s(pids[arm])
                row = asyncio.run(_post_matches(urls[arm], clients, seconds))
                time.sleep(LINGER_S + 0.05)  # the last batch's write counts in this turn's CPU
                cpu_ms = (_cpu_s(pids[arm]) - before) * 1000
                spans = httpx.get(f"{urls[arm]}/__probe", timeout=60).json()
                batches, holds = spans["batch"], sorted(spans["hold"])
                behind = overlaps(sorted(spans["match"]), holds)
                turns[arm].append(
                    {
                        "per_s": row["per_s"],
                        "p50_ms": row["p50_ms"],
                        "p95_ms": row["p95_ms"],
                        "errors": row["errors"],
                        "cpu_ms_per_match": round(cpu_ms / max(1, row["requests"]), 1),
                        "log_writes": len(batches),
                        "entries_per_write": round(sum(b[2] for b in batches) / max(1, len(batches)), 1),
                        "batch_ms_max": round(max((b[1] - b[0] for b in batches), default=0) * 1000, 1),
                        "store_write_ms_p50": round(statistics.median([h[1] - h[0] for h in holds] or [0]) * 1000, 1),
                        "store_write_ms_max": round(max((h[1] - h[0] for h in holds), default=0) * 1000, 1),
                        "store_writes_during_a_match_max": max(behind, default=0),
                        "matches_during_2plus_store_writes": sum(n >= 2 for n in behind),
                        "matches": len(behind),
                        "journal_appends": len(spans.get("journal", [])),
                        # How long one journal append took, from taking the queue to its fsync: the writer's
                        # share of the queue's durability window under load (it serialised the batch before
                        # session 14 moved that to each match's thread).
                        **_journal_ms(spans.get("journal") or []),
                        # The 5 ms ticker's lateness (``_SERVE``): how long a ready Python thread (a read)
                        # waited for the GIL at worst in this turn, and at its 99th percentile.
                        "stall_ms_max": round(max(spans.get("stall") or [0]) * 1000, 1),
                        "stall_ms_p99": _pct([x * 1000 for x in spans.get("stall") or [0]], 99),
                    }
                )
        return {arm: {"turns": rows, **_medians(rows)} for arm, rows in turns.items()}
    finally:
        _stop(servers)


def _medians(rows: Sequence[dict[str, object]]) -> dict[str, object]:
    keys = ("per_s", "p50_ms", "p95_ms", "cpu_ms_per_match", "log_writes", "entries_per_write", "stall_ms_max")
    out: dict[str, object] = {f"median_{k}": statistics.median(float(str(row[k])) for row in rows) for k in keys}
    out["errors"] = sum(int(str(row["errors"])) for row in rows)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench_versions", description=__doc__.splitlines()[0])
    parser.add_argument("pool", type=Path, help="a pool built by eval.bench_scale (copied once per arm)")
    parser.add_argument("arms", nargs="+", help="TREE:PRELOAD, e.g. /tmp/s7:0 /tmp/head:1")
    parser.add_argument("--rounds", type=int, default=3, help="times each requisition is asked of each arm")
    parser.add_argument("--clients", type=int, default=0, help="instead: N concurrent clients a turn (see above)")
    parser.add_argument("--seconds", type=float, default=20, help="with --clients: length of each arm's turn")
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.1f} at start", flush=True)
    with tempfile.TemporaryDirectory(prefix="tr-versions-") as tmp:
        rows: dict[str, dict[str, object]] | dict[str, dict[str, float]]
        if args.clients:
            rows = compare_loaded(args.pool, args.arms, args.rounds, Path(tmp), args.clients, args.seconds)
        else:
            rows = compare(args.pool, args.arms, args.rounds, Path(tmp))
        for arm, row in rows.items():
            print(arm, row, flush=True)
    print(f"load average {os.getloadavg()[0]:.1f} at end", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
