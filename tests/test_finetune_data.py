"""The fine-tuning pairs never hold what the dev set or the held-out check evaluates (eval/finetune_data.py)."""

from __future__ import annotations

import random
from pathlib import Path

from eval import devset as ds
from eval import finetune_data as fd


def test_a_posting_the_evaluation_reads_and_its_copies_are_left_out() -> None:
    body = "We are hiring a data scientist to build models in Python and SQL. " * 5
    other = "Sales executive wanted for field sales across the region, with targets and travel. " * 5
    rows = {
        "linkedin": [
            ("Data Scientist", body),  # evaluated
            ("Data Scientist", body),  # the same ad again
            ("Senior Data Scientist", body[:-3] + "..."),  # same first 200 characters, other title
            ("Sales Executive", other),
            ("Sales Executive", other),  # a copy of a kept ad: kept once
        ]
    }
    pairs = fd.posting_pairs(rows, {("linkedin", 0)})
    assert [p.source for p in pairs] == ["linkedin:3"]
    assert all(body[:100] not in p.positive for p in pairs)


def test_the_dev_sets_onet_occupations_are_left_out() -> None:
    code = sorted(fd.dev_codes())[0]
    described = {code: {"Title": "Dev", "Description": "dev text"}, "99-9999.00": {"Title": "T", "Description": "d"}}
    pairs = fd.onet_pairs(
        described, {}, {code: ["Dev alias"], "99-9999.00": ["A", "B"]}, fd.dev_codes(), random.Random(0)
    )
    assert {p.source for p in pairs} == {"onet:99-9999.00"}
    assert len(pairs) == 3  # its title and both alternate titles


def test_a_fold_trains_on_no_held_out_requisition_or_resume() -> None:
    requisitions = [("q1", "Sales", "sales executive"), ("q2", "HR", "recruiter"), ("q3", "Arts", "artist")]
    resumes = {
        "r1": ("Sales", ["sold things", "met targets"]),
        "r2": ("HR", ["hired people"]),
        "r3": ("Arts", ["painted"]),
        "r4": ("HR", ["ran payroll"]),
    }
    pairs = fd.fold_pairs(requisitions, resumes, {"HR"}, size=100)
    used = {part for p in pairs for part in p.source.split("->")}
    assert used == {"q1", "q3", "r1", "r3"}
    assert {p.group for p in pairs} == {"Sales", "Arts"}
    assert not {"hired people", "ran payroll", "recruiter"} & {t for p in pairs for t in (p.anchor, p.positive)}


def test_related_categories_are_each_others_and_symmetric() -> None:
    related = fd.related_categories()
    for a, b in ds.ADJACENT:
        assert b in related[a] and a in related[b]
    assert related["Arts"] == {"Arts"}


def test_on_the_shared_data_no_evaluated_posting_reaches_training(shared: Path) -> None:
    postings = fd.read_postings(shared)
    evaluated = fd.evaluated_postings(shared)
    assert len(evaluated) > len(ds.POSTINGS)  # the held-out check's postings are there too
    banned = {postings[o][i][1][:200] for o, i in evaluated}
    pairs = fd.out_of_domain(shared, 600)
    assert len(pairs) == 600
    assert not banned & {p.positive[:200] for p in pairs}
    assert not {p.source for p in pairs} & {f"onet:{c}" for c in fd.dev_codes()}
