"""Fine-tune the stock ``en_core_web_sm`` ner component on :mod:`eval.ner_data`'s sentences.

``nice -n 10 python -m eval.ner_train`` reads ``/tmp/NER/data/{train,dev}.jsonl`` (run ``python -m
eval.ner_data`` first), trains from the stock ner weights with spaCy's update loop (fixed seeds, one thread),
scores PERSON on the dev set (frames and names training never saw) after each epoch, keeps the best epoch and
writes its ner component, gzip-compressed with a fixed timestamp, to ``memory/redact_data/ner_person.bin.gz``
(``--out`` elsewhere). The stock model's dev score is printed first: if training does not beat it, ship
nothing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.ner_data import OUT as DATA
from memory.redact_ner import SHIPPED, stock_pipeline, tuned_pipeline


def examples(nlp: Any, path: Path) -> list[Any]:
    """spaCy Examples; a span that does not fall on token boundaries is left unlabelled (``-``)."""
    from spacy.training import Example

    out = []
    for line in path.open():
        row = json.loads(line)
        doc = nlp.make_doc(row["text"])
        ents = []
        for start, end, label in row["spans"]:
            span = doc.char_span(start, end, alignment_mode="strict")
            if span is not None and label != "O":
                ents.append((start, end, label))
        try:
            out.append(Example.from_dict(doc, {"entities": ents}))
        except ValueError:
            continue  # overlapping silver spans: leave the sentence out
    return out


def person_scores(nlp: Any, dev: Sequence[Any]) -> dict[str, float]:
    """PERSON token precision, recall and F1 over the dev examples."""
    tp = fp = fn = 0
    docs = nlp.pipe([eg.reference.text for eg in dev], batch_size=256)
    for eg, doc in zip(dev, docs, strict=True):
        gold = {t.i for t in eg.reference if t.ent_type_ == "PERSON"}
        found = {t.i for t in doc if t.ent_type_ == "PERSON"}
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def save(nlp: Any, path: Path) -> str:
    """The ner component's bytes, gzip with a fixed timestamp; returns their SHA-256."""
    data = gzip.compress(nlp.get_pipe("ner").to_bytes(exclude=["vocab"]), compresslevel=9, mtime=0)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def train(
    epochs: int,
    batch: int,
    drop: float,
    seed: int,
    out: Path,
    budget: float,
    data: Path = DATA,
    init: Path | None = None,
) -> int:
    import torch
    from spacy.util import minibatch
    from thinc.api import fix_random_seed

    torch.set_num_threads(1)
    fix_random_seed(seed)
    # From the stock ner, or (``--init``) from earlier weights: a further round on new frames keeps what the
    # earlier one learned instead of relearning it from the stock weights.
    nlp = stock_pipeline() if init is None else tuned_pipeline(init, digest="")
    train_set = examples(nlp, data / "train.jsonl")
    dev = examples(nlp, data / "dev.jsonl")
    start = "stock" if init is None else init.name
    print(f"train {len(train_set)} dev {len(dev)}; {start} dev PERSON {person_scores(nlp, dev)}", flush=True)
    optimizer = nlp.resume_training()
    rng = random.Random(seed)
    best, best_epoch, began = -1.0, -1, time.time()
    for epoch in range(epochs):
        rng.shuffle(train_set)
        losses: dict[str, float] = {}
        for chunk in minibatch(train_set, size=batch):  # type: ignore[no-untyped-call]
            nlp.update(chunk, sgd=optimizer, drop=drop, losses=losses)
        with nlp.select_pipes(enable=["ner"]):
            scores = person_scores(nlp, dev)
        print(f"epoch {epoch} loss {losses.get('ner', 0):.0f} dev {scores} {time.time() - began:.0f}s", flush=True)
        if scores["f1"] > best:
            best, best_epoch = scores["f1"], epoch
            digest = ""
            if optimizer.averages:
                with nlp.use_params(optimizer.averages):
                    averaged = person_scores(nlp, dev)
                    print(f"  averaged weights: {averaged}", flush=True)
                    if averaged["f1"] >= scores["f1"]:
                        best = averaged["f1"]
                        digest = save(nlp, out)
            if not digest:
                digest = save(nlp, out)
            print(f"  saved {out} sha256 {digest}", flush=True)
        elif epoch - best_epoch >= 2:
            break  # early stopping: two epochs without a better dev F1
        if time.time() - began > budget:
            break
    print(f"best epoch {best_epoch} dev PERSON f1 {best:.4f}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m eval.ner_train", description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--drop", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--budget", type=float, default=1200.0, help="seconds; stops after the epoch past it")
    parser.add_argument("--out", type=Path, default=SHIPPED)
    parser.add_argument("--data", type=Path, default=DATA, help="where eval.ner_data wrote train/dev.jsonl")
    parser.add_argument("--init", type=Path, default=None, help="start from these ner weights, not the stock ones")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    return train(args.epochs, args.batch, args.drop, args.seed, args.out, args.budget, args.data, args.init)


if __name__ == "__main__":
    raise SystemExit(main())
