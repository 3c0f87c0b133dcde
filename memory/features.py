"""The named features of the ranker, each scaled to [0, 1] and computed from stored evidence only.

Nothing here reads protected attributes: the inputs are the public candidate record, the note chunks
and the evaluation signals. A feature with no input returns ``None`` ("no data"), never a low value:
half-known prospects are the norm, and ``memory.ranking`` imputes ``None`` at the reference so that a
prospect nobody has interviewed yet is not ranked as if the interviews had gone badly.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from memory.models import Candidate, EvaluationSignal, Seniority

# Evidence loses half its weight a year after it was written: a recruiter's rule of thumb for how fast
# skills, interest and availability change.
HALF_LIFE_DAYS = 365.0
SECONDS_PER_DAY = 86_400
# Neutral value of a [0, 1] feature whose input is unknown: it neither helps nor hurts the candidate.
NO_OPINION = 0.5

# How far a process got, evenly spaced from sourced (0) to offer (1).
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
# An unknown stage name still means the person was talked to: it counts as a screen, the shallowest
# real interview, rather than as never interviewed.
UNKNOWN_STAGE_DEPTH = STAGE_DEPTH["screen"]
_SENIORITY_LEVEL = {level: index for index, level in enumerate(Seniority)}
# Years of experience at which each level after intern starts (junior, mid, senior, lead, principal,
# executive): used only when a candidate states years but no level.
_LEVEL_STARTS_AT_YEARS = (1, 3, 6, 10, 14, 20)
# A signal with no date weighs as much as a two-year-old one (two half-lives: 0.5² = 0.25): it counts,
# but never outweighs recent, dated evidence.
UNDATED_SIGNAL_WEIGHT = 0.25
# Pseudo-signals at the global mean added to each evaluator's own (see ``EvaluatorStats``).
EVALUATOR_PRIOR_SIGNALS = 3.0


def stage_depth(stages: Iterable[str | None]) -> float | None:
    """Depth of the deepest stage reached; None (no data) when the person was never interviewed."""
    return max((STAGE_DEPTH.get(stage, UNKNOWN_STAGE_DEPTH) for stage in stages if stage), default=None)


def deepest_stage(stages: Iterable[str | None]) -> str | None:
    known = [stage for stage in stages if stage]
    # Ties between stages of equal depth ("onsite", "panel") go to the alphabetically last, so it is stable.
    return max(known, key=lambda s: (STAGE_DEPTH.get(s, UNKNOWN_STAGE_DEPTH), s), default=None)


def decay(then: datetime | None, now: datetime) -> float:
    """Half-life decay: 1 today, 0.5 a year ago; 0 when nothing is dated."""
    if then is None:
        return 0.0
    # A date in the future (clock skew, a typo) counts as today rather than as more than fresh.
    days = max((now - then).total_seconds() / SECONDS_PER_DAY, 0.0)
    return math.pow(0.5, days / HALF_LIFE_DAYS)


def freshness(candidate: Candidate, dates: Iterable[datetime | None], now: datetime) -> float | None:
    """How recent the newest evidence is: last verification, note or signal; None when nothing is dated."""
    known = [d for d in [candidate.last_verified_at, *dates] if d is not None]
    return decay(max(known), now) if known else None


def _level(candidate: Candidate) -> int | None:
    if candidate.seniority is not None:
        return _SENIORITY_LEVEL[candidate.seniority]
    years = candidate.years_experience
    if years is None:
        return None
    return sum(years >= start for start in _LEVEL_STARTS_AT_YEARS)


def seniority_fit(candidate: Candidate, wanted: Seniority | None) -> float | None:
    """1 at the requested level, falling by 1/6 a level; None when either side is unknown."""
    level = _level(candidate)
    if wanted is None or level is None:
        return None
    gap = abs(_SENIORITY_LEVEL[wanted] - level)
    # Seven levels, so the widest gap (intern for an executive role) is 6 steps and scores 0.
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
    def fit(signals: Iterable[EvaluationSignal], prior: float = EVALUATOR_PRIOR_SIGNALS) -> EvaluatorStats:
        sums: dict[str, float] = defaultdict(float)
        counts: dict[str, int] = defaultdict(int)
        total, n = 0.0, 0
        for signal in signals:
            # Anonymous signals are pooled as one evaluator, "", rather than each judged alone.
            key = signal.evaluator or ""
            sums[key] += signal.normalised
            counts[key] += 1
            total += signal.normalised
            n += 1
        global_mean = total / n if n else NO_OPINION
        means = {k: (sums[k] + prior * global_mean) / (counts[k] + prior) for k in sums}
        return EvaluatorStats(global_mean, means)

    def adjusted(self, signal: EvaluationSignal) -> float:
        # An evaluator not seen when the stats were fitted gets no offset; the result is clipped to [0, 1].
        offset = self.by_evaluator.get(signal.evaluator or "", self.global_mean) - self.global_mean
        return min(1.0, max(0.0, signal.normalised - offset))


def evaluation(signals: Sequence[EvaluationSignal], stats: EvaluatorStats, now: datetime) -> float | None:
    """Recency-weighted mean of severity-adjusted signals; None (no data) when there are none."""
    weights = [decay(s.observed_at, now) if s.observed_at else UNDATED_SIGNAL_WEIGHT for s in signals]
    total = math.fsum(weights)
    if not signals or total == 0:
        return None
    return math.fsum(w * stats.adjusted(s) for w, s in zip(weights, signals, strict=True)) / total
