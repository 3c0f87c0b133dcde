"""The ``talentrecall`` command, in-process with Typer's runner and the hashing encoder (a seam, not a mock).

The real model answers the relevance questions once (``slow``), and one subprocess runs the installed
console script to prove that ``count`` answers fast and a locked store is reported at once.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from api.cli import app
from api.cli_app import Runtime, error_line
from api.cli_lifecycle import stop_on_signals
from api.cli_render import bar
from embed import Encoder, HashingEncoder
from embed.encoder import DEFAULT_MODEL_ID, EncoderUnavailable
from embed.lazy import MINILM_DIM, LazyEncoder, lazy_encoder
from memory import Memory, Settings
from tests.conftest import free_port

POOL = [
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

Cli = Callable[..., Result]


def _cli(runtime: Runtime) -> Cli:
    def invoke(*args: str, stdin: str | None = None) -> Result:
        return CliRunner().invoke(app, list(args), input=stdin, obj=runtime)

    return invoke


@pytest.fixture
def pool_file(tmp_path: Path) -> Path:
    source = tmp_path / "pool.ndjson"
    source.write_text("\n".join(json.dumps(line) for line in POOL) + "\n{broken\n")
    return source


@pytest.fixture
def cli(memory: Memory, encoder: Encoder) -> Cli:
    """The CLI on the test's memory (the stack's encoder), left open between commands.

    Opening the store per command is covered by the tests below that pass settings instead; the encoder
    serves ``--data-dir``, which opens another store.
    """
    return _cli(Runtime(memory=memory, encoder=encoder))


@pytest.fixture
def loaded(cli: Cli, pool_file: Path) -> Cli:
    result = cli("import", str(pool_file))
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["imported"] == 3 and report["rejected"] == [
        {"line": 4, "error": "not JSON: Expecting property name enclosed in double quotes"}
    ]
    assert "line" in result.stderr  # the progress bar
    return cli


def test_import_reads_stdin_for_a_dash(cli: Cli, pool_file: Path) -> None:
    result = cli("import", "--quiet", "-", stdin=pool_file.read_text())
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["imported"] == 3 and [line["line"] for line in report["rejected"]] == [4]
    assert json.loads(cli("get", "nurse").stdout)["candidate"]["headline"] == "ICU registered nurse"


def test_help_names_every_command_and_the_choices(cli: Cli) -> None:
    result = cli("--help")
    assert result.exit_code == 0
    for command in ("import", "match", "upsert-candidate", "consent-history", "retention", "keys", "serve", "eval"):
        assert command in result.stdout
    assert "--format <markdown|json|html>" in cli("audit", "--help").stdout
    assert "--seniority <intern|junior|mid|senior|lead|principal|executive>" in cli("match", "--help").stdout
    assert "--role <recruiter|auditor|admin|hook>" in cli("keys", "add", "--help").stdout


def test_every_option_of_every_command_has_help_and_closed_sets_list_their_choices() -> None:
    import typer.main

    group = typer.main.get_command(app)

    # (duck-typed: recent Typer ships its own click classes)
    def commands(node: Any, path: str) -> Iterator[tuple[str, Any]]:
        yield path, node
        for name, child in getattr(node, "commands", {}).items():
            yield from commands(child, f"{path} {name}".strip())

    silent = []
    for path, command in commands(group, ""):
        for param in command.params:
            if param.param_type_name == "option" and not param.hidden and not (param.help or "").strip():
                silent.append(f"{path or 'talentrecall'} {param.opts[0]}")
    assert silent == []
    # options taking a list from a closed set name the set in their help
    match = {p.name: p for p in group.commands["match"].params}  # type: ignore[attr-defined]
    assert "intern, junior, mid, senior, lead, principal, executive" in match["seniorities"].help
    assert "active, open, passive, not_looking" in match["intents"].help
    assert "prospect, silver_medalist" in match["sources"].help


def test_match_prints_a_table_json_and_an_explanation(loaded: Cli) -> None:
    table = loaded("match", "--title", "intensive care nurse", "--must", "ACLS")
    assert table.exit_code == 0, table.stderr
    assert sorted(line.split()[2] for line in table.stdout.splitlines()) == ["dev", "nurse"]
    explained = loaded("match", "--title", "intensive care nurse", "--must", "ACLS", "--explain")
    assert "skills matched: ACLS" in explained.stdout
    assert explained.stdout.splitlines()[-1].startswith("2 of 2 considered, ")
    body = json.loads(
        loaded(
            "match",
            "--file",
            "-",
            "--json",
            "--limit",
            "1",
            stdin=json.dumps({"title": "Kubernetes engineer", "must_have_skills": ["kubernetes"]}),
        ).stdout
    )
    assert len(body["results"]) == 1 and body["considered"] == 2


def test_match_filters_and_options_reach_memory(loaded: Cli) -> None:
    kept = json.loads(loaded("match", "--title", "nurse", "--must", "ACLS", "--must-required", "--json").stdout)
    assert [r["candidate_id"] for r in kept["results"]] == ["nurse"]
    assert json.loads(loaded("match", "--title", "nurse", "--sources", "referral", "--json").stdout)["results"] == []
    bad = loaded("match", "--title", "nurse", "--sources", "linkedin")
    assert bad.exit_code == 2 and "'linkedin' is not one of prospect, silver_medalist" in bad.stderr
    audited = json.loads(loaded("match", "--title", "nurse", "--audit", "--json").stdout)
    assert audited["audit"] is not None
    assert loaded("match", "--title", "x", "--seniority", "wizard").exit_code == 2
    wrong = loaded("match", "--title", "x", "--seniorities", "senior,wizard")
    assert wrong.exit_code == 2 and "'wizard' is not one of intern, junior" in wrong.stderr
    assert loaded("match", "--title", "x", "--intents", "eager").exit_code == 2
    assert loaded("match", "--title", "x", "--limit", "0").exit_code == 2


def test_get_count_and_errors_are_one_line(loaded: Cli) -> None:
    assert json.loads(loaded("count").stdout) == {"candidates": 2, "notes": 1, "signals": 0, "chunks": 1}
    assert json.loads(loaded("get", "nurse").stdout)["notes"][0]["note_id"] == "n1"
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
        (("match", "--title", "x", "--weights", "{"), "talentrecall: error: --weights is not JSON: "),
        (("upsert-candidate", "-"), "talentrecall: error: invalid input: Invalid JSON: "),
    ):
        result = loaded(*args, stdin="{not json")
        assert result.exit_code == 1, (args, result.stdout)
        assert result.stderr.startswith(message), result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stdout == ""


def test_records_from_files_and_stdin(cli: Cli, tmp_path: Path) -> None:
    person = tmp_path / "c.json"
    person.write_text(json.dumps({"candidate_id": "c1", "headline": "Chef", "consent": {"status": "granted"}}))
    assert json.loads(cli("upsert-candidate", str(person)).stdout)["status"] == "created"
    assert json.loads(cli("upsert-candidate", str(person)).stdout)["status"] == "unchanged"
    note = {"note_id": "n1", "candidate_id": "c1", "text": "Runs a calm kitchen."}
    assert json.loads(cli("add-note", "-", stdin=json.dumps(note)).stdout)["status"] == "created"
    signal = {"signal_id": "s1", "candidate_id": "c1", "dimension": "communication", "value": 4}
    assert json.loads(cli("add-signal", "-", stdin=json.dumps(signal)).stdout)["status"] == "created"
    assert json.loads(cli("count").stdout) == {"candidates": 1, "notes": 1, "signals": 1, "chunks": 1}
    receipt = json.loads(cli("delete", "c1").stdout)
    assert receipt["candidate_id"] == "c1" and receipt["removed"]["notes"] == 1
    assert cli("upsert-candidate", str(tmp_path / "missing.json")).exit_code == 2  # Click: no such file


def test_lifecycle_commands(loaded: Cli, tmp_path: Path) -> None:
    segment = tmp_path / "segment.json"
    segment.write_text(json.dumps({"name": "nurses", "role_families": [], "cadence": {"touches": 1, "per_days": 30}}))
    assert json.loads(loaded("save-segment", str(segment)).stdout)["status"] == "created"
    counts = json.loads(loaded("segments").stdout)
    assert counts[0]["segment"]["name"] == "nurses" and counts[0]["candidates"] == 2
    assert [d["candidate_id"] for d in json.loads(loaded("due-for-touch", "nurses").stdout)] == ["dev", "nurse"]
    touch = loaded(
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
    assert json.loads(loaded("consent-history", "nurse").stdout)[0]["status"] == "granted"
    exported = json.loads(loaded("export", "nurse").stdout)
    assert [r["type"] for r in exported["records"]] == ["candidate", "note", "touchpoint"]
    missing = loaded("due-for-touch", "nobody")
    assert missing.exit_code == 1 and missing.stderr.strip() == "talentrecall: error: segment nobody does not exist"
    listed = json.loads(loaded("retention", "--months", "1", "--sources", "prospect,referral").stdout)
    assert listed["applied"] is False and listed["sources"] == ["prospect", "referral"]
    stale = json.loads(loaded("refresh-report", "--stale-after-days", "90").stdout)
    assert [(r["candidate_id"], r["stale"]) for r in stale] == [("dev", ["profile"])]  # the nurse replied
    assert json.loads(loaded("verify", "dev").stdout)["status"] == "updated"
    assert json.loads(loaded("refresh-report").stdout) == []
    wrong = loaded("verify", "dev", "--contact", "dev@example.com")
    assert wrong.stderr == "talentrecall: error: 'dev@example.com' is not one of the candidate's emails or phones\n"
    assert json.loads(loaded("expiring-consents", "--days", "30").stdout) == []
    assert json.loads(loaded("duplicates").stdout) == []
    assert json.loads(loaded("delete-segment", "nurses").stdout) == {"deleted": "nurses"}
    assert json.loads(loaded("segments").stdout) == []
    assert loaded("retention", "--sources", "nowhere").exit_code == 2
    assert loaded("retention", "--months", "121").exit_code == 2


def test_merge_folds_one_candidate_into_another(cli: Cli) -> None:
    for cid in ("a", "b"):
        person = {"candidate_id": cid, "headline": "Data engineer", "emails": ["ana@example.com"]}
        cli("upsert-candidate", "-", stdin=json.dumps(person | {"consent": {"status": "granted"}}))
    assert json.loads(cli("duplicates").stdout) == [["a", "b"]]
    merged = json.loads(cli("merge", "a", "b").stdout)
    assert merged["kept"] == "a"
    assert json.loads(cli("count").stdout)["candidates"] == 1


def test_audit_in_every_format(loaded: Cli, tmp_path: Path) -> None:
    loaded("match", "--title", "nurse")
    today = time.strftime("%Y-%m-%d", time.gmtime())
    report = json.loads(loaded("audit", "--from", today, "--to", today, "--format", "json").stdout)
    assert report["decisions"] == 1
    assert loaded("audit", "--from", today, "--to", today).stdout.startswith("#")
    out = tmp_path / "audit.html"
    written = loaded("audit", "--from", today, "--to", today, "--format", "html", "--out", str(out))
    assert written.stderr.strip() == f"wrote {out}" and "<table>" in out.read_text()
    before = loaded("audit", "--from", today, "--to", "2000-01-01")
    assert before.exit_code == 1 and before.stderr.strip() == "talentrecall: error: --to is before --from"
    assert loaded("audit", "--from", "yesterday", "--to", today).exit_code == 2
    assert loaded("audit", "--from", today, "--to", today, "--format", "pdf").exit_code == 2


def test_keys_add_prints_the_key_once_and_stores_its_hash(cli: Cli, tmp_path: Path) -> None:
    result = cli("keys", "add", "--role", "auditor")
    assert result.exit_code == 0, result.stderr
    key = result.stdout.strip()
    assert key.startswith("tr_auditor_")
    assert key not in (tmp_path / "store" / "api-keys.json").read_text()
    assert cli("keys", "add", "--role", "root").exit_code == 2


def test_demo_loads_the_synthetic_pool(cli: Cli) -> None:
    result = cli("demo", "--size", "12")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("demo memory in ") and "12 synthetic candidates" in result.stdout
    assert "demo: 100%" in result.stderr and "line" in result.stderr  # the progress bar, on stderr
    assert json.loads(cli("count").stdout)["candidates"] == 12


def test_data_dir_option_overrides_the_settings(cli: Cli, tmp_path: Path, pool_file: Path) -> None:
    other = tmp_path / "other"
    assert cli("--data-dir", str(other), "import", "--quiet", str(pool_file)).exit_code == 0
    assert json.loads(cli("--data-dir", str(other), "count").stdout)["candidates"] == 2
    assert json.loads(cli("count").stdout)["candidates"] == 0


def test_a_locked_store_is_one_line_and_exit_1(tmp_path: Path, hashing: Encoder) -> None:
    settings = Settings(data_dir=tmp_path / "locked")
    with Memory.open(settings, encoder=hashing):
        result = _cli(Runtime(settings, hashing))("count")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"talentrecall: error: cannot open the store in {settings.data_dir}")
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_model_is_not_loaded_to_count_and_is_loaded_to_write(tmp_path: Path) -> None:
    loads: list[int] = []

    def factory() -> Encoder:
        loads.append(1)
        return HashingEncoder(64)

    lazy = LazyEncoder(factory, model_id="hashing-64", dim=64)
    cli = _cli(Runtime(Settings(data_dir=tmp_path / "lazy"), lazy))
    assert json.loads(cli("count").stdout)["candidates"] == 0
    assert cli("get", "ghost").stderr == "talentrecall: error: candidate ghost does not exist\n"
    assert loads == []
    person = {"candidate_id": "c1", "headline": "Chef", "consent": {"status": "granted"}}
    assert cli("upsert-candidate", "-", stdin=json.dumps(person)).exit_code == 0
    assert loads == [1]


def test_a_model_that_cannot_load_is_one_line(tmp_path: Path) -> None:
    def broken() -> Encoder:
        raise EncoderUnavailable("cannot load the model in /nowhere: gone")

    cli = _cli(Runtime(Settings(data_dir=tmp_path / "s"), LazyEncoder(broken, model_id="m", dim=8)))
    assert cli("count").exit_code == 0
    result = cli("upsert-candidate", "-", stdin=json.dumps({"candidate_id": "c1", "headline": "Chef"}))
    assert result.exit_code == 1
    assert result.stderr == "talentrecall: error: cannot load the model in /nowhere: gone\n"


def test_lazy_encoder_declares_the_packaged_model_without_loading_it(tmp_path: Path) -> None:
    packaged = lazy_encoder(None)
    assert isinstance(packaged, LazyEncoder) and not packaged.loaded
    assert (packaged.model_id, packaged.dim) == (DEFAULT_MODEL_ID, MINILM_DIM)
    assert not packaged.loaded
    assert isinstance(lazy_encoder("hashing-32"), HashingEncoder)
    with pytest.raises(EncoderUnavailable, match="does not exist"):
        lazy_encoder(str(tmp_path / "nope"))
    liar = LazyEncoder(lambda: HashingEncoder(8), model_id="hashing-8", dim=16)
    with pytest.raises(EncoderUnavailable, match=r"loaded as hashing-8 \(8-d\) but was declared as hashing-8 \(16-d\)"):
        liar.encode(["x"])


def test_a_signal_during_a_purge_asks_it_to_stop_between_batches() -> None:
    stop = threading.Event()
    before = signal.getsignal(signal.SIGTERM)
    with stop_on_signals(stop):
        os.kill(os.getpid(), signal.SIGTERM)
        assert stop.wait(5)
    assert signal.getsignal(signal.SIGTERM) is before


def test_error_line_joins_a_multi_line_message() -> None:
    assert error_line(OSError("first\n  second")) == "talentrecall: error: first second"


def test_bar_is_signed_and_scaled() -> None:
    assert bar(0.5, 1.0, width=10) == "+█████"
    assert bar(-1.0, 1.0, width=4) == "-████"
    assert bar(0.0, 0.0) == "+"


@pytest.fixture
def real_cli(real_memory: Memory, pool_file: Path) -> Cli:
    cli = _cli(Runtime(memory=real_memory))
    assert cli("import", "--quiet", str(pool_file)).exit_code == 0
    return cli


def test_match_explains_each_candidate_on_the_real_model(real_cli: Cli) -> None:
    result = real_cli("match", "--title", "intensive care nurse", "--must", "ACLS", "--explain")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("#1  nurse  score")
    assert "skills matched: ACLS" in result.stdout
    assert "Managed ventilated patients" in result.stdout
    assert "2 of 2 considered" in result.stdout


def test_match_json_and_requisition_file_on_the_real_model(real_cli: Cli) -> None:
    result = real_cli(
        "match",
        "--file",
        "-",
        "--json",
        "--limit",
        "1",
        stdin=json.dumps({"title": "Kubernetes engineer", "must_have_skills": ["kubernetes"]}),
    )
    assert result.exit_code == 0, result.stderr
    body = json.loads(result.stdout)
    assert [r["candidate_id"] for r in body["results"]] == ["dev"]
    assert body["results"][0]["skills"] == {"matched": ["kubernetes"], "missing": []}


# -- the installed console script, once -------------------------------------------------------------


@pytest.fixture
def script() -> Iterator[Callable[..., subprocess.CompletedProcess[str]]]:
    found = shutil.which("talentrecall", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("the console script is not installed (pip install -e .)")

    def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "TALENTRECALL_DATA_DIR": str(data_dir)}
        return subprocess.run([found, *args], capture_output=True, text=True, env=env, timeout=120, check=False)

    yield run


@pytest.mark.slow
def test_the_console_script_counts_and_reports_a_lock_in_one_line(script, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # How long `count` takes is a benchmark's question; here: it answers, and a locked store is one line, exit 1.
    # (That `count` never loads the model is tested in-process: test_the_model_is_not_loaded_to_count...)
    data = tmp_path / "store"
    assert script(data, "count").returncode == 0  # creates the store
    result = script(data, "count")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"candidates": 0, "notes": 0, "signals": 0, "chunks": 0}
    with Memory.open(Settings(data_dir=data), encoder=lazy_encoder(None)):
        locked = script(data, "count")
    assert locked.returncode == 1 and len(locked.stderr.strip().splitlines()) == 1
    assert "another process" in locked.stderr, locked.stderr


def test_match_seniorities_and_intents_filter_like_the_rest_route(cli: Cli, tmp_path: Path) -> None:
    people = [
        {"type": "candidate", "candidate_id": f"p{i}", "headline": "Go engineer", "seniority": level, "intent": intent,
         "consent": {"status": "granted"}}
        for i, (level, intent) in enumerate([("senior", "open"), ("junior", "open"), ("senior", "not_looking")])
    ]  # fmt: skip
    source = tmp_path / "people.ndjson"
    source.write_text("\n".join(json.dumps(p) for p in people) + "\n")
    assert cli("import", "--quiet", str(source)).exit_code == 0
    found = cli("match", "--title", "Go engineer", "--seniorities", "senior,lead", "--intents", "open", "--json")
    assert found.exit_code == 0, found.stderr
    assert [r["candidate_id"] for r in json.loads(found.stdout)["results"]] == ["p0"]


@pytest.mark.slow
def test_serve_ends_cleanly_on_sigterm_and_sigint(script, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """``make run`` must not report "Error 143" when the server is stopped: a stop is exit 0."""
    found = shutil.which("talentrecall", path=str(Path(sys.executable).parent))
    env = {**os.environ, "TALENTRECALL_DATA_DIR": str(tmp_path / "s"), "TALENTRECALL_MODEL": "hashing-16",
           "TALENTRECALL_AUTH": "off"}  # fmt: skip
    for number in (signal.SIGTERM, signal.SIGINT):
        port = str(free_port())
        with subprocess.Popen(
            [str(found), "serve", "--port", port], env=env, stderr=subprocess.PIPE, text=True
        ) as server:
            deadline = time.monotonic() + 60
            assert server.stderr is not None
            while "talentrecall: http://" not in server.stderr.readline():
                assert time.monotonic() < deadline and server.poll() is None
            time.sleep(1)  # listening
            server.send_signal(number)
            assert server.wait(timeout=30) == 0
            assert "talentrecall: stopped" in server.stderr.read()
