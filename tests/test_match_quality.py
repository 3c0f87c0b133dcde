"""The logic behind a trustworthy shortlist, where meaning is not needed (fast stack, hashing encoder).

Reading a requisition, the skill taxonomy, passage classification, must-have tiers, no-data indicators
and the fit summary. The same behaviours on the real model and the demo pool: tests/test_match_demo.py.
"""

from __future__ import annotations

import pytest

from memory import MatchFilters, Memory, Requisition, fit_level, skills
from memory.demo import FAMILIES
from memory.evidence import PassageKind, classify, passages
from memory.fit_level import TIER_FLOOR, summary
from memory.models import Seniority
from memory.requisition import find_title, seniority_of, understand
from tests.helpers import NOW, candidate, note

AD = (
    "Acme Corp is a fast-growing fintech company headquartered in Berlin with offices in London and Lisbon.",
    "We are looking for a Senior Backend Engineer to join our payments team.\n"
    "You will design services on Kafka and PostgreSQL.\nRequirements: 5+ years of backend development.",
)


@pytest.mark.parametrize(
    ("title", "description", "expected", "origin"),
    [
        (*AD, "Senior Backend Engineer", "description"),
        (
            "About us",
            "Globex builds software for 3,000 warehouses.\nJob title: Data Analyst\nSQL daily.",
            "Data Analyst",
            "description",
        ),
        (
            "",
            "Globex builds logistics software.\nWarehouse Forklift Operator\nNight shifts.",
            "Warehouse Forklift Operator",
            "description",
        ),
        ("Senior backend engineer", "", "Senior backend engineer", "title"),
        ("ICU nurse", "Our hospital is hiring a charge nurse too.", "ICU nurse", "title"),
    ],
)
def test_the_job_title_is_found_even_behind_company_boilerplate(
    title: str, description: str, expected: str, origin: str
) -> None:
    assert find_title(title, description) == (expected, origin)


def test_seniority_comes_from_the_title_then_from_the_years_asked() -> None:
    assert seniority_of("Senior backend engineer") == (Seniority.senior, "title")
    assert seniority_of("Junior Platform Engineer") == (Seniority.junior, "title")
    assert seniority_of("Staff engineer") == (Seniority.principal, "title")
    assert seniority_of("Head of Data") == (Seniority.executive, "title")
    assert seniority_of("Backend engineer", "You bring 3-5 years of professional experience.") == (
        Seniority.mid,
        "years",
    )
    assert seniority_of("Backend engineer", "Founded 25 years ago, Acme ships Go.") == (None, "none")
    assert seniority_of("Staff nurse") == (None, "none")
    assert seniority_of("Backend engineer") == (None, "none")
    read = understand(Requisition(title=AD[0], description=AD[1]))
    assert read.seniority is Seniority.senior and {"apache kafka", "postgresql"} <= set(read.skills)
    given = understand(Requisition(title="Senior backend engineer", seniority="junior"))
    assert given.seniority is Seniority.junior and given.seniority_from == "given"


@pytest.mark.parametrize(
    ("have", "asked"),
    [("containers", "docker"), ("github", "git"), ("scrum", "agile"), ("unix", "linux"), ("sourcing", "recruiting")],
)
def test_the_taxonomy_never_lets_a_related_skill_stand_in(have: str, asked: str) -> None:
    assert skills.canonical(have) != skills.canonical(asked)
    assert skills.coverage([asked], {skills.canonical(have)}, f"Worked with {have} daily.").missing == [asked]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Built models with supervised learning and unsupervised learning.", "machine learning"),  # ESCO narrower
        ("Ten years in information security.", "cybersecurity"),  # ESCO alternative label of cyber security
        ("Tuned subquery plans nightly.", "SQL"),  # an ESCO alternative label: a subquery is SQL
        ("Budgets kept in Microsoft Excel and Google Sheets.", "spreadsheet software"),  # O*NET category
        ("Five years of cyber security operations.", "cybersecurity"),  # a declared spelling (ABBREVIATIONS)
    ],
)
def test_a_narrower_skill_or_an_alternative_label_covers_the_asked_skill(text: str, asked: str) -> None:
    # Text from none of the sources: the taxonomy is what must carry it, not a word of the skill's name.
    assert skills.coverage([asked], set(), text).matched == [asked]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Built models with machine learning.", "supervised learning"),  # broader never shows narrower
        ("Kept the budgets in spreadsheet software.", "microsoft excel"),
        ("Configured Ansible and Jenkins pipelines.", "git"),  # ESCO lists 'git' loosely beside these tools
        ("Kept the accounts in Access.", "SQL"),  # a DBMS is not SQL; one English word is never read
        ("Signal processing in MATLAB and TensorFlow.", "computer vision"),  # ESCO labels tools as its alts
    ],
)
def test_coverage_never_runs_up_the_taxonomy_or_through_a_loose_label(text: str, asked: str) -> None:
    assert skills.coverage([asked], set(), text).missing == [asked]


def test_a_skill_listed_under_its_other_name_covers_a_must_have_of_either_name() -> None:
    assert skills.coverage(["cyber security"], {"Cybersecurity"}).matched == ["cyber security"]
    assert skills.coverage(["cybersecurity"], {"Cyber Security"}).matched == ["cybersecurity"]


def test_a_listed_narrower_skill_covers_without_any_text() -> None:
    assert skills.coverage(["machine learning"], {"Supervised learning"}).matched == ["machine learning"]


@pytest.mark.parametrize(
    ("spelling", "skill"),
    [
        ("k8s", "Kubernetes"),
        ("golang", "Go"),
        ("JS", "JavaScript"),
        ("Postgres", "PostgreSQL"),
        ("Kafka", "Apache Kafka"),
        # Both names are entries of their own in the generated file; the alphabetically first used to win.
        ("cyber security", "cybersecurity"),
        ("Google Cloud", "Google Cloud Platform"),
    ],
)
def test_the_taxonomy_knows_exact_other_names(spelling: str, skill: str) -> None:
    assert skills.canonical(spelling) == skills.canonical(skill)
    assert skills.coverage([skill], set(), f"Five years of {spelling} in production.").matched == [skill]


@pytest.mark.parametrize(
    ("text", "asked", "matched"),
    [
        ("Web technologies: HTML5, CSS3, Bootstrap.", ["HTML", "CSS"], ["HTML", "CSS"]),
        ("Scripts in Python3 and Java8.", ["Python", "Java"], ["Python", "Java"]),
        ("Web technologies: HTML5, CSS3, Bootstrap.", ["Sass"], []),
        ("Hosted on AWS S3.", ["S"], []),  # one letter left by a version is never a skill
    ],
)
def test_a_version_glued_to_a_skill_still_names_the_skill(text: str, asked: list[str], matched: list[str]) -> None:
    # Real resumes write "HTML5, CSS3" (dev set, Web Designing): a must-have "HTML" is covered by them.
    assert skills.coverage(asked, set(), text).matched == matched


def test_every_demo_gap_is_a_concern_and_every_strength_is_not() -> None:
    # The demo pool's texts were written for the demo, not for this classifier; gaps are read without their
    # "Concern:" label, so the cue words alone must carry them.
    for family in FAMILIES.values():
        for gap in family["gaps"]:
            assert classify(f"The candidate {gap}.") is PassageKind.concern, gap
        for strength in family["strengths"]:
            assert classify(f"The candidate {strength}.") is PassageKind.strength, strength
    assert classify("No concerns about their SQL.") is PassageKind.strength
    assert passages("Technical interview. They built X well. Concern: SQL was shaky.")[-1] == "Concern: SQL was shaky."


def test_the_fit_summary_says_plainly_when_nobody_is_a_strong_match() -> None:
    assert summary(["weak", "weak"]).message.startswith("No strong match in the memory")
    assert summary(["possible", "weak"]).best == "possible"
    assert summary(["strong", "possible"]).message == "1 strong match in the memory."
    assert summary([]).best == "none"


@pytest.fixture
def nurses(memory: Memory) -> Memory:
    # "acls" has a long, on-topic profile; "both" is terse: on score alone "acls-only" could come first.
    memory.upsert_candidate(
        candidate("acls-only", headline="ICU nurse, intensive care, ICU nurse", skills=["ACLS"], summary="ICU nurse")
    )
    memory.upsert_candidate(candidate("both", headline="Nurse", skills=["ACLS", "critical care"]))
    memory.upsert_candidate(candidate("none", headline="ICU nurse intensive care ICU", skills=["triage"]))
    memory.add_note(note("acls-n", "acls-only", "ICU nurse in intensive care; ICU nurse for years.", stage="final"))
    return memory


def test_must_haves_covered_rank_first_unless_the_caller_turns_tiers_off(nurses: Memory) -> None:
    req = Requisition(title="ICU nurse intensive care", must_have_skills=["ACLS", "critical care"])
    tiered = nurses.match(req, now=NOW).results
    assert [(r.candidate_id, r.must_haves_covered) for r in tiered] == [("both", 2), ("acls-only", 1), ("none", 0)]
    by_score = nurses.match(req, now=NOW, filters=MatchFilters(must_have_tiers=False)).results
    assert [r.score for r in by_score] == sorted((r.score for r in by_score), reverse=True)
    hard = nurses.match(req, now=NOW, filters=MatchFilters(must_have_required=True)).results
    assert [r.candidate_id for r in hard] == ["both"]


def test_a_candidate_below_the_fit_floor_forms_no_must_have_tier(
    nurses: Memory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A forklift operator who lists both must-haves is no ICU nurse: below the fit floor the keywords alone
    # must not lift them above the nurses (they would be second, in the top tier, if everyone formed one).
    # The floor is set between the forklift operator's chance and the nurses' (the hashing encoder of the
    # fast stack is not what the shipped fit model was calibrated on; the shipped floor is TIER_FLOOR).
    forklift = candidate(
        "forklift",
        headline="Warehouse forklift operator",
        skills=["ACLS", "critical care"],
        summary="Forklift operator: pallet loading, racking, night shifts in a distribution warehouse.",
    )
    nurses.upsert_candidate(forklift)
    req = Requisition(title="ICU nurse intensive care", must_have_skills=["ACLS", "critical care"])
    monkeypatch.setattr(fit_level, "TIER_FLOOR", 0.0)  # everyone forms a tier (session 7's ranking)
    everyone = nurses.match(req, now=NOW).results
    chance = {r.candidate_id: r.fit_probability or 0.0 for r in everyone}
    assert chance["forklift"] < min(chance["both"], chance["acls-only"]), chance
    assert {r.candidate_id for r in everyone[:2]} == {"both", "forklift"}  # a tier for everyone
    monkeypatch.setattr(fit_level, "TIER_FLOOR", (chance["forklift"] + min(chance["both"], chance["acls-only"])) / 2)
    results = nurses.match(req, now=NOW).results
    rank = {r.candidate_id: r.rank for r in results}
    assert [r.must_haves_covered for r in results if r.candidate_id == "forklift"] == [2]
    assert rank["forklift"] > max(rank["both"], rank["acls-only"])
    assert 0 < TIER_FLOOR < fit_level.DEFAULT.possible


def test_no_notes_is_named_and_costs_nothing(nurses: Memory) -> None:
    results = {r.candidate_id: r for r in nurses.match(Requisition(title="ICU nurse"), now=NOW).results}
    assert results["both"].no_data["semantic_notes"] == "no notes yet"
    assert results["both"].attributions["semantic_notes"] == 0.0
    assert "semantic_notes" not in results["acls-only"].no_data
    assert results["both"].no_data["must_have_skills"] == "no must-haves asked"
    response = nurses.match(Requisition(title="ICU nurse"), now=NOW)
    assert set(response.feature_labels) == set(response.weights)
    assert all("_" not in label for label in response.feature_labels.values())
