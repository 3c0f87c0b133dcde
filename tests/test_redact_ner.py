"""The person tagger (memory/redact_ner.py): the shipped weights, their digest, determinism, and what it finds in
names and wording it was never trained on.

The names come from the four origins training never read (Icelandic, Latvian, Uzbek and Thai: Faker locales
``eval.ner_names.TEST_LOCALES``, and none of their words is in a training pool); the sentences were written
for this test, after training, and are in no frame of ``eval/ner_frames.py``.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import pytest

from memory.errors import BackendUnavailable
from memory.redact import Redactor
from memory.redact_ner import SHIPPED, SHIPPED_DIGEST, SpacyPersons, tuned_pipeline

# (sentence, the name in it): the forms the rules miss most (a family name alone after a clause, the second of
# two names, "Last, First" records, lower case, capitals) as well as plain full names.
HELD_OUT = [
    ("Ran the panel debrief; Þjóðmar Vémundsson came across as the most senior of the four.", "Þjóðmar Vémundsson"),
    ("The design round went long, so Hallmundsdóttir moves to Thursday.", "Hallmundsdóttir"),
    ("Austmar and Rósi both asked about the on-call rota.", "Rósi"),
    ("Reviewer: Fjólmundsson, Sveiney | Verdict: hire", "Fjólmundsson"),
    ("spoke to pēteris podnieks this morning, he can start in june", "pēteris podnieks"),
    ("Let us give the case study to Broņislava Kļaviņa before the weekend.", "Broņislava Kļaviņa"),
    ("After the screen Krieviņš sent over two writing samples.", "Krieviņš"),
    ("SHOHRUX TEMIROV PREFERS A HYBRID WEEK AND A LATER START.", "SHOHRUX TEMIROV"),
    ("If the budget holds, Aminova gets the lead title.", "Aminova"),
    ("javohir said the take-home took him six hours", "javohir"),
    ("Jaruwan and Sitiwat were the strongest two, in that order.", "Sitiwat"),
    ("We have not heard back from Lertsattayanusak since Monday.", "Lertsattayanusak"),
    ("Tungkasethakul, Yanisa - applied 3 May - referred by the data team", "Tungkasethakul"),
    ("honestly yanisa was the calmest person in the loop", "yanisa"),
]
# Things in the places a person stands that are no person.
LOOKALIKES = [
    "Ran the panel debrief; Kubernetes came up as the hardest part of the four.",
    "The second reference letter, printed on Deloitte paper, was short.",
    "Last sprint Grafana dashboards replaced the old alerting rules.",
    "We have not heard back from Reykjavik since Monday.",
    "If the budget holds, the Riga office gets the lead title.",
    "The hiring plan for Tashkent is on hold until Diwali.",
]


@pytest.fixture(scope="module")
def tagger() -> SpacyPersons:
    return SpacyPersons()


def _found(finder: SpacyPersons, cases: list[tuple[str, str]]) -> int:
    spans = finder.persons([text for text, _ in cases])
    return sum(
        any(text[a:b].strip(".,") == name or name in text[a:b] for a, b in found)
        for (text, name), found in zip(cases, spans, strict=True)
    )


def test_the_shipped_weights_have_the_digest_written_in_the_code() -> None:
    assert hashlib.sha256(SHIPPED.read_bytes()).hexdigest() == SHIPPED_DIGEST


def test_changed_weights_are_refused(tmp_path: Path) -> None:
    changed = tmp_path / "ner.bin.gz"
    raw = bytearray(gzip.decompress(SHIPPED.read_bytes()))
    raw[-1] ^= 1
    changed.write_bytes(gzip.compress(bytes(raw), mtime=0))
    with pytest.raises(BackendUnavailable, match="digest"):
        tuned_pipeline(changed)


def test_missing_weights_are_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(BackendUnavailable, match="cannot be read"):
        tuned_pipeline(tmp_path / "absent.bin.gz")


def test_the_tagger_is_deterministic(tagger: SpacyPersons) -> None:
    texts = [text for text, _ in HELD_OUT] + LOOKALIKES
    other = SpacyPersons()  # the same cached pipeline: load a second one by hand
    other._nlp = tuned_pipeline()
    assert tagger.persons(texts) == tagger.persons(texts) == other.persons(texts)


def test_it_finds_names_of_origins_it_never_saw(tagger: SpacyPersons) -> None:
    # Alone, on windows it was not trained on, it finds 8 of the 14 (the stock ner 6): lower case, capitals and
    # "X and Y" are where it still misses; the rules around it catch most of those (next tests).
    assert _found(tagger, HELD_OUT) >= 8


def test_it_finds_more_of_them_than_the_stock_model(tagger: SpacyPersons) -> None:
    assert _found(tagger, HELD_OUT) > _found(SpacyPersons(tuned=False), HELD_OUT)


def test_the_redactor_removes_more_of_them_with_it() -> None:
    texts = [text for text, _ in HELD_OUT]

    def left(finder: SpacyPersons, layers: set[str] | None = None) -> int:
        redactor = Redactor(finder=finder) if layers is None else Redactor(finder=finder, layers=layers)
        outputs = redactor.redact_many(texts, [None] * len(texts))
        return sum(name in out for (_, name), out in zip(HELD_OUT, outputs, strict=True))

    # Since session 14 the full redactor asks the model about every unknown capitalised word, so with the lists
    # even the stock ner leaves only one of the 14 (7d719d7); the model layer alone still shows the difference.
    assert left(SpacyPersons()) <= 1
    alone = {"identity", "ner"}
    assert left(SpacyPersons(), alone) < left(SpacyPersons(tuned=False), alone)


def test_it_leaves_places_products_and_firms_in_a_persons_place(tagger: SpacyPersons) -> None:
    # Alone it still takes a product or a city for a person now and then ("Kubernetes came up", "Grafana
    # dashboards", "plan for Tashkent": 3 of 6); in the redactor the product list keeps products out of its reach.
    assert sum(bool(spans) for spans in tagger.persons(LOOKALIKES)) <= 3


# Values a debrief writes after a label, in lower case: the decision is the note's most informative word, and
# the shipped redactor (the tagger deciding lower-case words) once turned them into [PERSON] (review, session 6).
LABELS = ["Recommendation", "Verdict", "Decision", "Outcome", "Status", "Level", "Start date", "Salary", "Next step"]
VALUES = ["hire", "lean hire", "no hire", "strong yes", "pass", "hold", "junior", "tbd", "negotiable", "infra", "ok"]


@pytest.fixture(scope="module")
def shipped() -> Redactor:
    return Redactor()  # every layer, the tagger included: what the product runs


def test_lower_case_values_after_a_label_stay(shipped: Redactor) -> None:
    texts = [f"{label}: {value}{end}" for label in LABELS for value in VALUES for end in ("", ".")]
    texts += ["Man hours were logged per sprint.", "Panel notes: Nakamura, Haruki | infra | hire"]
    out = shipped.redact_many(texts, [None] * len(texts))
    changed = [(t, o) for t, o in zip(texts[:-1], out[:-1], strict=True) if t != o]
    assert changed == []
    assert out[-1] == "Panel notes: [PERSON], [PERSON] | infra | hire"


def test_lower_case_names_where_a_person_stands_still_go(shipped: Redactor) -> None:
    texts = ["spoke to nnamani, who was upbeat", "thanks priya for the intro", "cc: oluwaseun on the thread"]
    out = shipped.redact_many(texts, [None] * len(texts))
    assert out == ["spoke to [PERSON], who was upbeat", "thanks [PERSON] for the intro", "cc: [PERSON] on the thread"]


def test_a_surname_that_is_a_pronoun_goes_with_the_name(shipped: Redactor) -> None:
    """Hmong Her, Chinese He: the same text as for any other surname, never "[PERSON] Their"."""
    frames = [
        "Referee Mai {} says Mai supervised them.",
        "Interviewer: Tou {}. Tou thinks it fits.",
        "**Pa {}**\n\nEXPERIENCE",
        "**MAI {}**\n\nEXPERIENCE",
        "Mai {0} thinks the profile fits, and {0} promised a writing sample; ask {0} about it.",
    ]
    for frame in frames:
        out = shipped.redact_many(
            [frame.format(s if "MAI" not in frame else s.upper()) for s in ("Her", "He", "Lee")], [None] * 3
        )
        assert len(set(out)) == 1, out
    assert shipped.redact("I spoke with Ana. Her manager agreed.") == "I spoke with [PERSON]. Their manager agreed."


@pytest.mark.slow  # ~13 s: Faker's locales and the shared name lists are read
def test_the_invariance_checks_names_are_kept_out_of_the_taggers_training_pool() -> None:
    """Review S10: the names ``eval.redaction_invariance`` draws (its command's, EVAL.md's and the tests' seeds)
    are removed from every training pool a rebuild reads. The shipped weights predate this (trained with 294 of
    its 546 name words in the pool); a retrain without them was measured in session 7 and not shipped (it removed
    more product words, "Java", on the dev resumes: 860 -> 890 [PERSON])."""
    from eval.ner_names import excluded, invariance_words

    words = invariance_words()
    assert len(words) > 300  # the draw is real: Faker's names of 26 origins
    assert words <= excluded()


@pytest.mark.slow
def test_no_training_pool_holds_an_invariance_name_word() -> None:
    from eval.ner_names import _parts, invariance_words, pools

    words = invariance_words()
    for split in ("train", "dev"):
        for origin, pool in pools(split).items():
            leaked = {w for name in pool.given + pool.family for w in _parts(name)} & words
            assert not leaked, (split, origin, sorted(leaked)[:5])


@pytest.mark.slow  # ~60 s: Faker, the shared lists and the gazetteers are read
def test_no_training_pool_or_look_alike_holds_a_word_of_our_evaluations() -> None:
    """Every name word written in the evaluation and test files (and every name the evaluations draw) is out of
    the pools the tagger trains on, the origins added in session 10 (``eval.ner_origins``) included; and no
    gazetteer phrase (holidays, places, languages, tools) is one those files contain."""
    from eval import ner_lookalikes as looks
    from eval.ner_names import _parts, excluded, pools, unseen

    banned = excluded()
    assert {"hmong", "burmese", "mongolian"} <= set(pools("train"))
    for split in ("train", "dev"):
        for origin, pool in pools(split).items():
            leaked = {w for name in pool.given + pool.family for w in _parts(name)} & banned
            assert not leaked, (split, origin, sorted(leaked)[:5])
    phrases = [*looks.holiday_names(), *looks.language_names(), *looks.tool_names()]
    phrases += [p for group in looks.place_names() for p in group]
    assert len(phrases) > 1000
    # The gazetteers' filter is a word n-gram lookup; the hand lists' (eval.ner_names.unseen) is a regular
    # expression per phrase: a sample of every 40th phrase through the slower, independent one.
    sample = phrases[::40]
    assert unseen(sample) == sample
