"""eval.ner_blend: a parameter average of two person-tagger weight files (session 14)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy
import pytest

from eval.ner_blend import blend
from eval.ner_train import save
from memory.redact_ner import SHIPPED, SHIPPED_DIGEST, tuned_pipeline


def _params(nlp: object) -> list[numpy.ndarray]:
    model = nlp.get_pipe("ner").model  # type: ignore[attr-defined]
    return [numpy.asarray(n.get_param(p)) for n in model.walk() for p in n.param_names if n.has_param(p)]


@pytest.mark.slow  # ~10 s: three pipelines are loaded
def test_a_blend_lies_between_its_inputs_and_all_of_one_is_that_one(tmp_path: Path) -> None:
    shifted = tuned_pipeline(SHIPPED)
    for node in shifted.get_pipe("ner").model.walk():
        for name in node.param_names:
            if node.has_param(name):
                node.set_param(name, node.get_param(name) + 1.0)
    other = tmp_path / "other.bin.gz"
    save(shifted, other)
    # all of the shipped file gives the shipped bytes back (the save is deterministic)
    assert hashlib.sha256(_saved(blend(SHIPPED, other, 1.0), tmp_path)).hexdigest() == SHIPPED_DIGEST
    quarter = _params(blend(SHIPPED, other, 0.25))
    base = _params(tuned_pipeline(SHIPPED))
    assert len(quarter) == len(base) > 10
    for mixed, old in zip(quarter, base, strict=True):
        numpy.testing.assert_allclose(mixed, old + 0.75, rtol=0, atol=1e-5)
    with pytest.raises(ValueError):
        blend(SHIPPED, other, 1.5)


def _saved(nlp: object, folder: Path) -> bytes:
    path = folder / "blend.bin.gz"
    save(nlp, path)
    return path.read_bytes()
