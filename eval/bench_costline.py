"""Redaction's cost line, interleaved between versions of the code: ``eval.redaction.cost`` (what ``make bench``'s
ingest part reports) on the bench's notes and on the dev set's resumes, one process a run, for each tree in turn.

One run of the line moves by a point or more with the machine's load (BENCHMARKS.md, "Ingest"), more than the
change between two versions: the versions take turns (``ABBA`` by default), each run in its own process on a
clean tree of its commit (``git archive``), so that a fall between versions is the code's, not the hour's.

    python -m eval.bench_costline --tree /tmp/a --tree /tmp/b --rounds 2 --out /tmp/costline.jsonl

A tree needs only ``memory/``, ``embed/`` and ``eval/redaction.py`` (any version that has ``cost``): this file
runs there as a script (``--one``), so older commits are measured with their own code.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The bench's notes (eval.bench_ingest) and the dev set's resumes (eval.bench_ingest.dev_resumes).
NOTES_SEED, NOTES_PEOPLE = 11, 120
RESUMES = Path("updated_resume_dataset") / "resumes_dedup.jsonl"


def one(label: str, data: Path) -> list[dict[str, Any]]:
    """The line on the notes and, when the shared data is there, on the resumes, for the code on ``sys.path``."""
    from embed import SentenceEncoder
    from eval.redaction import cost
    from memory.demo import demo_records

    notes = [r["text"] for r in demo_records(NOTES_PEOPLE, seed=NOTES_SEED) if r["type"] == "note"]
    sets = {"notes": notes}
    if (data / RESUMES).exists():
        with (data / RESUMES).open(encoding="utf-8") as handle:
            sets["resumes"] = [str(json.loads(line)["text"]) for line in handle if line.strip()]
    encoder = SentenceEncoder()
    encoder.encode(["warm up"])
    rows = []
    for name, texts in sets.items():
        out = cost(texts, encoder)
        rows.append(
            {
                "label": label,
                "texts": name,
                "at": time.strftime("%H:%M:%S", time.gmtime()),
                "redaction_words_per_s": round(out["redaction_words_per_s"]),
                "encoder_words_per_s": round(out["encoder_words_per_s"]),
                "share": round(out["redaction_share_of_encoder"], 4),
            }
        )
    return rows


def interleave(trees: list[Path], rounds: int, order: str, data: Path) -> Iterator[dict[str, Any]]:
    """``rounds`` passes over ``order`` (letters index ``trees``: ``ABBA``), each run a process in its tree; each
    run's rows as it ends, so that a run cut short (a quiet window's end) keeps the runs before it."""
    for _ in range(rounds):
        for letter in order:
            tree = trees[ord(letter) - ord("A")]
            env = {**os.environ, "PYTHONPATH": str(tree)}
            # -P: the script's own directory (this eval/) is not put before the tree's code on sys.path.
            args = [sys.executable, "-P", str(Path(__file__).resolve()), "--one", tree.name, "--data", str(data)]
            done = subprocess.run(args, cwd=tree, env=env, capture_output=True, text=True, check=True)
            yield from (json.loads(line) for line in done.stdout.splitlines() if line.startswith("{"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", type=Path, action="append", default=[], help="a clean tree of one version")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--order", default="ABBA", help="letters of the trees, in turn (A is the first --tree)")
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--out", type=Path, help="append each run's JSON line here too")
    parser.add_argument("--one", metavar="LABEL", help=argparse.SUPPRESS)  # a single run, in the current tree
    args = parser.parse_args(argv)
    rows = one(args.one, args.data) if args.one else interleave(args.tree, args.rounds, args.order, args.data)
    for row in rows:
        line = json.dumps(row)
        print(line, flush=True)
        if args.out:
            with args.out.open("a") as handle:
                handle.write(line + "\n")


if __name__ == "__main__":
    main()
