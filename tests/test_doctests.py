"""The examples in docstrings are run, so they cannot drift from the code."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "memory.chunking",
    "memory.ranking",
    "memory.redact",
    "memory.redact_identity",
    "memory.redact_patterns",
    "memory.identity",
    "memory.suppression",
    "embed.lazy",
    "embed.wrapper",
    "eval.redaction_names",
    "memory.skills",
    "memory.demo",
    "memory.settings",
    "eval.metrics",
    "api.cli_app",
    "api.cli_render",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
