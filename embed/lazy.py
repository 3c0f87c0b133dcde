"""An encoder that loads its model on the first ``encode``, not when the store is opened.

Opening a store only needs the encoder's ``model_id`` and ``dim`` (the manifest check), so a command
that never embeds anything — ``talentrecall count``, ``get``, ``export`` — never pays the seconds torch
and the weights take to load, and a locked store is reported before any of that starts.

>>> from embed.encoder import HashingEncoder
>>> encoder = LazyEncoder(lambda: HashingEncoder(8), model_id="hashing-8", dim=8)
>>> encoder.model_id, encoder.dim, encoder.loaded
('hashing-8', 8, False)
>>> encoder.encode(["Kubernetes operator"]).shape, encoder.loaded
((1, 8), True)
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from embed.encoder import DEFAULT_MODEL_ID, Encoder, EncoderUnavailable, HashingEncoder, SentenceEncoder, Vectors

# all-MiniLM-L6-v2's output width; declared so that the packaged model's store manifest can be checked unloaded.
MINILM_DIM = 384


class LazyEncoder:
    """Wraps a zero-argument factory of the real encoder and calls it once, on first use.

    ``model_id`` and ``dim`` are answered from what was declared; one left as ``None`` loads the model to
    find out. After loading, the real encoder must agree with the declaration, or the store's manifest
    check would have been made against a lie.
    """

    def __init__(self, factory: Callable[[], Encoder], *, model_id: str | None = None, dim: int | None = None) -> None:
        self._factory = factory
        self._model_id = model_id
        self._dim = dim
        self._encoder: Encoder | None = None
        # Web requests run in a thread pool: two first requests must not load the model twice.
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._encoder is not None

    @property
    def model_id(self) -> str:
        return self._model_id if self._model_id is not None else self.load().model_id

    @property
    def dim(self) -> int:
        return self._dim if self._dim is not None else self.load().dim

    def load(self) -> Encoder:
        """The real encoder, built on the first call."""
        with self._lock:
            if self._encoder is None:
                encoder = self._factory()
                declared = (self._model_id or encoder.model_id, self._dim or encoder.dim)
                if declared != (encoder.model_id, encoder.dim):
                    raise EncoderUnavailable(
                        f"the model loaded as {encoder.model_id} ({encoder.dim}-d) but was declared as "
                        f"{declared[0]} ({declared[1]}-d)"
                    )
                self._encoder = encoder
            return self._encoder

    def encode(self, texts: Sequence[str]) -> Vectors:
        return self.load().encode(texts)


def lazy_encoder(model: str | None) -> Encoder:
    """The encoder ``load_encoder(model)`` names, loading nothing yet.

    >>> lazy_encoder(None).model_id, lazy_encoder(None).dim
    ('sentence-transformers/all-MiniLM-L6-v2', 384)
    >>> lazy_encoder("hashing-16").model_id
    'hashing-16'
    """
    if model is None:
        return LazyEncoder(SentenceEncoder, model_id=DEFAULT_MODEL_ID, dim=MINILM_DIM)
    if model.startswith("hashing-"):
        return HashingEncoder(int(model.removeprefix("hashing-")))  # instant: nothing to defer
    path = Path(model)
    # A typo in TALENTRECALL_MODEL is reported at open, as before, not at the first write.
    if not path.is_dir():
        raise EncoderUnavailable(f"model directory {path} does not exist")
    # A directory model names itself after the folder (see SentenceEncoder); its width is only known loaded.
    return LazyEncoder(lambda: SentenceEncoder(path), model_id=path.resolve().name)
