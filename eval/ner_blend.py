"""Blend two person-tagger weight files parameter by parameter: ``share`` of the first plus the rest of the second.

``nice -n 10 python -m eval.ner_blend OLD NEW --share 0.5 --out OUT`` averages the ner component of the shipped
weights (OLD) with a retrain from them (NEW). Why: a retrain on new frame families gains where it was trained
and loses a little where it was not (session 10 and 14: round 5's held-out Chinese/Korean short names), and the
average of a model and its own fine-tune keeps most of the gain with less of the loss (session 14, EVAL.md "Person
tagger"). Both files must come from the same stock pipeline (same layers and labels); the output is gzip with a
fixed timestamp, like :func:`eval.ner_train.save`, so the same inputs give the same bytes.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.ner_train import save
from memory.redact_ner import tuned_pipeline


def blend(old: Path, new: Path, share: float) -> Any:
    """The pipeline whose ner parameters are ``share * old + (1 - share) * new``."""
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"share must be within [0, 1], not {share}")
    first, second = tuned_pipeline(old, digest=""), tuned_pipeline(new, digest="")
    nodes = list(second.get_pipe("ner").model.walk())
    for mine, theirs in zip(first.get_pipe("ner").model.walk(), nodes, strict=True):
        if mine.name != theirs.name:
            raise ValueError(f"the two ner models differ in shape: {mine.name} vs {theirs.name}")
        for name in mine.param_names:
            if mine.has_param(name) and theirs.has_param(name):
                mine.set_param(name, share * mine.get_param(name) + (1 - share) * theirs.get_param(name))
    return first


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m eval.ner_blend", description=__doc__.split("\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--share", type=float, default=0.5, help="weight of OLD")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    digest = save(blend(args.old, args.new, args.share), args.out)
    print(f"saved {args.out} sha256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
