"""Whole-document swap invariance (issue 10): swapped names must give byte-identical model texts.

Every name in the material (:mod:`eval.redaction_swap_data`: hand-written resumes in several layouts, real
resumes of ``updated_resume_dataset`` with names put in, three notes per candidate naming the candidate, an
interviewer, a colleague and a referee) is swapped to the names of one group, and the records go through the
public path, :class:`memory.Memory`, with no ``name`` field (the names are only in the text) and a recording
wrapper around a deterministic hashing encoder: the property is on the texts the encoder is handed, which do not
depend on the encoder. Each condition is compared with the reference, Bloomberg 2024's white men (draw 1):
the control (white men, draw 2), the other seven race x sex groups of the Bloomberg lists, and the groups of
other origins of the data module.

Per condition: whether every encoder call got byte-identical texts, how many name tokens of the condition's
names reached the stored model texts (more often than the material holds the word without names), rank changes
and the largest score change over a few dev requisitions, texts a second ``redact()`` pass changes, and a
classified diff of each stored model text against the reference's:

- ``leak``: a name token of either side's names is in the text;
- ``swallowed``: a word beside a placeholder is removed under one name and not the other;
- ``removed``: an ordinary word away from any placeholder is removed under some names only;
- ``placeholder``: ``[PERSON]`` under one name and ``[CANDIDATE]`` under the other, or one region vs two;
- ``initial``: an initial ("A.") kept under one name and not another;
- ``pronoun``: a pronoun differs; ``other``: anything else;
- ``term list``: a call of short terms (the skill names a match embeds) differs.

Candidates (and their notes) are split into a tune half and a held-out half (``HELD_OUT``), each written to a
memory of its own; the held-out half is printed as totals only. ``python -m eval.redaction_swap``.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from embed import HashingEncoder
from embed.encoder import Vectors
from embed.wrapper import EncoderWrapper
from eval.redaction_swap_compare import Person, Run, compare, diff_line, leaks, name_tokens
from eval.redaction_swap_data import GROUPS, HELD_OUT, NOTES, REAL, RESUMES

REFERENCE = "BB_W_M"
ROLES = "cikr"  # candidate, interviewer, colleague, referee
_PRONOUNS = {"M": ("he", "him", "his"), "F": ("she", "her", "her")}
# Real resumes are cut at a line break after this many characters: the redaction of a whole 10,000-character
# resume costs more than the rest of a condition, and the layouts that matter (header, references) are kept.
REAL_CHARS = 3500
# Where a Bloomberg group's second draw starts (100 names per group, 4 per candidate x 16 candidates = 64).
_DRAW2 = 50
NOTES_PER_CANDIDATE = 3


def _title(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


def bloomberg(shared: Path) -> dict[str, list[Person]]:
    """The 8 race x sex groups of Bloomberg 2024's names (100 each), title case, in file order."""
    out: dict[str, list[Person]] = {}
    with (shared / "bloomberg2024_gpt_hiring_names" / "names_long.csv").open() as handle:
        for row in csv.DictReader(handle):
            sex = "F" if row["gender"] == "W" else "M"  # Bloomberg: M / W(oman)
            key = f"BB_{row['race_ethnicity']}_{'W' if sex == 'F' else 'M'}"
            out.setdefault(key, []).append(Person(_title(row["first_name"]), _title(row["last_name"]), sex))
    return out


def groups(shared: Path) -> dict[str, list[Person]]:
    """Every group of the check: Bloomberg's 8, then the data module's others."""
    out = bloomberg(shared)
    for name, people in GROUPS.items():
        out[name] = [Person(g, f, s) for g, f, s in people]
    return out


def cast(people: Sequence[Person], candidates: int, draw: int = 0) -> list[tuple[Person, ...]]:
    """(candidate, interviewer, colleague, referee) per candidate, all from one group; ``draw`` 1 takes other
    names of the same group for the same slots (the control). The four people of one candidate share no name
    word (Bloomberg's lists repeat surnames): two people of one note with one surname are told apart by no rule,
    and the identity layer rightly reads "K. Schmitt" beside the candidate Blake Schmitt as theirs."""
    start = _DRAW2 * draw if len(people) > 2 * _DRAW2 - 1 else 5 * draw
    out: list[tuple[Person, ...]] = []
    at = start
    for _ in range(candidates):
        four: list[Person] = []
        while len(four) < 4:
            person = people[at % len(people)]
            at += 1
            words = {w.lower() for p in four for w in (p.given, *p.family.split())}
            if not words & {w.lower() for w in (person.given, *person.family.split())}:
                four.append(person)
        out.append(tuple(four))
    return out


def forms(person: Person) -> dict[str, str]:
    """A person's slot forms (the data module's docstring)."""
    given, family = person.given, person.family or person.given
    full = f"{given} {person.family}".strip()
    initial = given[0] + "."
    mail = ".".join(re.sub(r"[^a-z]", "", w.lower()) for w in full.split()) + "@mail.example"
    return {
        "F": given,
        "L": family,
        "N": full,
        "U": full.upper(),
        "f": given.lower(),
        "l": family.lower(),
        "n": full.lower(),
        "I": f"{initial} {family}" if person.family else given,
        "C": f"{family}, {given}" if person.family else given,
        "M": mail,
        "G": initial,
    }


def slots(people: tuple[Person, ...]) -> dict[str, str]:
    out = {
        role + form: value for role, person in zip(ROLES, people, strict=True) for form, value in forms(person).items()
    }
    he, him, his = _PRONOUNS[people[0].sex]
    out |= {"he": he, "him": him, "his": his, "He": he.capitalize(), "His": his.capitalize()}
    return out


def blank_slots() -> dict[str, str]:
    """Every name slot empty (pronouns kept): how often the material holds a word without any name."""
    out = {role + form: "" for role in ROLES for form in "FLNUflnICMG"}
    return out | {"he": "they", "him": "them", "his": "their", "He": "They", "His": "Their"}


def real_texts(shared: Path) -> list[str]:
    rows: dict[str, str] = {}
    with (shared / "updated_resume_dataset" / "resumes_dedup.jsonl").open() as handle:
        for line in handle:
            row = json.loads(line)
            rows[row["resume_id"]] = row["text"]
    out = []
    for resume_id, head, tail in REAL:
        text = rows[resume_id]
        if len(text) > REAL_CHARS:
            cut = text.rfind("\n", 0, REAL_CHARS)
            text = text[: cut if cut > 0 else REAL_CHARS]
        # Braces of the real text are doubled so that only the inserted slots are filled.
        out.append(head + text.replace("{", "{{").replace("}", "}}") + tail)
    return out


@dataclass(frozen=True)
class Record:
    key: str
    candidate: str
    kind: str  # "resume" or "note"
    template: str


def material(shared: Path) -> list[Record]:
    """Resumes (hand-written, then real) and each candidate's three notes, as templates."""
    resumes = list(RESUMES) + real_texts(shared)
    out: list[Record] = []
    for index, template in enumerate(resumes):
        cid = f"swap-{index:02d}"
        out.append(Record(cid, cid, "resume", template))
        for n in range(NOTES_PER_CANDIDATE):
            shape = (index * NOTES_PER_CANDIDATE + n) % len(NOTES)
            out.append(Record(f"{cid}-note{n}", cid, "note", NOTES[shape]))
    return out


def half_of(record: Record) -> str:
    return "held" if int(record.candidate.split("-")[1]) in HELD_OUT else "tune"


class Recording(EncoderWrapper):
    """The hashing encoder, noting every call's texts and whether a write or a match asked."""

    def __init__(self) -> None:
        super().__init__(HashingEncoder(64))
        self.calls: list[tuple[str, list[str]]] = []
        self.phase = "write"

    def encode(self, texts: Sequence[str]) -> Vectors:
        self.calls.append((self.phase, list(texts)))
        return self._inner.encode(texts)


def run(records: Sequence[Record], people: Sequence[tuple[Person, ...]], requisitions: Sequence[object]) -> Run:
    """Write the records (names filled from ``people``, by candidate index) through ``memory.Memory`` and match."""
    from memory import Candidate, InterviewNote, MatchFilters, Memory, Settings
    from memory.store import Collection

    encoder = Recording()
    out = Run()
    # /dev/shm when there is one: the store's fsyncs cost more than the redaction on a busy disk.
    scratch = "/dev/shm" if Path("/dev/shm").is_dir() else None
    with (
        tempfile.TemporaryDirectory(prefix="swap-", dir=scratch) as tmp,
        Memory.open(Settings(data_dir=Path(tmp)), encoder=encoder) as memory,
    ):
        for record in records:
            text = record.template.format_map(slots(people[int(record.candidate.split("-")[1])]))
            if record.kind == "resume":
                memory.upsert_candidate(Candidate(candidate_id=record.candidate, summary=text))
            else:
                memory.add_note(
                    InterviewNote(note_id=record.key, candidate_id=record.candidate, stage="onsite", text=text)
                )
        store = memory._store
        for point in store.scroll(Collection.candidates):
            out.stored[point.payload["candidate_id"]] = point.payload["profile_text"]
        chunks: dict[str, list[tuple[int, str]]] = {}
        for point in store.scroll(Collection.chunks):
            chunks.setdefault(point.payload["note_id"], []).append(
                (int(point.payload["chunk_index"]), point.payload["redacted"])
            )
        for note, parts in chunks.items():
            out.stored[note] = "\n".join(t for _, t in sorted(parts))
        encoder.phase = "match"
        for requisition in requisitions:
            found = memory.match(requisition, limit=8, filters=MatchFilters(consent_required=False))  # type: ignore[arg-type]
            out.ranks.append([(r.candidate_id, r.score) for r in found.results])
    out.calls = encoder.calls
    return out


def unstable(records: Sequence[Record], people: Sequence[tuple[Person, ...]]) -> int:
    """Texts a second pass of the write path's redaction changes (idempotence, class 12): each resume and note
    redacted as the write path does (a note reads its candidate's profile), then its output redacted again the
    same way. Not on the stored chunks: a chunk joins its words with single spaces, which is not redact()'s
    output (a chat line's "ok" after "[PERSON]:" reads otherwise once the line breaks are gone)."""
    from memory.redact import Redactor
    from memory.redaction_port import redactor

    port = redactor()
    inner = getattr(port, "_redactor", None) or Redactor()
    changed = 0
    profiles: dict[str, str] = {}
    for record in records:
        text = record.template.format_map(slots(people[int(record.candidate.split("-")[1])]))
        if record.kind == "resume":
            profiles[record.candidate] = text
            once = inner.redact_many([text], [None])[0]
            changed += inner.redact_many([once], [None])[0] != once
        else:
            profile = profiles[record.candidate]
            once = inner.redact_many([text, profile], [None, None], [1, None])[0]
            changed += inner.redact_many([once, profile], [None, None], [1, None])[0] != once
    return changed


def conditions(every: dict[str, list[Person]], candidates: int) -> Iterator[tuple[str, list[tuple[Person, ...]]]]:
    """(label, cast) for every condition compared with the reference, the control first."""
    yield f"{REFERENCE}#2", cast(every[REFERENCE], candidates, draw=1)
    for label, people in every.items():
        if label != REFERENCE:
            yield label, cast(people, candidates)


def requisitions(shared: Path, count: int = 4) -> list[object]:
    from eval import devset as ds

    dev = ds.load(shared)
    step = max(1, len(dev.requisitions) // count)
    return [r.requisition for r in dev.requisitions[::step][:count]]


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from eval.run import default_shared

    parser = argparse.ArgumentParser(prog="python -m eval.redaction_swap", description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", default=None, help="condition labels to run (default: all)")
    parser.add_argument("--examples", type=int, default=4, help="diff lines per tune condition")
    parser.add_argument("--candidates", type=int, default=None, help="the first N candidates only (quick)")
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print("redaction_swap: ../shared/data is absent", file=sys.stderr)
        return 1
    every = groups(shared)
    records = material(shared)
    if args.candidates is not None:
        records = [r for r in records if int(r.candidate.split("-")[1]) < args.candidates]
    count = 1 + max(int(r.candidate.split("-")[1]) for r in records)
    halves = {h: [r for r in records if half_of(r) == h] for h in ("tune", "held")}
    reqs = requisitions(shared)
    blanks = {r.key: r.template.format_map(blank_slots()) for r in records}
    ref_cast = cast(every[REFERENCE], count)
    ref_names = name_tokens(ref_cast)
    refs = {h: run(rs, ref_cast, reqs) for h, rs in halves.items() if rs}
    print(
        f"{len(records)} records ({sum(r.kind == 'resume' for r in records)} candidates), halves "
        + ", ".join(f"{h} {len(rs)}" for h, rs in halves.items())
        + f"; reference {REFERENCE} draw 1; {len(reqs)} requisitions, top 8; hashing encoder"
    )
    for h, ref in refs.items():
        own = leaks(ref, blanks, ref_names)
        print(
            f"reference {h}: {len(ref.calls)} encoder calls, {sum(len(t) for _, t in ref.calls)} texts; name tokens "
            f"reaching the model {sum(own.values())}{' ' + str(dict(own)) if own and h == 'tune' else ''}; "
            f"second pass changes {unstable(halves[h], ref_cast)} of {len(halves[h])}"
        )
    totals: dict[str, Counter[str]] = {h: Counter() for h in refs}
    worst = dict.fromkeys(refs, 0.0)
    selected = [(label, people) for label, people in conditions(every, count) if not args.only or label in args.only]
    for label, people in selected:
        names = name_tokens(people)
        line = [label]
        for h, ref in refs.items():
            other = run(halves[h], people, reqs)
            result = compare(ref, other, ref_names, names, blanks)
            again = unstable(halves[h], people)
            total = totals[h]
            total["conditions"] += 1
            total["identical"] += result.identical
            total["texts differing"] += result.texts_differing
            total["name tokens"] += sum(result.leaked.values())
            total["with leaks"] += bool(result.leaked)
            total["rank changes"] += result.rank_changes
            total["second pass"] += again
            total.update({f"class {k}": v for k, v in result.classes.items()})
            worst[h] = max(worst[h], result.max_dscore)
            if h == "tune":
                classes = ", ".join(f"{k} {v}" for k, v in sorted(result.classes.items())) or "-"
                same = "yes" if result.identical else "NO "
                line[0] += (
                    f"  identical {same} | texts differing {result.texts_differing:2} | "
                    f"name tokens {sum(result.leaked.values()):2} | ranks {result.rank_changes} | "
                    f"dscore {result.max_dscore:.2g} | again {again} | {classes}"
                )
                if result.leaked:
                    line.append(f"    leaked: {', '.join(f'{k}x{v}' for k, v in result.leaked.most_common())}")
                for key, before, after in result.examples[: args.examples]:
                    line.append(f"    {key}: {diff_line(before, after)}")
        print("\n".join(line), flush=True)
    for h, total in totals.items():
        shown = ", ".join(f"{k} {v}" for k, v in total.items() if k != "conditions")
        print(f"\n{h} totals over {total['conditions']} conditions: {shown}, max dscore {worst[h]:.3g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
