"""The person tagger alone on class N1 (a lone name with no cue) and on the same frames filled with look-alikes.

``nice -n 10 python -m eval.ner_n1_score WEIGHTS...`` (``stock`` for the stock ner) draws sentences from the dev
frames of :mod:`eval.ner_frames_n1` with dev name words (both never trained on), half with people and half with
look-alikes in every name slot, and prints per weights file the person-token recall on the first half, the extra
PERSON tokens there, and how many look-alike sentences get any PERSON. It scores the model without the rules: the
redactor asks the tagger about unknown capitalised words, so both numbers matter there (session 14).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval import ner_data as data
from eval.ner_frames_n1 import N1, frame_with_lookalikes

Case = tuple[str, list[tuple[int, int]]]


def cases(count: int, seed: int) -> tuple[list[Case], list[Case]]:
    """(sentences with people and their PERSON spans, sentences with look-alikes), ``count`` in all."""
    rng = random.Random(seed)
    names = data.Names("dev", rng)
    people: list[Case] = []
    looks: list[Case] = []
    for i in range(count):
        frame = rng.choice(data._chosen(N1, "dev"))
        look = i % 2 == 1
        text, spans = data._render(data._fill(frame_with_lookalikes(frame) if look else frame, names), rng)
        (looks if look else people).append((text, [(a, b) for a, b, label in spans if label == "PERSON"]))
    return people, looks


def score(nlp: Any, people: list[Case], looks: list[Case]) -> dict[str, int]:
    """Token counts: persons found and missed, extra PERSON tokens, look-alike sentences given a PERSON."""
    found = missed = extra = 0
    for (_, gold), doc in zip(people, nlp.pipe([t for t, _ in people]), strict=True):
        want = {tok.i for tok in doc if any(a <= tok.idx < b for a, b in gold)}
        got = {tok.i for ent in doc.ents if ent.label_ == "PERSON" for tok in ent}
        found, missed, extra = found + len(want & got), missed + len(want - got), extra + len(got - want)
    flagged = sum(any(ent.label_ == "PERSON" for ent in doc.ents) for doc in nlp.pipe([t for t, _ in looks]))
    return {"found": found, "missed": missed, "extra": extra, "flagged": flagged, "looks": len(looks)}


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from memory.redact_ner import stock_pipeline, tuned_pipeline

    parser = argparse.ArgumentParser(prog="python -m eval.ner_n1_score", description=__doc__.split("\n")[0])
    parser.add_argument("weights", nargs="+")
    parser.add_argument("--count", type=int, default=1600)
    parser.add_argument("--seed", type=int, default=99)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    people, looks = cases(args.count, args.seed)
    for weights in args.weights:
        nlp = stock_pipeline() if weights == "stock" else tuned_pipeline(Path(weights), digest="")
        s = score(nlp, people, looks)
        total = s["found"] + s["missed"]
        print(
            f"{weights}: N1 dev person-token recall {s['found'] / total:.3f} ({s['found']}/{total}), extra PERSON"
            f" tokens {s['extra']}; look-alike sentences given a PERSON {s['flagged']}/{s['looks']}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
