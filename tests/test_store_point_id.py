"""``point_id`` (memory/store.py) builds uuid5's string from the SHA-1 itself: the same string as
``uuid.uuid5`` for every collection and for keys of any script and length, so every stored point keeps
its id."""

from __future__ import annotations

import random
import uuid

import pytest

from memory.store import _ID_NAMESPACE, Collection, point_id

KEYS = ["c1", "", "cand-000123", "categories:d-1", "outcome:x|y|contacted", "é☃𝄞 ünïcødé", "x" * 1_000, "a:b:c"]


@pytest.mark.parametrize("collection", list(Collection))
def test_point_id_is_uuid5s_string(collection: Collection) -> None:
    rng = random.Random(7)
    keys = KEYS + ["".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randrange(1, 60))) for _ in range(200)]
    for key in keys:
        assert point_id(collection, key) == str(uuid.uuid5(_ID_NAMESPACE, f"{collection.value}:{key}")), key


def test_point_id_of_a_key_that_is_not_utf8_encodable_raises_as_uuid5_does() -> None:
    with pytest.raises(UnicodeEncodeError):
        uuid.uuid5(_ID_NAMESPACE, "candidates:\ud800")
    with pytest.raises(UnicodeEncodeError):
        point_id(Collection.candidates, "\ud800")
