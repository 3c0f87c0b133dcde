"""``make bench``: ingest throughput and match latency, each next to a baseline measured in the same run.

- ingest: notes/s through ``Memory.import_ndjson`` (chunking, hashing, encoding, BM25, Qdrant Edge writes)
  vs the raw encoder's notes/s on the same texts;
- match: p50/p95 of ``Memory.match`` in-process and over HTTP at each scale, next to the bare limit (one
  query encoding + one store search), and recall@10 of the store's HNSW search vs exact numpy search.

Scale pools hold ~5 chunks per candidate. Encoding 500k chunks with MiniLM would take hours on two cores,
so their vectors are generated around real MiniLM encodings of demo texts (clustered like real data) and
written through the store adapter; every query goes through the real path: real model, real Edge store.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import uvicorn

from api.app import create_app
from api.settings import ApiSettings
from embed import LexicalEncoder, SentenceEncoder
from eval.bench_erasure import erasure_cost
from eval.bench_load import load_check
from eval.bench_load import markdown as load_markdown
from eval.redaction import cost as redaction_cost
from memory import MatchFilters, Memory, Requisition, Settings
from memory.demo import FAMILIES, demo_records
from memory.models import Candidate
from memory.records import filter_fields
from memory.store import Collection, StoredPoint, point_id
from memory.store_edge import EdgeStore

CHUNKS_PER_CANDIDATE = 5
QUERIES = [f"{title} with {', '.join(spec['skills'][:2])}" for spec in FAMILIES.values() for title in spec["titles"]]


def percentiles(samples: Sequence[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2), "n": len(ordered)}


def timed(fn: Callable[[], object], repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def bench_ingest(encoder: SentenceEncoder, workdir: Path) -> dict[str, Any]:
    """Notes/s end to end vs the raw encoder; redaction's time as a share of the encoder's on the same notes;
    and a full erasure (``Memory.delete``) of people named in the decision log, in that store."""
    records = [r for r in demo_records(120, seed=11) if r["type"] in ("candidate", "note")]
    notes = [r["text"] for r in records if r["type"] == "note"]
    started = time.perf_counter()
    encoder.encode(notes)
    raw = len(notes) / (time.perf_counter() - started)
    redaction = redaction_cost(notes, encoder)
    with Memory.open(Settings(data_dir=workdir / "ingest"), encoder=encoder) as memory:
        lines = [json.dumps(r) for r in records]
        started = time.perf_counter()
        report = memory.import_ndjson(lines)
        elapsed = time.perf_counter() - started
        erasure = bench_erasure(memory, [r["candidate_id"] for r in records if r["type"] == "candidate"])
    assert not report.rejected
    end_to_end = len(notes) / elapsed
    return {
        "notes": len(notes),
        "candidates": len(records) - len(notes),
        "raw_encoder_notes_per_s": round(raw, 1),
        "end_to_end_notes_per_s": round(end_to_end, 1),
        "ratio": round(end_to_end / raw, 3),
        "redaction_share_of_encoder": round(redaction["redaction_share_of_encoder"], 4),
        "redaction_words_per_s": round(redaction["redaction_words_per_s"]),
        "encoder_words_per_s": round(redaction["encoder_words_per_s"]),
        "erasure": erasure,
    }


_ERASURE_MATCHES = 150  # decision-log entries naming each erased person (the issue's own case: 148)
_ERASURES = 3


def bench_erasure(memory: Memory, candidate_ids: list[str]) -> dict[str, Any]:
    """Median seconds of ``Memory.delete`` for people each named in ``_ERASURE_MATCHES`` decision entries."""
    requisition = Requisition(title="Software engineer", description="Python, SQL and cloud services")
    for _ in range(_ERASURE_MATCHES):
        memory.match(requisition, limit=10, filters=MatchFilters(consent_required=False))
    named = memory.match(requisition, limit=_ERASURES, filters=MatchFilters(consent_required=False))
    victims = [r.candidate_id for r in named.results][:_ERASURES]
    seconds, entries = [], []
    for victim in victims:
        started = time.perf_counter()
        receipt = memory.delete(victim)
        seconds.append(time.perf_counter() - started)
        entries.append(receipt.decisions_pseudonymised)
    return {
        "erasures": len(victims),
        "decision_entries_each": int(statistics.median(entries)) if entries else 0,
        "delete_s_p50": round(statistics.median(seconds), 2) if seconds else None,
        "delete_s": [round(x, 2) for x in seconds],
        "candidates": len(candidate_ids),
    }


def build_pool(path: Path, encoder: SentenceEncoder, candidates: int, seed: int = 0) -> dict[str, Any]:
    """Write a scale pool straight through the Edge adapter; returns timings and the chunk vectors."""
    rng = np.random.default_rng(seed)
    texts = [r["text"] for r in demo_records(160, seed=3) if r["type"] == "note"]
    base = encoder.encode(texts)
    lexical = LexicalEncoder()
    sparse = [lexical.document(t) for t in texts]
    store = EdgeStore(path)
    dim = encoder.dim
    store.upsert(
        Collection.meta,
        [StoredPoint(point_id(Collection.meta, "manifest"), {"model_id": encoder.model_id, "dim": dim, "schema": 1})],
    )
    store.ensure(dim)
    families = list(FAMILIES)
    all_vectors = np.empty((candidates * CHUNKS_PER_CANDIDATE, dim), dtype=np.float32)
    started = time.perf_counter()
    batch = 2_000
    for start in range(0, candidates, batch):
        ids = range(start, min(start + batch, candidates))
        topic = rng.integers(0, len(texts), size=(len(ids), CHUNKS_PER_CANDIDATE))
        noise = rng.normal(scale=0.03, size=(len(ids), CHUNKS_PER_CANDIDATE, dim)).astype(np.float32)
        vectors = base[topic] + noise
        vectors /= np.linalg.norm(vectors, axis=2, keepdims=True)
        all_vectors[start * CHUNKS_PER_CANDIDATE : (start + len(ids)) * CHUNKS_PER_CANDIDATE] = vectors.reshape(-1, dim)
        profiles, chunks = [], []
        for row, i in enumerate(ids):
            cid = f"b{i:07d}"
            candidate = Candidate(
                candidate_id=cid,
                headline="benchmark candidate",
                role_family=families[i % 8],
                consent={"status": "granted"},
            )
            fields = filter_fields(candidate)
            profile = vectors[row].mean(axis=0)
            profiles.append(
                StoredPoint(
                    point_id(Collection.candidates, cid),
                    {
                        **fields,
                        "record": candidate.model_dump(mode="json"),
                        "skills": [],
                        "profile_text": "benchmark candidate",
                    },
                    (profile / np.linalg.norm(profile)).tolist(),
                    sparse[topic[row, 0]],
                )
            )
            for c in range(CHUNKS_PER_CANDIDATE):
                t = int(topic[row, c])
                chunks.append(
                    StoredPoint(
                        point_id(Collection.chunks, f"{cid}-n#{c}"),
                        {
                            **fields,
                            "note_id": f"{cid}-n",
                            "chunk_index": c,
                            "text": texts[t],
                            "skills": [],
                            "stage": "onsite",
                            "author": "bench",
                            "written_at": None,
                        },
                        vectors[row, c].tolist(),
                        sparse[t],
                    )
                )
        store.upsert(Collection.candidates, profiles)
        store.upsert(Collection.chunks, chunks)
    upsert_s = time.perf_counter() - started
    started = time.perf_counter()
    store.optimize()
    optimize_s = time.perf_counter() - started
    store.close()
    return {"upsert_s": round(upsert_s, 1), "optimize_s": round(optimize_s, 1), "vectors": all_vectors}


class _Server:
    def __init__(self, memory: Memory) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.server = uvicorn.Server(
            uvicorn.Config(create_app(memory=memory), host="127.0.0.1", port=self.port, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def bench_match(encoder: SentenceEncoder, workdir: Path, candidates: int, repeats: int) -> dict[str, Any]:
    path = workdir / f"pool-{candidates}"
    built = build_pool(path, encoder, candidates)
    vectors: np.ndarray = built.pop("vectors")
    out: dict[str, Any] = {"candidates": candidates, "chunks": candidates * CHUNKS_PER_CANDIDATE, **built}
    with Memory.open(ApiSettings(data_dir=path, auth=False), encoder=encoder) as memory:
        store = memory._store
        requisitions = [Requisition(title=q) for q in QUERIES]
        for r in requisitions:  # warm every query path and the page cache before timing anything
            memory.match(r)
        turn = iter(range(10**9))

        def one_match() -> None:
            memory.match(requisitions[next(turn) % len(requisitions)], limit=10)

        def bare() -> None:
            q = encoder.encode([QUERIES[next(turn) % len(QUERIES)]])[0]
            store.search_dense(Collection.chunks, q.tolist(), 10)

        out["bare_limit"] = percentiles(timed(bare, repeats))
        out["match_in_process"] = percentiles(timed(one_match, repeats))
        with _Server(memory) as url, httpx.Client(base_url=url, timeout=60) as client:

            def over_http() -> None:
                body = {"requisition": {"title": QUERIES[next(turn) % len(QUERIES)]}, "limit": 10}
                client.post("/v1/match", json=body).raise_for_status()

            over_http()
            out["match_http"] = percentiles(timed(over_http, repeats))
        queries = encoder.encode(QUERIES)
        hits = 0
        for q in queries:
            exact = np.argsort(-(vectors @ q), kind="stable")[:10]
            truth = {
                point_id(Collection.chunks, f"b{i // CHUNKS_PER_CANDIDATE:07d}-n#{i % CHUNKS_PER_CANDIDATE}")
                for i in exact
            }
            found = {h.id for h in store.search_dense(Collection.chunks, q.tolist(), 10)}
            hits += len(truth & found)
        out["recall_at_10_vs_exact"] = round(hits / (10 * len(queries)), 4)
    out["match_vs_bare_p50"] = round(out["match_in_process"]["p50_ms"] / out["bare_limit"]["p50_ms"], 2)
    return out


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


def markdown(result: dict[str, Any], command: str) -> str:
    m = result["machine"]
    lines = [
        "# Benchmarks",
        "",
        f"Command: `{command}` · date {result['date']} · {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, "
        f"Python {m['python']}, load average {m.get('load_avg_1m_at_start', '?')} at the start. Medians of repeated "
        "runs; ratios are against a baseline measured in the same run.",
        "",
        "## Ingest",
        "",
        "| notes | raw encoder notes/s | end-to-end notes/s | ratio |",
        "|---|---|---|---|",
    ]
    i = result["ingest"]
    lines.append(f"| {i['notes']} | {i['raw_encoder_notes_per_s']} | {i['end_to_end_notes_per_s']} | {i['ratio']} |")
    lines += [
        "",
        f"Redaction (names of every origin, contacts, pronouns; `memory/redact.py`) on the same notes: "
        f"{i['redaction_words_per_s']:,} words/s against the encoder's {i['encoder_words_per_s']:,} words/s, so it "
        f"adds **{100 * i['redaction_share_of_encoder']:.1f}%** to the encoder's time (budget: 10%).",
        "",
        "## Erasure",
        "",
        "| store | decision entries naming the person | `Memory.delete` p50 s (each) |",
        "|---|---|---|",
    ]
    e = i["erasure"]
    lines.append(
        f"| {e['candidates']} candidates, {i['notes']} notes, {_ERASURE_MATCHES + 1} logged shortlists | "
        f"{e['decision_entries_each']} | {e['delete_s_p50']} ({', '.join(map(str, e['delete_s']))}) |"
    )
    lines += [
        "",
        "A delete records its intent and suppression entry, deletes the person's points from every collection, "
        "pseudonymises their decision-log entries, then rewrites each shard it touched so that no file keeps a "
        "byte of them (`purge_deleted`); the receipt is returned after that.",
    ]
    for row in result.get("erasure", {}).get("purge", []):
        lines.append(
            f"`purge_deleted` of one shard of {row['points']:,} points after one deletion: "
            f"p50 {row['purge_ms_p50']} ms (an untouched shard: {row['purge_untouched_small_shard_ms_p50']} ms)."
        )
    lines += [
        "",
        "## Match",
        "",
        "| candidates | chunks | upsert s | HNSW build s | bare limit p50/p95 ms | match in-process p50/p95 ms "
        "| match over HTTP p50/p95 ms | match / bare (p50) | recall@10 vs exact |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in result["match"]:
        lines.append(
            f"| {s['candidates']:,} | {s['chunks']:,} | {s['upsert_s']} | {s['optimize_s']} | "
            f"{s['bare_limit']['p50_ms']} / {s['bare_limit']['p95_ms']} | "
            f"{s['match_in_process']['p50_ms']} / {s['match_in_process']['p95_ms']} | "
            f"{s['match_http']['p50_ms']} / {s['match_http']['p95_ms']} | {s['match_vs_bare_p50']} | "
            f"{s['recall_at_10_vs_exact']} |"
        )
    lines += [
        "",
        "The bare limit is one MiniLM query encoding plus one HNSW search of the chunk collection. A match adds "
        "a second (title) encoding, BM25 and dense retrieval over chunks and profiles, exact filtered searches "
        "over the pool's chunks and profiles, its signals, scoring nine features with exact attributions, and "
        "appending the decision-log entry.",
        "",
    ]
    if "load" in result:
        lines += ["## Load", "", load_markdown(result["load"])]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench")
    parser.add_argument("--scales", default="10000,100000")
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--out", type=Path, default=Path("BENCHMARKS.md"))
    parser.add_argument("--erasure", action="store_true", help="also time purge_deleted (eval/bench_erasure.py)")
    parser.add_argument(
        "--load",
        default="",
        metavar="CLIENTS,SECONDS",
        help="also run the load check (eval/bench_load.py), e.g. 50,60: concurrent clients mixing match, "
        "capture and get against uvicorn, with /healthz latency while loaded",
    )
    args = parser.parse_args(argv)
    encoder = SentenceEncoder()
    result: dict[str, Any] = {"date": datetime.now(UTC).strftime("%Y-%m-%d"), "machine": machine()}
    with tempfile.TemporaryDirectory(prefix="tr-bench-") as tmp:
        work = Path(tmp)
        result["ingest"] = bench_ingest(encoder, work)
        print(json.dumps(result["ingest"]), file=sys.stderr)
        result["match"] = []
        for scale in (int(s) for s in args.scales.split(",")):
            measured = bench_match(encoder, work, scale, args.repeats)
            print(json.dumps(measured), file=sys.stderr)
            result["match"].append(measured)
        if args.erasure:  # erasure cost: purge_deleted after one person, and a decision-log erasure
            result["erasure"] = erasure_cost([int(s) for s in args.scales.split(",")], repeats=5)
    if args.load:  # after the temporary pools are gone: the server under load has the machine to itself
        clients, seconds = (float(part) for part in args.load.split(","))
        result["load"] = load_check(int(clients), seconds)
        print(json.dumps(result["load"]), file=sys.stderr)
    command = f"python -m eval.bench --scales {args.scales} --repeats {args.repeats}" + (" --erasure" * args.erasure)
    command += f" --load {args.load}" if args.load else ""
    if (args.scales, args.repeats, args.erasure, args.load) == ("10000,100000", 50, True, "50,60"):
        command = "make bench"
    args.out.write_text(markdown(result, command))
    Path("bench-results").mkdir(exist_ok=True)
    Path("bench-results/latest.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
