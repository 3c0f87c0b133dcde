"""The relationship lifecycle on Edge (hashing encoder; the real model when slow): consent, segments, cadence,
duplicates, privacy."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from memory import (
    Candidate,
    ConsentRequired,
    EvaluationSignal,
    InvalidInput,
    MatchFilters,
    Memory,
    Requisition,
    Segment,
    Touchpoint,
    privacy,
)
from memory.store import Collection, Where
from tests.helpers import NOW, candidate, note

ROLE = Requisition(title="Backend engineer", must_have_skills=["kafka"])


def _touch(tid: str, cid: str, days_ago: int, outcome: str = "no_reply", **extra: object) -> Touchpoint:
    return Touchpoint(
        touchpoint_id=tid, candidate_id=cid, kind="email", at=NOW - timedelta(days=days_ago), outcome=outcome, **extra
    )


def test_outreach_shortlists_hold_only_valid_consent(memory: Memory) -> None:
    memory.upsert_candidate(candidate("ok", headline="Backend engineer, Kafka"))
    memory.upsert_candidate(
        candidate(
            "expired",
            headline="Backend engineer, Kafka",
            consent={"status": "granted", "expires_at": (NOW - timedelta(days=1)).isoformat()},
        )
    )
    memory.upsert_candidate(candidate("never", headline="Backend engineer, Kafka", consent={"status": "unknown"}))
    default = memory.match(ROLE, now=NOW)
    assert [r.candidate_id for r in default.results] == ["ok"] and default.needs_consent == []
    wide = memory.match(ROLE, now=NOW, include_without_consent=True)
    assert [r.candidate_id for r in wide.results] == ["ok"]
    assert sorted(r.candidate_id for r in wide.needs_consent) == ["expired", "never"]
    assert [r.rank for r in wide.needs_consent] == [1, 2]


def test_consent_history_expiry_report_and_unsubscribe(memory: Memory) -> None:
    soon = (NOW + timedelta(days=10)).isoformat()
    memory.upsert_candidate(
        candidate(
            "a",
            consent={
                "status": "granted",
                "basis": "consent",
                "purpose": "outreach",
                "expires_at": soon,
                "recorded_at": NOW.isoformat(),
            },
        )
    )
    memory.upsert_candidate(candidate("b", consent={"status": "granted", "basis": "legitimate_interest"}))
    assert [e.candidate_id for e in memory.expiring_consents(30, now=NOW)] == ["a"]
    assert memory.expiring_consents(5, now=NOW) == []
    memory.add_touchpoint(_touch("t1", "a", -1, "unsubscribed"))  # a day after the consent was recorded
    history = memory.consent_history("a")
    assert [(h.status, h.reason) for h in history] == [("granted", "captured"), ("withdrawn", "unsubscribed")]
    assert memory.get("a").candidate.consent.status.value == "withdrawn"
    assert "a" not in [r.candidate_id for r in memory.match(Requisition(title="anyone"), now=NOW).results]


def test_segment_counts_equal_a_brute_force_count(memory: Memory) -> None:
    families, seniorities, intents = ["data", "backend"], ["junior", "senior"], ["active", "passive", None]
    for i in range(24):
        memory.upsert_candidate(
            candidate(
                f"c{i:02d}",
                headline="Engineer",
                role_family=families[i % 2],
                seniority=seniorities[(i // 2) % 2],
                intent=intents[i % 3],
                source=["prospect", "referral", "silver_medalist"][i % 3],
                consent={"status": "granted"} if i % 4 else {"status": "withdrawn"},
            )
        )
    saved = [
        Segment(name="senior data", role_families=["data"], seniorities=["senior"]),
        Segment(name="active referrals", intents=["active"], sources=["referral", "prospect"]),
        Segment(name="silver", silver_medalists_only=True),
        Segment(name="everyone"),
    ]
    for segment in saved:
        memory.save_segment(segment)
    records = [memory.get(f"c{i:02d}").candidate for i in range(24)]

    def brute(s: Segment) -> list[Candidate]:
        return [
            c
            for c in records
            if (not s.role_families or c.role_family in s.role_families)
            and (not s.seniorities or c.seniority in s.seniorities)
            and (not s.intents or c.intent in s.intents)
            and (not s.sources or c.source in s.sources)
            and (not s.silver_medalists_only or c.source.value == "silver_medalist")
        ]

    counts = {c.segment.name: c for c in memory.segments(now=NOW)}
    assert sorted(counts) == sorted(s.name for s in saved)
    for segment in saved:
        expected = brute(segment)
        assert counts[segment.name].candidates == len(expected), segment.name
        assert counts[segment.name].with_valid_consent == sum(c.consent.is_valid(NOW) for c in expected)
    shortlist = memory.match(
        Requisition(title="Engineer"), limit=50, now=NOW, filters=MatchFilters(segment="senior data")
    )
    assert {r.candidate_id for r in shortlist.results} == {
        c.candidate_id for c in brute(saved[0]) if c.consent.is_valid(NOW)
    }


def test_silver_medalists_are_derived_from_stage_and_outcome(memory: Memory) -> None:
    for cid, outcome, reason in (
        ("s1", "rejected", "Hired someone with more Kafka"),
        ("s2", "hired", None),
        ("s3", "rejected", "Failed background check"),
    ):
        memory.upsert_candidate(
            candidate(
                cid, headline="Engineer", source="past_applicant", application_outcome=outcome, rejection_reason=reason
            )
        )
        memory.add_note(note(f"{cid}-n", cid, "Final round: strong system design.", stage="final"))
    memory.upsert_candidate(candidate("s4", headline="Engineer", source="past_applicant"))
    memory.add_note(note("s4-n", "s4", "Screen only.", stage="screen"))
    silver = memory.match(Requisition(title="Engineer"), now=NOW, filters=MatchFilters(silver_medalists_only=True))
    assert [r.candidate_id for r in silver.results] == ["s1"]


def test_cadence_due_list_and_retirement(memory: Memory) -> None:
    for cid in ("x", "y", "z"):
        memory.upsert_candidate(candidate(cid, headline="Data analyst", role_family="data"))
    memory.save_segment(Segment(name="data", role_families=["data"], cadence={"touches": 2, "per_days": 90}))
    memory.add_touchpoint(_touch("x1", "x", 10, "replied"))
    memory.add_touchpoint(_touch("x2", "x", 5, "replied"))
    memory.add_touchpoint(_touch("y1", "y", 200))
    due = memory.due_for_touch("data", now=NOW)
    assert [(d.candidate_id, d.touches_in_window) for d in due] == [("z", 0), ("y", 0)]
    for i, days in enumerate((30, 20, 10)):
        memory.add_touchpoint(_touch(f"z{i}", "z", days, "bounced" if i == 1 else "no_reply"))
    assert "z" not in [r.candidate_id for r in memory.match(Requisition(title="Data analyst"), now=NOW).results]
    kept = memory.match(Requisition(title="Data analyst"), now=NOW, filters=MatchFilters(include_retired=True))
    assert "z" in [r.candidate_id for r in kept.results]
    assert [c.retired for c in memory.segments(now=NOW)] == [1]
    memory.add_touchpoint(_touch("z9", "z", 1, "replied"))  # a reply brings them back and verifies them
    assert "z" in [r.candidate_id for r in memory.match(Requisition(title="Data analyst"), now=NOW).results]
    assert memory.get("z").candidate.last_verified_at == NOW - timedelta(days=1)


def test_refresh_report_lists_stale_records_oldest_first(memory: Memory) -> None:
    memory.upsert_candidate(candidate("old", emails=["old@example.com"], last_verified_at=NOW - timedelta(days=400)))
    memory.upsert_candidate(candidate("new", emails=["new@example.com"], last_verified_at=NOW - timedelta(days=5)))
    memory.upsert_candidate(candidate("never"))
    memory.verify("new", at=NOW - timedelta(days=5), contact="new@example.com")
    report = memory.refresh_report(stale_after_days=90, now=NOW)
    assert [(r.candidate_id, r.stale) for r in report] == [("never", ["profile"]), ("old", ["profile", "email 1"])]


def test_duplicates_are_reported_and_merge_leaves_one_candidate(memory: Memory) -> None:
    memory.upsert_candidate(
        candidate("a", name="Ana Silva", emails=["Ana.Silva@gmail.com"], location="Lisbon", headline="Data engineer")
    )
    memory.add_note(note("a-n", "a", "Strong on Spark."))
    result = memory.upsert_candidate(
        candidate(
            "b",
            name="Ana Silva",
            emails=["anasilva+jobs@gmail.com"],
            phones=["+351 912 345 678"],
            headline="Data engineer",
        )
    )
    assert result.possible_duplicates == ["a"]
    memory.add_note(note("b-n", "b", "Built Kafka pipelines.", stage="final"))
    memory.add_signal(EvaluationSignal(signal_id="b-s", candidate_id="b", dimension="technical", value=4))
    memory.add_touchpoint(_touch("b-t", "b", 3, "replied"))
    memory.match(Requisition(title="Data engineer"), now=NOW)
    assert memory.duplicates() == [["a", "b"]]
    receipt = memory.merge("a", "b")
    assert receipt.moved == {"notes": 1, "signals": 1, "touchpoints": 1, "consent_changes": 1}
    for collection in Collection:
        assert memory._store.count(collection, Where.eq("candidate_id", "b")) == 0, collection
    view = memory.get("a")
    assert sorted(n.note_id for n in view.notes) == ["a-n", "b-n"] and view.signals[0].signal_id == "b-s"
    assert view.candidate.phones == ["+351 912 345 678"] and memory.count().candidates == 1
    assert memory.duplicates() == []
    decisions = json.dumps([p.payload for p in memory._store.scroll(Collection.decisions)])
    assert '"b"' not in decisions


def test_erasure_leaves_nothing_and_suppresses_reimport(memory: Memory) -> None:
    text = "Led the migration of our billing ledger to event sourcing with remarkable care."
    memory.upsert_candidate(
        candidate("gone", name="Kai Berg", emails=["kai@example.com"], headline="Engineer", protected={"sex": "M"})
    )
    memory.upsert_candidate(candidate("stays", headline="Engineer"))
    memory.add_note(note("gone-n", "gone", text))
    memory.add_touchpoint(_touch("gone-t", "gone", 2, "replied"))
    memory.match(Requisition(title="Engineer"), now=NOW, audit=True)
    receipt = memory.delete("gone")
    assert (
        receipt.removed["touchpoints"] == 1 and receipt.removed["consents"] >= 1 and receipt.suppressed_identities == 1
    )
    for collection in Collection:
        assert memory._store.count(collection, Where.eq("candidate_id", "gone")) == 0
        assert "kai@example.com" not in json.dumps([p.payload for p in memory._store.scroll(collection)])
    assert '"gone"' not in json.dumps([p.payload for p in memory._store.scroll(Collection.decisions)])
    found = memory.match(Requisition(description=text), now=NOW, filters=MatchFilters(consent_required=False))
    assert [r.candidate_id for r in found.results] == ["stays"]
    with pytest.raises(ConsentRequired):
        memory.upsert_candidate(candidate("again", emails=["KAI@example.com"]))
    report = memory.import_ndjson(
        [json.dumps({"type": "candidate", "candidate_id": "again2", "phones": [], "emails": ["kai@example.com"]})]
    )
    assert report.imported == 0 and "erased identity" in report.rejected[0].error
    fresh = {"status": "granted", "basis": "consent", "recorded_at": (receipt.at + timedelta(seconds=1)).isoformat()}
    assert (
        memory.upsert_candidate(candidate("again", emails=["kai@example.com"], consent=fresh)).status.value == "created"
    )


def test_export_round_trips(open_memory) -> None:  # type: ignore[no-untyped-def]
    memory: Memory = open_memory("export")
    memory.upsert_candidate(
        candidate(
            "p",
            name="Lea Kim",
            headline="Nurse",
            emails=["lea@example.com"],
            protected={"sex": "F", "age_band": "30-39"},
        )
    )
    memory.add_note(note("p-n", "p", "Calm in the ICU.", stage="onsite", written_at=NOW))
    memory.add_signal(EvaluationSignal(signal_id="p-s", candidate_id="p", dimension="communication", value=5))
    memory.add_touchpoint(_touch("p-t", "p", 3, "replied", contact="lea@example.com"))
    first = memory.export("p")
    assert first["records"][0]["protected"] == {"sex": "F", "age_band": "30-39"}
    before = memory.get("p")
    memory.delete("p", suppress=False)
    report = memory.import_ndjson(json.dumps(r) for r in first["records"])
    assert report.rejected == [] and memory.get("p") == before
    again = memory.export("p")
    assert again["records"] == first["records"]


def test_retention_lists_then_purges(memory: Memory) -> None:
    # Records created long ago by the server's clock (the writer's ``now`` seam; the verbs use the real clock).
    memory._writer.write(
        [
            candidate("cold", last_verified_at=NOW - timedelta(days=950)),
            candidate("ref", source="referral", last_verified_at=NOW - timedelta(days=990)),
        ],
        now=NOW - timedelta(days=900),
    )
    memory.upsert_candidate(candidate("warm", last_verified_at=NOW - timedelta(days=30)))
    memory.upsert_candidate(candidate("new"))  # created just now, with no date of its own: never stale
    dry = memory.retention(months=24, now=NOW)
    assert [r.candidate_id for r in dry.candidates] == ["cold"] and not dry.applied
    assert memory.count().candidates == 4
    done = memory.retention(months=24, now=NOW, apply=True)
    assert [r.candidate_id for r in done.receipts] == ["cold"] and memory.count().candidates == 3
    assert done.purged == 1 and done.receipts[0].gone_from_disk_at is not None


@pytest.mark.parametrize("months", [0, 121, 1_000_000_000])
def test_retention_months_are_bounded(memory: Memory, months: int) -> None:
    with pytest.raises(InvalidInput):
        memory.retention(months=months)


def test_retention_stops_between_batches(memory: Memory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Batches of 10 instead of 100: the same stop between two batches, at a tenth of the writes.
    monkeypatch.setattr(privacy, "_RETENTION_BATCH", 10)
    memory._writer.write([candidate(f"old-{i}") for i in range(15)], now=NOW - timedelta(days=1000))
    seen: list[tuple[int, int]] = []
    report = memory.retention(
        months=12, now=NOW, apply=True, progress=lambda d, t: seen.append((d, t)), should_stop=lambda: bool(seen)
    )
    assert report.stopped and report.purged == 10 and seen == [(10, 15)]
    assert memory.count().candidates == 5
