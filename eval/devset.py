"""The dev set: 166 real resumes, requisitions from O*NET and real postings, graded judgements.

Resumes come from ``updated_resume_dataset/resumes_dedup.jsonl`` (25 categories). Requisitions are built
from O*NET 29.2 occupations mapped by hand to those categories (title written for the category, the
occupation's description and core tasks as the body, a few must-have skills), plus real postings from
LinkedIn India and Glassdoor mapped by hand to a category. A resume's gain for a
requisition is 2 in the requisition's category, 1 in a declared adjacent category, 0 otherwise.

The data is read from ``../shared/data`` by path and never copied into the repository.
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from memory import Candidate, Requisition

# category -> [(O*NET-SOC code, requisition title, must-have skills)]
ONET: dict[str, list[tuple[str, str, list[str]]]] = {
    "Advocate": [("23-1011.00", "Advocate / legal counsel", ["legal"])],
    "Arts": [("27-1013.00", "Artist and arts instructor", ["art"])],
    "Automation Testing": [("15-1253.00", "Test automation engineer", ["selenium", "automation testing"])],
    "Blockchain": [("15-1299.07", "Blockchain developer", ["blockchain"])],
    "Business Analyst": [
        ("13-1111.00", "Business analyst", ["business analysis"]),
        ("15-2051.01", "Business intelligence analyst", ["sql"]),
    ],
    "Civil Engineer": [("17-2051.00", "Civil site engineer", ["autocad"])],
    "Data Science": [("15-2051.00", "Data scientist", ["python", "machine learning"])],
    "Database": [
        ("15-1242.00", "Database administrator", ["sql"]),
        ("15-1243.00", "Database architect", ["sql server"]),
    ],
    "DevOps Engineer": [("15-1244.00", "DevOps engineer", ["docker", "jenkins"])],
    "DotNet Developer": [("15-1252.00", ".NET developer", [".net", "c#"])],
    "ETL Developer": [("15-1243.01", "ETL developer (data warehousing)", ["etl"])],
    "Electrical Engineering": [("17-2071.00", "Electrical engineer", ["electrical"])],
    "HR": [("13-1071.00", "HR executive / recruiter", ["recruiting"])],
    "Hadoop": [("15-1243.00", "Big data engineer (Hadoop)", ["hadoop", "spark"])],
    "Health and fitness": [
        ("39-9031.00", "Fitness trainer", ["fitness"]),
        ("29-1031.00", "Nutritionist", ["nutrition"]),
    ],
    "Java Developer": [("15-1252.00", "Java developer", ["java"])],
    "Mechanical Engineer": [("17-2141.00", "Mechanical engineer", ["mechanical"])],
    "Network Security Engineer": [
        ("15-1299.05", "Network security engineer", ["cybersecurity"]),
        ("15-1212.00", "Information security analyst", ["networking"]),
    ],
    "Operations Manager": [("11-1021.00", "Operations manager", ["operations"])],
    "PMO": [("13-1082.00", "PMO / project management specialist", ["project management"])],
    "Python Developer": [("15-1252.00", "Python developer", ["python"])],
    "SAP Developer": [("15-1251.00", "SAP ABAP developer", ["sap"])],
    "Sales": [("41-4011.00", "Sales executive", ["sales"]), ("11-2022.00", "Sales manager", ["sales"])],
    "Testing": [("15-1253.00", "Manual QA tester", ["manual testing"])],
    "Web Designing": [("15-1255.00", "Web designer", ["html", "css"])],
}

# Declared adjacency: a resume in an adjacent category is partly relevant (gain 1).
ADJACENT: list[tuple[str, str]] = [
    ("Java Developer", "DotNet Developer"),
    ("Java Developer", "Python Developer"),
    ("DotNet Developer", "Python Developer"),
    ("Python Developer", "Data Science"),
    ("Testing", "Automation Testing"),
    ("Database", "ETL Developer"),
    ("Database", "Hadoop"),
    ("ETL Developer", "Hadoop"),
    ("Hadoop", "Data Science"),
    ("Database", "SAP Developer"),
    ("DevOps Engineer", "Network Security Engineer"),
    ("Business Analyst", "PMO"),
    ("PMO", "Operations Manager"),
    ("Business Analyst", "Operations Manager"),
    ("Civil Engineer", "Mechanical Engineer"),
    ("Mechanical Engineer", "Electrical Engineering"),
    ("Web Designing", "Java Developer"),
    ("Blockchain", "Python Developer"),
]

# Real postings mapped by hand after reading each title and description: (source, row, category).
POSTINGS: list[tuple[str, int, str]] = [
    ("linkedin", 0, "Web Designing"),
    ("linkedin", 2, "Web Designing"),
    ("linkedin", 14, "Java Developer"),
    ("linkedin", 23, "Testing"),
    ("linkedin", 24, "Testing"),
    ("linkedin", 25, "Java Developer"),
    ("linkedin", 34, "Python Developer"),
    ("linkedin", 99, "Data Science"),
    ("linkedin", 100, "Data Science"),
    ("linkedin", 128, "Python Developer"),
    ("linkedin", 216, "Sales"),
    ("linkedin", 218, "Sales"),
    ("linkedin", 438, "Operations Manager"),
    ("linkedin", 664, "HR"),
    ("linkedin", 665, "HR"),
    ("linkedin", 715, "Operations Manager"),
    ("linkedin", 841, "Mechanical Engineer"),
    ("linkedin", 842, "Mechanical Engineer"),
    ("glassdoor", 0, "Data Science"),
    ("glassdoor", 1, "Data Science"),
    ("glassdoor", 15, "Hadoop"),
    ("glassdoor", 40, "Hadoop"),
    ("glassdoor", 419, "PMO"),
    ("glassdoor", 433, "DevOps Engineer"),
    ("glassdoor", 510, "ETL Developer"),
    ("glassdoor", 719, "ETL Developer"),
    ("glassdoor", 801, "Sales"),
]
POSTING_CHARS = 2_000


@dataclass(frozen=True)
class DevRequisition:
    requisition_id: str
    category: str
    origin: str
    requisition: Requisition


@dataclass(frozen=True)
class DevSet:
    resumes: list[Candidate]
    categories: dict[str, str]
    requisitions: list[DevRequisition]

    def qrels(self) -> dict[str, dict[str, int]]:
        """Graded judgements of every resume for every requisition (zeros left out)."""
        adjacent: dict[str, set[str]] = defaultdict(set)
        for a, b in ADJACENT:
            adjacent[a].add(b)
            adjacent[b].add(a)
        out: dict[str, dict[str, int]] = {}
        for req in self.requisitions:
            gains = {}
            for rid, category in self.categories.items():
                if category == req.category:
                    gains[rid] = 2
                elif category in adjacent[req.category]:
                    gains[rid] = 1
            out[req.requisition_id] = gains
        return out


def _resumes(root: Path) -> tuple[list[Candidate], dict[str, str]]:
    resumes, categories = [], {}
    with (root / "updated_resume_dataset" / "resumes_dedup.jsonl").open() as handle:
        for line in handle:
            row = json.loads(line)
            # The category is the label: it must never reach the candidate record.
            resumes.append(
                Candidate(
                    candidate_id=row["resume_id"],
                    summary=row["text"],
                    consent={"status": "granted", "basis": "consent"},
                )
            )
            categories[row["resume_id"]] = row["category"]
    return resumes, categories


def onet_occupations(root: Path) -> tuple[dict[str, dict[str, str]], dict[str, list[str]]]:
    """O*NET 29.2's occupations by code, and each code's core task statements in file order."""
    base = root / "onet_29_2"
    with (base / "occupation_data.txt").open() as handle:
        described = {row["O*NET-SOC Code"]: row for row in csv.DictReader(handle, delimiter="\t")}
    tasks: dict[str, list[str]] = defaultdict(list)
    with gzip.open(base / "task_statements.txt.gz", "rt") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["Task Type"] == "Core":
                tasks[row["O*NET-SOC Code"]].append(row["Task"])
    return described, tasks


def _onet(root: Path) -> list[DevRequisition]:
    described, tasks = onet_occupations(root)
    out = []
    for category, entries in ONET.items():
        for code, title, must in entries:
            body = " ".join([described[code]["Description"], *tasks[code][:4]])
            req = Requisition(
                requisition_id=f"onet:{code}:{category}", title=title, description=body, must_have_skills=must
            )
            out.append(DevRequisition(req.requisition_id or "", category, "onet", req))
    return out


def _postings(root: Path) -> list[DevRequisition]:
    files = {
        "linkedin": (root / "linkedin_jobs_india" / "LinkedIn_Jobs_Data_India.csv.gz", "title", "description"),
        "glassdoor": (root / "glassdoor_ds_jobs_2020" / "glassdoor_jobs.csv.gz", "Job Title", "Job Description"),
    }
    out = []
    for origin, (path, title_col, body_col) in files.items():
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as handle:
            rows = list(csv.DictReader(io.StringIO(handle.read())))
        for source, index, category in POSTINGS:
            if source != origin:
                continue
            title = html.unescape(rows[index][title_col]).strip()
            body = html.unescape(rows[index][body_col]).strip()[:POSTING_CHARS]
            req = Requisition(requisition_id=f"{origin}:{index}", title=title, description=body)
            out.append(DevRequisition(f"{origin}:{index}", category, origin, req))
    return out


def load(shared_data: Path) -> DevSet:
    """Build the dev set from ``shared_data`` (the ``shared/data`` directory)."""
    resumes, categories = _resumes(shared_data)
    return DevSet(resumes, categories, _onet(shared_data) + _postings(shared_data))
