"""What redaction removes around a name does not depend on the name; a second pass changes nothing.

Frames written for this check (eval/redaction_invariance.py, not the evaluation sets' templates) × names
from Faker's locales of many origins, which the redactor's name lists were not built from. The property:
``redact(frame(n1)) == redact(frame(n2))`` and ``redact(redact(t)) == redact(t)``. Precondition: no name
part is an ordinary English word (those are measured by the recall evaluations, not promised here).
"""

from __future__ import annotations

import pytest

from eval.redaction_invariance import FRAMES, check, people, plain
from memory.redact import Redactor
from memory.redact_lexicon import lexicon

# The frames of the outside findings (a word next to a name, handles, "Last, First" records, lists of two).
FAST_FRAMES = (
    "Both {F} and {G} flagged the gap in the test plan.",
    "Welcome {F} {L} (pronouns: they/them) to the data team!",
    "Referee {F} {L} says the migration work was solid.",
    "follow up with {f} if it is late",
    "w/ {f} {l} tmrw re the offer",
    "Candidate record: {L}, {F} | backend | onsite done",
    "@{f}.{l} can you review the take-home?",
    "Reviewer for this one: {f}.{l}",
    "{F} and {G} ran the system design panel.",
    "After the call ended, {L} sent the scorecard.",
    "Feedback from {F}-{G}: strong on SQL, weak on testing.",
    "Dear {F}, thanks for your time yesterday.",
)


def _pool(count: int, seed: int) -> list:  # type: ignore[type-arg]
    lex = lexicon()
    return [p for p in people(count, seed) if plain(p, lambda w: w in lex.common)]


def _batch(redactor: Redactor):  # type: ignore[no-untyped-def]
    return lambda texts: redactor.redact_many(list(texts), [None] * len(texts))


def test_fast_frames_are_in_the_full_set() -> None:
    assert set(FAST_FRAMES) <= set(FRAMES)


def test_the_same_text_whichever_name_fills_a_frame() -> None:
    persons = _pool(12, seed=5)
    outcomes = check(_batch(Redactor(layers={"identity", "lists"})), FAST_FRAMES, persons)
    differ = {o.frame: [(p.given, p.family, out) for p, out in o.disagree] for o in outcomes if o.disagree}
    assert differ == {}
    assert [o.unstable for o in outcomes if o.unstable] == []
    # The property is about what is left: every name word is gone too.
    for outcome in outcomes:
        for person in persons:
            assert person.family not in outcome.usual and person.given not in outcome.usual


def test_a_found_name_and_its_placeholder_read_the_same_around_them() -> None:
    # A second pass reads "[PERSON]" where the first read a name: no word beside it may go then.
    redactor = Redactor(layers={"identity", "lists"})
    for text in ("Both Ngozi [PERSON] and [PERSON] flagged it.", "Candidate record: Okafor, [PERSON]"):
        once = redactor.redact(text)
        assert redactor.redact(once) == once


@pytest.mark.slow
def test_every_frame_with_many_names_and_the_model() -> None:
    # Seed 41 was first run after the rules were written (seeds 11 and 23 were read while writing them).
    persons = _pool(300, seed=41)
    outcomes = check(_batch(Redactor()), FRAMES, persons)
    agree = sum(len(persons) - len(o.disagree) for o in outcomes) / (len(persons) * len(outcomes))
    assert [o.unstable for o in outcomes if o.unstable] == []
    # 0.9975 on its first run with the stock model and the first 44 frames; 0.9962 with all 69 (python -m
    # eval.redaction_invariance --people 300): names that are places, employers or products ("Helena",
    # "Trinidad", "Abbott", "Julia") still differ.
    assert agree >= 0.99, [(o.frame, [(p.given, p.family) for p, _ in o.disagree]) for o in outcomes if o.disagree]
