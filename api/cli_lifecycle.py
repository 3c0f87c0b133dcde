"""``talentrecall`` commands for the relationship lifecycle, each mirroring one ``Memory`` method."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from memory import Memory, Segment, Settings, TalentRecallError, Touchpoint


def _print(value: Any) -> None:
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    elif isinstance(value, list):
        value = [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value]
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


def _json(path: str) -> Any:
    text = sys.stdin.read() if path == "-" else Path(path).read_text()
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise TalentRecallError(f"{path} is not JSON: {exc.msg} (line {exc.lineno})") from exc


def _run(args: argparse.Namespace, settings: Settings) -> int:
    with Memory.open(settings) as memory:
        _print(args.call(memory, args))
    return 0


def add_commands(sub: Any) -> None:
    def command(name: str, help: str, call: Any, *arguments: tuple[tuple[str, ...], dict[str, Any]]) -> None:
        parser = sub.add_parser(name, help=help)
        for flags, options in arguments:
            parser.add_argument(*flags, **options)
        parser.set_defaults(run=_run, call=call)

    cid: tuple[tuple[str, ...], dict[str, Any]] = (("candidate_id",), {})
    command(
        "consent-history", "every change of a candidate's consent", lambda m, a: m.consent_history(a.candidate_id), cid
    )
    command(
        "expiring-consents",
        "consents lapsing within N days",
        lambda m, a: m.expiring_consents(a.days),
        (("--days",), {"type": int, "default": 30}),
    )
    command(
        "add-touchpoint",
        "add_touchpoint from a JSON file ('-' for stdin)",
        lambda m, a: m.add_touchpoint(Touchpoint.model_validate(_json(a.file))),
        (("file",), {}),
    )
    command(
        "verify",
        "mark a candidate (and a contact) verified now",
        lambda m, a: m.verify(a.candidate_id, contact=a.contact),
        cid,
        (("--contact",), {}),
    )
    command("segments", "saved segments with live counts", lambda m, a: m.segments())
    command(
        "save-segment",
        "save_segment from a JSON file ('-' for stdin)",
        lambda m, a: m.save_segment(Segment.model_validate(_json(a.file))),
        (("file",), {}),
    )
    command(
        "delete-segment",
        "delete a saved segment",
        lambda m, a: m.delete_segment(a.name) or {"deleted": a.name},
        (("name",), {}),
    )
    command(
        "due-for-touch",
        "who in a segment is below its cadence",
        lambda m, a: m.due_for_touch(a.segment),
        (("segment",), {}),
    )
    command(
        "refresh-report",
        "records not verified recently, by segment",
        lambda m, a: m.refresh_report(stale_after_days=a.stale_after_days),
        (("--stale-after-days",), {"type": int, "default": 90}),
    )
    command("duplicates", "groups of likely duplicates", lambda m, a: m.duplicates())
    command("merge", "fold OTHER into KEEP", lambda m, a: m.merge(a.keep, a.other), (("keep",), {}), (("other",), {}))
    command("export", "everything held about a candidate, as JSON", lambda m, a: m.export(a.candidate_id), cid)
    command(
        "retention",
        "list (or --apply: purge) candidates without contact for N months",
        lambda m, a: m.retention(months=a.months, sources=a.sources or None, apply=a.apply),
        (("--months",), {"type": int, "default": 24}),
        (("--sources",), {"type": lambda s: [x.strip() for x in s.split(",") if x.strip()], "default": None}),
        (("--apply",), {"action": "store_true"}),
    )
