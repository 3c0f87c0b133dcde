"""Session 18 (SWAP): what the model reads must not depend on whose name it was (issue 10; OUTSIDE16 end to end).

Frames and names of many origins written for this file (none is the blind tester's): each frame must give the same
text whichever name fills it, and the false side of each rule (the same slot holding a thing) must stay whole.
"""

from __future__ import annotations

import pytest

from memory import evidence as E
from memory.chunking import chunk_text, split_sentences
from memory.redact import Identity, Redactor

# Given names of many origins, word names among them (the names the lists miss or read as words).
GIVEN = ["Maria", "Hope", "Tendai", "Ayasha", "Siosaia", "Grace", "Nguyen", "Oluwaseun", "Will", "Lakisha", "Zofia"]
FAMILY = ["Okafor", "Baker", "Moyo", "Running Bear", "Havili", "Field", "Tran", "Adeyemi", "Hunter", "Kowalczyk"]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _same(redactor: Redactor, frame: str, names: list[str]) -> set[str]:
    return {redactor.redact(frame.format(n=name)) for name in names}


# Class 1: a lone given name, a modifier saying where the speaker was known, a reported verb.
REPORTED = [
    "{n} from my time at Stripe says she is the strongest SQL candidate.",
    "Debrief. {n} from the 2019 cohort said the design round was calm.",
    "- {n} from his Accenture years mentioned the migration work.",
    "{n}, from the old platform team, thinks the candidate is ready.",
    "{n} at Shopify vouched for the Kafka work.",
]


@pytest.mark.parametrize("frame", REPORTED)
def test_a_reported_subject_is_redacted_whatever_the_name(redactor: Redactor, frame: str) -> None:
    outs = _same(redactor, frame, GIVEN)
    assert len(outs) == 1, outs
    assert "[PERSON]" in outs.pop()


@pytest.mark.parametrize(
    "text",
    [
        "Stripe from 2019 says the market is hot.",
        "Kafka from the old stack says nothing useful.",
        "Data from the pilot says churn fell.",
        "Feedback from the panel said she was strong.",
        "Research from Gartner says demand is up.",
        "Paris from above looks lovely, and she said so.",
    ],
)
def test_a_thing_before_a_modifier_and_a_verb_stays(redactor: Redactor, text: str) -> None:
    assert "[PERSON]" not in redactor.redact(text)


def test_the_modifier_is_no_person(redactor: Redactor) -> None:
    assert redactor.redact("Hope from the 2019 cohort said yes.") == "[PERSON] from the 2019 cohort said yes."


# Class 2: initials a person is called by.
CALLS = [
    "Onsite debrief. {n} did the system design round and {n} was impressed.",
    "Feedback from {n} was positive. {n} and I agree.",
    "Spoke with {n} about the role.",
    "- {n}: strong on testing.",
    "Per {n}, window functions were shaky.",
]


@pytest.mark.parametrize("frame", CALLS)
def test_initials_a_person_is_called_by_read_as_any_name(redactor: Redactor, frame: str) -> None:
    names = ["J. K.", "J.K.", "T. O.", "A.B.", "Priya", "Tendai Moyo", "Hope Baker"]
    if frame.startswith("- "):
        names = [n for n in names if n != "Priya" and n != "Tendai Moyo" and n != "Hope Baker"]
    outs = _same(redactor, frame, names)
    assert len(outs) == 1, outs
    assert "[PERSON]" in outs.pop()


def test_a_single_initial_in_a_person_slot(redactor: Redactor) -> None:
    assert redactor.redact("Debrief. K. did the round and K. was calm.") == (
        "Debrief. [PERSON] did the round and [PERSON] was calm."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. team was strong. U.S. said nothing.",
        "Plan B. was rejected. Option C. did not work.",
        "She has a B.S. in CS and a J.D. from Yale.",
        "A. Introduction. B. Experience.",
        "Based in the U.K. since 2019.",
    ],
)
def test_dotted_abbreviations_stay(redactor: Redactor, text: str) -> None:
    assert "[PERSON]" not in redactor.redact(text)


# Class 3 and token classes 4 and 8.
@pytest.mark.parametrize("name", ["Faith Miller", "Tendai Moyo", "Sterling Marsh", "Ana Lopez", "Wiremu Tane"])
def test_a_referee_after_a_bare_reference_label(redactor: Redactor, name: str) -> None:
    assert redactor.redact(f"Reference {name} to be called Friday.") == "Reference [PERSON] to be called Friday."


@pytest.mark.parametrize(
    "text", ["Reference Architecture review on Friday.", "Reference Letter attached.", "Reference check done."]
)
def test_a_bare_reference_label_before_a_thing(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text


@pytest.mark.parametrize("name", ["SUMMER LAKE", "EMILY WALSH", "TENDAI MOYO", "HOPE BAKER"])
def test_a_name_glued_to_a_headline_keeps_the_headline(redactor: Redactor, name: str) -> None:
    text = f"{name} ACCOUNTANT\nSummary\nChartered accountant with nine years."
    assert redactor.redact(text) == "[PERSON] ACCOUNTANT\nSummary\nChartered accountant with nine years."


def test_a_headline_alone_stays(redactor: Redactor) -> None:
    for text in ("SENIOR DATA ENGINEER\nSummary", "DATA ENGINEERING TEAM LEAD\nSummary"):
        assert redactor.redact(text) == text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("J. OKAFOR SAID THE DESIGN ROUND WAS STRONG.", "[PERSON] SAID THE DESIGN ROUND WAS STRONG."),
        ("per j. okafor the sql was weak.", "per [PERSON] the sql was weak."),
        ("cc: m. case, g. wood", "cc: [PERSON], [PERSON]"),
        ("thanks t. nguyen for the intro", "thanks [PERSON] for the intro"),
    ],
)
def test_initials_and_a_family_name_in_capitals_or_lower_case(redactor: Redactor, text: str, want: str) -> None:
    assert redactor.redact(text) == want


@pytest.mark.parametrize(
    "text", ["see e.g. smith for details; a. intro b. design", "notes: a. case study on caching, b. wood working"]
)
def test_letters_in_lower_case_that_are_no_initials(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text


# Own identity: the candidate's own name of many origins, in the new slots, is always [CANDIDATE].
@pytest.mark.parametrize(
    "name", ["Hope Baker", "Tendai Moyo", "Ayasha Running Bear", "Siosaia Havili", "Nguyen Thi Lan", "Zofia Kowalczyk"]
)
def test_own_name_in_the_new_slots(redactor: Redactor, name: str) -> None:
    given = name.split()[0]
    identity = Identity.of(names=[name])
    for text in (
        f"{given} from my time at Stripe says hi.",
        f"Reference {name} to be called Friday.",
        f"{name.upper()} ACCOUNTANT\nSummary",
    ):
        out = redactor.redact(text, identity)
        assert given.lower() not in out.lower() and "[CANDIDATE]" in out, out


# Chunking: a lone initial's full stop before another initial or a lower-case word ends no sentence.
def test_initials_cut_no_sentence_or_passage() -> None:
    assert split_sentences("J. K. did the round. J.K. was calm. Plan B. We agreed.") == [
        "J. K. did the round.",
        "J.K. was calm.",
        "Plan B.",
        "We agreed.",
    ]
    assert E.passages("Per K. on Friday the design was calm; the U.S. team agreed.") == [
        "Per K. on Friday the design was calm",
        "the U.S. team agreed.",
    ]


def test_chunks_do_not_move_with_left_initials() -> None:
    filler = " ".join(f"word{i}" for i in range(60)) + "."
    left = f"{filler} J. K. did the round. {filler} More text here. {filler}"
    named = f"{filler} [PERSON] did the round. {filler} More text here. {filler}"
    assert [len(c.split()) for c in chunk_text(left)] == [
        len(c.split()) + (1 if "[PERSON]" in c else 0) for c in chunk_text(named)
    ]


def test_name_free_text_splits_as_before_at_ordinary_ends() -> None:
    text = "Led the SRE rotation. Cut incidents by half! Would hire? Yes.\n\nNext para\n- bullet"
    assert split_sentences(text) == [
        "Led the SRE rotation.",
        "Cut incidents by half!",
        "Would hire?",
        "Yes.",
        "Next para",
        "- bullet",
    ]


@pytest.mark.parametrize("name", ["Rich", "Summer", "Sterling", "Tendai", "Lakisha", "Chase", "Sterling Marsh"])
def test_a_name_in_brackets_after_its_role(redactor: Redactor, name: str) -> None:
    text = f"The hiring manager ({name}) wants a second round."
    assert redactor.redact(text) == "The hiring manager ([PERSON]) wants a second round."


@pytest.mark.parametrize(
    "text",
    [
        "The hiring manager (Interim) wants a second round.",
        "Our recruiter (Greenhouse) sent it.",
        "The hiring manager (HM) agreed.",
        "The manager (Stripe) agreed.",
    ],
)
def test_a_thing_in_brackets_after_a_role_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text


@pytest.mark.parametrize(
    ("first", "second"), [("Will Hunter", "Grace Field"), ("Rich Young", "Summer Lake"), ("Emily Walsh", "Tendai Moyo")]
)
def test_every_name_of_a_referee_list(redactor: Redactor, first: str, second: str) -> None:
    assert redactor.redact(f"Referees: {first}, {second}.") == "Referees: [PERSON], [PERSON]."


def test_a_role_and_an_employer_after_a_referee_stay(redactor: Redactor) -> None:
    text = "Referees: Sterling Marsh, Engineering Manager, Paystack"
    assert redactor.redact(text) == "Referees: [PERSON], Engineering Manager, Paystack"


@pytest.mark.parametrize("name", ["Hope Baker", "Emily Walsh", "Tendai Moyo", "Summer Lake", "Lakisha Washington"])
def test_a_mixed_case_name_before_a_capitals_headline(redactor: Redactor, name: str) -> None:
    for line in (f"{name} ACCOUNTANT", f"{name.upper()} ACCOUNTANT"):
        assert redactor.redact(f"{line}\nSummary\nChartered accountant.") == (
            "[PERSON] ACCOUNTANT\nSummary\nChartered accountant."
        )


@pytest.mark.parametrize(
    "frame",
    ["{n}, back at Stripe in 2019, said the design was clean.", "{n}, formerly of Shopify, says she is ready."],
)
def test_a_reported_subject_after_back_at_or_formerly(redactor: Redactor, frame: str) -> None:
    outs = _same(redactor, frame, GIVEN)
    assert len(outs) == 1 and "[PERSON]" in next(iter(outs)), outs


def test_back_at_opening_a_sentence_is_no_name(redactor: Redactor) -> None:
    assert redactor.redact("Back at Stripe in 2019 she said so.") == "Back at Stripe in 2019 they said so."


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Honor Fisher", "H.F. here, following up on the offer."),
        ("Honor Fisher", "H. F. here, following up on the offer."),
        ("Tendai Moyo", "T.M. here, following up on the offer."),
        ("Jide R. Okafor", "J.R.O. here, following up on the offer."),
    ],
)
def test_own_initials_are_the_candidate(redactor: Redactor, name: str, text: str) -> None:
    assert redactor.redact(text, Identity.of(names=[name])) == "[CANDIDATE] here, following up on the offer."


def test_someone_elses_initials_are_no_candidate(redactor: Redactor) -> None:
    assert "[CANDIDATE]" not in redactor.redact("H.F. here, following up.", Identity.of(names=["Tendai Moyo"]))
