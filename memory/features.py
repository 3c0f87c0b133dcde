"""The named features of the ranker, each scaled to [0, 1] and computed from stored evidence only.

Nothing here reads protected attributes: the inputs are the public candidate record, the note chunks
and the evaluation signals. Each function says what a missing input counts as, because half-known
prospects are the norm.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from memory.models import Candidate, EvaluationSignal, Requisition, Seniority

HALF_LIFE_DAYS = 365.0

# How far a process got; unknown stage names count as a screen.
STAGE_DEPTH: Mapping[str, float] = {
    "sourced": 0.0,
    "screen": 0.2,
    "phone_screen": 0.2,
    "recruiter_screen": 0.2,
    "technical": 0.4,
    "take_home": 0.4,
    "onsite": 0.6,
    "panel": 0.6,
    "final": 0.8,
    "offer": 1.0,
}
_SENIORITY_LEVEL = {level: index for index, level in enumerate(Seniority)}


def stage_depth(stages: Iterable[str | None]) -> float:
    """Depth of the deepest stage reached, 0 when the person was never interviewed."""
    return max((STAGE_DEPTH.get(stage, 0.2) for stage in stages if stage), default=0.0)


def deepest_stage(stages: Iterable[str | None]) -> str | None:
    known = [stage for stage in stages if stage]
    return max(known, key=lambda s: (STAGE_DEPTH.get(s, 0.2), s), default=None)


def decay(then: datetime | None, now: datetime) -> float:
    """Half-life decay: 1 today, 0.5 a year ago; 0 when nothing is dated."""
    if then is None:
        return 0.0
    days = max((now - then).total_seconds() / 86_400, 0.0)
    return math.pow(0.5, days / HALF_LIFE_DAYS)


def freshness(candidate: Candidate, dates: Iterable[datetime | None], now: datetime) -> float:
    """How recent the newest evidence is: last verification, note or signal."""
    known = [d for d in [candidate.last_verified_at, *dates] if d is not None]
    return decay(max(known), now) if known else 0.0


def _level(candidate: Candidate) -> int | None:
    if candidate.seniority is not None:
        return _SENIORITY_LEVEL[candidate.seniority]
    years = candidate.years_experience
    if years is None:
        return None
    bounds = (1, 3, 6, 10, 14, 20)  # intern, junior, mid, senior, lead, principal, executive
    return sum(years >= bound for bound in bounds)


def seniority_fit(candidate: Candidate, requisition: Requisition) -> float:
    """1 at the requested level, falling by 1/6 a level; 0.5 when either side is unknown."""
    level = _level(candidate)
    if requisition.seniority is None or level is None:
        return 0.5
    gap = abs(_SENIORITY_LEVEL[requisition.seniority] - level)
    return max(0.0, 1.0 - gap / (len(Seniority) - 1))


@dataclass(frozen=True)
class EvaluatorStats:
    """Each evaluator's mean normalised score, shrunk toward the global mean.

    A harsh interviewer's 3/5 is read against their own habit: a signal counts by how far it sits
    above or below its evaluator's mean. Shrinkage (``prior`` pseudo-signals at the global mean) stops
    an evaluator seen twice from being judged on two data points.
    """

    global_mean: float
    by_evaluator: Mapping[str, float]

    @staticmethod
    def fit(signals: Iterable[EvaluationSignal], prior: float = 3.0) -> EvaluatorStats:
        sums: dict[str, float] = defaultdict(float)
        counts: dict[str, int] = defaultdict(int)
        total, n = 0.0, 0
        for signal in signals:
            key = signal.evaluator or ""
            sums[key] += signal.normalised
            counts[key] += 1
            total += signal.normalised
            n += 1
        global_mean = total / n if n else 0.5
        means = {k: (sums[k] + prior * global_mean) / (counts[k] + prior) for k in sums}
        return EvaluatorStats(global_mean, means)

    def adjusted(self, signal: EvaluationSignal) -> float:
        offset = self.by_evaluator.get(signal.evaluator or "", self.global_mean) - self.global_mean
        return min(1.0, max(0.0, signal.normalised - offset))


def evaluation(signals: Sequence[EvaluationSignal], stats: EvaluatorStats, now: datetime) -> float:
    """Recency-weighted mean of severity-adjusted signals; 0.5 (no opinion) when there are none."""
    weights = [decay(s.observed_at, now) if s.observed_at else 0.25 for s in signals]
    total = math.fsum(weights)
    if not signals or total == 0:
        return 0.5
    return math.fsum(w * stats.adjusted(s) for w, s in zip(weights, signals, strict=True)) / total
