"""Load checks: N concurrent clients against a real server, and matches/s against the bare limit.

``load_check``: N clients for T seconds mixing match, capture and get against a real server.

The server is ``uvicorn api.app:create_app --factory`` in its own process (so the load generator never
competes with it for the GIL), on the embedded Qdrant Edge store, seeded with the synthetic demo pool.
Each client loops: a match (40%), a capture (30%: a new candidate, an updated profile or a new note) or a
get (30%). Beside them a prober asks ``/healthz`` every 250 ms. Reported: requests, errors (any answer
other than the route's 2xx, or no answer), p50/p95 per route, and ``/healthz`` latency while loaded.

    python -m eval.bench_load --clients 50 --seconds 60   # the issue's figure
    python -m eval.bench_load --clients 8 --seconds 20    # a quick look on a shared machine

``concurrent_throughput`` (issue 13): on one store, N threads doing the bare limit (one query encoding +
one HNSW search of the chunks) for T seconds, then N threads doing ``Memory.match``, then N HTTP clients
posting ``/v1/match`` to uvicorn on that store: sustained calls/s, p50/p95 and errors of each, and the
ratio of matches/s to bare calls/s (goal: >= 0.5 with 20 clients).

    python -m eval.bench_load --throughput /tmp/perf/pool-10000 --clients 20 --seconds 30
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx

from embed import Encoder, SentenceEncoder
from eval.bench_cpu import cpu_markdown, cpu_per_call
from memory import Memory, Requisition, Settings
from memory.demo import FAMILIES, demo_records
from memory.store import Collection

TITLES = [title for spec in FAMILIES.values() for title in spec["titles"]]
SKILLS = sorted({skill for spec in FAMILIES.values() for skill in spec["skills"]})
SEED_CANDIDATES = 240
HEALTH_EVERY_S = 0.25
GOAL_HEALTH_MS = 100.0
GOAL_MATCH_SHARE = 0.5  # matches/s under N clients, as a share of the bare limit's calls/s under N clients
# The queries of the throughput check: a role title and two of its family's skills, as a recruiter types.
QUERIES = [f"{title} with {', '.join(spec['skills'][:2])}" for spec in FAMILIES.values() for title in spec["titles"]]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _percentile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1) if ordered else 0.0


class Tally:
    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.statuses: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))

    async def call(self, route: str, request: Any) -> None:
        started = time.perf_counter()
        try:
            response = await request
            status = response.status_code
        except httpx.HTTPError:
            status = 0  # no answer: a reset connection or a timeout counts as an error
        self.latency[route].append(time.perf_counter() - started)
        self.statuses[route][status] += 1
        if not 200 <= status < 300:
            self.errors[route] += 1

    def table(self) -> list[dict[str, Any]]:
        return [
            {
                "route": route,
                "requests": len(samples),
                "errors": self.errors[route],
                "p50_ms": _percentile(samples, 0.50),
                "p95_ms": _percentile(samples, 0.95),
                "max_ms": round(max(samples) * 1000, 1),
                "statuses": dict(self.statuses[route]),
            }
            for route, samples in sorted(self.latency.items())
        ]


async def _client(http: httpx.AsyncClient, tally: Tally, until: float, rng: random.Random, ids: list[str]) -> None:
    while time.monotonic() < until:
        pick = rng.random()
        if pick < 0.4:
            title = rng.choice(TITLES)
            body = {"requisition": {"title": title, "must_have_skills": rng.sample(SKILLS, 2)}, "limit": 10}
            await tally.call("POST /v1/match", http.post("/v1/match", json=body))
        elif pick < 0.55:
            cid = f"load-{rng.getrandbits(40):x}"
            body = {"candidate_id": cid, "headline": rng.choice(TITLES), "skills": rng.sample(SKILLS, 3)}
            await tally.call("PUT /v1/candidates/{id}", http.put(f"/v1/candidates/{cid}", json=body))
            ids.append(cid)
        elif pick < 0.7:
            cid = rng.choice(ids)
            note = {
                "note_id": f"{cid}-{rng.getrandbits(32):x}",
                "text": f"Strong on {', '.join(rng.sample(SKILLS, 3))}.",
            }
            await tally.call("POST /v1/candidates/{id}/notes", http.post(f"/v1/candidates/{cid}/notes", json=note))
        else:
            cid = rng.choice(ids)
            await tally.call("GET /v1/candidates/{id}", http.get(f"/v1/candidates/{cid}"))


async def _prober(http: httpx.AsyncClient, tally: Tally, until: float) -> None:
    while time.monotonic() < until:
        await tally.call("GET /healthz", http.get("/healthz"))
        await asyncio.sleep(HEALTH_EVERY_S)


async def _drive(url: str, clients: int, seconds: float, ids: list[str]) -> Tally:
    tally = Tally()
    until = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients + 1, max_keepalive_connections=clients + 1)
    async with (
        # No client timeout: an abandoned request would leave the server working on it after the run.
        httpx.AsyncClient(base_url=url, timeout=None, limits=limits) as http,
        httpx.AsyncClient(base_url=url, timeout=60) as probe,  # its own connection: never queued behind load
    ):
        rngs = [random.Random(seed) for seed in range(clients)]
        await asyncio.gather(_prober(probe, tally, until), *(_client(http, tally, until, r, ids) for r in rngs))
    return tally


def _serve(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    """The app as ``talentrecall serve`` builds it from the environment: real model, Edge store, one worker."""
    env = {**os.environ, "TALENTRECALL_DATA_DIR": str(data_dir), "TALENTRECALL_AUTH": "off"}
    command = [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)


def load_check(clients: int, seconds: float, seed_candidates: int = SEED_CANDIDATES) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="tr-load-") as tmp:
        port = _free_port()
        server = _serve(Path(tmp) / "store", port)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(url, server)
            records = list(demo_records(seed_candidates, seed=11))
            body = "\n".join(json.dumps(r) for r in records)
            seeded = httpx.post(
                f"{url}/v1/import", content=body, headers={"content-type": "application/x-ndjson"}, timeout=600
            )
            seeded.raise_for_status()
            ids = [r["candidate_id"] for r in records if r["type"] == "candidate"]
            tally = asyncio.run(_drive(url, clients, seconds, ids))
        finally:
            # Every request was answered before this (clients wait as long as it takes), so the server stops
            # idle; the data directory is removed only once it has exited.
            server.terminate()
            try:
                server.wait(300)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    rows = tally.table()
    health = next((row for row in rows if row["route"] == "GET /healthz"), None)
    return {
        "clients": clients,
        "seconds": seconds,
        "model": "all-MiniLM-L6-v2",
        "seed_candidates": seed_candidates,
        "load_avg_1m_at_end": round(os.getloadavg()[0], 1),
        "requests": sum(row["requests"] for row in rows),
        "errors": sum(row["errors"] for row in rows),
        "routes": rows,
        "healthz_p95_ms": health["p95_ms"] if health else None,
        "healthz_goal_met": bool(health and health["p95_ms"] < GOAL_HEALTH_MS and health["errors"] == 0),
    }


def markdown(result: dict[str, Any]) -> str:
    lines = [
        f"{result['clients']} concurrent clients for {result['seconds']:g} s (match 40%, capture 30%, get 30%) "
        f"against uvicorn on the embedded Edge store ({result['seed_candidates']} seeded candidates, model "
        f"{result['model']}); load average {result['load_avg_1m_at_end']} at the end. "
        f"**{result['requests']} requests, {result['errors']} errors**; `/healthz` p95 {result['healthz_p95_ms']} ms "
        f"(goal < {GOAL_HEALTH_MS:g} ms: {'met' if result['healthz_goal_met'] else 'NOT met'}).",
        "",
        "| route | requests | errors | p50 ms | p95 ms | max ms |",
        "|---|---|---|---|---|---|",
    ]
    for row in result["routes"]:
        lines.append(
            f"| {row['route']} | {row['requests']} | {row['errors']} | {row['p50_ms']} | {row['p95_ms']} | "
            f"{row['max_ms']} |"
        )
    return "\n".join(lines) + "\n"


def _hammer(clients: int, seconds: float, call: Callable[[int], object]) -> dict[str, Any]:
    """``clients`` threads calling ``call(i)`` back to back for ``seconds``: calls/s, latency, errors.

    Calls/s counts the calls that ended inside the window, over the window: the calls still in flight at
    its end are waited for (their latency and errors count) but not counted as throughput, so a slow
    call is neither rewarded nor charged for the drain.
    """
    latency: list[float] = []
    errors: list[str] = []
    ended_inside = [0]
    started = time.monotonic()
    until = started + seconds
    turn = iter(range(10**9))  # next() on a shared counter is atomic under the GIL

    def client() -> None:
        while time.monotonic() < until:
            began = time.perf_counter()
            try:
                call(next(turn))
            except Exception as exc:  # counted: the goal is 0 errors
                errors.append(repr(exc))
            latency.append(time.perf_counter() - began)
            if time.monotonic() <= until:
                ended_inside[0] += 1

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "calls": len(latency),
        "errors": len(errors),
        "per_s": round(ended_inside[0] / seconds, 2),
        "p50_ms": _percentile(latency, 0.50),
        "p95_ms": _percentile(latency, 0.95),
        "first_errors": errors[:3],
    }


async def _post_matches(url: str, clients: int, seconds: float) -> dict[str, Any]:
    tally = Tally()
    until = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    ended_inside = [0]  # as in ``_hammer``: answers inside the window, over the window
    async with httpx.AsyncClient(base_url=url, timeout=None, limits=limits) as http:

        async def client(first: int) -> None:
            for i in range(first, 10**9, clients):
                if time.monotonic() >= until:
                    return
                body = {"requisition": {"title": QUERIES[i % len(QUERIES)]}, "limit": 10}
                await tally.call("POST /v1/match", http.post("/v1/match", json=body))
                ended_inside[0] += time.monotonic() <= until

        await asyncio.gather(*(client(i) for i in range(clients)))
    [row] = tally.table()
    row["per_s"] = round(ended_inside[0] / seconds, 2)
    return row


def concurrent_throughput(path: Path, encoder: Encoder, clients: int = 20, seconds: float = 30) -> dict[str, Any]:
    """Bare limit, in-process match and HTTP match, each under ``clients`` concurrent callers on ``path``.

    The store at ``path`` (a scale pool) gains the decision-log entries of the matches. The in-process
    runs share one ``Memory`` (threads, as the server's pool runs them); the HTTP run serves the same
    store from a uvicorn process, so the load generator does not share its GIL. Both have asked every
    query once before their clock starts: the sustained rate is that of a server that has shown these
    people before (text caches filled); what a first showing costs is ``cpu_per_call``'s cold match.
    """
    requisitions = [Requisition(title=q) for q in QUERIES]
    with Memory.open(Settings(data_dir=path), encoder=encoder) as memory:
        store = memory._store
        for r in requisitions[:4]:  # the model, the shards and the page cache are warm before any clock
            memory.match(r)

        def bare(i: int) -> None:
            query = encoder.encode([QUERIES[i % len(QUERIES)]])[0]
            store.search_dense(Collection.chunks, query.tolist(), 10)

        def match(i: int) -> None:
            memory.match(requisitions[i % len(requisitions)], limit=10)

        out: dict[str, Any] = {"clients": clients, "seconds": seconds, "candidates": store.count(Collection.candidates)}
        out["chunks"] = store.count(Collection.chunks)
        out["cpu"] = cpu_per_call(memory, bare, requisitions)
        out["bare"] = _hammer(clients, seconds, bare)
        out["match_in_process"] = _hammer(clients, seconds, match)
    port = _free_port()
    server = _serve(path, port)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, server)
        for query in QUERIES:  # as in-process (``cpu_per_call``): every query once, so the server runs warm
            httpx.post(f"{url}/v1/match", json={"requisition": {"title": query}}, timeout=300).raise_for_status()
        out["match_http"] = asyncio.run(_post_matches(url, clients, seconds))
    finally:
        server.terminate()
        server.wait(300)
    out["share_in_process"] = round(out["match_in_process"]["per_s"] / out["bare"]["per_s"], 3)
    out["share_http"] = round(out["match_http"]["per_s"] / out["bare"]["per_s"], 3)
    out["errors"] = out["bare"]["errors"] + out["match_in_process"]["errors"] + out["match_http"]["errors"]
    return out


def throughput_markdown(rows: Sequence[dict[str, Any]]) -> str:
    """BENCHMARKS.md rows: one per store, the ratio next to its goal."""
    lines = [
        "| candidates | chunks | clients | bare limit calls/s (p50/p95 ms) | match in-process /s (p50/p95 ms) "
        f"| match over HTTP /s (p50/p95 ms) | matches/s ÷ bare calls/s (goal ≥ {GOAL_MATCH_SHARE}) | errors |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        b, m, h = r["bare"], r["match_in_process"], r["match_http"]
        met = "met" if min(r["share_in_process"], r["share_http"]) >= GOAL_MATCH_SHARE else "NOT met"
        lines.append(
            f"| {r['candidates']:,} | {r['chunks']:,} | {r['clients']} | {b['per_s']} ({b['p50_ms']}/{b['p95_ms']}) | "
            f"{m['per_s']} ({m['p50_ms']}/{m['p95_ms']}) | {h['per_s']} ({h['p50_ms']}/{h['p95_ms']}) | "
            f"{r['share_in_process']} in-process, {r['share_http']} over HTTP: {met} | {r['errors']} |"
        )
    lines += cpu_markdown(rows)
    return "\n".join(lines) + "\n"


def _wait_healthy(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 300
    while True:
        try:
            if httpx.get(f"{url}/healthz", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            raise RuntimeError("the server did not start")
        time.sleep(0.5)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench_load")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed-candidates", type=int, default=SEED_CANDIDATES, help="demo candidates imported first")
    parser.add_argument(
        "--throughput",
        type=Path,
        metavar="STORE",
        help="instead: matches/s vs the bare limit under --clients callers on this store (it gains log entries)",
    )
    args = parser.parse_args(argv)
    if args.throughput is not None:
        measured = concurrent_throughput(args.throughput, SentenceEncoder(), args.clients, args.seconds)
        print(json.dumps(measured), file=sys.stderr)
        print(throughput_markdown([measured]))
        return 0 if measured["errors"] == 0 else 1
    result = load_check(args.clients, args.seconds, args.seed_candidates)
    print(json.dumps(result), file=sys.stderr)
    print(markdown(result))
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
