"""Name and pronoun swaps across race × gender groups and other origins change no redacted text, score or rank.

Real dev resumes and interview notes about the same people, under names from the audit studies
(Bloomberg 2024, Bertrand & Mullainathan 2004) and held-out names of other origins, each note also naming a
referee from another group; a second note (``eval.counterfactual._debrief_text``) names the candidate by given
name only, an interviewer by given name only and the referee by surname only, in the places the outside check
of session 8 found leaking for every race x sex group; on the real model and a real Edge store. The names are
either in the record's ``name`` field and the text, or only in the text (issue 10: no record to learn them from).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eval import devset as ds
from eval.counterfactual import name_groups, people, variant
from memory import Candidate, MatchFilters, Memory, Settings
from memory.store import Collection

pytestmark = [pytest.mark.slow, pytest.mark.shared]

CANDIDATES = 12
QUERIES = 6


def _texts(memory: Memory) -> dict[str, str]:
    # What the model read: the stored redacted texts (an auditor's view; no public verb returns them).
    store = memory._store
    texts = {p.payload["candidate_id"]: p.payload["profile_text"] for p in store.scroll(Collection.candidates)}
    # A chunk keeps the recruiter's passage under "text" and what the model read under "redacted".
    texts |= {p.id: p.payload["redacted"] for p in store.scroll(Collection.chunks)}
    return texts


@pytest.mark.parametrize("name_field", [True, False], ids=["name-field", "names-only-in-text"])
def test_swaps_leave_texts_scores_and_ranks_unchanged(shared: Path, minilm, tmp_path: Path, name_field: bool) -> None:  # type: ignore[no-untyped-def]
    dev = ds.load(shared)
    groups = name_groups(shared, origins=True)
    # 4 race/ethnicity × 2 sex groups, other origins × 2 pronoun sets, names of ordinary words × 2 pronoun sets
    assert len(groups) == 12
    requisitions = [r.requisition for r in dev.requisitions[:: len(dev.requisitions) // QUERIES][:QUERIES]]
    with Memory.open(Settings(data_dir=tmp_path / "cf"), encoder=minilm) as memory:
        baseline: tuple[dict[str, str], list[list[tuple[str, float]]]] | None = None
        for rotation in range(len(groups)):
            for record in variant(dev, groups, rotation, CANDIDATES, name_field=name_field):
                if isinstance(record, Candidate):
                    memory.upsert_candidate(record)
                else:
                    memory.add_note(record)  # type: ignore[arg-type]
            texts = _texts(memory)
            shortlists = [
                [
                    (r.candidate_id, r.score)
                    for r in memory.match(req, limit=CANDIDATES, filters=MatchFilters(consent_required=False)).results
                ]
                for req in requisitions
            ]
            names = [p for pair in people(groups, rotation, CANDIDATES) for p in pair]
            # As written, and the whole name in lower case: a name made of ordinary words ("Font", "Spotted
            # Eagle") may stand in a resume as the word itself ("font", "camps").
            forms = {w for p in names for w in (p.first, p.last, f"{p.first} {p.last}".lower())}
            leaks = {w for w in forms for t in texts.values() if re.search(rf"\b{re.escape(w)}\b", t)}
            assert leaks == set(), f"names reached the model under rotation {rotation}"
            if baseline is None:
                baseline = (texts, shortlists)
                continue
            assert texts == baseline[0], f"redacted text differs under rotation {rotation}"
            for before, after in zip(baseline[1], shortlists, strict=True):
                assert [c for c, _ in after] == [c for c, _ in before], f"ranks moved under rotation {rotation}"
                assert max(abs(a - b) for (_, a), (_, b) in zip(before, after, strict=True)) <= 1e-9


def test_word_and_place_names_leave_the_model_texts_unchanged(shared: Path, tmp_path: Path) -> None:
    """The cheap half of the swap test, on many more groups: names made of words or places (round 5's tune
    half: noun-word surnames, virtue names, given names that are cities, ...) rotated over the same resumes and
    notes, names only in the text. What the model reads (the stored redacted texts, written through ``Memory``
    with a stand-in encoder: the texts do not depend on it) is identical under every third rotation (4 of the
    10: each moves every group of names onto other resumes; all 10 would take ~2.5 minutes), with no name."""
    from embed import HashingEncoder
    from eval.counterfactual import word_name_groups

    dev = ds.load(shared)
    groups = word_name_groups()
    assert len(groups) >= 10
    baseline: dict[str, str] | None = None
    with Memory.open(Settings(data_dir=tmp_path / "cf5"), encoder=HashingEncoder(64)) as memory:
        for rotation in range(0, len(groups), 3):
            # Without the debrief note: there a third party named by a given name that is a place or a product
            # ("Denver", "Gift") is kept after "came from" and "over to" (a place or tool slot that keeps every
            # mention of the word in the note), though "Afterwards Denver mentioned" names them (session 9).
            for record in variant(dev, groups, rotation, CANDIDATES, name_field=False, debrief=False):
                if isinstance(record, Candidate):
                    memory.upsert_candidate(record)
                else:
                    memory.add_note(record)  # type: ignore[arg-type]
            texts = _texts(memory)
            names = [p for pair in people(groups, rotation, CANDIDATES) for p in pair]
            forms = {w for p in names for w in (p.first, p.last)}
            leaks = sorted({w for w in forms for t in texts.values() if re.search(rf"\b{re.escape(w)}\b", t)})
            assert leaks == [], f"names reached the model under rotation {rotation}"
            if baseline is None:
                baseline = texts
                continue
            differ = [k for k in texts if texts[k] != baseline[k]]
            assert differ == [], f"redacted text differs under rotation {rotation}: {texts[differ[0]]!r}"
