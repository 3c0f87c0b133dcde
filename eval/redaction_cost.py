"""Digests of redaction's outputs, to show that a cost cut changes no output (issue 10's budget, session 16).

A cost cut in the redactor must be byte-identical: every output of ``Redactor().redact_many`` the same before and
after. This records a digest of each output on the dev set's 166 resumes, 2,000 generated notes (the demo's notes,
ten seeds, a fixed day) and every text ``python -m eval.redaction`` redacts (its report's inputs, caught by wrapping
``Redactor.redact_many``, and the report itself), for the code on ``sys.path``; ``--compare`` names the outputs
that differ between two such files.

    PYTHONPATH=<tree> python -P -m eval.redaction_cost --digest /tmp/before.json   # in a clean tree of each commit
    python -m eval.redaction_cost --compare /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

NOTES = 2000
# A fixed day: the demo's dates are relative to it, so the notes are the same texts on any day.
NOTES_DAY = datetime(2026, 1, 5, tzinfo=UTC)


def _short(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def notes(count: int = NOTES) -> list[str]:
    """``count`` notes of the demo (120 people a seed, seeds 1, 2, ...), the same on any day."""
    from memory.demo import demo_records

    out: list[str] = []
    seed = 1
    while len(out) < count:
        out += [str(r["text"]) for r in demo_records(120, seed=seed, today=NOTES_DAY) if r["type"] == "note"]
        seed += 1
    return out[:count]


def digest(shared: Path) -> dict[str, Any]:
    """Each output's digest, by set: resumes, notes and the eval's texts (with its report's digest)."""
    from eval import redaction
    from eval.bench_ingest import dev_resumes
    from memory.redact import Redactor

    redactor = Redactor()
    sets: dict[str, list[str]] = {"resumes": dev_resumes(shared), "notes": notes()}
    out: dict[str, Any] = {}
    for name, texts in sets.items():
        started = time.perf_counter()
        outs = redactor.redact_many(texts, [None] * len(texts))
        out[name] = {"texts": len(texts), "seconds": round(time.perf_counter() - started, 2)}
        out[name]["outputs"] = [_short(t) for t in outs]
    seen: list[str] = []
    original = Redactor.redact_many

    def recorded(self: Redactor, texts: Sequence[str], *args: Any, **kwargs: Any) -> list[str]:
        outs = original(self, texts, *args, **kwargs)
        seen.extend(_short(i + "\x00" + o) for i, o in zip(texts, outs, strict=True))
        return outs

    Redactor.redact_many = recorded  # type: ignore[method-assign]
    try:
        report = redaction.report(shared)
    finally:
        Redactor.redact_many = original  # type: ignore[method-assign]
    out["eval"] = {"texts": len(seen), "report": _short(report), "outputs": seen}
    return out


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Where two digests differ: a line per set with its differing outputs (none: identical)."""
    lines = []
    for name in sorted(set(before) | set(after)):
        a, b = before.get(name, {}), after.get(name, {})
        left, right = a.get("outputs", []), b.get("outputs", [])
        differ = [i for i, (x, y) in enumerate(zip(left, right, strict=False)) if x != y]
        if len(left) != len(right) or differ or a.get("report") != b.get("report"):
            lines.append(
                f"{name}: {len(differ)} of {len(left)} outputs differ (first {differ[:10]}), "
                f"{len(left)} -> {len(right)} texts, report {a.get('report')} -> {b.get('report')}"
            )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--digest", type=Path, help="write the digests of the code on sys.path here")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    args = parser.parse_args(argv)
    if args.digest:
        result = digest(args.data)
        args.digest.write_text(json.dumps(result))
        print({k: {f: v for f, v in d.items() if f != "outputs"} for k, d in result.items()})
    if args.compare:
        differences = compare(*(json.loads(p.read_text()) for p in args.compare))
        print("\n".join(differences) or "identical")
        return 1 if differences else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
