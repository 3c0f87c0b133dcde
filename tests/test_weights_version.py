"""The shipped model's version names its content: the decision log and the audits record it."""

from __future__ import annotations

import json
from importlib import resources

from eval.fit_weights import model_digest, weights_document


def test_the_shipped_version_ends_with_the_digest_of_its_weights_reference_and_fit_level() -> None:
    shipped = json.loads(resources.files("memory").joinpath("weights.json").read_text())
    assert shipped["version"].endswith("-" + model_digest(shipped))


def test_two_fits_of_one_day_get_two_versions() -> None:
    one = json.loads(weights_document({"semantic": 0.5}, {}, {"semantic": 0.4}, {"intercept": -1.0}))
    other = json.loads(weights_document({"semantic": 0.6}, {}, {"semantic": 0.4}, {"intercept": -1.0}))
    assert one["version"] != other["version"]
    assert one["version"].endswith("-" + model_digest(one))
