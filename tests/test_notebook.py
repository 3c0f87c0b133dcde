"""The batch-evaluation notebook runs top to bottom on the public API (so it never rots)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def test_evaluate_notebook_executes(shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALENTRECALL_NOTEBOOK_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("TALENTRECALL_SHARED", str(shared.parent))
    notebook = nbformat.read(REPO / "notebooks" / "evaluate.ipynb", as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(REPO)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    metrics = next(o for o in outputs if o.output_type == "execute_result" and "ndcg@10" in str(o.data))
    assert "recall@10" in metrics.data["text/plain"]
