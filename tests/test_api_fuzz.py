"""Schemathesis over every operation of the OpenAPI: examples, coverage, fuzzing and stateful phases.

The schemathesis CLI runs against the app on a real uvicorn on loopback (the fast stack: HashingEncoder,
an Edge store in a temp dir), with the checks that make a contract hold: no 5xx, and every answer declared
(status, media type, headers) and matching its schema. The server's own ``/metrics`` count the answers and
the 5xx independently of schemathesis. A few cases an operation in the fast suite; many more under ``slow``.
Run it by hand: ``SCHEMATHESIS_HOOKS=tests.api_fuzz_hooks .venv/bin/schemathesis run URL/openapi.json``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.settings import ApiSettings
from embed.encoder import HashingEncoder
from memory import Memory
from tests.conftest import LiveServer

REPO = Path(__file__).resolve().parents[1]
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
# What "holds" means: no server error, and every answer as declared. Left out on purpose: the checks that
# judge the data rather than the answer (``positive_data_acceptance`` would call a 404 for a random, valid,
# unknown candidate id a failure; ``negative_data_rejection`` cannot see rules the schema cannot express,
# such as a requisition needing a title, a description or a must-have skill).
CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
    ]
)
PHASES = "examples,coverage,fuzzing,stateful"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    settings = ApiSettings(data_dir=tmp_path / "store", auth=False, hook_secret="fuzz-secret", max_text_chars=20_000)
    with Memory.open(settings, encoder=HashingEncoder(64)) as memory, LiveServer(create_app(memory=memory)) as live:
        # Something to find: a candidate, a note and a segment the stateful phase can reach by their ids.
        with httpx.Client(base_url=live.url, timeout=120) as http:
            http.put("/v1/candidates/c1", json={"candidate_id": "c1", "headline": "ICU nurse"}).raise_for_status()
            http.put("/v1/segments/nurses", json={"name": "nurses"}).raise_for_status()
        yield live.url


def fuzz(url: str, cases: int, report: Path) -> dict[str, Any]:
    """One schemathesis run; its JSON report, with the server's own count of answers and of 5xx."""
    command = [str(SCHEMATHESIS), "run", f"{url}/openapi.json", "--phases", PHASES, "--checks", CHECKS]
    command += ["--max-examples", str(cases), "--seed", "12", "--continue-on-failure", "--request-timeout", "120"]
    command += ["--report", "json", "--report-json-path", str(report), "--no-color"]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "tests.api_fuzz_hooks", "PYTHONPATH": str(REPO)}
    run = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=3600, check=False)
    result: dict[str, Any] = json.loads(report.read_text())
    metrics = httpx.get(f"{url}/metrics", timeout=120).text
    counted = re.findall(
        r'^talentrecall_requests_total\{method="[A-Z]+",route="([^"]*)",status="(\d+)"\} (\S+)$', metrics, re.M
    )
    result["answers"] = sum(float(n) for route, _, n in counted if route != "/metrics")
    result["server_errors"] = sum(float(n) for _, status, n in counted if status.startswith("5"))
    result["output"] = run.stdout[-6000:]
    return result


def assert_holds(result: dict[str, Any]) -> None:
    output = result["output"]
    assert result["server_errors"] == 0, output
    assert result["failures"] == [] and result["test_cases"]["with_failures"] == 0, output
    assert result["errors"] == [], output  # a timeout or an unserialisable body hides what it did not test
    assert result["operations"]["tested"] == result["operations"]["total"], output


@pytest.mark.slow  # a real uvicorn and the schemathesis CLI: make test (and CI) runs it; test-fast does not
def test_every_operation_holds_at_length(server: str, tmp_path: Path) -> None:
    result = fuzz(server, cases=int(os.environ.get("TALENTRECALL_FUZZ_CASES", "40")), report=tmp_path / "fuzz.json")
    assert_holds(result)
    assert result["answers"] >= 1_000
    print(f"schemathesis: {result['test_cases']['generated']} cases, {result['answers']:.0f} answers, 0 server errors")
