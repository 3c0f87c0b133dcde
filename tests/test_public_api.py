"""The public face is frozen: changing it is a deliberate act that updates this list."""

import memory

EXPECTED = [
    "BackendUnavailable",
    "Cadence",
    "Candidate",
    "CandidateView",
    "Conflict",
    "Consent",
    "ConsentRequired",
    "ConsentStatus",
    "Counts",
    "DeleteReceipt",
    "EvaluationSignal",
    "Evidence",
    "ImportReport",
    "Intent",
    "InterviewNote",
    "InvalidInput",
    "MatchFilters",
    "MatchResponse",
    "MatchResult",
    "Memory",
    "NotFound",
    "NoteIn",
    "Outcome",
    "Protected",
    "RejectedLine",
    "Requisition",
    "RerankOptions",
    "Segment",
    "Seniority",
    "Settings",
    "SignalIn",
    "SkillCoverage",
    "Source",
    "TalentRecallError",
    "TooLarge",
    "Touchpoint",
    "WriteResult",
    "WriteStatus",
]


def test_exported_members_are_frozen() -> None:
    assert sorted(memory.__all__) == sorted(EXPECTED)
    assert all(hasattr(memory, name) for name in memory.__all__)


def test_memory_verbs() -> None:
    verbs = {name for name in dir(memory.Memory) if not name.startswith("_")}
    assert {
        "open",
        "upsert_candidate",
        "add_note",
        "add_signal",
        "import_ndjson",
        "get",
        "delete",
        "match",
        "count",
    } <= verbs


def test_inner_packages_never_import_the_web_framework() -> None:
    import ast
    from pathlib import Path

    root = Path(memory.__file__).resolve().parents[1]
    for package in ("memory", "embed"):
        for path in (root / package).rglob("*.py"):
            tree = ast.parse(path.read_text())
            names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
            names |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
            assert not {n for n in names if n.split(".")[0] in {"fastapi", "starlette", "uvicorn", "api"}}, path
