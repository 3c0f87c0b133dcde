"""Session 16's redaction cost cuts change no answer: each cut rule's answers on a fixed, varied corpus have the
digest they had before the cut (recorded at the cut's parent commit), and one call asks the tagger about each of
its windows once, keeping none after it.

The whole redactor's outputs were compared before and after each cut by ``python -m eval.redaction_cost`` (the
dev resumes, 2,000 notes, every text of ``python -m eval.redaction``); these tests keep the rules' part of that
here, on generated inputs that do not need the shared data. A deliberate change of a rule's answers changes its
digest: print the new ones with ``python -m tests.test_redact_cost16`` and say why in the commit.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence

import pytest

from eval.bench_ingest import dev_resumes
from memory.redact import Redactor
from memory.redact_lexicon import lexicon
from memory.redact_ner import SpacyPersons
from memory.redact_slots import named_run
from memory.redact_tokens import tokenize

# Capitalised words of every kind a run of capitals is made of: sentence words, given and family names (some
# also words, places or products), places and their parts, products, holidays and days, titles, initials,
# acronyms.
_WORDS = """Contact Senior Project Data Machine Learning Good Friday Easter Monday New York North West Cedar Rapids
    Andhra Pradesh Bandra Navi Mumbai Tunde Okafor Grant Priya Raghunathan Hope Julia Moyo Gift Kwame Maya Banks
    Austin Jordan Mills Chase Georgia Lagos Nigeria Python Kafka Amazon Prof Dr Mr A. B. BCA SQL IBM Pheonix NLME
    Summer River Ruby Apple Harvard University Street Lake Mount Chidubem Okonkwo Wirat Sokha Ngozi Thandeka
    Chirwa Van Der Berg Pieter Lee Kim Nguyen Li Wei Christmas Day Sunday Kisan Arts Nanded Bloomberg""".split()


def _corpus(count: int = 3000, seed: int = 16) -> list[str]:
    """``count`` runs of two to six of the words above, one a line, the same on every run."""
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 6))) for _ in range(count)]


def _digest(values: list[object]) -> str:
    return hashlib.sha256(repr(values).encode()).hexdigest()[:16]


def _named_run_answers() -> list[bool]:
    """``named_run`` on every stretch of two or more words of each line (its loop drops leading sentence words
    only from runs of three or more)."""
    lex = lexicon()
    out = []
    for line in _corpus():
        tokens = tokenize(line, lex)
        for start in range(len(tokens) - 1):
            out += [named_run(tokens, list(range(start, end))) for end in range(start + 2, len(tokens) + 1)]
    return out


# At the parent of the cut (d733f4f), where the loop built ``lex.given | lex.family`` on each pass.
NAMED_RUN = "c9eeb448bc10e18d"


def test_named_run_gives_the_answers_it_gave_before_its_cost_cut() -> None:
    answers = _named_run_answers()
    assert 0.05 < sum(answers) / len(answers) < 0.95  # both answers are exercised
    assert _digest(list(answers)) == NAMED_RUN


def test_a_call_asks_the_tagger_about_each_window_once_and_keeps_none_after_it() -> None:
    """The second reading re-sends windows the first sent (115 of 138 on the dev resumes): within one
    ``redact_many`` call each is read once; nothing is kept past the call (an erasure must leave no copy: review
    M1 on a7d8b24), so a second call asks about the same windows again and gives the same texts."""
    texts = dev_resumes()[:60]  # (none without ../shared/data)
    if not texts:
        pytest.skip("no shared data: the dev resumes")
    calls: list[list[str]] = []

    class Recording(SpacyPersons):
        def persons(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
            calls.append(list(texts))
            return super().persons(texts)

    redactor = Redactor(finder=Recording())
    first = redactor.redact_many(texts, [None] * len(texts))
    asked = [window for call in calls for window in call]
    assert len(calls) >= 2  # a second reading happened
    assert len(asked) == len(set(asked))
    calls.clear()
    assert redactor.redact_many(texts, [None] * len(texts)) == first
    assert {window for call in calls for window in call} == set(asked)


def test_the_digest_comparison_names_the_outputs_that_differ() -> None:
    from eval.redaction_cost import compare

    before = {"resumes": {"outputs": ["a", "b", "c"]}, "eval": {"outputs": ["x"], "report": "r1"}}
    assert compare(before, before) == []
    after = {"resumes": {"outputs": ["a", "B", "c"]}, "eval": {"outputs": ["x"], "report": "r2"}}
    lines = compare(before, after)
    assert len(lines) == 2 and "1 of 3 outputs differ (first [1])" in lines[1] and "r1 -> r2" in lines[0]


if __name__ == "__main__":
    print("NAMED_RUN", _digest(list(_named_run_answers())))
