"""The person tagger's session-15 training data (eval.ner_frames_s15, eval.ner_origins_east): frames for
OUTSIDE13's classes, look-alike-only frames never label a person, the syllable-built East Asian origins reach
training without a word of our evaluations, and short syllables and family-first order are drawn."""

from __future__ import annotations

import random
import re

import pytest

from eval.ner_frames_s15 import _SLOT, ROLE_ASIDES, S15, SIGN_OFFS, frame_with_lookalikes

# Frames only a person fills: never turned into look-alike frames.
_PERSON_ONLY = (*SIGN_OFFS, *ROLE_ASIDES)

# Slots that hold something that is no person (a holiday, a language, an interjection, a place, a firm).
_OTHER_ONLY = re.compile(r"\{(HOLX|LANG|LANGU|INTJ|PL|PLU|HOSP|FIRMP|EWO)\}")


def test_look_alike_fill_turns_every_name_slot_and_only_those() -> None:
    assert frame_with_lookalikes("{EA} met {q} about {HOLX}; ask {ES}") == "{LK} met {lk} about {HOLX}; ask {LK}"
    for frame in S15:
        swapped = frame_with_lookalikes(frame)
        if frame in _PERSON_ONLY:
            assert swapped == frame and _SLOT.search(frame)  # only a person signs a note or stands there
            continue
        assert not _SLOT.search(swapped), swapped
        assert swapped.count("{LK}") + swapped.count("{lk}") == len(_SLOT.findall(frame)), frame


def test_the_families_cover_names_and_look_alikes() -> None:
    named = [f for f in S15 if _SLOT.search(f)]
    others = [f for f in S15 if not _SLOT.search(f)]
    assert len(named) >= 15 and len(others) >= 10
    assert all(_OTHER_ONLY.search(f) for f in others), [f for f in others if not _OTHER_ONLY.search(f)]


def test_east_asian_origins_are_composed_from_syllables() -> None:
    from eval.ner_origins_east import EAST_ORIGINS, east_asian_origins

    origins = east_asian_origins()
    assert set(origins) == set(EAST_ORIGINS)
    assert origins == east_asian_origins()  # a fixed seed: the same pools for the same tree
    korean = origins["east-korean"].given
    assert any("-" in g for g in korean) and any(len(g) <= 3 for g in origins["east-cantonese"].family)
    cantonese = origins["east-cantonese"].given
    assert any(" " in g for g in cantonese)  # two-word given names, as Hong Kong spellings write them


@pytest.fixture(scope="module")
def names():  # type: ignore[no-untyped-def]
    from eval.ner_data import Names

    return Names("train", random.Random(11))


@pytest.mark.slow  # ~60 s: Faker, the shared lists and the gazetteers are read
def test_east_asian_names_reach_training_without_a_word_of_our_evaluations(names) -> None:  # type: ignore[no-untyped-def]
    from eval.ner_names import _parts, excluded

    assert len(names.east) >= 3, names.east
    banned = excluded()
    for origin in names.east:
        pool = names.pools[origin]
        words = {w for name in pool.given + pool.family for w in _parts(name)}
        assert not words & banned, (origin, sorted(words & banned)[:5])
    assert len(names.short_east) >= 40
    assert all(2 <= len(s) <= 3 and s.isalpha() for s in names.short_east)
    assert not {s.lower() for s in names.short_east} & banned


@pytest.mark.slow  # shares the fixture above
def test_east_asian_full_names_are_written_family_first_half_the_time(names) -> None:  # type: ignore[no-untyped-def]
    given = {g for o in names.east for g in names.pools[o].given}
    family = {f for o in names.east for f in names.pools[o].family}
    first = last = 0
    for _ in range(3000):
        head, _, rest = names.person("full")[0].text.partition(" ")
        if head in family and rest in given and head not in given:
            first += 1
        elif head in given and rest in family and rest not in given:
            last += 1
    # About 7% of draws come from these origins (EAST_RATE after the word-like share); both orders must be drawn.
    assert first > 20 and last > 20, (first, last)


@pytest.mark.slow  # shares the fixture above
def test_s15_sentences_label_exactly_the_slots_and_look_alikes_no_person(names) -> None:  # type: ignore[no-untyped-def]
    from eval.ner_data import _chosen, _fill, _render

    frames = _chosen(S15, "train")
    persons_seen = others_seen = 0
    for i in range(800):
        frame = frames[i % len(frames)]
        look = i % 3 == 2
        text, spans = _render(_fill(frame_with_lookalikes(frame) if look else frame, names), names.rng)
        assert "<<" not in text and "{" not in text, text
        for a, b, _ in spans:
            assert text[a:b] and text[a:b] == text[a:b].strip(), (text, spans)
        persons = [text[a:b] for a, b, label in spans if label == "PERSON"]
        if (look and frame not in _PERSON_ONLY) or not _SLOT.search(frame):
            assert not persons, (frame, text)
            others_seen += bool(spans)
        else:
            assert persons, (frame, text)
            persons_seen += 1
    assert persons_seen > 200 and others_seen > 200


@pytest.mark.slow  # ~15 s
def test_interjections_an_outside_check_writes_are_kept_out(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from eval import ner_lookalikes, ner_names
    from eval.ner_frames_s15 import interjections

    # The words are built here: this file's own text is among those unseen() reads.
    kept, probed = "Dum" + "ela", "Jam" + "bo"
    before = interjections()
    assert kept in before and probed in before
    probe = tmp_path / "repro.py"
    probe.write_text(f'FRAMES = ["{probed}, the loop moved."]\n', encoding="utf-8")
    ner_names.ALSO_EXCLUDE[:] = [probe]
    ner_names.eval_text.cache_clear()
    ner_lookalikes._eval_ngrams.cache_clear()
    try:
        after = interjections()
        assert probed not in after and kept in after
    finally:
        ner_names.ALSO_EXCLUDE.clear()
        ner_names.eval_text.cache_clear()
        ner_lookalikes._eval_ngrams.cache_clear()
