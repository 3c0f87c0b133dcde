"""Counts of the embedded store, kept until their answer can change: the collection's next write, or a
threshold passing the next stored value.

Every match logs how many profiles its filters admit (``memory.shortlist``: the decision's ``eligible``):
an exact filtered count over the whole collection, 12-16 ms of CPU at 100,000 profiles, ~12% of a warm
match's CPU there (13.5 of 112.7 ms; session 11's scratch scripts ``/tmp/PERF/s11/orderby.py`` and
``calls.py``, not kept). Its answer moves only when the collection is written, or when
the filter's one time bound (``consent_until >= now + 1``) passes a stored value. So a count is kept with
the collection's write epoch and the range of thresholds over which it cannot change: from the threshold
it was counted at up to the smallest matching value at or above it (one ordered read of that field's
integer index, ~0.5 ms there). Any threshold in that range gives the same set of points, hence the same
count; outside it, or after a write, the store counts again.

Which writes move the epoch: every write of ``EdgeStore`` (``_write``), once before the engine's update and
once after, so that a count that overlapped a write is tagged with an epoch the write has already moved
past and is never served. A purge's sentinel point is hidden from every count, so purges need no epoch.
"""

from __future__ import annotations

import math
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import NamedTuple

from memory.store import Collection, Where

# Conditions kept per store: a deployment's filter combinations, not its matches (a bound, not an LRU).
_KEPT = 128
# A condition naming more values than this is not kept: a match's net (hundreds of ids) is counted at most
# once and would only fill the table.
_MAX_VALUES = 32


class Shape(NamedTuple):
    """What a count is kept under: the condition without its one lower bound, and that bound."""

    key: tuple[object, ...]
    field: str | None  # the bounded field (None: no bound, the count holds until the next write)
    bound: int


class KeptCounts:
    """Counts per (collection, condition), each with its write epoch and the bounds over which it holds.

    >>> counts = KeptCounts()
    >>> shape = counts.shape(Collection.candidates, Where(at_least={"t": 10}), ("t",))
    >>> epoch = counts.epoch(Collection.candidates)
    >>> counts.keep(shape, epoch, 7, upper=20)
    >>> counts.get(counts.shape(Collection.candidates, Where(at_least={"t": 20}), ("t",)), epoch)
    7
    >>> counts.get(counts.shape(Collection.candidates, Where(at_least={"t": 21}), ("t",)), epoch) is None
    True
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._epochs: dict[Collection, int] = defaultdict(int)
        self._kept: dict[tuple[object, ...], tuple[int, int, float, int]] = {}  # key -> (epoch, lower, upper, count)

    def wrote(self, collection: Collection) -> None:
        """A write to ``collection`` is about to start, or has just ended: every kept count of it is stale."""
        with self._lock:
            self._epochs[collection] += 1

    def epoch(self, collection: Collection) -> int:
        """Read before counting: a count is kept under the epoch it started in."""
        with self._lock:
            return self._epochs[collection]

    @staticmethod
    def shape(collection: Collection, where: Where | None, integer_fields: Sequence[str]) -> Shape | None:
        """How ``where`` is kept, or ``None`` when it is not (a ``below`` bound, two lower bounds, a bound on a
        field without an integer index to read the next value from, or too many values)."""
        if where is None:
            return Shape((collection,), None, 0)
        if where.below or len(where.at_least) > 1:
            return None
        if sum(len(values) for values in where.any_of.values()) > _MAX_VALUES:
            return None
        field, bound = next(iter(where.at_least.items()), (None, 0))
        if field is not None and field not in integer_fields:
            return None
        # Values in the order given: a condition is the same only if built the same way (as filters_where does).
        any_of = tuple(sorted((name, tuple(values)) for name, values in where.any_of.items()))
        return Shape((collection, any_of, field), field, bound)

    def get(self, shape: Shape, epoch: int) -> int | None:
        kept = self._kept.get(shape.key)
        if kept is None or kept[0] != epoch or not kept[1] <= shape.bound <= kept[2]:
            return None
        return kept[3]

    def keep(self, shape: Shape, epoch: int, count: int, *, upper: float = math.inf) -> None:
        """``count`` holds for bounds from ``shape.bound`` to ``upper`` (the smallest matching stored value at
        or above the bound; ``inf`` when there is none, or when the condition has no bound)."""
        with self._lock:
            if len(self._kept) >= _KEPT and shape.key not in self._kept:
                self._kept.clear()
            self._kept[shape.key] = (epoch, shape.bound, upper, count)

    def counted(
        self,
        shape: Shape,
        epoch: int,
        count: Callable[[], int],
        smallest_from: Callable[[str], float],
    ) -> int:
        """The kept count for ``shape``, or ``count()`` kept with the range it holds over
        (``smallest_from(field)``: the smallest value of the bounded field among the counted points)."""
        kept = self.get(shape, epoch)
        if kept is not None:
            return kept
        counted = count()
        upper = smallest_from(shape.field) if shape.field is not None and counted else math.inf
        self.keep(shape, epoch, counted, upper=upper)
        return counted
