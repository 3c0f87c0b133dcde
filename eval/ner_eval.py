"""The person tagger against the stock ner, per layer and per evaluation set.

``nice -n 10 python -m eval.ner_eval`` runs the redaction evaluations twice, with the stock ner and with the
fine-tuned one (``--weights`` another file), each with the lists (``lists + ner``) and alone (``ner``), and
prints one table: recall and false redactions on the project set (``eval.redaction``, all but its tune half),
round 5 (tune half, held-out half: the honest figure), round 4 (``eval.redaction_everyday``) and
``[PERSON]`` placed per 1,000 words of real job ads. ``-v`` adds the per-group rows of round 5 held out.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eval import redaction, redaction_everyday, redaction_round5
from eval.ner_names import SHARED
from memory.redact import Redactor
from memory.redact_ner import SHIPPED, SpacyPersons

Batch = Callable[[Sequence[str]], list[str]]


class _Finder(SpacyPersons):
    """A finder over a given pipeline."""

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        self._batch_size = 128


def _rate(found: int, total: int) -> str:
    return f"{found / total:.3f}" if total else "-"


def scores(batch: Batch, verbose: bool = False) -> dict[str, str]:
    """One column of the table."""
    out: dict[str, str] = {}
    tallies = redaction.recall(batch, [c for c in redaction.cases(redaction.name_sets(SHARED)) if c.split == "test"])
    t = tallies["split"]["test"]
    out["project recall"] = _rate(t.found, t.total)
    n = redaction.false_redactions(batch)["all"]
    out["project false"] = f"{n.found}/{n.total}"
    for hold in (False, True):
        half = "r5 held" if hold else "r5 tune"
        by_group, _, _ = redaction_round5.recall(batch, hold)
        total = redaction_round5.total(by_group)
        out[f"{half} recall"] = _rate(*total)
        by_kind, _ = redaction_round5.false_redactions(batch, hold)
        wrong = redaction_round5.total(by_kind)
        out[f"{half} false"] = f"{wrong[0]}/{wrong[1]}"
        if hold and verbose:
            for group, tally in sorted(by_group.items()):
                out[f"  r5 held {group}"] = _rate(*tally)
    by_group, _, _ = redaction_everyday.recall(batch)
    out["r4 recall"] = _rate(*redaction_round5.total(by_group))
    by_kind, _ = redaction_everyday.false_redactions(batch)
    wrong = redaction_round5.total(by_kind)
    out["r4 false"] = f"{wrong[0]}/{wrong[1]}"
    ads = [t for texts in redaction_everyday.job_ads(SHARED).values() for t in texts]
    placed, words = redaction_everyday.prose_rate(batch, ads)
    out["ads [PERSON]/1k words"] = f"{1000 * placed / words:.2f}"
    return out


def _batch(redactor: Redactor) -> Batch:
    return lambda texts: redactor.redact_many(list(texts), [None] * len(texts))


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from memory.redact_ner import stock_pipeline, tuned_pipeline

    parser = argparse.ArgumentParser(prog="python -m eval.ner_eval", description=__doc__.split("\n")[0])
    parser.add_argument("--weights", type=Path, default=SHIPPED)
    parser.add_argument("-v", action="store_true", help="per-group rows of round 5 held out")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    finders = {"stock": _Finder(stock_pipeline()), "tuned": _Finder(tuned_pipeline(args.weights, digest=""))}
    columns: dict[str, dict[str, str]] = {}
    for name, finder in finders.items():
        for layers in (("lists", "ner"), ("ner",)):
            redactor = Redactor(finder=finder, layers={"identity", *layers})
            label = f"{name}: {' + '.join(layers)}"
            columns[label] = scores(_batch(redactor), args.v)
            print(label, columns[label], flush=True)
    rows = list(next(iter(columns.values())))
    print("| measure | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for row in rows:
        print(f"| {row} | " + " | ".join(c.get(row, "-") for c in columns.values()) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
