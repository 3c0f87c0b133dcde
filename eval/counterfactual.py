"""Counterfactual name and pronoun swaps: the same people under names of every race × gender group.

Names come from the audit studies' lists in ``../shared/data`` (Bloomberg 2024 full names; Bertrand &
Mullainathan 2004 first names paired with Bloomberg surnames of the same group), read by path, and from
the held-out half of the names of other origins in :mod:`eval.redaction_names` (Indian, Nigerian, Japanese,
Russian, Chinese, Arabic, Korean, Vietnamese, Hispanic, ...). Each variant rotates the groups across
candidates and writes each candidate's name and pronouns into their profile and into an interview note
about them, with a referee's name (a third party, from another group) in the note. With
``name_field=False`` the record carries no ``name``: the names are only in the text.

``python -m eval.counterfactual`` measures what redaction buys: the same swaps scored by the raw model
on unredacted text, next to the redacted pipeline.
"""

from __future__ import annotations

import csv
import json
import statistics
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eval import devset as ds
from memory import Candidate, InterviewNote, Protected

PRONOUNS = {"M": ("he", "him", "his", "Mr."), "F": ("she", "her", "her", "Ms.")}
RACES = {"W": "white", "B": "black", "A": "asian", "H": "hispanic", "O": "other"}


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    race: str
    sex: str


def name_groups(shared: Path, per_group: int = 6, origins: bool = False) -> dict[tuple[str, str], list[Person]]:
    """Names per (race, sex) group: Bloomberg full names, then Bertrand first names with Bloomberg surnames;
    with ``origins``, four more groups (one per pronoun set each): held-out names of other origins, and names
    made of ordinary words (noun-word surnames, Catalan, Maori)."""
    groups: dict[tuple[str, str], list[Person]] = defaultdict(list)
    surnames: dict[str, list[str]] = defaultdict(list)
    with (shared / "bloomberg2024_gpt_hiring_names" / "names_long.csv").open() as handle:
        for row in csv.DictReader(handle):
            key = (row["race_ethnicity"], "F" if row["gender"] == "W" else "M")  # Bloomberg: M / W(oman)
            surnames[row["race_ethnicity"]].append(row["last_name"].title())
            if len(groups[key]) < per_group:
                groups[key].append(Person(row["first_name"].title(), row["last_name"].title(), *key))
    with (shared / "bertrand_mullainathan2004_names" / "names_summary.csv").open() as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            race = "W" if row["race"] == "white" else "B"
            sex = "M" if row["sex"] == "male" else "F"
            last = surnames[race][index % len(surnames[race])]
            groups[(race, sex)].append(Person(row["firstname"], last, race, sex))
    if origins:
        from eval.redaction_names import origin_names

        for index, (given, family) in enumerate(origin_names("test").values()):
            for n, first in enumerate(given[:4]):
                sex = "MF"[(index + n) % 2]
                groups[("O", sex)].append(Person(first, family[n % len(family)], "O", sex))
        # Names whose words are also ordinary English words ("Wanbli Spotted Eagle", "Pau Font", "Mere Ngata"),
        # from the round-4 check set; never on the redactor's lists.
        from eval.redaction_everyday import FAMILY_FIRST, GROUPS

        for index, (group, (given, family)) in enumerate(GROUPS.items()):
            if group in FAMILY_FIRST:
                continue
            for n, first in enumerate(given[:6]):
                sex = "MF"[(index + n) % 2]
                groups[("N", sex)].append(Person(first, family[n % len(family)], "O", sex))
    return dict(sorted(groups.items()))


def word_name_groups(held_out: bool = False) -> dict[tuple[str, str], list[Person]]:
    """Names made of words or places, from the round-5 check set (:mod:`eval.redaction_round5`): noun-word
    surnames, virtue names, given names that are cities, pet names, short Chinese and Korean names; one group per
    origin, the two pronoun sets alternating. The tune half, or with ``held_out`` the held-out half and the final
    part (for a measurement, not for working on)."""
    from eval.redaction_round5 import FINAL_GROUPS, GROUPS, held

    groups: dict[tuple[str, str], list[Person]] = defaultdict(list)
    every = {**GROUPS, **{f"{g} (held out)": names for g, names in FINAL_GROUPS.items()}}
    for index, (group, names) in enumerate(every.items()):
        for n, full in enumerate(names):
            if held(group, n) != held_out:
                continue
            given, _, family = full.partition(" ")
            sex = "MF"[n % 2]
            groups[(f"R{index:02d}", sex)].append(Person(given, family, "O", sex))
    return dict(sorted(groups.items()))


def _note_text(person: Person, referee: Person) -> str:
    he, him, his, title = PRONOUNS[person.sex]
    return (
        f"{person.first} {person.last} came in for the onsite. {he.capitalize()} walked us through {his} "
        f"last project and we asked {him} about trade-offs. {title} {person.last} answered clearly; "
        f"{person.first}'s references describe {him} as dependable, and {he} said {his} team relied on {him}. "
        f"{his.capitalize()} referee, {referee.first} {referee.last}, confirmed it; {referee.last} can confirm "
        f"the dates too. Phone screen with {person.first} {person.last}: {person.last} would fit the team, and "
        f"{person.first.lower()} {person.last.lower()} is to send a work sample."
    )


def _debrief_text(person: Person, interviewer: Person, referee: Person) -> str:
    """A second note in the places the outside check of session 8 found leaking for every race x sex group (its
    class 3), with no full name in it: the candidate by given name only (their full name is in their profile),
    an interviewer by given name only and a referee by surname only (named nowhere else): a given name closing a
    clause after a preposition, a subject reported after a speech verb, a surname after a semicolon before a
    past-tense verb and after "reference from"."""
    he, _, his, _ = PRONOUNS[person.sex]
    return (
        f"Debrief: the hiring manager said {interviewer.first} would own the system design round. I spent an "
        f"hour on the take-home with {person.first}. We asked both referees for detail; {referee.last} replied "
        f"within a day. The reference from {referee.last} was strong, and the intro came from "
        f"{interviewer.first}. Afterwards {interviewer.first} mentioned that {person.first} asked good "
        f"questions, and {he} sent {his} notes over to {interviewer.first}."
    )


def people(
    groups: dict[tuple[str, str], list[Person]], rotation: int, count: int
) -> list[tuple[Person, Person, Person]]:
    """(candidate, referee, interviewer) per dev resume under ``rotation``; the referee is from the next group
    over, the interviewer from the one after."""
    keys = list(groups)
    out: list[tuple[Person, Person, Person]] = []
    for index in range(count):
        key = keys[(index + rotation) % len(keys)]
        other = groups[keys[(index + rotation + 1) % len(keys)]]
        third = groups[keys[(index + rotation + 2) % len(keys)]]
        person = groups[key][(index // len(keys) + rotation) % len(groups[key])]
        out.append((person, other[(index + rotation) % len(other)], third[(index + rotation + 1) % len(third)]))
    return out


def variant(
    dev: ds.DevSet,
    groups: dict[tuple[str, str], list[Person]],
    rotation: int,
    count: int,
    name_field: bool = True,
    debrief: bool = True,
) -> list[object]:
    """Candidates and notes with each candidate's group shifted by ``rotation``; with ``debrief``, the second
    note (:func:`_debrief_text`) too."""
    records: list[object] = []
    for resume, (person, referee, interviewer) in zip(
        dev.resumes[:count], people(groups, rotation, count), strict=False
    ):
        he, _, his, _ = PRONOUNS[person.sex]
        intro = f"{person.first} {person.last}. {he.capitalize()} describes {his} background below.\n"
        records.append(
            Candidate(
                candidate_id=resume.candidate_id,
                name=f"{person.first} {person.last}" if name_field else None,
                summary=intro + (resume.summary or ""),
                consent=resume.consent,
                protected=Protected(sex=person.sex, race_ethnicity=RACES[person.race]),
            )
        )
        records.append(
            InterviewNote(
                note_id=f"{resume.candidate_id}-onsite",
                candidate_id=resume.candidate_id,
                stage="onsite",
                author="panel",
                text=_note_text(person, referee),
            )
        )
        if not debrief:
            continue
        records.append(
            InterviewNote(
                note_id=f"{resume.candidate_id}-debrief",
                candidate_id=resume.candidate_id,
                stage="onsite",
                author="panel",
                text=_debrief_text(person, interviewer, referee),
            )
        )
    return records


def swap_texts(dev: ds.DevSet, groups: dict[tuple[str, str], list[Person]], count: int) -> dict[str, object]:
    """What the model would read (the write path's redaction, names only in the text) for every rotation of the
    groups: how many (rotation, candidate) swaps give byte-identical texts to rotation 0, and the first
    differences. The cheap half of the end-to-end test: no store, no encoder."""
    from memory.redaction_port import redactor

    port = redactor()

    def texts(rotation: int) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        owners: dict[str, Candidate] = {}
        for record in variant(dev, groups, rotation, count, name_field=False):
            if isinstance(record, Candidate):
                owners[record.candidate_id] = record.public()
                out[record.candidate_id] += port.redact_many([record.public().profile_text()], [record.public()])
            elif isinstance(record, InterviewNote):
                out[record.candidate_id] += port.redact_many([record.text], [owners[record.candidate_id]])
        return out

    base = texts(0)
    same = total = 0
    differ: list[tuple[int, str, str]] = []
    for rotation in range(1, len(groups)):
        for candidate, these in texts(rotation).items():
            total += 1
            if these == base[candidate]:
                same += 1
                continue
            for before, after in zip(base[candidate], these, strict=True):
                if before != after and len(differ) < 12:
                    differ.append((rotation, before, after))
    return {"identical": same, "swaps": total, "differ": differ}


def raw_shift(
    dev: ds.DevSet, groups: dict[tuple[str, str], list[Person]], count: int, queries: int
) -> dict[str, float]:
    """How far the raw model moves under the swaps when nothing is redacted (cosine on raw text)."""
    import numpy as np

    from embed import SentenceEncoder

    encoder = SentenceEncoder()
    reqs = [r.requisition for r in dev.requisitions[:queries]]
    qvecs = encoder.encode([r.query_text() for r in reqs])
    rotations = len(groups)
    scores = []
    for rotation in range(rotations):
        texts = []
        for record in variant(dev, groups, rotation, count):
            if isinstance(record, Candidate):
                texts.append((record.summary or "")[:1200])
        scores.append(qvecs @ encoder.encode(texts).T)
    base = scores[0]
    deltas = np.concatenate([np.abs(s - base).ravel() for s in scores[1:]])
    rank_moves = []
    for s in scores[1:]:
        for q in range(len(reqs)):
            before = np.argsort(np.argsort(-base[q]))
            after = np.argsort(np.argsort(-s[q]))
            rank_moves.append(float(np.abs(before - after).max()))
    return {
        "pairs": float(deltas.size),
        "mean_abs_delta": float(deltas.mean()),
        "max_abs_delta": float(deltas.max()),
        "median_max_rank_move": statistics.median(rank_moves),
        "max_rank_move": max(rank_moves),
    }


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from eval.run import default_shared

    parser = argparse.ArgumentParser(
        prog="python -m eval.counterfactual",
        description="What redaction buys: the same resumes under the names of other groups, scored by the raw model "
        "on unredacted text (default), or the redacted texts compared byte for byte (--texts).",
    )
    parser.add_argument("--texts", action="store_true", help="count swaps whose redacted model texts are identical")
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print("counterfactual: ../shared/data is absent", file=sys.stderr)
        return 1
    dev = ds.load(shared)
    if args.texts:
        # Byte-identical redacted texts under every swap (names only in the text), the groups of the slow test.
        result = swap_texts(dev, name_groups(shared, origins=True), count=12)
        print(f"byte-identical swaps: {result['identical']}/{result['swaps']}")
        for rotation, before, after in result["differ"]:  # type: ignore[attr-defined]
            print(f"rotation {rotation}:\n  {before}\n  {after}")
        return 0
    print(json.dumps(raw_shift(dev, name_groups(shared), count=40, queries=20), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
