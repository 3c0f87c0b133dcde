"""An encoder standing in for another: what recorders and encode-ahead pipelines build on.

A store checks an encoder's ``model_id`` and ``dim`` against its manifest, so anything that wraps an
encoder must answer them as the wrapped one does; subclasses only change what happens around ``encode``.
"""

from __future__ import annotations

from collections.abc import Sequence

from embed.encoder import Encoder, Vectors


class EncoderWrapper:
    """Forwards ``model_id``, ``dim`` and ``encode`` to the wrapped encoder.

    >>> from embed import HashingEncoder
    >>> wrapped = EncoderWrapper(HashingEncoder(8))
    >>> wrapped.model_id, wrapped.dim, wrapped.encode(["a"]).shape
    ('hashing-8', 8, (1, 8))
    """

    def __init__(self, inner: Encoder) -> None:
        self._inner = inner

    @property
    def model_id(self) -> str:
        return self._inner.model_id

    @property
    def dim(self) -> int:
        return self._inner.dim

    def encode(self, texts: Sequence[str]) -> Vectors:
        return self._inner.encode(texts)
