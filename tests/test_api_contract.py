"""The OpenAPI document: readable operation ids and every status a route answers declared as problem+json."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from api.app import create_app
from api.contract import PROBLEM
from api.settings import ApiSettings


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    app = create_app(ApiSettings(data_dir=Path(tmp_path_factory.mktemp("spec")), auth=True))
    return app.openapi()


def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for ops in spec["paths"].values() for op in ops.values()}


def test_operation_ids_are_the_memory_verbs(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for ops in spec["paths"].values() for op in ops.values()]
    assert len(ids) == len(set(ids))
    assert {"upsert_candidate", "get", "delete", "add_note", "add_signal", "match", "export", "merge"} <= set(ids)
    assert not [i for i in ids if "_v1_" in i or i.endswith(("_get", "_post", "_put", "_delete"))]


def test_every_error_is_a_declared_problem(spec: dict[str, Any]) -> None:
    for name, op in operations(spec).items():
        errors = {code: r for code, r in op["responses"].items() if code.startswith(("4", "5"))}
        assert {"500", "503"} <= set(errors), name
        for code, response in errors.items():
            assert list(response["content"]) == [PROBLEM], (name, code)
        if "requestBody" in op:
            assert {"400", "413", "422"} <= set(errors), name
    assert {"401", "403"} <= set(operations(spec)["match"]["responses"])
    assert "401" not in operations(spec)["healthz"]["responses"]


def test_writes_declare_created_and_unchanged(spec: dict[str, Any]) -> None:
    ops = operations(spec)
    for name in ("upsert_candidate", "add_note", "add_signal", "add_touchpoint", "save_segment"):
        assert {"200", "201"} <= set(ops[name]["responses"]), name
    assert set(ops["audit"]["responses"]["200"]["content"]) == {"application/json", "text/markdown", "text/html"}
    assert "204" in ops["delete_segment"]["responses"]
