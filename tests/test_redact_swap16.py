"""Session 16's swap cases (issue 10, OUTSIDE14 classes 22, 21, 19 and 9): what a name leaves must not depend on
its origin, and must not move anything else.

- class 22: a long resume's chunks (``memory.chunking``) start at the same words whatever the name left behind;
- class 21: a particle or a short family name that is an English word stays inside the name's placeholder
  ("Maria do Carmo Silva", "Tuan Do", "Do Van Tuan");
- class 19: a mononym no list holds is the resume's own name on a "Name, Title" head line, and a letter's closing
  word before it ("Signed, Sukarni") is no family name;
- class 9: a "Name:" line with such a family name is redacted whole in the first pass, so a second pass changes
  nothing.

Most assertions fail at d733f4f (session 16's start).
"""

from __future__ import annotations

import pytest

from memory import Candidate
from memory.chunking import chunk_spans, chunk_text, word_weights
from memory.redact import Redactor
from memory.redaction_port import redactor

# What the redaction of one name may leave in a text, by origin and form: one placeholder, two, a particle
# between two, an initial or a short part beside one. Each must chunk as "[PERSON]" does.
_RESIDUES = (
    "[PERSON]",
    "[PERSON] [PERSON]",
    "[PERSON] do [PERSON]",
    "[PERSON] van der [PERSON]",
    "[PERSON] van 't [PERSON]",
    "[PERSON] binti [PERSON]",
    "[PERSON]-[PERSON]",
    "[PERSON] J.",
    "[PERSON] Le",
    "Do [PERSON]",
    "[PERSON] [PERSON] [PERSON]",
    "[CANDIDATE] de la [CANDIDATE]",
)


def _resume(name: str) -> str:
    body = "\n".join(
        f"- Role {i}: led the ledger migration to Postgres and cut reconciliation time by {10 + i}%. Mentored four "
        "engineers and ran the on-call rotation. Built fraud scoring in Go with Kafka; wrote the runbooks."
        for i in range(8)
    )
    return f"{name}\n[CONTACT] | [CONTACT]\n\nSUMMARY\nI'm {name}, a backend engineer.\n\nEXPERIENCE\n{body}\n\n{name}"


@pytest.mark.parametrize("residue", _RESIDUES[1:])
def test_what_a_name_leaves_never_moves_a_chunk_boundary(residue: str) -> None:
    reference = chunk_spans(_resume(_RESIDUES[0]), 80)
    swapped = chunk_spans(_resume(residue), 80)
    assert [(c.first, c.end) for c in swapped] == [(c.first, c.end) for c in reference]
    # The chunks that hold no name are byte for byte the same (at d733f4f every later chunk moved).
    pairs = zip(reference, swapped, strict=True)
    same = [a.text == b.text for a, b in pairs if "[" not in a.text.replace("[CONTACT]", "")]
    assert same and all(same)


@pytest.mark.parametrize("residue", ["", " Le", " J.", " Ky"])
def test_a_short_word_after_the_name_counts_whatever_the_name_left(residue: str) -> None:
    # Review of 6f999e3: one edge word was absorbed, so "[PERSON] CEO" lost "CEO" and "[PERSON] Le CEO" lost only "Le".
    fifteen = " ".join(["word"] * 15) + "."
    nine = " ".join(["nine"] * 9) + "."
    text = f"Reported to [PERSON]{residue} CEO of the firm. " + " ".join([fifteen] * 9) + f" {nine} "
    text += " ".join([fifteen] * 10)
    reference = "Reported to [PERSON] CEO of the firm. " + text.split(" CEO of the firm. ", 1)[1]
    assert [(c.first, c.end) for c in chunk_spans(text, 150)] == [(c.first, c.end) for c in chunk_spans(reference, 150)]


def test_an_overlong_sentence_is_never_cut_inside_a_name() -> None:
    words = ["w"] * 9 + ["[PERSON]", "do", "[PERSON]"] + ["x"] * 5
    chunks = chunk_text(" ".join(words), max_words=10)
    assert chunks[0].endswith("[PERSON] do [PERSON]")


def test_a_text_with_no_placeholder_is_counted_word_by_word() -> None:
    # The weights change nothing where no name was: "Do" and "J." are ordinary words there.
    words = "Do run it. J. Smith-like tools do work at le bistro".split()
    assert word_weights(words) == [1] * len(words)
    assert chunk_text(" ".join(f"Sentence {i} has five words." for i in range(40)), 12)[0] == (
        "Sentence 0 has five words. Sentence 1 has five words."
    )


def test_ordinary_words_between_two_placeholders_still_count() -> None:
    assert word_weights("[PERSON] mentored [PERSON]".split()) == [1, 1, 1]
    assert word_weights("[PERSON] do [PERSON] led".split()) == [1, 0, 0, 1]


@pytest.fixture(scope="module")
def rules() -> Redactor:
    return Redactor()


def _one(rules: Redactor, text: str) -> str:
    return rules.redact_many([text], [None])[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria do Carmo Silva\nSoftware engineer", "[PERSON]\nSoftware engineer"),
        ("I met Maria do Carmo Silva at the fair.", "I met [PERSON] at the fair."),
        ("Referee: Luiz do Amaral (manager)", "Referee: [PERSON] (manager)"),
        ("JOÃO DO NASCIMENTO\nNurse", "[PERSON]\nNurse"),
        ("Notes: met Tuan Do at the fair.", "Notes: met [PERSON] at the fair."),
        ("Interviewer: Lan To\nStrong on SQL.", "Interviewer: [PERSON]\nStrong on SQL."),
        ("Feedback from Do Van Tuan.", "Feedback from [PERSON]."),
        ("Do Van Tuan is strong on SQL.", "[PERSON] is strong on SQL."),
    ],
)
def test_particles_and_short_family_names_stay_in_the_placeholder(rules: Redactor, text: str, expected: str) -> None:
    assert _one(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Let Maria do Python work.", "Let [PERSON] do Python work."),
        ("Ask Maria do Carmo to do it.", "Ask [PERSON] to do it."),
        ("Do you know Mary Smith?", "Do you know [PERSON]?"),
        ("SAM DO IT NOW", "SAM DO IT NOW"),
    ],
)
def test_the_verb_and_the_preposition_stay_words(rules: Redactor, text: str, expected: str) -> None:
    assert _one(rules, text) == expected


@pytest.mark.parametrize("family", ["Do", "To", "Le", "Ng", "Bird", "Case"])
def test_a_name_line_with_a_short_family_name_is_idempotent(rules: Redactor, family: str) -> None:
    once = _one(rules, f"Name: Tuan {family}\nRole: analyst")
    assert once == "Name: [PERSON]\nRole: analyst"
    assert _one(rules, once) == once


@pytest.mark.parametrize("name", ["Wibisono", "Ratnasari", "Oyunchimeg", "Aung", "Nandini"])
def test_a_mononym_before_a_title_is_the_resumes_own_name(name: str) -> None:
    text = f"{name}, Data Analyst\nJakarta\n\nAbout: {name} builds forecasts; {name}'s models cut waste 9%."
    out = redactor().redact_many([text], [Candidate(candidate_id="m", summary=text)])[0]
    assert out == "[PERSON], Data Analyst\nJakarta\n\nAbout: [PERSON] builds forecasts; [PERSON]'s models cut waste 9%."


def test_a_letters_first_line_names_its_reader_not_the_candidate() -> None:
    text = "Dear Ngozi Adeyemi, Data Analyst\n\nI am writing to apply. Ngozi suggested the role."
    out = redactor().redact_many([text], [Candidate(candidate_id="d", summary=text)])[0]
    assert "[CANDIDATE]" not in out and out.startswith("Dear [PERSON]")


@pytest.mark.parametrize("closing", ["Signed", "Regards", "Sincerely"])
def test_a_closing_word_before_a_mononym_is_no_family_name(closing: str) -> None:
    for name in ("Sukarni", "Mulyadi", "Ravi"):
        text = f"{name}\nEngineer\n\n{closing}, {name}"
        out = redactor().redact_many([text], [Candidate(candidate_id="s", summary=text)])[0]
        assert out == f"[PERSON]\nEngineer\n\n{closing}, [PERSON]"


@pytest.mark.parametrize("given", ["J.R.", "T.K.", "D. J.", "P. K."])
def test_an_initials_full_stop_closing_a_name_mid_sentence_goes_with_it(rules: Redactor, given: str) -> None:
    # OUTSIDE14's initials group: "[PERSON]., an analyst" and "[PERSON]. was sharp" where "James" gave "[PERSON],"
    # and "[PERSON] was"; the stop also ended a sentence for the chunker. At a sentence's end it stays.
    assert _one(rules, f"Notes: met {given} Okafor today; {given} was sharp.") == (
        "Notes: met [PERSON] today; [PERSON] was sharp."
    )
    assert _one(rules, f"Interviewer: {given} Nair\n{given}: strong hire, clear SQL.") == (
        "Interviewer: [PERSON]\n[PERSON]: strong hire, clear SQL."
    )
    assert _one(rules, f"Met {given} Okafor. Ask {given} Then we close.").endswith("Ask [PERSON]. Then we close.")
