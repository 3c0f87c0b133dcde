"""Same verbs everywhere: every public ``Memory`` method has a REST route and a CLI command of its name."""

from __future__ import annotations

import argparse

from api.app import all_routes, create_app
from api.cli import build_parser
from memory import Memory, Settings

NOT_VERBS = {"open", "close", "optimize", "model_id"}
CLI_NAMES = {"import": "import_ndjson"}  # `talentrecall import FILE` reads better than import-ndjson


def test_memory_rest_and_cli_expose_the_same_verbs() -> None:
    verbs = {name for name in dir(Memory) if not name.startswith("_") and callable(getattr(Memory, name))}
    verbs -= NOT_VERBS
    app = create_app(Settings(auth=False))
    routes = {r.summary.split(" ")[0] for r in all_routes(app) if r.summary}
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    commands = {CLI_NAMES.get(name, name.replace("-", "_")) for name in sub.choices}
    assert verbs - routes == set(), "verbs without a REST route"
    assert verbs - commands == set(), "verbs without a CLI command"
