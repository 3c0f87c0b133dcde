"""eval.bench_costline runs each tree's own code in turn, in the order asked, and gives every run's line as it ends."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from eval import bench_costline


def test_the_trees_take_turns_in_the_order_asked_each_with_its_own_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trees = [tmp_path / "old", tmp_path / "new"]
    ran: list[tuple[str, str]] = []

    def run(args: list[str], *, cwd: Path, env: dict[str, str], **_: Any) -> subprocess.CompletedProcess[str]:
        assert args[1] == "-P" and "--one" in args  # the tree's code first on sys.path, not this eval/
        ran.append((cwd.name, env["PYTHONPATH"]))
        line = json.dumps({"label": args[args.index("--one") + 1], "texts": "notes", "share": 0.08})
        return subprocess.CompletedProcess(args, 0, stdout=f"loading...\n{line}\n", stderr="")

    monkeypatch.setattr(subprocess, "run", run)
    runs = bench_costline.interleave(trees, rounds=2, order="ABBA", data=tmp_path)
    first = next(runs)
    assert len(ran) == 1  # each run's line as it ends: a window cut short keeps the runs before
    rows = [first, *runs]
    assert [name for name, _ in ran] == ["old", "new", "new", "old"] * 2
    assert all(path == str(tmp_path / name) for name, path in ran)
    assert [r["label"] for r in rows] == ["old", "new", "new", "old"] * 2  # every run's line, none of its chatter
