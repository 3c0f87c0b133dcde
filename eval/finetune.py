"""Does fine-tuning MiniLM win on the dev set? ``python -m eval.finetune --store DIR --work DIR`` (issue 14).

Two protocols, neither of which trains on what it scores (``eval.finetune_data`` builds and splits the pairs):

- **Out of domain**: one model tuned on job names -> job texts from O*NET, ESCO and postings the dev set and
  the held-out check never read, then scored on the whole dev set.
- **Dev folds**: one model per fold of ``eval.fit.folds`` (5 folds by category), tuned on the other folds'
  requisitions -> chunks of their categories' resumes, and used only for its own fold's requisitions, over
  the whole pool. Every row of the resulting similarity matrix comes from a model that never saw its category.

Training is one epoch of a multiple-negatives ranking loss (in-batch negatives, scale 20, as
sentence-transformers' ``MultipleNegativesRankingLoss``) written out here so that related pairs (same
occupation, same or adjacent category) are masked out of each other's negatives and layers can be frozen.

Scoring is ``eval.trials``'s: the profile similarity is recomputed with the model (each resume's redacted
profile in 80-word chunks, the unit mean of their vectors; the query built as the match builds it, centred on
the typical requisition recomputed in the model's space over the same O*NET population), dense alone and in
the hybrid refitted under ``eval.run``'s protocol (5-fold CV by category, two weight sets, tiers above the
fit floor), with paired bootstrap gaps against the shipped model. The held-out postings of
``eval.postings_check`` are scored dense alone as a diagnostic (nothing is chosen on them). Models, encodings
and the dev features are cached under ``--work``; the tuned models never leave it.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

import eval.fit as F
from embed import Encoder
from eval import devset as ds
from eval import finetune_data as fd
from eval.metrics import Qrels, per_query
from eval.trials import cross_validated, gap, linear, with_dense

Matrix = np.ndarray
SCALE = 20.0  # MultipleNegativesRankingLoss's default: cosine × 20 as the logits
LEARNING_RATE = 2e-5  # sentence-transformers' default for fine-tuning; 1 epoch, 10% linear warm-up
WARMUP = 0.1
# Word-pieces read per text while training (the model reads 256 at inference, restored before saving): a step
# of 32 pairs at 256 took ~21 CPU s on this machine, too slow for a few thousand pairs on 2 shared cores.
TRAIN_TOKENS = 128
# The dev-fold models' centres are built from every fourth O*NET occupation (254 of 1,016; see ``similarities``).
CENTRE_EVERY = 4


def train(
    pairs: Sequence[fd.Pair],
    out: Path,
    *,
    layers: int | None,
    batch: int,
    related: Callable[[str, str], bool],
    seed: int = 0,
    threads: int = 2,
) -> dict[str, float]:
    """Tune the packaged MiniLM on ``pairs`` for one epoch and save it to ``out``; return timings and the loss.

    ``layers=None`` tunes every weight; ``layers=n`` only the last ``n`` transformer layers (embeddings and the
    other layers frozen). Within a batch, pair j is a negative for pair i unless ``related(group_i, group_j)``.
    """
    import torch
    from sentence_transformers import SentenceTransformer

    from embed.encoder import packaged_model_path

    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    model = SentenceTransformer(str(packaged_model_path()), device="cpu", local_files_only=True)
    inference_tokens, model.max_seq_length = model.max_seq_length, TRAIN_TOKENS
    if layers is not None:
        for parameter in model.parameters():
            parameter.requires_grad = False
        transformer: Any = model[0]  # sentence-transformers' Transformer module: its Hugging Face model inside
        for layer in transformer.auto_model.encoder.layer[-layers:]:
            for parameter in layer.parameters():
                parameter.requires_grad = True
    trained = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trained, lr=LEARNING_RATE)
    steps = math.ceil(len(pairs) / batch)
    warm = max(1, int(WARMUP * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm)))
    )
    model.train()
    started, losses = time.process_time(), []
    for start in range(0, len(pairs), batch):
        chunk = pairs[start : start + batch]
        anchors = model(model.preprocess([p.anchor for p in chunk]))["sentence_embedding"]
        positives = model(model.preprocess([p.positive for p in chunk]))["sentence_embedding"]
        logits = SCALE * torch.nn.functional.normalize(anchors) @ torch.nn.functional.normalize(positives).T
        mask = torch.tensor(
            [[i != j and related(a.group, b.group) for j, b in enumerate(chunk)] for i, a in enumerate(chunk)]
        )
        loss = torch.nn.functional.cross_entropy(logits.masked_fill(mask, -1e4), torch.arange(len(chunk)))
        loss.backward()  # type: ignore[no-untyped-call]
        optimiser.step()
        schedule.step()
        optimiser.zero_grad()
        losses.append(float(loss.detach()))
    model.eval()
    model.max_seq_length = inference_tokens
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(str(out))
    tenth = max(1, len(losses) // 10)
    return {
        "pairs": len(pairs),
        "steps": steps,
        "cpu_s": round(time.process_time() - started, 1),
        "loss_first_tenth": round(float(np.mean(losses[:tenth])), 4),
        "loss_last_tenth": round(float(np.mean(losses[-tenth:])), 4),
    }


def _unit(x: Matrix) -> Matrix:
    unit: Matrix = x / np.linalg.norm(x, axis=-1, keepdims=True)
    return unit


class Texts:
    """What the model reads, as the match and the store read it (redacted), computed once and cached as JSON."""

    def __init__(self, dev: ds.DevSet, shared: Path, cache: Path) -> None:
        if cache.exists():
            data = json.loads(cache.read_text())
        else:
            data = self._build(dev, shared)
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_text(json.dumps(data))
        self.ids: list[str] = data["ids"]
        self.chunks: list[list[str]] = data["chunks"]
        self.queries: dict[str, list[str | None]] = data["queries"]  # requisition id -> [text, anchor title]
        self.held: list[str] = data["held"]  # the held-out postings' ids, in order
        self.onet: list[list[str | None]] = data["onet"]  # the centre's population: [text, anchor title]

    @staticmethod
    def _build(dev: ds.DevSet, shared: Path) -> dict[str, object]:
        from eval.postings_check import requisitions
        from eval.query_centre import onet_requisitions
        from eval.trials import _as_read
        from memory.capture import PROFILE_CHUNK_WORDS
        from memory.chunking import chunk_text
        from memory.models import Requisition
        from memory.query import anchor
        from memory.redaction_port import redactor
        from memory.requisition import understand

        people = sorted(dev.resumes, key=lambda r: r.candidate_id)
        texts = redactor().redact_many([p.public().profile_text() for p in people], people)

        def query(requisition: Requisition) -> list[str | None]:
            read = _as_read(requisition)
            text = read.query_text()
            return [text, anchor(text, understand(read).title)]

        held = requisitions(shared)
        onet = onet_requisitions(shared)
        return {
            "ids": [p.candidate_id for p in people],
            "chunks": [chunk_text(t, PROFILE_CHUNK_WORDS) for t in texts],
            "queries": {r.requisition_id: query(r.requisition) for r in [*dev.requisitions, *held]},
            "held": [r.requisition_id for r in held],
            "onet": [[r.query_text(), anchor(r.query_text(), understand(r).title)] for r in onet],
        }


def query_vectors(encoder: Encoder, pairs: Sequence[Sequence[str | None]]) -> Matrix:
    """Unit query directions (``memory.query.direction``): the text plus ``TITLE_WEIGHT`` × its anchor title."""
    from memory.query import direction

    enc = encoder.encode
    text = enc([str(p[0]) for p in pairs])
    titled = [i for i, p in enumerate(pairs) if p[1] is not None]
    title = dict(zip(titled, enc([str(pairs[i][1]) for i in titled]), strict=True))
    return np.stack([direction(text[i], title.get(i)) for i in range(len(pairs))])


def similarities(model: Path | None, texts: Texts, qids: Sequence[str], *, centre_every: int = 1) -> Matrix:
    """(requisition × resume) profile similarity with ``model`` (None: the shipped MiniLM and its shipped centre).

    ``centre_every=n`` builds a tuned model's centre from every n-th O*NET occupation only (the dev folds' five
    models: encoding all 1,016 took ~2 of each fold's ~6 minutes of encoding on this shared machine).
    """
    from embed.encoder import SentenceEncoder
    from memory.query_centre import centred, shipped_centre

    encoder = SentenceEncoder(model, batch_size=64)
    flat = encoder.encode([c for cs in texts.chunks for c in cs])
    bounds = np.cumsum([0, *(len(cs) for cs in texts.chunks)])
    profiles = _unit(np.stack([flat[a:b].mean(0) for a, b in itertools.pairwise(bounds)]))
    # The typical requisition in this model's space: the shipped one for MiniLM, recomputed for a tuned model
    # over the same population (texts and titles batched here; the match encodes them one at a time, which
    # moves the vectors in their last digits only).
    centre = (
        shipped_centre(encoder.model_id, encoder.dim)
        if model is None
        else query_vectors(encoder, texts.onet[::centre_every]).mean(0)
    )
    queries = query_vectors(encoder, [texts.queries[q] for q in qids])
    matrix: Matrix = np.stack([centred(v, centre) for v in queries]) @ profiles.T
    return matrix


def _cached(path: Path, model: Path | None, texts: Texts, qids: Sequence[str], centre_every: int = 1) -> Matrix:
    """``similarities(model, texts, qids)``, saved at ``path`` and read from there next time (as the model is)."""
    if path.exists():
        loaded: Matrix = np.load(path)
        return loaded
    matrix = similarities(model, texts, qids, centre_every=centre_every)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, matrix)
    return matrix


def _runs(matrix: Matrix, qids: Sequence[str], ids: Sequence[str]) -> dict[str, dict[str, float]]:
    return {q: dict(zip(ids, map(float, matrix[i]), strict=True)) for i, q in enumerate(qids)}


def _features(dev: ds.DevSet, store: Path | None, cache: Path) -> F.Features:
    """The dev pool's features as ``eval.run.collect`` reads them (one match per requisition), cached."""
    if cache.exists():
        loaded: F.Features = json.loads(cache.read_text())
        return loaded
    from eval.run import collect, open_eval_memory

    with open_eval_memory(store) as memory:
        features = collect(memory, dev)
    cache.write_text(json.dumps(features))
    return features


def _log(work: Path, name: str, record: Mapping[str, object]) -> None:
    with (work / "training.jsonl").open("a") as handle:
        handle.write(json.dumps({"model": name, **record}) + "\n")
    print(f"finetune: {name}: {dict(record)}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    from eval.run import default_shared

    parser = argparse.ArgumentParser(prog="python -m eval.finetune", description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None, help="the dev store (default .eval-data)")
    parser.add_argument("--work", type=Path, required=True, help="models and caches (outside the repository)")
    parser.add_argument("--pairs", type=int, default=2000, help="out-of-domain training pairs (default 2000)")
    parser.add_argument("--fold-pairs", type=int, default=600, help="pairs per dev fold (default 600)")
    parser.add_argument("--batch", type=int, default=32, help="pairs per batch (default 32)")
    parser.add_argument(
        "--variants", default="ood-all", help="comma-separated: ood-all, ood-last2, folds-all (default ood-all)"
    )
    parser.add_argument("--seed", type=int, default=0, help="the out-of-domain pairs' draw and order (default 0)")
    parser.add_argument("--bootstrap", type=int, default=2000, help="bootstrap resamples (default 2000)")
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print("finetune: ../shared/data is absent", file=sys.stderr)
        return 1
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    dev = ds.load(shared)
    qrels = dev.qrels()
    categories = {r.requisition_id: r.category for r in dev.requisitions}
    from memory.ranking import names_skills

    named = {r.requisition_id for r in dev.requisitions if names_skills(r.requisition)}
    features = _features(dev, args.store, work / "features.json")
    texts = Texts(dev, shared, work / "texts.json")
    qids = [r.requisition_id for r in dev.requisitions]
    held_qrels = _held_qrels(dev, texts, shared)
    matrices: dict[str, tuple[Matrix, Matrix | None]] = {}
    base = _cached(work / "matrices" / "shipped.npy", None, texts, [*qids, *texts.held])
    matrices["shipped MiniLM"] = (base[: len(qids)], base[len(qids) :])
    for variant in [v.strip() for v in args.variants.split(",") if v.strip()]:
        if variant.startswith("ood-"):
            layers = None if variant == "ood-all" else int(variant.removeprefix("ood-last"))
            name = variant if args.seed == 0 else f"{variant}-seed{args.seed}"
            out = work / "models" / name
            if not out.exists():
                pairs = fd.out_of_domain(shared, args.pairs, seed=args.seed)
                trained = train(pairs, out, layers=layers, batch=args.batch, related=str.__eq__, seed=args.seed)
                _log(work, name, trained)
            both = _cached(work / "matrices" / f"{name}.npy", out, texts, [*qids, *texts.held])
            label = f"out of domain, {_layers(layers)}" + (f", seed {args.seed}" if args.seed else "")
            matrices[label] = (both[: len(qids)], both[len(qids) :])
        elif variant == "folds-all":
            matrices["dev folds (5-fold CV by category), all layers"] = (
                _folds(dev, texts, qids, work, args.fold_pairs, args.batch),
                None,
            )
        else:
            parser.error(f"unknown variant {variant!r}")
    lines = _table(matrices, features, qrels, held_qrels, qids, texts, categories, named, args.bootstrap)
    report = "\n".join(lines)
    print(report)
    (work / "report.md").write_text(report + "\n")
    return 0


def _layers(layers: int | None) -> str:
    return "all layers" if layers is None else f"last {layers} layers"


def _held_qrels(dev: ds.DevSet, texts: Texts, shared: Path) -> dict[str, dict[str, int]]:
    from eval.postings_check import requisitions

    held = [r for r in requisitions(shared) if r.requisition_id in set(texts.held)]
    return ds.DevSet(dev.resumes, dev.categories, held).qrels()


def _folds(dev: ds.DevSet, texts: Texts, qids: Sequence[str], work: Path, size: int, batch: int) -> Matrix:
    """The dev-fold matrix: each fold's rows scored by the model tuned on the other folds' categories only."""
    related = fd.related_categories()
    categories = {r.requisition_id: r.category for r in dev.requisitions}
    resumes = {cid: (dev.categories[cid], chunks) for cid, chunks in zip(texts.ids, texts.chunks, strict=True)}
    reqs = [(q, categories[q], str(texts.queries[q][0])) for q in qids]
    matrix = np.zeros((len(qids), len(texts.ids)))
    for k, fold in enumerate(F.folds(categories)):
        held_out = {categories[q] for q in fold}
        out = work / "models" / f"fold{k}"
        if not out.exists():
            pairs = fd.fold_pairs(reqs, resumes, held_out, size, seed=k)
            _log(work, f"fold{k}", train(pairs, out, layers=None, batch=batch, related=lambda a, b: b in related[a]))
        rows = [i for i, q in enumerate(qids) if q in fold]
        # Fold 0 was encoded with the whole O*NET population as its centre before the time ran short; the
        # others with every fourth occupation (CENTRE_EVERY).
        every = 1 if k == 0 else CENTRE_EVERY
        matrix[rows] = _cached(work / "matrices" / f"fold{k}.npy", out, texts, [qids[i] for i in rows], every)
    return matrix


def _table(
    matrices: Mapping[str, tuple[Matrix, Matrix | None]],
    features: F.Features,
    qrels: Qrels,
    held_qrels: Qrels,
    qids: Sequence[str],
    texts: Texts,
    categories: Mapping[str, str],
    named: set[str],
    resamples: int,
) -> list[str]:
    lines = [
        "NDCG@10, paired gap against the shipped MiniLM (95% bootstrap interval over requisitions):",
        "",
        "| encoder | dense alone | hybrid, tiers above the floor | hybrid, tiers off "
        "| held-out postings, dense alone |",
        "|---|---|---|---|---|",
    ]
    base: tuple[dict[str, float], ...] = ()
    for name, (matrix, held) in matrices.items():
        dense = per_query(qrels, _runs(matrix, qids, texts.ids), "ndcg@10")
        hybrid = cross_validated(
            with_dense(features, matrix, qids, {cid: j for j, cid in enumerate(texts.ids)}),
            qrels,
            categories,
            named,
            linear,
        )
        outside = per_query(held_qrels, _runs(held, texts.held, texts.ids), "ndcg@10") if held is not None else {}
        runs = (dense, *hybrid, outside)
        base = base or runs
        cells = [gap(r, b, resamples) if r else "–" for r, b in zip(runs, base, strict=True)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


if __name__ == "__main__":
    sys.exit(main())
