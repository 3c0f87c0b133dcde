"""The sparse vector the lexical index stores: plain Python, no search engine's types.

It is what ``embed.lexical`` produces and what the store port (``memory.store``) accepts; each store
adapter converts it to its own engine's type at the edge.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SparseVec:
    """Parallel term ids and weights; falsy when the text had no indexable term.

    >>> bool(SparseVec((), ())), bool(SparseVec((7,), (1.0,)))
    (False, True)
    """

    indices: tuple[int, ...]
    values: tuple[float, ...]

    def __bool__(self) -> bool:
        return bool(self.indices)
