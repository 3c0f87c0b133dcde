"""The notebooks run top to bottom on the public API (so they never rot), with their charts inline.

``evaluate.ipynb`` runs twice: on the synthetic demo pool (what a newcomer without ../shared gets) and on
the dev set when ../shared/data is present. ``fairness_audit.ipynb`` runs on a demo memory with synthetic
self-reports. Each run must show its charts as images and print no warning (e.g. tqdm's "IProgress not
found", which a kernel without ipywidgets prints).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import REPO, copy_dev_store

pytestmark = pytest.mark.slow


def execute(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **env: str) -> list[Any]:
    monkeypatch.setenv("TALENTRECALL_NOTEBOOK_STORE", str(tmp_path / "store"))
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    notebook = nbformat.read(REPO / "notebooks" / name, as_version=4)
    NotebookClient(notebook, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(REPO)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert [o for o in outputs if o.output_type == "error"] == []
    stderr = "".join(o.get("text", "") for o in outputs if o.output_type == "stream" and o.name == "stderr")
    assert "Warning" not in stderr, stderr
    return outputs


def images(outputs: list[Any]) -> int:
    return sum(1 for o in outputs if o.output_type == "display_data" and "image/png" in o.get("data", {}))


def test_evaluate_notebook_on_the_demo_pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The hashing encoder: this run checks the notebook without ../shared; the dev-set run below is on MiniLM.
    outputs = execute(
        "evaluate.ipynb", tmp_path, monkeypatch, TALENTRECALL_NOTEBOOK_DATA="demo", TALENTRECALL_MODEL="hashing-64"
    )
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "160 candidates, 25 requisitions from the synthetic demo pool" in printed
    metrics = next(o for o in outputs if o.output_type == "execute_result" and "ndcg@10" in str(o.data))
    assert "recall@10" in metrics.data["text/plain"]
    assert images(outputs) == 2  # per-requisition NDCG and the attribution mix, inline


def test_evaluate_notebook_on_the_dev_set(
    shared: Path, dev_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_dev_store(dev_store, tmp_path / "store")  # the run's built dev store: the notebook's load is a no-op
    outputs = execute(
        "evaluate.ipynb",
        tmp_path,
        monkeypatch,
        TALENTRECALL_NOTEBOOK_DATA="shared",
        TALENTRECALL_SHARED=str(shared.parent),
    )
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "166 candidates" in printed and "from the dev set" in printed
    assert images(outputs) == 2


def test_fairness_audit_notebook_plots_rates_and_impact_ratios(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = execute("fairness_audit.ipynb", tmp_path, monkeypatch, TALENTRECALL_MODEL="hashing-64")
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "25 shortlists" in printed and "synthetic self-reports" in printed
    assert images(outputs) == 2  # selection, then scoring: rates and impact ratios with the 0.8 line
    tables = [o.data["text/plain"] for o in outputs if o.output_type == "execute_result"]
    assert any("impact_ratio" in t and "female" in t for t in tables)
