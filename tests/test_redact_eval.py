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


# ~5 s (the whole project set through the redactor): make test runs it; the fast suite runs the other gates.
@pytest.mark.slow
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


def test_round_four_look_alikes_survive_and_everyday_contexts_hold(redact: ev.Batch, shared: Path) -> None:
    """The round-4 set is a development set (the rules were tuned on it): these are floors against regressions,
    at the figures EVAL.md reports, not issue 10's held-out gates."""
    from eval import redaction_everyday as ed

    by_kind, bad = ed.false_redactions(redact)
    assert sum(t[0] for t in by_kind.values()) / sum(t[1] for t in by_kind.values()) <= 0.05, bad
    by_group, _, misses = ed.recall(redact)
    assert sum(t[0] for t in by_group.values()) / sum(t[1] for t in by_group.values()) >= 0.92, misses[:20]
    placed, words = ed.prose_rate(redact, ed.job_ads(shared, count=60)["Glassdoor 2020"])
    assert 1000 * placed / words <= 5.0


def test_round_six_things_in_peoples_places_survive_and_people_there_go(redact: ev.Batch) -> None:
    """Round 6 (tools, brands, towns, schools, eponyms, awards, capitals headings in the places an outside tester
    found them removed, and people in the same places): no more removed than at 23b721e (26 and 19 of 53), and
    people in the same places found. Since review M1 a keep-rule keeps only words a word list calls things, so
    most of round 6's names (given or family names themselves) are removed as before."""
    from eval import redaction_round6 as r6

    for hold, floor in ((False, 26), (True, 19)):
        wrong, bad = r6.false_redactions(redact, hold)
        assert r6.total(wrong)[0] <= floor, bad
        found, misses = r6.recall(redact, hold)
        removed, words = r6.total(found)
        assert removed / words >= 0.95, misses
