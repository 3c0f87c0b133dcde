"""Session 16's redaction cost cuts change no answer: each cut rule's answers on a fixed, varied corpus have the
digest they had before the cut (recorded at the cut's parent commit), and the tagger's remembered windows give
what reading them again gives.

The whole redactor's outputs were compared before and after each cut by ``python -m eval.redaction_cost`` (the
dev resumes, 2,000 notes, every text of ``python -m eval.redaction``); these tests keep the rules' part of that
here, on generated inputs that do not need the shared data. A deliberate change of a rule's answers changes its
digest: print the new ones with ``python -m tests.test_redact_cost16`` and say why in the commit.
"""

from __future__ import annotations

import hashlib
import random

import pytest

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


def test_the_tagger_answers_a_window_it_read_before_as_it_did_the_first_time() -> None:
    """The remembered windows (``SpacyPersons.persons``) against a finder that reads every window afresh: the same
    spans, in a batch with repeats, new windows and windows read in an earlier call, and after old ones are dropped
    (a run of windows longer than it keeps)."""
    rng = random.Random(16)
    windows = [f"We met {line} in the office." for line in _corpus(120)] + ["Thanks Chidubem Okonkwo!", "SQL, Kafka"]
    warm = SpacyPersons()
    first = warm.persons(windows[:60])
    again = windows[30:90] + windows[:10] + windows[:10]  # read before, new, repeated within the call
    rng.shuffle(again)
    assert warm.persons(again) == [SpacyPersons().persons([w])[0] for w in again]
    assert first == SpacyPersons().persons(windows[:60])
    assert any(first) and not all(first)  # persons found in some windows, not in all
    kept = warm.__dict__["_read"]
    assert set(windows[:90]) <= set(kept)
    for spans in warm.persons(windows[:3]):
        spans.append((0, 1))  # a caller changing its answer does not change the kept one
    assert warm.persons(windows[:3]) == first[:3]


def test_the_tagger_drops_its_oldest_windows_past_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("memory.redact_ner._READ_KEPT", 5)
    finder = SpacyPersons()
    windows = [f"Spoke with {line} today." for line in _corpus(9, seed=3)]
    assert finder.persons(windows) == SpacyPersons().persons(windows)
    assert list(finder.__dict__["_read"]) == windows[4:]


if __name__ == "__main__":
    print("NAMED_RUN", _digest(list(_named_run_answers())))
