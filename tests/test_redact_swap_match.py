"""Names never reach a score through the match's own reading of notes (issue 10, class 22).

A note's chunk keeps the recruiter's passage ("text") beside what the model read ("redacted"). The skill
coverage of a match read the passage, so a referee called Ruby covered an asked "Ruby" skill and a referee
called Hope did not; the skill names a match embeds were one encoder call, so a term present under one swap
moved every later term of that call. Both are about the text a match reads, which must be the redacted one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from embed import HashingEncoder
from embed.encoder import Vectors
from embed.wrapper import EncoderWrapper
from memory import Candidate, InterviewNote, MatchFilters, Memory, Requisition, Settings


class _Recording(EncoderWrapper):
    def __init__(self) -> None:
        super().__init__(HashingEncoder(64))
        self.calls: list[list[str]] = []

    def encode(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        return self._inner.encode(texts)


def _coverage(tmp_path: Path, referee: str) -> tuple[list[str], list[list[str]]]:
    encoder = _Recording()
    with Memory.open(Settings(data_dir=tmp_path / referee), encoder=encoder) as memory:
        memory.upsert_candidate(Candidate(candidate_id="c1", summary="Backend engineer: Python, Go and Kafka."))
        memory.add_note(
            InterviewNote(note_id="n1", candidate_id="c1", text=f"Spoke with {referee} Okafor, a strong referee.")
        )
        encoder.calls.clear()
        found = memory.match(
            Requisition(title="Backend engineer", must_have_skills=["Ruby", "Python"]),
            limit=5,
            filters=MatchFilters(consent_required=False),
        )
    (result,) = found.results
    return result.skills.matched, encoder.calls


def test_a_referees_name_covers_no_skill(tmp_path: Path) -> None:
    ruby, _ = _coverage(tmp_path, "Ruby")
    hope, _ = _coverage(tmp_path, "Hope")
    assert ruby == hope == ["Python"]


# Decided in session 13: not fixed. Measured with the packaged MiniLM (/tmp/swap13/x/terms.py, 16 skill terms, nice
# 10 on the shared box): a term's vector moves by at most 2.1e-7 with the other terms of its call (a score by at most
# 1.5e-7, above the 1e-9 gate), and one call per term costs a cold match 147 ms instead of 52 for 4 new terms, 364
# instead of 80 for 16 (the skill cache keeps each vector for the process afterwards). The terms of a call differ
# between two swaps only when the redacted texts already differ (the swap harness counts those calls as "term
# list": 0 tune, 2 held out of 21 conditions at 2365f0a), so one call per term would hide a second-order effect of
# a difference the harness already reports, at three to five times the cold cost.
@pytest.mark.xfail(
    strict=True, reason="batched skill terms: a term's vector moves <= 2.1e-7 with its call's other terms; not fixed"
)
def test_skill_names_are_embedded_one_per_call(tmp_path: Path) -> None:
    """A term's vector never depends on which other terms shared its call (MiniLM pads a batch)."""
    _, calls = _coverage(tmp_path, "Ruby")
    short = [texts for texts in calls if all(len(t.split()) <= 3 for t in texts) and len(texts) > 1]
    assert short == []
