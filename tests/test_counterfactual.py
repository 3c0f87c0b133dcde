"""Name and pronoun swaps across race × gender groups change no redacted text, no score and no rank.

Real dev resumes and interview notes about the same people, under names from the audit studies
(Bloomberg 2024, Bertrand & Mullainathan 2004), on the real model and a real Edge store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eval import devset as ds
from eval.counterfactual import name_groups, variant
from memory import Candidate, MatchFilters, Memory, Settings
from memory.store import Collection

pytestmark = pytest.mark.slow

CANDIDATES = 24
QUERIES = 8


def _texts(memory: Memory) -> dict[str, str]:
    store = memory._store
    texts = {p.payload["candidate_id"]: p.payload["profile_text"] for p in store.scroll(Collection.candidates)}
    texts |= {p.id: p.payload["text"] for p in store.scroll(Collection.chunks)}
    return texts


def test_swaps_leave_texts_scores_and_ranks_unchanged(shared: Path, minilm, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dev = ds.load(shared)
    groups = name_groups(shared)
    assert len(groups) == 8  # 4 race/ethnicity × 2 sex groups
    requisitions = [r.requisition for r in dev.requisitions[:: len(dev.requisitions) // QUERIES][:QUERIES]]
    with Memory.open(Settings(data_dir=tmp_path / "cf"), encoder=minilm) as memory:
        baseline: tuple[dict[str, str], list[list[tuple[str, float]]]] | None = None
        for rotation in range(len(groups)):
            names = set()
            for record in variant(dev, groups, rotation, CANDIDATES):
                if isinstance(record, Candidate):
                    memory.upsert_candidate(record)
                    names.add(record.name)
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
            assert not any(n.split()[0] in text for n in names for text in texts.values() if n)
            if baseline is None:
                baseline = (texts, shortlists)
                continue
            assert texts == baseline[0], f"redacted text differs under rotation {rotation}"
            assert shortlists == baseline[1], f"scores or ranks moved under rotation {rotation}"
