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
memory of its own; the held-out half is printed as totals only. Session 13 added a third part (candidates 16..,
OUTSIDE11's layouts: capitals family-first name lines, panels, chat logs, calendar titles, referee initials,
handles and slugs) split by the same rule; its share of each half's totals is printed on its own line.

"second pass" counts every distinct text the write path redacted (each ``Redactor.redact_many`` call the memory
made, with the identities and profile contexts it passed) whose output a second call with the same identity
and context changes: ``redact(redact(x)) == redact(x)`` on the texts the model reads.
``python -m eval.redaction_swap``.
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
from eval.redaction_swap_compare import Person, Run, compare, diff_line, leaks, name_tokens, slug_words
from eval.redaction_swap_data import GROUPS, HELD_OUT, NOTES, NOTES_S13, REAL, RESUMES, RESUMES_S13
from memory.redact import Identity, Redactor

REFERENCE = "BB_W_M"
ROLES = "cikr"  # candidate, interviewer, colleague, referee
_PRONOUNS = {"M": ("he", "him", "his"), "F": ("she", "her", "her")}
# Real resumes are cut at a line break after this many characters: the redaction of a whole 10,000-character
# resume costs more than the rest of a condition, and the layouts that matter (header, references) are kept.
REAL_CHARS = 3500
# A Bloomberg group's draws (100 names per group): draw d cycles through names [50d, 50d + 50), so the control
# (draw 1) never holds a name of the reference (draw 0) however many candidates there are (22 x 4 = 88 slots
# since session 13: a name may stand for two people of different candidates).
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
    if len(people) >= 2 * _DRAW2:
        people = people[_DRAW2 * draw : _DRAW2 * (draw + 1)]
        start = 0
    else:
        start = 5 * draw
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
    joined = "".join(slug_words(family))
    return {
        "K": f"{family.upper()}, {given}" if person.family else given.upper(),
        "Y": f"{family.upper()}, {given.upper()}" if person.family else given.upper(),
        "S": "-".join(slug_words(full)),
        "P": joined,
        "H": slug_words(given)[0][0] + joined if person.family else joined,
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
        # Initials a person is called by (session 18, OUTSIDE16 end to end class 2): "J. K." and "J.K.".
        "J": f"{initial} {family[0]}." if person.family else initial,
        "D": f"{initial}{family[0]}." if person.family else initial,
    }


FORMS = "FLNUflnICMGKYSPHJD"


def slots(people: tuple[Person, ...]) -> dict[str, str]:
    out = {
        role + form: value for role, person in zip(ROLES, people, strict=True) for form, value in forms(person).items()
    }
    he, him, his = _PRONOUNS[people[0].sex]
    out |= {"he": he, "him": him, "his": his, "He": he.capitalize(), "His": his.capitalize()}
    return out


def blank_slots() -> dict[str, str]:
    """Every name slot empty (pronouns kept): how often the material holds a word without any name."""
    out = {role + form: "" for role in ROLES for form in FORMS}
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
    parts = [(resumes, NOTES, 0), (list(RESUMES_S13), NOTES_S13, len(resumes))]
    for texts, notes, first in parts:
        for number, template in enumerate(texts):
            index = first + number
            cid = f"swap-{index:02d}"
            out.append(Record(cid, cid, "resume", template))
            for n in range(NOTES_PER_CANDIDATE):
                shape = (number * NOTES_PER_CANDIDATE + n) % len(notes)
                out.append(Record(f"{cid}-note{n}", cid, "note", notes[shape]))
    return out


# The first candidate of the third part (session 13): after the hand-written and the real resumes.
S13_FROM = len(RESUMES) + len(REAL)


def in_s13(key: str) -> bool:
    return int(key.split("-")[1]) >= S13_FROM


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
    from memory.redaction_port import _ByPerson, redactor
    from memory.store import Collection

    encoder = Recording()
    out = Run()
    port = redactor()
    assert isinstance(port, _ByPerson)
    port.redact_many([], [])  # loads the model, so the recorder shares it
    inner = port._redactor
    assert inner is not None
    recorder = _Recorded(inner)
    port._redactor = recorder
    # /dev/shm when there is one: the store's fsyncs cost more than the redaction on a busy disk.
    scratch = "/dev/shm" if Path("/dev/shm").is_dir() else None
    with (
        tempfile.TemporaryDirectory(prefix="swap-", dir=scratch) as tmp,
        Memory.open(Settings(data_dir=Path(tmp)), encoder=encoder) as memory,
        _restored(port, inner),
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
    out.again, out.redacted, out.unstable = second_pass(inner, recorder.calls)
    return out


_Call = tuple[list[str], list[Identity | None], list[int | None], list[str]]


class _Recorded(Redactor):
    """The write path's redactor, sharing its loaded model, noting every call (texts, identities, contexts,
    outputs) for the idempotence count."""

    def __init__(self, inner: Redactor) -> None:  # no super().__init__: that would load a second model
        self.layers = inner.layers
        self._finder = inner._finder
        self.calls: list[_Call] = []

    def redact_many(
        self,
        texts: Sequence[str],
        identities: Sequence[Identity | None],
        context: Sequence[int | None] | None = None,
    ) -> list[str]:
        outs = super().redact_many(texts, identities, context)
        contexts: list[int | None] = list(context) if context is not None else [None] * len(texts)
        self.calls.append((list(texts), list(identities), contexts, outs))
        return outs


class _restored:
    """Puts the port's own redactor back however the run ends."""

    def __init__(self, port: object, inner: Redactor) -> None:
        self._port, self._inner = port, inner

    def __enter__(self) -> None:
        return None

    def __exit__(self, *_: object) -> None:
        self._port._redactor = self._inner  # type: ignore[attr-defined]


def second_pass(redactor: Redactor, calls: Sequence[_Call]) -> tuple[int, int, list[tuple[str, str]]]:
    """(texts a second pass changes, distinct texts redacted, the first few changed outputs): each output redacted
    again with the identity it had and its context text (a note's profile) as it was the first time. Not on the
    stored chunks: a chunk joins its words with single spaces, which is not redact()'s output."""
    seen: set[tuple[str, str, str]] = set()
    changed: list[tuple[str, str]] = []
    for texts, identities, contexts, outs in calls:
        again_texts, again_ids = list(outs), list(identities)
        again_context: list[int | None] = [None] * len(outs)
        for i, j in enumerate(contexts):
            if j is not None:
                again_texts.append(texts[j])
                again_ids.append(identities[j])
                again_context.append(None)
                again_context[i] = len(again_texts) - 1
        fresh = [
            i
            for i in range(len(texts))
            if (texts[i], texts[contexts[i] or 0] if contexts[i] is not None else "", repr(identities[i])) not in seen
        ]
        if not fresh:
            continue
        again = Redactor.redact_many(redactor, again_texts, again_ids, again_context)
        for i in fresh:
            seen.add((texts[i], texts[contexts[i] or 0] if contexts[i] is not None else "", repr(identities[i])))
            if again[i] != outs[i]:
                changed.append((outs[i], again[i]))
    return len(changed), len(seen), changed


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
            f"second pass changes {ref.again} of {ref.redacted} redacted texts"
        )
        if h == "tune":
            for change in ref.unstable[: args.examples]:
                print(f"    again: {diff_line(*change)}")
    totals: dict[str, Counter[str]] = {h: Counter() for h in refs}
    third: dict[str, Counter[str]] = {h: Counter() for h in refs}
    worst = dict.fromkeys(refs, 0.0)
    selected = [(label, people) for label, people in conditions(every, count) if not args.only or label in args.only]
    for label, people in selected:
        names = name_tokens(people)
        line = [label]
        for h, ref in refs.items():
            other = run(halves[h], people, reqs)
            result = compare(ref, other, ref_names, names, blanks)
            again = other.again
            part = compare(ref.only(in_s13), other.only(in_s13), ref_names, names, blanks)
            third[h]["texts differing"] += part.texts_differing
            third[h]["name tokens"] += sum(part.leaked.values())
            third[h].update({f"class {k}": v for k, v in part.classes.items() if k != "term list"})
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
                for change in other.unstable[:2]:
                    line.append(f"    again: {diff_line(*change)}")
        print("\n".join(line), flush=True)
    for h, total in totals.items():
        shown = ", ".join(f"{k} {v}" for k, v in total.items() if k != "conditions")
        print(f"\n{h} totals over {total['conditions']} conditions: {shown}, max dscore {worst[h]:.3g}")
        shown = ", ".join(f"{k} {v}" for k, v in third[h].items())
        print(f"  of which the third part (candidates {S13_FROM}..): {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
