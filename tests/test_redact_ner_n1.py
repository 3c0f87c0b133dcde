"""The person tagger's session-14 training data (eval.ner_frames_n1, eval.ner_slots, eval.ner_origins_more):
the N1 frames hold name slots, their look-alike fill holds none, the labels cover exactly the slot's text, and
the new origins' words our evaluations use are never trained on."""

from __future__ import annotations

import random
import re

import pytest

from eval.ner_frames_n1 import FOREIGN, N1, SIGN_OFFS, frame_with_lookalikes, lookalike

_NAME_SLOT = re.compile(r"\{(Q[A-Z]?|q)\}")


def test_every_n1_frame_holds_a_name_slot_and_its_lookalike_fill_none() -> None:
    for frame in N1:
        assert _NAME_SLOT.search(frame), frame
        if frame in SIGN_OFFS:
            continue  # below: only a person signs a note
        swapped = frame_with_lookalikes(frame)
        assert not _NAME_SLOT.search(swapped), swapped
        # as many look-alike slots as name slots: the slot, not the frame, changes
        assert swapped.count("{LK}") + swapped.count("{lk}") == len(_NAME_SLOT.findall(frame)), frame


def test_sign_offs_are_never_filled_with_lookalikes() -> None:
    assert SIGN_OFFS and all(frame in N1 for frame in SIGN_OFFS)
    for frame in SIGN_OFFS:
        assert frame_with_lookalikes(frame) == frame and _NAME_SLOT.search(frame)
    # a frame that is no sign-off still changes
    assert frame_with_lookalikes("Thanks to {QA}.") == "Thanks to {LK}."


def test_a_lower_case_name_slot_becomes_a_lower_case_lookalike() -> None:
    assert frame_with_lookalikes("did {q} reply? ask {QA}") == "did {lk} reply? ask {LK}"


def test_lookalikes_come_from_every_kind_given() -> None:
    rng = random.Random(1)
    draws = {"word": lambda: ("Budget", "O"), "place": lambda: ("Lusaka", "GPE")}
    seen = {lookalike(rng, draws) for _ in range(300)}
    labels = {label for _, label in seen}
    assert labels == {"O", "GPE"}
    assert any(text in FOREIGN for text, _ in seen)
    assert any(text.startswith(("Project ", "Operation ", "Initiative ", "Workstream ")) for text, _ in seen)


@pytest.fixture(scope="module")
def names():  # type: ignore[no-untyped-def]
    from eval.ner_data import Names

    return Names("train", random.Random(7))


@pytest.mark.slow  # ~40 s: Faker, the shared lists and the gazetteers are read
def test_n1_sentences_label_exactly_the_slot_and_lookalike_fills_no_person(names) -> None:  # type: ignore[no-untyped-def]
    from eval.ner_data import _chosen, _fill, _render

    people = lookalikes = 0
    for i in range(600):
        frame = names.rng.choice(_chosen(N1, "train"))
        look = i % 2 == 1
        text, spans = _render(_fill(frame_with_lookalikes(frame) if look else frame, names), names.rng)
        persons = [text[a:b] for a, b, label in spans if label == "PERSON"]
        assert "<<" not in text and "{" not in text, text
        for a, b, _ in spans:
            assert text[a:b] == text[a:b].strip() and text[a:b], (text, spans)
        if look and frame not in SIGN_OFFS:
            assert not persons, text
            lookalikes += 1
        else:
            assert persons, text
            people += 1
    assert people and lookalikes


@pytest.mark.slow  # ~60 s
def test_the_session_14_origins_reach_training_without_a_word_of_our_evaluations() -> None:
    from eval.ner_names import _parts, excluded, pools
    from eval.ner_origins_more import MORE_ORIGINS

    train = pools("train")
    present = set(MORE_ORIGINS) & set(train)
    assert len(present) >= 12, sorted(set(MORE_ORIGINS) - present)
    banned = excluded()
    for origin in present:
        words = {w for name in train[origin].given + train[origin].family for w in _parts(name)}
        assert not words & banned, (origin, sorted(words & banned)[:5])
    # the hand lists are checked, not only the filtered pools: the exclusion really removed some of them
    raw = {w for pool in MORE_ORIGINS.values() for name in pool.given + pool.family for w in _parts(name)}
    assert raw & banned


@pytest.mark.slow  # ~15 s: the shared name lists and the invariance draw are read
def test_words_of_an_outside_check_can_be_kept_out_of_training(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``python -m eval.ner_data --also-exclude FILE``: a reviewer's published repro stays independent."""
    from eval import ner_names

    # The place words are built here: this file's own text is among those unseen() reads.
    place, other = "Mymen" + "singh", "Khul" + "na"
    probe = tmp_path / "repro.py"
    probe.write_text(f'FRAMES = ["Ask Kallol about {place}."]\n', encoding="utf-8")
    before = ner_names.excluded()
    assert "kallol" not in before  # a name of the training pools, written in no evaluation file
    ner_names.ALSO_EXCLUDE[:] = [probe]
    ner_names.excluded.cache_clear()
    ner_names.eval_text.cache_clear()
    try:
        assert {"kallol", place.lower()} <= ner_names.excluded()
        assert ner_names.unseen([place, other]) == [other]
    finally:
        ner_names.ALSO_EXCLUDE.clear()
        ner_names.excluded.cache_clear()
        ner_names.eval_text.cache_clear()
    assert ner_names.excluded() == before


def test_the_n1_score_counts_person_tokens_and_flagged_lookalikes() -> None:
    from eval.ner_n1_score import score
    from memory.redact_ner import tuned_pipeline

    people: list[tuple[str, list[tuple[int, int]]]] = [("We met Chidubem Okonkwo in Lagos.", [(7, 23)])]
    people.append(("Panel: Kubernetes (tech)", []))
    looks: list[tuple[str, list[tuple[int, int]]]] = [("Panel: Kubernetes (tech)", []), ("Notes are up.", [])]
    s = score(tuned_pipeline(), people, looks)
    assert s["found"] + s["missed"] == 2  # the two tokens of the one gold name
    assert s["found"] == 2  # the shipped tagger finds this one (the class docstring's example)
    assert s["looks"] == 2 and s["flagged"] <= 1  # "Notes are up." is no person for any tagger worth shipping
