"""Same verbs everywhere: every public ``Memory`` method has a REST route and a CLI command of its name."""

from __future__ import annotations

import typer

from api.app import all_routes, create_app
from api.cli import app as cli
from api.settings import ApiSettings
from memory import Memory

NOT_VERBS = {"open", "close", "optimize", "model_id"}
CLI_NAMES = {"import": "import_ndjson"}  # `talentrecall import FILE` reads better than import-ndjson


def test_memory_rest_and_cli_expose_the_same_verbs() -> None:
    verbs = {name for name in dir(Memory) if not name.startswith("_") and callable(getattr(Memory, name))}
    verbs -= NOT_VERBS
    app = create_app(ApiSettings(auth=False))
    routes = {r.summary.split(" ")[0] for r in all_routes(app) if r.summary}
    group = typer.main.get_group(cli)
    commands = {CLI_NAMES.get(name, name.replace("-", "_")) for name in group.commands}
    assert verbs - routes == set(), "verbs without a REST route"
    assert verbs - commands == set(), "verbs without a CLI command"
