"""BM25 term weights as sparse vectors, computed offline by Qdrant Edge's own tokenizer and stemmer.

Documents carry term-frequency weights; queries weight each unique term 1.0. The store's IDF modifier
supplies the inverse document frequency at search time, so the index stays exact as the pool grows.
"""

from __future__ import annotations

from dataclasses import dataclass

from qdrant_edge import Bm25


@dataclass(frozen=True)
class SparseVec:
    indices: tuple[int, ...]
    values: tuple[float, ...]

    def __bool__(self) -> bool:
        return bool(self.indices)


class LexicalEncoder:
    """English BM25 (k=1.2, b=0.75) sparse vectors for the lexical index."""

    def __init__(self) -> None:
        self._bm25 = Bm25()

    def document(self, text: str) -> SparseVec:
        vec = self._bm25.embed_document(text)
        return SparseVec(tuple(vec.indices), tuple(vec.values))

    def query(self, text: str) -> SparseVec:
        vec = self._bm25.embed_query(text)
        return SparseVec(tuple(vec.indices), tuple(vec.values))
