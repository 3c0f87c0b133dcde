"""Scale benchmarks of the embedded store on vectors of real text (``eval/bench_corpus.py``).

- ``build``: a pool of N candidates × 5 chunks written through the Edge adapter (the same payloads and
  indexes a real memory has), with its build time, disk, and the grown vectors kept beside it for exact
  recall (``<store>.vectors.npy``).
- ``sweep``: recall@10 against exact search and search latency for each HNSW / quantisation setting.
- ``probe``: a fresh process opens a built store and answers queries: what serving it costs in memory.

``python -m eval.bench_scale --candidates 100000 --store /tmp/perf/store-100k`` builds and measures one pool;
``--sweep`` first builds small pools with each index setting and measures the recall/latency curve.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import numpy as np

from embed import LexicalEncoder, SentenceEncoder
from embed.encoder import DEFAULT_MODEL_ID
from eval.bench_corpus import Corpus, exact_top, grow, load
from memory.demo import FAMILIES
from memory.models import Candidate
from memory.records import filter_fields
from memory.store import Collection, IndexTuning, StoredPoint, point_id
from memory.store_edge import EdgeStore

CHUNKS_PER_CANDIDATE = 5
CACHE = Path("bench-results/cache")
_BATCH = 2_000  # candidates per upsert call (10,000 chunks)


def chunk_key(row: int) -> str:
    """The chunk point key of grown row ``row`` (candidate ``row // 5``, chunk ``row % 5``)."""
    return f"b{row // CHUNKS_PER_CANDIDATE:07d}-n#{row % CHUNKS_PER_CANDIDATE}"


def disk_bytes(path: Path) -> int:
    """Bytes the files under ``path`` occupy on disk (allocated blocks, as ``du`` counts them)."""
    return sum(f.stat().st_blocks * 512 for f in path.rglob("*") if f.is_file())


def copy_pool(source: Path, target: Path) -> None:
    """Copy a built pool's store directory, keeping its sparse files sparse.

    Edge's files are mostly holes (the 100k pool: 2.8 GiB on disk, over 11 GiB of length): ``shutil.copytree``
    writes the holes out, and session 16's quiet window ran out of disk copying it (14 GiB free; the match part
    failed twice). ``cp --sparse=always`` writes only the data (GNU coreutils, as on every Linux host here)."""
    if target.exists():
        raise FileExistsError(target)
    subprocess.run(["cp", "-r", "--sparse=always", str(source), str(target)], check=True)


def build(path: Path, corpus: Corpus, candidates: int, tuning: IndexTuning, *, seed: int = 0) -> dict[str, Any]:
    """Write ``candidates`` people (a profile and 5 chunks each) into a new Edge store at ``path``."""
    vectors, source = grow(corpus, candidates, CHUNKS_PER_CANDIDATE, seed=seed)
    np.save(path.with_suffix(".vectors.npy"), vectors)
    lexical = LexicalEncoder()
    sparse: dict[int, Any] = {}
    store = EdgeStore(path, tuning)
    dim = vectors.shape[1]
    store.upsert(
        Collection.meta,
        [StoredPoint(point_id(Collection.meta, "manifest"), {"model_id": DEFAULT_MODEL_ID, "dim": dim, "schema": 1})],
    )
    store.ensure(dim)
    families = list(FAMILIES)
    started = time.perf_counter()
    passage_points = 0
    for start in range(0, candidates, _BATCH):
        profiles, chunks, passages = [], [], []
        for i in range(start, min(start + _BATCH, candidates)):
            cid = f"b{i:07d}"
            candidate = Candidate(
                candidate_id=cid,
                headline="benchmark candidate",
                role_family=families[i % len(families)],
                consent={"status": "granted"},  # eligible under the default filters (valid consent)
            )
            fields = filter_fields(candidate)
            rows = range(i * CHUNKS_PER_CANDIDATE, (i + 1) * CHUNKS_PER_CANDIDATE)
            profile = vectors[rows.start : rows.stop].mean(axis=0)
            first = int(source[rows.start])
            profiles.append(
                StoredPoint(
                    point_id(Collection.candidates, cid),
                    {**fields, "record": candidate.model_dump(mode="json"), "skills": [], "profile_text": "benchmark"},
                    (profile / np.linalg.norm(profile)).tolist(),
                    sparse.setdefault(first, lexical.document(corpus.texts[first])),
                )
            )
            for row in rows:
                text = int(source[row])
                # The chunk's evidence passages, with the vectors capture would store (``memory.capture``).
                for index, vector in enumerate(corpus.passages[text]):
                    passages.append(
                        StoredPoint(
                            point_id(Collection.passages, f"{chunk_key(row)}#{index}"),
                            {
                                "candidate_id": cid,
                                "note_id": f"{cid}-n",
                                "chunk": chunk_key(row),
                                "passage": index,
                                "text_hash": f"bench-{text}-{index}",
                            },
                            vector.tolist(),
                        )
                    )
                chunks.append(
                    StoredPoint(
                        point_id(Collection.chunks, chunk_key(row)),
                        {
                            **fields,
                            "note_id": f"{cid}-n",
                            "chunk_index": row % CHUNKS_PER_CANDIDATE,
                            "text": corpus.texts[text],
                            "skills": [],
                            "stage": "onsite",
                            "author": "bench",
                            "written_at": None,
                            "passage_vectors": len(corpus.passages[text]),
                        },
                        vectors[row].tolist(),
                        sparse.setdefault(text, lexical.document(corpus.texts[text])),
                    )
                )
        store.upsert(Collection.candidates, profiles)
        store.upsert(Collection.passages, passages)
        store.upsert(Collection.chunks, chunks)
        passage_points += len(passages)
        print(f"built {min(start + _BATCH, candidates):,}/{candidates:,} candidates", file=sys.stderr, flush=True)
    upsert_s = time.perf_counter() - started
    started = time.perf_counter()
    store.optimize()
    optimize_s = time.perf_counter() - started
    store.close()
    built = {
        "candidates": candidates,
        "chunks": candidates * CHUNKS_PER_CANDIDATE,
        "passages": passage_points,
        "tuning": asdict(tuning),
        "upsert_s": round(upsert_s, 1),
        "optimize_s": round(optimize_s, 1),
        "build_s": round(upsert_s + optimize_s, 1),
        "disk_gib": round(disk_bytes(path) / 2**30, 3),
        "build_peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2),
    }
    path.with_suffix(".build.json").write_text(json.dumps(built))  # read by ``eval.bench --pool``
    return built


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(float(np.median(ordered)), 2),
        "p95_ms": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 2),
    }


def search_curve(
    path: Path, corpus: Corpus, tuning: IndexTuning, efs: list[int], *, truth: np.ndarray | None = None
) -> list[dict[str, Any]]:
    """Recall@10 vs exact and latency of the chunk search at each ``ef`` (same store, same queries)."""
    if truth is None:
        vectors = np.load(path.with_suffix(".vectors.npy"), mmap_mode="r")
        truth = exact_top(np.asarray(vectors), corpus.query_vectors)
    wanted = [{point_id(Collection.chunks, chunk_key(int(r))) for r in row} for row in truth]
    queries = [q.tolist() for q in corpus.query_vectors]
    out = []
    for ef in efs:
        store = EdgeStore(path, replace(tuning, ef=ef))
        store.ensure(corpus.vectors.shape[1])
        try:
            for q in queries[:20]:  # warm the page cache and the shard before timing
                store.search_dense(Collection.chunks, q, 10)
            hits, times = 0, []
            for q, truth_ids in zip(queries, wanted, strict=True):
                started = time.perf_counter()
                found = store.search_dense(Collection.chunks, q, 10, fields=())
                times.append((time.perf_counter() - started) * 1000)
                hits += len(truth_ids & {h.id for h in found})
        finally:
            store.close()
        out.append({"ef": ef, "recall_at_10": round(hits / (10 * len(queries)), 4), **_percentiles(times)})
        print(json.dumps(out[-1]), file=sys.stderr, flush=True)
    return out


def probe(path: Path, tuning: IndexTuning, queries: int = 200) -> dict[str, Any]:
    """Open the store in a fresh process, run ``queries`` searches; its peak RSS and latency."""
    script = (
        "import json, resource, sys, time, numpy as np\n"
        "from pathlib import Path\n"
        "from memory.store import Collection, IndexTuning\n"
        "from memory.store_edge import EdgeStore\n"
        f"t = IndexTuning(**{asdict(tuning)!r})\n"
        "started = time.perf_counter()\n"
        f"store = EdgeStore(Path({str(path)!r}), t)\n"
        f"vectors = np.load({str(path.with_suffix('.vectors.npy'))!r}, mmap_mode='r')\n"
        "store.ensure(vectors.shape[1])\n"
        "store.search_dense(Collection.chunks, np.asarray(vectors[0]).tolist(), 10)\n"
        "opened = time.perf_counter() - started\n"
        "rng = np.random.default_rng(1)\n"
        f"rows = rng.integers(0, len(vectors), {queries})\n"
        "times = []\n"
        "for r in rows:\n"
        "    q = np.asarray(vectors[r]).tolist()\n"
        "    s = time.perf_counter(); store.search_dense(Collection.chunks, q, 10, fields=())\n"
        "    times.append((time.perf_counter() - s) * 1000)\n"
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork and execve, so a child started by a
        # big parent would report the parent's peak.
        "hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
        "rss = int(hwm.split()[1]) / 2**20\n"
        "print(json.dumps({'open_s': round(opened, 2), 'serving_peak_rss_gib': round(rss, 2),"
        " 'p50_ms': round(float(np.median(times)), 2), 'p95_ms': round(float(np.percentile(times, 95)), 2)}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


SWEEP_TUNINGS = [
    IndexTuning(m=16, ef_construct=100),
    IndexTuning(m=32, ef_construct=200),
    IndexTuning(m=16, ef_construct=100, int8=True, on_disk=True),
    IndexTuning(m=16, ef_construct=100, segment_kb=64_000),
]
SWEEP_EFS = [16, 32, 64, 128, 256]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench_scale")
    parser.add_argument("--candidates", type=int, default=100_000)
    parser.add_argument("--store", type=Path, default=Path("/tmp/perf/store-100k"))
    parser.add_argument("--sweep", type=int, default=0, metavar="N", help="sweep index settings on N-candidate pools")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the encoded corpus is kept")
    parser.add_argument(
        "--probe-only", action="store_true", help="re-measure a built pool's serving memory into its JSON"
    )
    parser.add_argument("--m", type=int, default=IndexTuning.m)
    parser.add_argument("--ef-construct", type=int, default=IndexTuning.ef_construct)
    parser.add_argument("--ef", default="16,32,64,128,256", help="search ef values to measure")
    parser.add_argument("--int8", action="store_true")
    parser.add_argument("--on-disk", action="store_true")
    parser.add_argument("--segment-kb", type=int, default=IndexTuning.segment_kb)
    parser.add_argument("--out", type=Path, default=None, help="default bench-results/scale-<size>.json")
    args = parser.parse_args(argv)
    if args.probe_only:
        out = args.out or Path("bench-results") / f"scale-{args.candidates}.json"
        run = json.loads(out.read_text())
        tuning = IndexTuning(**{k: v for k, v in run["pool"]["tuning"].items()})
        run["pool"]["serving"] = probe(args.store, tuning)
        run["probe_command"] = "python -m eval.bench_scale " + " ".join(argv or sys.argv[1:])
        out.write_text(json.dumps(run, indent=2))
        print(json.dumps(run["pool"]["serving"]), file=sys.stderr)
        return 0
    corpus = load(SentenceEncoder(), args.cache)
    result: dict[str, Any] = {"command": "python -m eval.bench_scale " + " ".join(argv or sys.argv[1:])}
    efs = [int(e) for e in args.ef.split(",")]
    if args.sweep:
        result["sweep"] = []
        for tuning in SWEEP_TUNINGS:
            path = args.store.with_name(
                f"sweep-{args.sweep}-m{tuning.m}-c{tuning.ef_construct}-{tuning.int8}-{tuning.on_disk}-{tuning.segment_kb}"
            )
            built = build(path, corpus, args.sweep, tuning)
            print(json.dumps(built), file=sys.stderr, flush=True)
            result["sweep"].append({**built, "curve": search_curve(path, corpus, tuning, efs)})
    else:
        tuning = IndexTuning(
            m=args.m, ef_construct=args.ef_construct, int8=args.int8, on_disk=args.on_disk, segment_kb=args.segment_kb
        )
        built = build(args.store, corpus, args.candidates, tuning)
        print(json.dumps(built), file=sys.stderr, flush=True)
        result["pool"] = {
            **built,
            "curve": search_curve(args.store, corpus, tuning, efs),
            "serving": probe(args.store, tuning),
        }
    name = f"scale-sweep-{args.sweep}.json" if args.sweep else f"scale-{args.candidates}.json"
    out = args.out or Path("bench-results") / name  # eval.bench_scale_report reads bench-results/scale-*.json
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(json.dumps(result), file=sys.stderr)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
