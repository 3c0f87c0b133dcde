"""``talentrecall``: the memory from the shell. Each command mirrors one ``Memory`` method.

Errors print one line to stderr and exit 1; usage errors exit 2 (argparse's convention).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from memory import (
    Candidate,
    EvaluationSignal,
    InterviewNote,
    InvalidInput,
    MatchFilters,
    MatchResponse,
    Memory,
    Requisition,
    Settings,
    TalentRecallError,
)
from memory.ndjson import describe

Handler = Callable[[argparse.Namespace, Settings], int]


def _print(model: BaseModel | dict[str, Any]) -> None:
    data = model.model_dump(mode="json") if isinstance(model, BaseModel) else model
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _read_json(path: str) -> Any:
    text = sys.stdin.read() if path == "-" else Path(path).read_text()
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise TalentRecallError(f"{path} is not JSON: {exc.msg} (line {exc.lineno})") from exc


def _csv(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _requisition(args: argparse.Namespace) -> Requisition:
    if args.file:
        return Requisition.model_validate(_read_json(args.file))
    return Requisition(
        title=args.title or "",
        description=args.description or "",
        must_have_skills=_csv(args.must),
        nice_to_have_skills=_csv(args.nice),
        seniority=args.seniority,
        role_family=args.role_family,
        location=args.location,
    )


def bar(value: float, scale: float, width: int = 20) -> str:
    """A signed text bar: ``+████`` to the right for positive pulls, ``-██`` for negative."""
    cells = 0 if scale <= 0 else round(min(abs(value) / scale, 1.0) * width)
    return ("+" if value >= 0 else "-") + "█" * cells


def render_explained(response: MatchResponse) -> str:
    lines = []
    for result in response.results:
        lines.append(
            f"#{result.rank}  {result.candidate_id}  score {result.score:.3f}  "
            f"(typical candidate {result.base_value:.3f})  {result.headline or ''}"
        )
        scale = max((abs(v) for v in result.attributions.values()), default=0.0)
        for name, value in sorted(result.attributions.items(), key=lambda kv: -abs(kv[1])):
            if abs(value) >= 5e-4:
                lines.append(f"    {name:<20} {value:+.3f} {bar(value, scale)}")
        if result.skills.matched or result.skills.missing:
            lines.append(
                f"    skills matched: {', '.join(result.skills.matched) or '-'}; "
                f"missing: {', '.join(result.skills.missing) or '-'}"
            )
        for ev in result.evidence[:2]:
            lines.append(
                f"    \u201c{ev.text[:160]}\u201d \u2014 {ev.author or '?'}, {ev.stage}, sim {ev.similarity:.2f}"
            )
    lines.append(f"{len(response.results)} of {response.considered} considered, {response.took_ms:.0f} ms")
    return "\n".join(lines)


def cmd_match(args: argparse.Namespace, settings: Settings) -> int:
    requisition = _requisition(args)
    filters = MatchFilters.model_validate(
        {
            "consent_required": not args.any_consent,
            "sources": _csv(args.sources),
            "role_families": _csv(args.role_families),
            "locations": _csv(args.locations),
            "must_have_required": args.must_required,
            "segment": args.segment,
        }
    )
    weights = json.loads(args.weights) if args.weights else None
    with Memory.open(settings) as memory:
        response = memory.match(
            requisition,
            limit=args.limit,
            filters=filters,
            weights=weights,
            audit=args.audit,
            caller="cli",
            include_without_consent=args.include_without_consent,
        )
    if args.explain:
        print(render_explained(response))
        for warning in response.audit.warnings if response.audit else []:
            print(warning)
    elif args.json:
        _print(response)
    else:
        for r in response.results:
            print(f"{r.rank:>3}  {r.score:.3f}  {r.candidate_id:<16} {r.headline or ''}")
    return 0


def cmd_audit(args: argparse.Namespace, settings: Settings) -> int:
    from memory.audit import html_report, markdown_report

    start = datetime.combine(args.start, time.min, tzinfo=UTC)
    end = datetime.combine(args.end, time.min, tzinfo=UTC) + timedelta(days=1)
    if end <= start:
        raise InvalidInput("--to is before --from", field="to")
    with Memory.open(settings) as memory:
        report = memory.audit(start, end)
    text = {
        "json": lambda: report.model_dump_json(indent=2) + "\n",
        "markdown": lambda: markdown_report(report),
        "html": lambda: html_report(report),
    }[args.format]()
    if args.out:
        args.out.write_text(text)
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_keys(args: argparse.Namespace, settings: Settings) -> int:
    from api.auth import Role, new_key

    key = new_key(settings, Role(args.role))
    print(key)
    print(
        f"a {args.role} key; only its hash is stored (in {settings.data_dir}); it is not shown again", file=sys.stderr
    )
    return 0


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    path = Path(args.file)
    if not path.is_file():
        raise TalentRecallError(f"{path} does not exist")
    total = sum(1 for _ in path.open("rb"))
    with (
        Memory.open(settings) as memory,
        path.open("rb") as lines,
        tqdm(total=total, unit="line", disable=args.quiet, file=sys.stderr) as progress,
    ):
        report = memory.import_ndjson(lines, progress=progress.update)
    _print(report)
    return 0


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from memory.demo import demo_ndjson

    with Memory.open(settings) as memory:
        report = memory.import_ndjson(demo_ndjson(args.size))
        counts = memory.count()
    print(
        f"demo memory in {settings.data_dir}: {counts.candidates} synthetic candidates, {counts.notes} notes, "
        f"{counts.signals} signals ({report.imported} written, {report.unchanged} unchanged)"
    )
    return 0


def _one(method: str, model: type[BaseModel]) -> Handler:
    def run(args: argparse.Namespace, settings: Settings) -> int:
        record = model.model_validate(_read_json(args.file))
        with Memory.open(settings) as memory:
            _print(getattr(memory, method)(record))
        return 0

    return run


def cmd_get(args: argparse.Namespace, settings: Settings) -> int:
    with Memory.open(settings) as memory:
        _print(memory.get(args.candidate_id))
    return 0


def cmd_delete(args: argparse.Namespace, settings: Settings) -> int:
    with Memory.open(settings) as memory:
        _print(memory.delete(args.candidate_id))
    return 0


def cmd_count(args: argparse.Namespace, settings: Settings) -> int:
    with Memory.open(settings) as memory:
        _print(memory.count())
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from api.app import create_app

    if settings.store_kind == "edge":
        print(
            f"serving the embedded store in {settings.data_dir} with one worker "
            "(Qdrant Edge allows one process; use TALENTRECALL_QDRANT_URL for more)",
            file=sys.stderr,
        )
    from api.observability import configure_logging

    memory = Memory.open(settings)  # fail here, in one line, if the store cannot be opened
    configure_logging()
    try:
        print(f"talentrecall: http://{args.host}:{args.port}/  (API docs at /docs)", file=sys.stderr, flush=True)
        uvicorn.run(create_app(settings, memory=memory), host=args.host, port=args.port, workers=1, log_level="warning")
    finally:
        memory.close()
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from eval.run import main as run_eval

    code: int = run_eval(args, settings)
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="talentrecall", description="Who have we already met that fits?")
    parser.add_argument("--data-dir", type=Path, help="store directory (default: $TALENTRECALL_DATA_DIR or ./data)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="serve the REST API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(run=cmd_serve)

    p = sub.add_parser("import", help="bulk import NDJSON (import_ndjson)")
    p.add_argument("file")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("match", help="shortlist candidates for a requisition")
    p.add_argument("--file", help="requisition JSON ('-' for stdin)")
    p.add_argument("--title")
    p.add_argument("--description")
    p.add_argument("--must", help="comma-separated must-have skills")
    p.add_argument("--nice", help="comma-separated nice-to-have skills")
    p.add_argument("--seniority")
    p.add_argument("--role-family")
    p.add_argument("--location")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--sources", help="comma-separated sources to keep")
    p.add_argument("--role-families", help="comma-separated role families to keep")
    p.add_argument("--locations", help="comma-separated locations to keep")
    p.add_argument("--must-required", action="store_true", help="drop candidates missing a must-have")
    p.add_argument("--any-consent", action="store_true", help="include candidates without valid consent")
    p.add_argument(
        "--include-without-consent",
        action="store_true",
        help="also list fits without a valid basis, apart, marked 'needs consent'",
    )
    p.add_argument("--segment", help="a saved segment's name")
    p.add_argument("--weights", help="JSON weight overrides, e.g. '{\"lexical\": 0}'")
    p.add_argument("--json", action="store_true", help="print the full response as JSON")
    p.add_argument("--explain", action="store_true", help="print a breakdown per candidate")
    p.add_argument("--audit", action="store_true", help="add the shortlist's representation audit")
    p.set_defaults(run=cmd_match)

    for name, method, model in (
        ("upsert-candidate", "upsert_candidate", Candidate),
        ("add-note", "add_note", InterviewNote),
        ("add-signal", "add_signal", EvaluationSignal),
    ):
        p = sub.add_parser(name, help=f"{method} from a JSON file ('-' for stdin)")
        p.add_argument("file")
        p.set_defaults(run=_one(method, model))

    for name, handler in (("get", cmd_get), ("delete", cmd_delete)):
        p = sub.add_parser(name, help=f"{name} a candidate")
        p.add_argument("candidate_id")
        p.set_defaults(run=handler)

    p = sub.add_parser("audit", help="LL144 bias audit over the decision log")
    p.add_argument("--from", dest="start", type=date.fromisoformat, required=True, help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", type=date.fromisoformat, required=True, help="last day, inclusive")
    p.add_argument("--format", choices=["markdown", "json", "html"], default="markdown")
    p.add_argument("--out", type=Path, help="write the report here instead of stdout")
    p.set_defaults(run=cmd_audit)

    p = sub.add_parser("keys", help="create an API key for a role (prints it once)")
    p.add_argument("action", choices=["add"])
    p.add_argument("--role", choices=["recruiter", "auditor", "admin", "hook"], required=True)
    p.set_defaults(run=cmd_keys)

    p = sub.add_parser("count", help="how many candidates, notes, signals and chunks")
    p.set_defaults(run=cmd_count)

    from api.cli_lifecycle import add_commands

    add_commands(sub)

    p = sub.add_parser("demo", help="load the synthetic demo memory")
    p.add_argument("--size", type=int, default=240)
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser("eval", help="evaluate ranking on the dev set (needs ../shared/data)")
    p.add_argument("--shared", type=Path, help="the shared data directory")
    p.add_argument("--out", type=Path, help="also write the table as Markdown here")
    p.add_argument("--bootstrap", type=int, default=1000)
    p.add_argument("--store", type=Path, help="where the dev pool is kept between runs (default .eval-data)")
    p.set_defaults(run=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings(**({"data_dir": args.data_dir} if args.data_dir else {}))
        code: int = args.run(args, settings)
        return code
    except TalentRecallError as exc:
        print(f"talentrecall: error: {exc.detail}", file=sys.stderr)
    except ValidationError as exc:
        print(f"talentrecall: error: invalid input: {describe(exc)}", file=sys.stderr)
    except (OSError, json.JSONDecodeError) as exc:
        print(f"talentrecall: error: {exc}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
