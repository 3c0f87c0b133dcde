"""Audit numbers against fairlearn, scipy, the spec's worked examples and the DCWP's published table."""

from __future__ import annotations

import math
from typing import Any

import pytest

from memory import Protected
from memory.audit import INTERSECTION, audit_shortlist, family_rates, scoring_rate_audit

# FAIRNESS.md §1.5 A: 20 candidates by score, the first six shortlisted.
SCORES = [
    0.91,
    0.88,
    0.86,
    0.84,
    0.83,
    0.80,
    0.78,
    0.77,
    0.75,
    0.74,
    0.72,
    0.70,
    0.69,
    0.66,
    0.64,
    0.61,
    0.58,
    0.55,
    0.52,
    0.50,
]
SEX = list("MMFMMFMFFMFMFFMFFMFF")
RACE = list("WBWWABWAWBBAWAWBWABW")
POOL = [f"c{i:02d}" for i in range(20)]
ATTRS = {c: Protected(sex=s, race_ethnicity=r) for c, s, r in zip(POOL, SEX, RACE, strict=True)}


def _family(audit, name):  # type: ignore[no-untyped-def]
    return next(f for f in audit.families if f.family == name)


def _fairlearn() -> tuple[Any, Any, Any]:
    """pandas, fairlearn's MetricFrame and selection_rate, imported on use: with scipy and sklearn they are
    3 s of imports that every xdist worker would otherwise pay while collecting, to run these few tests."""
    import pandas as pd
    from fairlearn.metrics import MetricFrame, selection_rate

    return pd, MetricFrame, selection_rate


def test_shortlist_rates_equal_fairlearn() -> None:
    pd, MetricFrame, selection_rate = _fairlearn()
    audit = audit_shortlist(POOL, POOL[:6], ATTRS)
    frame = pd.DataFrame({"selected": [int(i < 6) for i in range(20)], "sex": SEX, "race": RACE})
    for family, columns in (("sex", ["sex"]), ("race_ethnicity", ["race"]), (INTERSECTION, ["sex", "race"])):
        mf = MetricFrame(
            metrics=selection_rate,
            y_true=frame["selected"],
            y_pred=frame["selected"],
            sensitive_features=frame[columns],
        )
        ours = _family(audit, family)
        theirs = mf.by_group
        for group in ours.groups:
            key = tuple(group.group.split(" / ")) if len(columns) == 2 else group.group
            assert group.rate == pytest.approx(float(theirs[key]), abs=1e-12)
            assert group.impact_ratio == pytest.approx(float(theirs[key] / mf.group_max()), abs=1e-12)
        assert ours.min_impact_ratio == pytest.approx(float(mf.ratio(method="between_groups")), abs=1e-12)
    sex = _family(audit, "sex")
    assert [(g.group, g.selected, g.assessed) for g in sex.groups] == [("F", 2, 11), ("M", 4, 9)]
    assert sex.groups[0].impact_ratio == pytest.approx(0.409091, abs=1e-6) and sex.groups[0].four_fifths_flag
    assert audit.warnings and "not a finding of adverse impact" in audit.warnings[0]


def test_scoring_rate_with_unknown_matches_the_spec_and_fairlearn() -> None:
    pd, MetricFrame, selection_rate = _fairlearn()
    # FAIRNESS.md §1.5 B: median over all 12 scores, the unknown counted but outside the rates.
    men, women = [0.90, 0.80, 0.70, 0.40, 0.30], [0.85, 0.60, 0.50, 0.45, 0.35, 0.20]
    assessments = [(f"m{i}", s) for i, s in enumerate(men)] + [(f"f{i}", s) for i, s in enumerate(women)]
    assessments.append(("u0", 0.65))
    attrs = {c: Protected(sex="M" if c[0] == "m" else "F") for c, _ in assessments if c != "u0"}
    report = scoring_rate_audit(assessments, attrs, ("2026-01-01", "2027-01-01"), decisions=1)
    assert report.median_score == pytest.approx(0.55)
    sex = _family(report, "sex")
    assert sex.unknown == 1
    assert {g.group: round(g.rate, 6) for g in sex.groups} == {"F": 0.333333, "M": 0.6}
    assert sex.groups[0].impact_ratio == pytest.approx(0.555556, abs=1e-6)
    known = [(c, s) for c, s in assessments if c != "u0"]
    frame = pd.DataFrame({"above": [int(s > 0.55) for _, s in known], "sex": [attrs[c].sex for c, _ in known]})
    mf = MetricFrame(
        metrics=selection_rate, y_true=frame["above"], y_pred=frame["above"], sensitive_features=frame["sex"]
    )
    assert sex.groups[0].rate == pytest.approx(float(mf.by_group["F"]), abs=1e-12)


def test_dcwp_published_worked_example() -> None:
    # 6 RCNY § 5-301 example: applicants and scoring rates per category; IR = rate / highest rate.
    sex = [("Male", 92, 50), ("Female", 76, 34)]
    race = [
        ("Hispanic or Latino", 28, 18),
        ("White", 40, 15),
        ("Black or African American", 32, 16),
        ("Native Hawaiian or Pacific Islander", 8, 5),
        ("Asian", 24, 10),
    ]
    published = {
        "Male": 1.00,
        "Female": 0.82,
        "Hispanic or Latino": 1.00,
        "White": 0.58,
        "Black or African American": 0.78,
        "Native Hawaiian or Pacific Islander": 0.97,
        "Asian": 0.65,
    }
    for name, table in (("sex", sex), ("race_ethnicity", race)):
        outcomes = [(group, i < above) for group, n, above in table for i in range(n)]
        family = family_rates(outcomes, name)
        for group in family.groups:
            assert round(group.impact_ratio or 0, 2) == published[group.group], group
    rates = {
        g.group: round(g.rate * 100, 1)
        for g in family_rates([(group, i < above) for group, n, above in sex for i in range(n)], "sex").groups
    }
    assert rates == {"Male": 54.3, "Female": 44.7}


@pytest.mark.parametrize(
    ("ref", "focal", "ratio", "p"),
    [
        ((4, 10), (2, 10), 0.5, 0.628483),
        ((48, 80), (21, 50), 0.7, 0.049543),
        ((40, 200), (24, 200), 0.6, 0.040179),
        ((9, 20), (4, 20), 0.4444, 0.175996),
    ],
)
def test_fisher_and_impact_ratio_reference_values(ref, focal, ratio, p) -> None:  # type: ignore[no-untyped-def]
    outcomes = [("r", i < ref[0]) for i in range(ref[1])] + [("f", i < focal[0]) for i in range(focal[1])]
    focal_group = next(g for g in family_rates(outcomes, "sex").groups if g.group == "f")
    assert focal_group.impact_ratio == pytest.approx(ratio, abs=1e-4)
    assert focal_group.fisher_p == pytest.approx(p, abs=1e-6)


def test_four_fifths_is_strict_and_small_groups_leave_the_denominator() -> None:
    exactly = [("r", i < 48) for i in range(80)] + [("f", i < 24) for i in range(50)]
    assert not next(g for g in family_rates(exactly, "x").groups if g.group == "f").four_fifths_flag
    below = [("r", i < 48) for i in range(80)] + [("f", i < 21) for i in range(50)]
    assert next(g for g in family_rates(below, "x").groups if g.group == "f").four_fifths_flag
    # 985 + 15: the 15 (1.5%) all selected would be the highest rate; excluded, they leave the denominator.
    outcomes = [("big", i < 300) for i in range(985)] + [("tiny", True) for _ in range(15)]
    family = family_rates(outcomes, "x")
    tiny = next(g for g in family.groups if g.group == "tiny")
    assert tiny.excluded_under_2pct and tiny.impact_ratio is None and tiny.assessed == 15 and tiny.rate == 1.0
    assert family.highest == "big" and family.exclusion_justification


def test_candidates_without_a_self_report_are_unknown_never_imputed() -> None:
    audit = audit_shortlist(POOL, POOL[:6], {c: ATTRS[c] for c in POOL[:10]})
    assert _family(audit, "sex").unknown == 10 and audit.self_reported == 10
    assert sum(g.assessed for g in _family(audit, "sex").groups) == 10


# -- per-shortlist exposure (FAIRNESS.md §2.3) ------------------------------------------------------------


def test_skew_and_ndkl_reference_values() -> None:
    from memory.audit_exposure import exposure, ndkl, skew_at_k

    groups = list("MMFMMFMFFF")
    target = {"M": 0.5, "F": 0.5}
    assert skew_at_k(groups, target, 1) == {"F": float("-inf"), "M": pytest.approx(0.693147, abs=1e-6)}
    assert skew_at_k(groups, target, 5) == {
        "F": pytest.approx(-0.916291, abs=1e-6),
        "M": pytest.approx(0.470004, abs=1e-6),
    }
    assert skew_at_k(groups, target, 10) == {"F": 0.0, "M": 0.0}
    assert ndkl(groups, target) == pytest.approx(0.297854, abs=1e-6)
    top2 = exposure(groups[:2], groups)
    assert top2 is not None and top2.absent_in_top_k == ["F"] and top2.skew_at_k["F"] is None and top2.min_skew is None
    assert top2.model_dump_json()  # no -inf reaches JSON


def test_shortlist_audit_carries_exposure_against_the_pool() -> None:
    audit = audit_shortlist(POOL, POOL[:6], ATTRS)
    sex = _family(audit, "sex").exposure
    assert sex is not None and sex.k == 6 and sex.target == {"F": 11 / 20, "M": 9 / 20}
    # Top 6 = M M F M M F: F share 2/6 against 11/20.
    assert sex.skew_at_k["F"] == pytest.approx(math.log((2 / 6) / (11 / 20)), abs=1e-12)
    assert sex.skew_at_k["M"] == pytest.approx(math.log((4 / 6) / (9 / 20)), abs=1e-12)


# -- the LL144 batch audit counts individuals (memory.audit_batch) ------------------------------------


def _window(rows: list[tuple[str, list[tuple[str, float]], list[str], dict[str, Protected]]]):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from memory.decisions import CategorySnapshot, Decision, LoggedResult, LogWindow

    decisions, snapshots = [], []
    for i, (did, assessed, listed, categories) in enumerate(rows):
        at = datetime(2026, 3, 1, tzinfo=UTC) + timedelta(days=i)
        results = [LoggedResult(candidate_id=c, rank=r, score=0.0, attributions={}) for r, c in enumerate(listed, 1)]
        decisions.append(
            Decision(
                decision_id=did,
                at=at,
                caller=None,
                requisition_hash="h",
                model="m",
                weights_version="w",
                weights={},
                results=results,
                assessed=assessed,
            )
        )
        snapshots.append(
            CategorySnapshot(decision_id=did, at=at, assessed=[c for c, _ in assessed], categories=categories)
        )
    return LogWindow(decisions=decisions, snapshots=snapshots, outcomes=[])


def test_each_person_counts_once_by_best_score_with_categories_as_then_reported() -> None:
    pd, MetricFrame, selection_rate = _fairlearn()
    from datetime import UTC, datetime

    from memory.audit_batch import AGE_FAMILY, ll144_audit

    F, M = Protected(sex="F", age_band="40-49"), Protected(sex="M", age_band="30-39")
    window = _window(
        [
            # x is assessed twice: 0.2 then 0.9; their report changed from F to M in between.
            ("d1", [("x", 0.2), ("y", 0.7), ("z", 0.6), ("u", 0.1)], ["y"], {"x": F, "y": F, "z": M}),
            ("d2", [("x", 0.9), ("y", 0.3), ("w", 0.4)], ["x"], {"x": M, "y": F, "w": F}),
        ]
    )
    period = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))
    report = ll144_audit(window, period, age=True)
    assert report.individuals == 5 and report.assessments == 7 and report.decisions == 2
    # Best scores: x .9 (M), y .7 (F), z .6 (M), w .4 (F), u .1 (unknown); median .6, strict ">".
    assert report.median_score == pytest.approx(0.6)
    sex = _family(report, "sex")
    assert sex.unknown == 1 and {(g.group, g.assessed, g.selected) for g in sex.groups} == {("F", 2, 1), ("M", 2, 1)}
    frame = pd.DataFrame({"above": [1, 1, 0, 0], "sex": ["M", "F", "M", "F"]})
    mf = MetricFrame(
        metrics=selection_rate, y_true=frame["above"], y_pred=frame["above"], sensitive_features=frame["sex"]
    )
    assert {g.group: g.rate for g in sex.groups} == pytest.approx({k: float(v) for k, v in mf.by_group.items()})
    selected = next(f for f in report.selection if f.family == "sex")
    assert {(g.group, g.selected) for g in selected.groups} == {("F", 1), ("M", 1)}  # y and x, each once
    age = _family(report, AGE_FAMILY)
    assert {(g.group, g.assessed) for g in age.groups} == {("40 and over", 2), ("under 40", 2)}
    assert report.audit_date and report.data_source and "2 shortlisting decisions" in report.data_source
