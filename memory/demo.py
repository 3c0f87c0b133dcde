"""A synthetic, clearly labelled demo pool so that a newcomer's first search shows something real.

Every person here is invented (names from a small fixed list, emails at example.com); the texts are
assembled from templates per role family. The same seed always yields the same pool.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

FAMILIES: dict[str, dict[str, Any]] = {
    "backend": {
        "titles": ["Backend Engineer", "Go Engineer", "Python Backend Developer", "Platform Engineer"],
        "skills": ["Go", "Python", "PostgreSQL", "Kafka", "gRPC", "Kubernetes", "Redis", "REST API", "Java"],
        "strengths": [
            "designed a sharded PostgreSQL schema that survived a 10x traffic spike",
            "built an event pipeline on Kafka with exactly-once delivery",
            "explained trade-offs between consistency and latency with clear examples",
            "wrote idiomatic Go with thorough table-driven tests",
        ],
        "gaps": ["was vague about observability in production", "had little exposure to on-call work"],
    },
    "frontend": {
        "titles": ["Frontend Engineer", "React Developer", "UI Engineer"],
        "skills": ["JavaScript", "TypeScript", "React", "CSS", "HTML", "accessibility", "Vue", "Figma"],
        "strengths": [
            "rebuilt a checkout flow in React and cut load time by half",
            "cared deeply about accessibility and keyboard navigation",
            "wrote clean TypeScript with good component boundaries",
        ],
        "gaps": ["struggled with state management questions", "little experience with design systems"],
    },
    "data": {
        "titles": ["Data Scientist", "Machine Learning Engineer", "Data Analyst"],
        "skills": [
            "Python",
            "SQL",
            "machine learning",
            "pandas",
            "scikit-learn",
            "PyTorch",
            "statistics",
            "Tableau",
            "Spark",
        ],
        "strengths": [
            "framed an ambiguous churn problem as a survival model and validated it well",
            "explained gradient boosting and its failure modes to a non-technical panel",
            "shipped a recommendation model to production with monitoring",
        ],
        "gaps": ["experiment design answers were shallow", "SQL window functions were shaky"],
    },
    "devops": {
        "titles": ["Site Reliability Engineer", "DevOps Engineer", "Cloud Infrastructure Engineer"],
        "skills": ["Kubernetes", "Terraform", "AWS", "Linux", "Prometheus", "Docker", "Ansible", "CI/CD"],
        "strengths": [
            "ran incident reviews that changed how the team handles paging",
            "migrated 200 services to Kubernetes with Terraform-managed clusters",
            "debugged a kernel-level networking issue live in the interview",
        ],
        "gaps": ["cost management on AWS was not a strength", "little experience with service meshes"],
    },
    "design": {
        "titles": ["Product Designer", "UX Researcher", "Interaction Designer"],
        "skills": ["Figma", "user research", "prototyping", "design systems", "usability testing"],
        "strengths": [
            "presented a portfolio case study with real research behind each decision",
            "ran usability tests and changed the design because of them",
            "built a design system adopted by four product teams",
        ],
        "gaps": ["visual polish was behind the bar", "had not worked with engineers closely"],
    },
    "sales": {
        "titles": ["Account Executive", "Enterprise Sales Manager", "Sales Development Representative"],
        "skills": ["negotiation", "Salesforce", "MEDDIC", "enterprise sales", "pipeline management"],
        "strengths": [
            "closed a seven-figure enterprise deal with a long procurement cycle",
            "ran a crisp discovery call in the role play",
            "consistently exceeded quota for three years",
        ],
        "gaps": ["forecasting discipline was weak", "limited experience selling to technical buyers"],
    },
    "nursing": {
        "titles": ["ICU Registered Nurse", "Charge Nurse", "Emergency Department Nurse"],
        "skills": ["patient care", "critical care", "ACLS", "ventilator management", "triage"],
        "strengths": [
            "calm and precise when walking through a deteriorating patient scenario",
            "led a unit-wide change to handover checklists",
            "strong rapport with families in difficult conversations",
        ],
        "gaps": ["had not worked with our charting system", "limited pediatric experience"],
    },
    "recruiting": {
        "titles": ["Technical Recruiter", "Talent Acquisition Partner", "Sourcer"],
        "skills": ["sourcing", "recruiting", "stakeholder management", "Greenhouse", "employer branding"],
        "strengths": [
            "built a diverse engineering pipeline from scratch in a new market",
            "partnered well with hiring managers on calibrated scorecards",
            "ran structured interviews with consistent rubrics",
        ],
        "gaps": ["little experience with executive search", "metrics reporting was manual"],
    },
}
FIRST = [
    "Alex",
    "Sam",
    "Jordan",
    "Taylor",
    "Morgan",
    "Casey",
    "Riley",
    "Jamie",
    "Avery",
    "Quinn",
    "Rowan",
    "Skyler",
    "Devon",
    "Emerson",
    "Finley",
    "Harper",
    "Kai",
    "Logan",
    "Parker",
    "Reese",
]
LAST = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Silva",
    "Novak",
    "Haddad",
    "Kowalski",
    "Mensah",
    "Ibarra",
    "Costa",
    "Nguyen",
    "Fischer",
    "Rahman",
    "Petrov",
    "Adeyemi",
    "Larsen",
    "Ortega",
]
LOCATIONS = ["Berlin", "London", "Remote", "New York", "Lisbon", "Toronto"]
SENIORITIES = ["junior", "mid", "senior", "lead"]
STAGES = ["screen", "technical", "onsite", "final", "offer"]
EVALUATORS = ["ana.rios", "ben.cole", "chen.wu", "dara.kim", "eli.ross"]
DIMENSIONS = ["communication", "role_fit", "technical", "problem_solving"]
DEMO_TAG = "synthetic-demo"


def demo_records(n: int = 240, seed: int = 7, today: datetime | None = None) -> Iterator[dict[str, Any]]:
    """NDJSON-ready records for ``n`` synthetic candidates with notes and signals.

    >>> sum(1 for r in demo_records(8) if r["type"] == "candidate")
    8
    """
    rng = random.Random(seed)
    # Dates are relative to today so that the demo's consents and freshness stay realistic as time passes.
    today = today or datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    families = list(FAMILIES)
    for index in range(n):
        family = families[index % len(families)]
        spec = FAMILIES[family]
        cid = f"demo-{index:04d}"
        skills = rng.sample(spec["skills"], k=min(len(spec["skills"]), rng.randint(3, 5)))
        source = rng.choice(["prospect", "past_applicant", "silver_medalist", "referral", "event_contact"])
        status = rng.choices(["granted", "unknown", "withdrawn"], weights=[8, 1, 1])[0]
        met = today - timedelta(days=rng.randint(20, 900))
        expires = met + timedelta(days=730) if status == "granted" else None
        seniority = rng.choice(SENIORITIES)
        title = rng.choice(spec["titles"])
        yield {
            "type": "candidate",
            "candidate_id": cid,
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} (demo)",
            "emails": [f"{cid}@example.com"],
            "location": rng.choice(LOCATIONS),
            "headline": f"{seniority.title()} {title}",
            "summary": f"{title} with {rng.randint(1, 15)} years of experience; {rng.choice(spec['strengths'])}.",
            "skills": skills,
            "seniority": seniority,
            "role_family": family,
            "source": source,
            "consent": {
                "status": status,
                "basis": "consent" if status == "granted" else None,
                "recorded_at": met.isoformat(),
                "expires_at": expires.isoformat() if expires else None,
            },
            "last_verified_at": (met + timedelta(days=rng.randint(0, 15))).isoformat(),
            "tags": [DEMO_TAG],
        }
        deepest = rng.randint(0, len(STAGES) - 1) if source != "prospect" else -1
        for step in range(deepest + 1):
            stage = STAGES[step]
            when = met + timedelta(days=3 * step)
            author = rng.choice(EVALUATORS)
            good = rng.sample(spec["strengths"], k=2)
            text = (
                f"{stage.title()} interview for {title}. The candidate {good[0]}. They also {good[1]}. "
                f"Concern: {rng.choice(spec['gaps'])}. Skills discussed: {', '.join(skills[:3])}."
            )
            yield {
                "type": "note",
                "note_id": f"{cid}-n{step}",
                "candidate_id": cid,
                "stage": stage,
                "author": author,
                "written_at": when.isoformat(),
                "requisition_id": f"req-{family}-{step % 3}",
                "text": text,
            }
            for dimension in rng.sample(DIMENSIONS, k=2):
                yield {
                    "type": "signal",
                    "signal_id": f"{cid}-s{step}-{dimension}",
                    "candidate_id": cid,
                    "dimension": dimension,
                    "value": rng.randint(2, 5),
                    "scale_min": 1,
                    "scale_max": 5,
                    "evaluator": author,
                    "observed_at": when.isoformat(),
                    "stage": stage,
                }


def demo_ndjson(n: int = 240, seed: int = 7) -> list[str]:
    return [json.dumps(record) for record in demo_records(n, seed)]
