"""Digests of redaction's outputs, to show that a cost cut changes no output (issue 10's budget, session 16).

A cost cut in the redactor must be byte-identical: every output of ``Redactor().redact_many`` the same before and
after. This records a digest of each output on the dev set's 166 resumes, 2,000 generated notes (the demo's notes,
ten seeds, a fixed day) and every text ``python -m eval.redaction`` redacts (its report's inputs, caught by wrapping
``Redactor.redact_many``, and the report itself), for the code on ``sys.path``; ``--compare`` names the outputs
that differ between two such files.

    PYTHONPATH=<tree> python -P -m eval.redaction_cost --digest /tmp/before.json   # in a clean tree of each commit
    python -m eval.redaction_cost --compare /tmp/before.json /tmp/after.json
    python -m eval.redaction_cost --stages   # CPU ms per 1,000 words by stage, notes against resumes

``--stages`` times each stage of the redactor with the process's CPU clock (not the wall clock: other agents'
load inflates that), by wrapping the stage functions where the redactor's modules look them up; the profile
this gives is docs/profile-redaction.md's.
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


# (module, function) of each stage, where the redactor's modules look them up. The rule stages of
# memory.redact_names.analyse, the thing rules it starts with (memory.redact_things.things), the tagger, and the
# steps of memory.redact.Redactor._finish; a stage nested in another is also counted in it ("things" holds
# "protect_listed_things").
STAGES = (
    [
        ("memory.redact", name)
        for name in (
            "contacts affinity recase caps_names caps_rest grow settle referees family_first dotted_names propagate "
            "initials_before_names words_before_initials labelled_initials family_after_initials neutral render "
            "capital_candidates word_name_candidates windows render_with_offsets apply_persons"
        ).split()
    ]
    + [
        ("memory.redact_names", name)
        for name in (
            "tokenize own_words_in_place protect_phrases protect_shapes protect_openers things lower_case own_lower "
            "_decide_run eponyms_as_people surname_first last_first strong_cues signatures dash_signoffs table_rows "
            "opening_name subjects frames row_fields person_columns person_labels post_nominal_head lower_names "
            "opener_objects"
        ).split()
    ]
    + [
        ("memory.redact_things", name)
        for name in "protect_foreign_prose protect_listed_things protect_field_labels coordinated shared_head".split()
    ]
)


def stages(shared: Path) -> list[str]:
    """CPU milliseconds per 1,000 words of each stage and of the whole, on the bench's notes and the dev resumes
    (each set redacted once after a warm-up on the notes, so that the lists load outside the clock)."""
    import importlib
    from collections import defaultdict

    from eval.bench_costline import NOTES_PEOPLE, NOTES_SEED
    from eval.bench_ingest import dev_resumes
    from memory.demo import demo_records
    from memory.redact import Redactor
    from memory.redact_ner import SpacyPersons

    bench_notes = [str(r["text"]) for r in demo_records(NOTES_PEOPLE, seed=NOTES_SEED) if r["type"] == "note"]
    sets = {"notes": bench_notes, "resumes": dev_resumes(shared)}
    redactor = Redactor()
    redactor.redact_many(bench_notes[:40], [None] * 40)
    spent: dict[str, float] = defaultdict(float)

    def timed(name: str, function: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - started

        return run

    patched: list[tuple[Any, str, Any]] = []  # (owner, name, the function before)
    for module_name, name in STAGES:
        module = importlib.import_module(module_name)
        patched.append((module, name, getattr(module, name)))
        setattr(module, name, timed(name, getattr(module, name)))
    patched.append((SpacyPersons, "persons", SpacyPersons.persons))
    SpacyPersons.persons = timed("tagger (SpacyPersons.persons)", SpacyPersons.persons)  # type: ignore[method-assign]
    table: dict[str, dict[str, float]] = {}
    try:
        for label, texts in sets.items():
            spent.clear()
            words = sum(len(t.split()) for t in texts) / 1000
            started = time.process_time()
            redactor.redact_many(texts, [None] * len(texts))
            spent["(all of redact_many)"] = time.process_time() - started
            table[label] = {name: 1000 * seconds / words for name, seconds in spent.items()}
    finally:
        for module, name, original in patched:
            setattr(module, name, original)
    total = {label: rows["(all of redact_many)"] for label, rows in table.items()}
    names = sorted({n for rows in table.values() for n in rows}, key=lambda n: -table["resumes"].get(n, 0.0))
    lines = ["| stage | notes ms/1k words | share | resumes ms/1k words | share |", "|---|---|---|---|---|"]
    for name in names:
        cells = [
            f"{table[label].get(name, 0.0):.1f} | {table[label].get(name, 0.0) / total[label]:.1%}" for label in sets
        ]
        lines.append(f"| {name} | {' | '.join(cells)} |")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--digest", type=Path, help="write the digests of the code on sys.path here")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--stages", action="store_true", help="CPU ms per 1,000 words by stage")
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    args = parser.parse_args(argv)
    if args.digest:
        result = digest(args.data)
        args.digest.write_text(json.dumps(result))
        print({k: {f: v for f, v in d.items() if f != "outputs"} for k, d in result.items()})
    if args.stages:
        print("\n".join(stages(args.data)))
    if args.compare:
        differences = compare(*(json.loads(p.read_text()) for p in args.compare))
        print("\n".join(differences) or "identical")
        return 1 if differences else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
