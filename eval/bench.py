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
from embed import SentenceEncoder
from embed.encoder import Vectors
from embed.wrapper import EncoderWrapper
from eval import bench_corpus, bench_scale
from eval import bench_scale_report as report
from eval.bench_corpus import exact_top
from eval.bench_cpu import thread_costs, threads_markdown
from eval.bench_erasure import erasure_cost
from eval.bench_load import concurrent_throughput, load_check, throughput_markdown
from eval.bench_load import markdown as load_markdown
from eval.redaction import cost as redaction_cost
from memory import MatchFilters, Memory, Requisition, Settings
from memory.demo import FAMILIES, demo_records
from memory.store import Collection, IndexTuning, point_id
from memory.store_edge import EdgeStore

QUERIES = [f"{title} with {', '.join(spec['skills'][:2])}" for spec in FAMILIES.values() for title in spec["titles"]]


def percentiles(samples: Sequence[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2), "n": len(ordered)}


def timed(fn: Callable[[], object], repeats: int, before: Callable[[], object] = lambda: None) -> list[float]:
    out = []
    for _ in range(repeats):
        before()  # not timed
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


class _Recorder(EncoderWrapper):
    """The encoder, keeping every text it was asked to encode (from any thread)."""

    def __init__(self, encoder: SentenceEncoder) -> None:
        super().__init__(encoder)
        self.texts: list[str] = []
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> Vectors:
        with self._lock:
            self.texts += texts
        return self._inner.encode(texts)


INGEST_REPEATS = 3


def bench_ingest(encoder: SentenceEncoder, workdir: Path, *, erasure: bool = True) -> dict[str, Any]:
    """Import seconds vs the raw encoder's seconds on the texts that import encoded; redaction's time as a
    share of the encoder's on the same notes; and a full erasure (``Memory.delete``) of people named in the
    decision log, in that store.

    Each repeat imports the pool into a new store, then encodes the same texts with the bare encoder; the
    ratio is the median of the repeats' ratios (each pair measured back to back on the same machine state).
    A first import into a throw-away store loads the redaction model and warms the encoder first.
    """
    records = [r for r in demo_records(120, seed=11) if r["type"] in ("candidate", "note")]
    lines = [json.dumps(r) for r in records]
    notes = [r["text"] for r in records if r["type"] == "note"]
    redaction = redaction_cost(notes, encoder)
    with Memory.open(Settings(data_dir=workdir / "ingest-warm"), encoder=encoder) as memory:
        memory.import_ndjson(lines[:40])
    runs = []
    for repeat in range(INGEST_REPEATS):
        recorder = _Recorder(encoder)
        memory = Memory.open(Settings(data_dir=workdir / f"ingest-{repeat}"), encoder=recorder)
        started = time.perf_counter()
        report = memory.import_ndjson(lines)
        elapsed = time.perf_counter() - started
        assert not report.rejected
        started = time.perf_counter()
        encoder.encode(recorder.texts)
        raw = time.perf_counter() - started
        runs.append({"import_s": elapsed, "raw_s": raw, "texts": len(recorder.texts), "ratio": raw / elapsed})
        if repeat < INGEST_REPEATS - 1:
            memory.close()
    erased = (
        bench_erasure(memory, [r["candidate_id"] for r in records if r["type"] == "candidate"]) if erasure else None
    )
    memory.close()
    best = sorted(runs, key=lambda r: r["ratio"])[len(runs) // 2]
    return {
        "notes": len(notes),
        "candidates": len(records) - len(notes),
        "texts_encoded": best["texts"],
        "raw_encoder_texts_per_s": round(best["texts"] / best["raw_s"], 1),
        "end_to_end_texts_per_s": round(best["texts"] / best["import_s"], 1),
        "end_to_end_notes_per_s": round(len(notes) / best["import_s"], 1),
        "ratio": round(best["ratio"], 3),
        "ratios": [round(r["ratio"], 3) for r in runs],
        "redaction_share_of_encoder": round(redaction["redaction_share_of_encoder"], 4),
        "redaction_words_per_s": round(redaction["redaction_words_per_s"]),
        "encoder_words_per_s": round(redaction["encoder_words_per_s"]),
        "erasure": erased,
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


def bench_match(
    encoder: SentenceEncoder, workdir: Path, candidates: int, repeats: int, pool: Path | None = None
) -> dict[str, Any]:
    """Match latency and recall on a pool of ``candidates`` built here, or on a copy of a built ``pool``."""
    corpus = bench_corpus.load(encoder, bench_scale.CACHE)
    path = workdir / f"pool-{candidates}"
    out: dict[str, Any] = {"candidates": candidates, "chunks": candidates * bench_scale.CHUNKS_PER_CANDIDATE}
    if pool is None:
        out.update(bench_scale.build(path, corpus, candidates, IndexTuning()))
    else:  # a match writes its decision entry: measure on a copy, the built pool stays as it was
        shutil.copytree(pool, path)
        shutil.copy(pool.with_suffix(".vectors.npy"), path.with_suffix(".vectors.npy"))
        out.update(json.loads((pool.with_suffix(".build.json")).read_text()))
    vectors = np.load(path.with_suffix(".vectors.npy"), mmap_mode="r")
    out["chunks"] = len(vectors)
    # The compact payload table is filled at open (memory/store_cache.py), as a server started with
    # TALENTRECALL_PAYLOAD_PRELOAD=true does; its fill is waited for and measured before anything is timed.
    settings = ApiSettings(data_dir=path, auth=False, payload_preload=True)
    with Memory.open(settings, encoder=encoder) as memory:
        store = memory._store
        requisitions = [Requisition(title=q) for q in QUERIES]
        started = time.perf_counter()
        if isinstance(store, EdgeStore):
            store.preloaded()
            out["preload_s"] = round(time.perf_counter() - started, 1)
            out["table_points"] = {
                c.value: store._payloads.tabled(c) for c in (Collection.chunks, Collection.candidates)
            }
            out["table_mib"] = round(_table_mib(store), 1)
        for r in requisitions:  # warm every query path and the page cache before timing anything
            memory.match(r)
        turn = iter(range(10**9))
        # Cold matches ask requisitions never asked before (O*NET reported titles with a technology, not the
        # warm set), over people this process has not shown (every text cache and the dict tier emptied).
        fresh = iter([Requisition(title=q) for q in bench_corpus.queries(2 * repeats + 1)])

        def one_match() -> None:
            memory.match(requisitions[next(turn) % len(requisitions)], limit=10)

        def bare() -> None:
            q = encoder.encode([QUERIES[next(turn) % len(QUERIES)]])[0]
            store.search_dense(Collection.chunks, q.tolist(), 10)

        def cold() -> None:  # the first showing of these people: every text cache and the dict tier emptied
            memory._matcher.forget()
            if isinstance(store, EdgeStore):
                store.clear_cache()

        def cold_match() -> None:
            memory.match(next(fresh), limit=10)

        out["bare_limit"] = percentiles(timed(bare, repeats))
        out["match_in_process"] = percentiles(timed(one_match, repeats))
        out["match_cold_in_process"] = percentiles(timed(cold_match, repeats, before=cold))
        for r in requisitions:  # warm again for the HTTP calls
            memory.match(r)
        with _Server(memory) as url, httpx.Client(base_url=url, timeout=60) as client:

            def over_http() -> None:
                body = {"requisition": {"title": QUERIES[next(turn) % len(QUERIES)]}, "limit": 10}
                client.post("/v1/match", json=body).raise_for_status()

            over_http()
            out["match_http"] = percentiles(timed(over_http, repeats))

            def cold_over_http() -> None:
                body = {"requisition": {"title": next(fresh).title}, "limit": 10}
                client.post("/v1/match", json=body).raise_for_status()

            out["match_cold_http"] = percentiles(timed(cold_over_http, repeats, before=cold))
        # Recall on the real-text queries (O*NET titles + a technology), each against exact search.
        truth = exact_top(np.asarray(vectors), corpus.query_vectors)
        hits = 0
        for q, row in zip(corpus.query_vectors, truth, strict=True):
            wanted = {point_id(Collection.chunks, bench_scale.chunk_key(int(r))) for r in row}
            found = {h.id for h in store.search_dense(Collection.chunks, q.tolist(), 10, fields=())}
            hits += len(wanted & found)
        out["recall_at_10_vs_exact"] = round(hits / (10 * len(truth)), 4)
        out["ef"] = memory.settings.hnsw_ef
    out["match_vs_bare_p50"] = round(out["match_in_process"]["p50_ms"] / out["bare_limit"]["p50_ms"], 2)
    out["http_vs_bare_p95"] = round(out["match_http"]["p95_ms"] / out["bare_limit"]["p95_ms"], 2)
    out["cold_http_vs_bare_p95"] = round(out["match_cold_http"]["p95_ms"] / out["bare_limit"]["p95_ms"], 2)
    return out


def _table_mib(store: EdgeStore) -> float:
    """The compact payload table's own memory: its dicts, integer keys and marshal strings."""
    tables = store._payloads._table.values()
    held = sum(sys.getsizeof(t) + sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in t.items()) for t in tables)
    return held / 2**20


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


def _stamp(part: dict[str, Any]) -> str:
    m = part["machine"]
    return (
        f"Command: `{part['command']}` · {part['date']} · {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, "
        f"Python {m['python']}, load average {m.get('load_avg_1m_at_start', '?')} at its start."
    )


def markdown(parts: dict[str, dict[str, Any]]) -> str:
    """BENCHMARKS.md from the latest result of each part (``bench-results/bench-<part>.json``)."""
    result = {name: part[name] for name, part in parts.items()}
    sweeps, pools = report.scale_runs()
    lines = [
        "# Benchmarks",
        "",
        "Every table names the command that produced it, its date and the machine's load when it started. This "
        "machine (2 cores) is shared: absolute times move with the load, ratios measured within one run much "
        "less. Medians of repeated runs; every ratio is against a baseline measured in the same run.",
        "",
        "## Goals",
        "",
        *report.goals(result),
        "",
        *GOALS_NOTE,
        "",
    ]
    if "ingest" in result:
        lines += _ingest(parts["ingest"])
    if "erasure" in result or (result.get("ingest") or {}).get("erasure"):
        lines += _erasure(parts)
    if "match" in result:
        lines += _match(parts["match"])
    if "concurrency" in result:
        lines += ["## Concurrent matches (20 clients)", "", _stamp(parts["concurrency"]), ""]
        lines += [throughput_markdown(result["concurrency"]), ""]
    if sweeps:
        lines += ["## Index settings (recall / latency curve)", "", *report.sweep_tables(sweeps)]
        lines += [*SWEEP_NOTE, ""]
    if pools:
        lines += ["## Scale runs", "", *report.pool_tables(pools), "", *SCALE_NOTE, ""]
    if "load" in result:
        lines += ["## Load", "", _stamp(parts["load"]), "", load_markdown(result["load"])]
    if "threads" in result:
        lines += [
            "## Encoder threads",
            "",
            _stamp(parts["threads"]),
            "",
            *THREADS_NOTE,
            "",
            *threads_markdown(result["threads"]),
            "",
        ]
    return "\n".join(lines)


def _ingest(part: dict[str, Any]) -> list[str]:
    i = part["ingest"]
    lines = [
        "## Ingest",
        "",
        _stamp(part),
        "",
        "The same 120 people (and their notes) imported into a new store "
        f"{INGEST_REPEATS} times; each import is followed by the bare encoder on exactly the texts that import "
        "encoded (profiles, note chunks and their evidence passages, redacted), so the ratio compares the same "
        "work. Models loaded first.",
        "",
        "| candidates | notes | texts encoded | raw encoder texts/s | end-to-end texts/s | end-to-end notes/s "
        "| ratio (median) | ratio each repeat |",
        "|---|---|---|---|---|---|---|---|",
    ]
    lines.append(
        f"| {i['candidates']} | {i['notes']} | {i['texts_encoded']} | {i['raw_encoder_texts_per_s']} | "
        f"{i['end_to_end_texts_per_s']} | {i['end_to_end_notes_per_s']} | {i['ratio']} | {i['ratios']} |"
    )
    lines += [
        "",
        "An import's next block is encoded on a background thread while the current one is checked, redacted "
        "and written (`memory/importing.py`, `EncodeAhead`/`Lookahead`).",
        "",
        f"Redaction (names of every origin, contacts, pronouns; `memory/redact.py`) on the same notes: "
        f"{i['redaction_words_per_s']:,} words/s against the encoder's {i['encoder_words_per_s']:,} words/s, so it "
        f"adds **{100 * i['redaction_share_of_encoder']:.1f}%** to the encoder's time (budget: 10%).",
        "",
    ]
    return lines


def _erasure(parts: dict[str, dict[str, Any]]) -> list[str]:
    lines = ["## Erasure", ""]
    if "ingest" in parts and parts["ingest"]["ingest"]["erasure"]:
        i = parts["ingest"]["ingest"]
        e = i["erasure"]
        lines += [
            f"In the ingest run's store ({parts['ingest']['command']}):",
            "",
            "| store | decision entries naming the person | `Memory.delete` p50 s (each) |",
            "|---|---|---|",
            f"| {e['candidates']} candidates, {i['notes']} notes, {_ERASURE_MATCHES + 1} logged shortlists | "
            f"{e['decision_entries_each']} | {e['delete_s_p50']} ({', '.join(map(str, e['delete_s']))}) |",
        ]
    lines += [
        "",
        "A delete records its intent and suppression entry, deletes the person's points from every collection, "
        "pseudonymises their decision-log entries, then rewrites each shard it touched so that no file keeps a "
        "byte of them (`purge_deleted`); the receipt is returned after that.",
    ]
    if "erasure" in parts:
        lines += ["", _stamp(parts["erasure"])]
    for row in parts.get("erasure", {}).get("erasure", {}).get("purge", []):
        lines.append(
            f"`purge_deleted` of one shard of {row['points']:,} points after one deletion: "
            f"p50 {row['purge_ms_p50']} ms (an untouched shard: {row['purge_untouched_small_shard_ms_p50']} ms)."
        )
    return [*lines, ""]


def _match(part: dict[str, Any]) -> list[str]:
    lines = [
        "## Match",
        "",
        _stamp(part),
        "Pools of real-text vectors (`eval/bench_corpus.py`); recall over 200 O*NET "
        "job-title queries against exact search on the same vectors.",
        "",
        "| candidates | chunks | build s | bare limit p50/p95 ms | match in-process p50/p95 ms "
        "| match cold in-process p50/p95 ms | match over HTTP p50/p95 ms | HTTP / bare (p95) "
        "| match cold over HTTP p50/p95 ms | cold HTTP / bare (p95) | ef | recall@10 vs exact |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in part["match"]:
        cold = s.get("match_cold_in_process")
        cold_ms = f"{cold['p50_ms']} / {cold['p95_ms']}" if cold else "not measured"
        cold_http = s.get("match_cold_http")
        cold_http_ms = f"{cold_http['p50_ms']} / {cold_http['p95_ms']}" if cold_http else "not measured"
        lines.append(
            f"| {s['candidates']:,} | {s['chunks']:,} | {s['build_s']} | "
            f"{s['bare_limit']['p50_ms']} / {s['bare_limit']['p95_ms']} | "
            f"{s['match_in_process']['p50_ms']} / {s['match_in_process']['p95_ms']} | "
            f"{cold_ms} | "
            f"{s['match_http']['p50_ms']} / {s['match_http']['p95_ms']} | {s['http_vs_bare_p95']} | "
            f"{cold_http_ms} | {s.get('cold_http_vs_bare_p95', 'not measured')} | {s.get('ef')} | "
            f"{s['recall_at_10_vs_exact']} |"
        )
    tables = [s for s in part["match"] if "preload_s" in s]
    if tables:
        lines += [""] + [
            f"- {s['candidates']:,} candidates: the compact payload table (`TALENTRECALL_PAYLOAD_PRELOAD`) "
            f"held {s['table_points']['chunks']:,} chunks and {s['table_points']['candidates']:,} profiles, "
            f"filled in {s['preload_s']} s after open (a background thread; "
            f"its dicts, keys and strings take {s['table_mib']} MiB)."
            for s in tables
        ]
    lines += [
        "",
        "The bare limit is one MiniLM query encoding plus one HNSW search of the chunk collection. A match adds "
        "BM25 and dense retrieval over chunks and profiles, exact filtered searches over the pool's chunks and "
        "profiles, its signals, evidence passages, scoring nine features with exact attributions, and the "
        "decision-log entry. Warm matches (in-process and over HTTP) ask requisitions asked before, as a server "
        "that has run a while does: the text caches and the store's payload cache (`memory/store_cache.py`) hold "
        "their nets. A cold match asks a requisition never asked before (O*NET reported titles with a "
        "technology) with every text cache and the payload cache's dict tier emptied: the first showing of "
        "new people on a server that filled its compact payload table at open "
        "(`TALENTRECALL_PAYLOAD_PRELOAD=true`, which is not the default; warm matches are measured on the same "
        "preloaded server). Session 7's cold emptied every cache and asked the warm set again: the two sessions' "
        "cold figures do not compare.",
        "",
        "Latency on this shared machine measures the queue for its two cores as much as the code: with a load "
        "average well above 2 (see the stamp), a bare encoding can take longer than a whole match measured a "
        "moment later, and the ratio says nothing. Recall does not depend on the load.",
        "",
    ]
    return lines


# Why the goals not met are not met: written from the quiet-window runs of 2026-11-26 (session 8, 22:45-23:00 UTC;
# ingest from session 7's window, 19:48 UTC); each figure is in the table the goal row names. Rewrite it when the
# figures change.
GOALS_NOTE = [
    "What the verdicts rest on, and why the goals not met are not (match and concurrency 2026-11-26 22:45-23:00 "
    "UTC, load 0.7-2.5; ingest 19:48 UTC):",
    "",
    "- **Match at 100,000 candidates (NOT met).** Warm over HTTP p95 is 4.04x the bare limit in this run "
    "(229 / 57 ms; session 7's window measured 2.39x: 158 / 66 ms). Between the two runs the bare limit "
    "moved little (p50 44.6 vs 40.9 ms, p95 57 vs 66 ms) and the warm match a lot (in-process p50 197 vs 161 ms), "
    "at a HEAD that also has issue 14's taxonomy-aware skill coverage and fit-floored tiers; the runs were not "
    "interleaved, so what moved is not measured. A first showing (cold: a "
    "requisition never asked, every text cache and the payload cache's dict tier emptied, the compact payload "
    "table filled at open) has p50 288 ms over HTTP (6.4x the bare p50; session 7's cold in-process p50 was "
    "645 ms) but p95 744 ms (13.1x): a tail of a few slow first showings in 30, not measured apart here. The "
    'cuts of this session (`docs/profile/`, "A cold match at 100,000 candidates"): skill coverage without '
    "building every phrase of each text (was ~40% of a cold match), the net's payloads from a compact in-process "
    "table instead of Edge's `retrieve` (251.7 MiB at 100k), the pool count kept until the next write.",
    "- **20 clients (NOT met: 0.200-0.215 at 10k, 0.159-0.178 at 100k).** Sustained rates follow CPU per call "
    "on two cores (CPU table): a warm match costs 118 ms of process CPU at 10k and 260 ms at 100k (session 7: "
    "110 and 290) against the bare limit's 33 and 68 ms, so 0.28 and 0.26 is the ceiling before any queueing; "
    "0.5 needs a match within 2x of one encoding plus one search. The rest is the net's 4 searches and BM25, "
    "the exact reads, features, evidence and the decision log (`docs/profile/`).",
    "- **Ingest (NOT met: 0.758, session 7; not re-run).** The bench imports 424 lines, two blocks of the "
    "pipeline: the first block's redaction and the last block's write cannot overlap any encoding, ~one "
    'block\'s worth each (`docs/scale.md`, "Ingest"); redaction runs twice on guessed blocks. Not worked on '
    "in session 8.",
    "- **1M candidates (NOT met).** The 100k pool took 4,431 s to build on this shared machine; 1M would take "
    '~12 hours (`docs/scale.md`, "1M candidates": the estimate and the settings it would need).',
]
THREADS_NOTE = [
    "The encoder alone, in one process, with each count of torch intra-op threads, interleaved three times "
    "(medians): one short query encoding, and a batch of 96 demo notes. `TALENTRECALL_ENCODER_THREADS` "
    "(default 1, `auto` for torch's default of one per core) sets it where the model loads (`embed/encoder.py`)."
]
# Written from the runs' figures; each claim names the table row it rests on.
SWEEP_NOTE = [
    "How the defaults were chosen from this curve, and why its latencies compare only within a row: "
    '`docs/scale.md`, "Index settings". The scale runs record no load of their own; the sweep and the pool '
    "of 2026-11-26 ran between 10:28 and 11:15 UTC with a load average of 15-23 (`uptime`)."
]
SCALE_NOTE = [
    "Recall is against exact search over the same grown vectors (`eval/bench_corpus.py`), on 200 O*NET "
    "job-title queries. Serving RSS is the peak (VmHWM) of a fresh process that opens the store and runs 200 "
    "searches (re-measured by `--probe-only` where the run names a probe command). "
    'What a 1M-candidate store would need (not run here): `docs/scale.md`, "1M candidates".'
]


PARTS = ("ingest", "match", "concurrency", "erasure", "load", "threads")
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
                shutil.copytree(source, copy)
                rows.append(concurrent_throughput(copy, encoder, clients=args.clients, seconds=args.seconds))
            keep("concurrency", rows)
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
