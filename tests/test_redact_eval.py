"""Issue 10's gates on the redaction evaluation set built from ../shared/data (see eval/redaction.py).

Token recall of names, each in ten contexts, ≥ 0.97 overall and ≥ 0.95 in every origin group (the
hand-written names of other origins on their held-out half, which the name lists never saw); ordinary
words that are also names (places, employers, schools, skills, products) removed in ≤ 5% of cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eval import redaction as ev
from memory.redact import Redactor

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def redact() -> ev.Batch:
    redactor = Redactor()
    return lambda texts: redactor.redact_many(texts, [None] * len(texts))


def test_names_of_every_origin_group_are_removed(shared: Path, redact: ev.Batch) -> None:
    groups = ev.name_sets(shared, per_group=40)
    assert len(groups) >= 30 and all(len(names) >= 8 for names in groups.values())
    tallies = ev.recall(redact, ev.cases(groups))["group"]
    low = {group: round(t.rate, 3) for group, t in tallies.items() if t.rate < 0.95}
    assert low == {}
    held = [t for group, t in tallies.items() if not group.startswith("tune ")]
    assert sum(t.found for t in held) / sum(t.total for t in held) >= 0.97


def test_ordinary_words_that_are_names_survive(redact: ev.Batch) -> None:
    negatives = ev.false_redactions(redact)
    assert negatives["all"].total >= 150
    assert negatives["all"].rate <= 0.05
    assert negatives["split test"].rate <= 0.05
