"""Imports point inward: the memory works without the embedded engine when it talks to a Qdrant server."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BLOCKED = textwrap.dedent(
    """
    import sys

    class Blocker:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] == "qdrant_edge":
                raise ImportError(f"blocked for this test: {name}")
            return None

    sys.meta_path.insert(0, Blocker())
    import memory
    import memory.store_server
    from embed import LexicalEncoder

    assert LexicalEncoder().document("Kubernetes operators")
    print(sorted(name for name in sys.modules if name.startswith("qdrant_edge")))
    """
)


def test_memory_imports_without_qdrant_edge() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCKED], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
