"""What the recruiter did with a shortlist: the human-oversight record (EU AI Act Art. 14).

An outcome names a decision (``MatchResponse.decision_id``), one person it listed (in ``results`` or in
``needs_consent``), an action (contacted, advanced, rejected, hired) and an optional reason. It is kept in
the decision log beside the decision, so that an auditor rebuilds the shortlist and what was done with it
from the log alone; it is exported with the person and renamed or pseudonymised with them (an erasure
drops the free-text reason, which may name them). Recorded outcomes are also the only ground truth the
ranker can learn from (``eval.judgements``).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pydantic import BaseModel

from memory.decisions import Decision, DecisionLog, OutcomeAction, RecordedOutcome, outcome_id
from memory.errors import InvalidInput, NotFound

MAX_REASON_CHARS = 500
# The same tolerance as every client-asserted time of the write path: a clock a little ahead is accepted.
CLOCK_SKEW = timedelta(minutes=5)


class DecisionRecord(BaseModel):
    """One shortlist as it was decided, and what the recruiter did with it (never protected attributes)."""

    decision: Decision
    outcomes: list[RecordedOutcome]


class Outcomes:
    def __init__(self, log: DecisionLog) -> None:
        self._log = log

    def record(
        self,
        decision_id: str,
        candidate_id: str,
        action: OutcomeAction | str,
        *,
        reason: str | None,
        at: datetime | None,
        caller: str | None,
    ) -> RecordedOutcome:
        """See ``Memory.record_outcome``."""
        try:
            chosen = OutcomeAction(action)
        except ValueError:
            allowed = ", ".join(a.value for a in OutcomeAction)
            raise InvalidInput(f"action must be one of {allowed}", field="action") from None
        decision = self.decision(decision_id).decision
        listed = {r.candidate_id for r in decision.results + decision.needs_consent}
        if candidate_id not in listed:
            raise InvalidInput(f"candidate {candidate_id} is not on shortlist {decision_id}", field="candidate_id")
        text = (reason or "").strip() or None
        if text is not None and len(text) > MAX_REASON_CHARS:
            raise InvalidInput(f"reason is longer than {MAX_REASON_CHARS} characters", field="reason")
        now = datetime.now(UTC)
        moment = at or now
        if moment.tzinfo is None:
            raise InvalidInput("at needs a time zone", field="at")
        if moment > now + CLOCK_SKEW:
            raise InvalidInput("at is in the future", field="at")
        if moment < decision.at:
            raise InvalidInput("at is before the shortlist was made", field="at")
        outcome = RecordedOutcome(
            outcome_id=outcome_id(decision_id, candidate_id, chosen),
            decision_id=decision_id,
            candidate_id=candidate_id,
            action=chosen,
            reason=text,
            at=moment,
            recorded_by=caller,
        )
        self._log.record_outcome(outcome)
        return outcome

    def decision(self, decision_id: str) -> DecisionRecord:
        """See ``Memory.decision``."""
        found = self._log.of(decision_id)
        if not found.decisions:
            raise NotFound(f"decision {decision_id} does not exist (or was purged after the retention period)")
        return DecisionRecord(decision=found.decisions[0], outcomes=found.outcomes)
