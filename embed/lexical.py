"""BM25 term weights as sparse vectors, in pure Python, bit-for-bit those of Qdrant's own ``Bm25``.

Qdrant's BM25 (the server's ``qdrant/bm25`` model and Qdrant Edge's ``Bm25``, English defaults) splits
text on every character that is not alphanumeric, lowercases, drops English stop words, stems with the
Snowball English stemmer and names each term by the absolute value of its signed 32-bit MurmurHash3.
Reproducing it here keeps the vectors already stored valid (no reindex) while neither ``embed`` nor the
memory needs a Qdrant package to compute them, so server mode runs without Qdrant Edge installed.

Documents carry saturated term-frequency weights; queries weight each unique term 1.0. The store's IDF
modifier supplies the inverse document frequency at search time, so the index stays exact as the pool grows.

>>> encoder = LexicalEncoder()
>>> encoder.query("Running the runners").indices == encoder.query("runner RUN").indices
True
"""

from __future__ import annotations

import struct
from collections import Counter
from functools import lru_cache

import numpy as np
import regex
import snowballstemmer

from embed.sparse import SparseVec

# Qdrant's defaults: k saturates term frequency, b normalises by length against a fixed average length
# (in terms, after stop words) rather than the corpus's, so a document's vector never depends on the others.
K = 1.2
B = 0.75
AVG_LEN = 256.0

# Rust's ``char::is_alphanumeric`` is Unicode Alphabetic or Numeric; Python's ``\w`` differs on combining
# vowel signs (Devanagari, Thai, ...) and on the underscore, so the split names both properties explicitly.
_NON_WORD = regex.compile(r"[^\p{Alphabetic}\p{N}]+")

# Qdrant's English list (the NLTK one). Contractions never match after the split on "'", but are kept
# so that the list reads as the one it copies.
STOP_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself yourselves he him
    his himself she she's her hers herself it it's its itself they them their theirs themselves what which who
    whom this that that'll these those am is are was were be been being have has had having do does did doing
    a an the and but if or because as until while of at by for with about against between into through during
    before after above below to from up down in out on off over under again further then once here there when
    where why how all any both each few more most other some such no nor not only own same so than too very s t
    can will just don don't should should've now d ll m o re ve y ain aren aren't couldn couldn't didn didn't
    doesn doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma mightn mightn't mustn mustn't needn
    needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't
    """.split()
)

_STEMMER = snowballstemmer.stemmer("english")
_C1, _C2 = 0xCC9E2D51, 0x1B873593
_MASK = 0xFFFFFFFF


def murmur3_32(data: bytes, seed: int = 0) -> int:
    """MurmurHash3 (x86, 32-bit), unsigned.

    >>> hex(murmur3_32(b"hello"))
    '0x248bfa47'
    """

    def mix(k: int) -> int:
        k = (k * _C1) & _MASK
        k = ((k << 15) | (k >> 17)) & _MASK
        return (k * _C2) & _MASK

    h = seed
    whole = len(data) - len(data) % 4
    for (block,) in struct.iter_unpack("<I", data[:whole]):
        h ^= mix(block)
        h = ((h << 13) | (h >> 19)) & _MASK
        h = (h * 5 + 0xE6546B64) & _MASK
    if tail := data[whole:]:
        h ^= mix(int.from_bytes(tail, "little"))
    h ^= len(data)
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & _MASK
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & _MASK
    return h ^ (h >> 16)


# A pool's vocabulary is a few thousand words: stemming and hashing each once makes a long note cheap.
@lru_cache(maxsize=65_536)
def _term_id(word: str) -> int | None:
    lowered = word.lower()
    if lowered in STOP_WORDS:
        return None
    digest = murmur3_32(_STEMMER.stemWord(lowered).encode())
    # Qdrant reads the hash as an i32 and takes ``unsigned_abs``: ids stay below 2**31 (plus the one i32::MIN).
    return (1 << 32) - digest if digest >= 1 << 31 else digest


def term_ids(text: str) -> list[int]:
    """The text's terms in order, as the ids the index stores (stop words dropped)."""
    ids = (_term_id(word) for word in _NON_WORD.split(text) if word)
    return [i for i in ids if i is not None]


class LexicalEncoder:
    """English BM25 (k=1.2, b=0.75, average length 256 terms) sparse vectors for the lexical index."""

    def document(self, text: str) -> SparseVec:
        """Saturated term frequencies ``tf·(k+1) / (tf + k·(1 − b + b·len/avg_len))``, ids ascending."""
        ids = term_ids(text)
        norm = K * (1 - B + B * len(ids) / AVG_LEN)
        counts = sorted(Counter(ids).items())
        # Qdrant computes in f64 and stores f32; rounding the same way keeps stored and fresh vectors equal.
        weights = np.array([n * (K + 1) / (n + norm) for _, n in counts], dtype=np.float32)
        return SparseVec(tuple(i for i, _ in counts), tuple(float(w) for w in weights))

    def query(self, text: str) -> SparseVec:
        """Each distinct term once, weight 1.0, ids ascending (as Qdrant returns them)."""
        ids = tuple(sorted(set(term_ids(text))))
        return SparseVec(ids, (1.0,) * len(ids))
