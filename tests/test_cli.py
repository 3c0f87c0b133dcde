"""The ``talentrecall`` command as a user runs it: a subprocess, the real model, Edge on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from api.cli import bar


def run(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TALENTRECALL_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "store"
    source = data.parent / "pool.ndjson"
    lines = [
        {
            "type": "candidate",
            "candidate_id": "nurse",
            "headline": "ICU registered nurse",
            "consent": {"status": "granted"},
            "skills": ["ACLS"],
        },
        {
            "type": "candidate",
            "candidate_id": "dev",
            "headline": "Go backend developer",
            "consent": {"status": "granted"},
            "skills": ["Go", "k8s"],
        },
        {
            "type": "note",
            "note_id": "n1",
            "candidate_id": "nurse",
            "stage": "final",
            "author": "ana",
            "text": "Managed ventilated patients calmly through a busy night shift.",
        },
    ]
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n{broken\n")
    result = run(data, "import", str(source))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["imported"] == 3 and report["rejected"] == [
        {"line": 4, "error": "not JSON: Expecting property name enclosed in double quotes"}
    ]
    assert "line" in result.stderr  # the progress bar
    return data


def test_match_explains_each_candidate(loaded: Path) -> None:
    result = run(loaded, "match", "--title", "intensive care nurse", "--must", "ACLS", "--explain")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("#1  nurse  score")
    assert "skills matched: ACLS" in result.stdout
    assert "Managed ventilated patients" in result.stdout
    assert "2 of 2 considered" in result.stdout


def test_match_json_and_requisition_file(loaded: Path) -> None:
    result = run(
        loaded,
        "match",
        "--file",
        "-",
        "--json",
        "--limit",
        "1",
        stdin=json.dumps({"title": "Kubernetes engineer", "must_have_skills": ["kubernetes"]}),
    )
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert [r["candidate_id"] for r in body["results"]] == ["dev"]
    assert body["results"][0]["skills"] == {"matched": ["kubernetes"], "missing": []}


def test_get_count_and_errors_are_one_line(loaded: Path) -> None:
    assert json.loads(run(loaded, "count").stdout) == {"candidates": 2, "notes": 1, "signals": 0, "chunks": 1}
    assert json.loads(run(loaded, "get", "nurse").stdout)["notes"][0]["note_id"] == "n1"
    for args, message in (
        (("get", "ghost"), "talentrecall: error: candidate ghost does not exist"),
        (("import", "/nonexistent.ndjson"), "talentrecall: error: /nonexistent.ndjson does not exist"),
        (
            ("match",),
            "talentrecall: error: invalid input: Value error, a requisition needs a title, a description or "
            "must-have skills",
        ),
        (
            ("match", "--title", "x", "--weights", '{"charisma": 1}'),
            "talentrecall: error: unknown feature 'charisma'",
        ),
    ):
        result = run(loaded, *args)
        assert result.returncode == 1
        assert result.stderr.strip().splitlines()[-1].startswith(message)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_bar_is_signed_and_scaled() -> None:
    assert bar(0.5, 1.0, width=10) == "+█████"
    assert bar(-1.0, 1.0, width=4) == "-████"
    assert bar(0.0, 0.0) == "+"


def test_lifecycle_commands(loaded: Path, tmp_path: Path) -> None:
    segment = tmp_path / "segment.json"
    segment.write_text(json.dumps({"name": "nurses", "role_families": [], "cadence": {"touches": 1, "per_days": 30}}))
    assert json.loads(run(loaded, "save-segment", str(segment)).stdout)["status"] == "created"
    counts = json.loads(run(loaded, "segments").stdout)
    assert counts[0]["segment"]["name"] == "nurses" and counts[0]["candidates"] == 2
    assert [d["candidate_id"] for d in json.loads(run(loaded, "due-for-touch", "nurses").stdout)] == ["dev", "nurse"]
    touch = run(
        loaded,
        "add-touchpoint",
        "-",
        stdin=json.dumps(
            {
                "touchpoint_id": "t1",
                "candidate_id": "nurse",
                "kind": "call",
                "at": "2026-11-20T10:00:00Z",
                "outcome": "replied",
            }
        ),
    )
    assert json.loads(touch.stdout)["status"] == "created"
    assert json.loads(run(loaded, "consent-history", "nurse").stdout)[0]["status"] == "granted"
    exported = json.loads(run(loaded, "export", "nurse").stdout)
    assert [r["type"] for r in exported["records"]] == ["candidate", "note", "touchpoint"]
    missing = run(loaded, "due-for-touch", "nobody")
    assert missing.returncode == 1 and missing.stderr.strip() == "talentrecall: error: segment nobody does not exist"
