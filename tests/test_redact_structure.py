"""Session 6 outside findings, as properties, on names and wording the rules were not tuned on.

(2) the candidate's own name words that are ordinary words stay words elsewhere; (3) structural contexts
(mentions, handles after a label, "Label: Last, First |" rows, the second of two names, a surname alone after
a clause, hyphenated names after a cue); (4) eponyms kept before their term, redacted where a person stands;
(5) things named like people and capitalised gendered nouns that modify a noun stay.
"""

from __future__ import annotations

import pytest

from memory.redact import Identity, Redactor


@pytest.fixture(scope="module")
def lists() -> Redactor:
    return Redactor(layers={"identity", "lists"})


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Contract ran March 2018 to May 2021; May owned billing.",
            "May Tran",
            "Contract ran March 2018 to May 2021; [CANDIDATE] owned billing.",
        ),
        (
            "Available from June 3. June Osei prefers hybrid.",
            "June Osei",
            "Available from June 3. [CANDIDATE] prefers hybrid.",
        ),
        (
            "Her portfolio impressed the panel; Pa Her accepted.",
            "Pa Her",
            "Their portfolio impressed the panel; [CANDIDATE] accepted.",
        ),
        (
            "Since August 2016 at Stripe. August said yes.",
            "August Lindqvist",
            "Since August 2016 at Stripe. [CANDIDATE] said yes.",
        ),
    ],
)
def test_own_name_words_that_are_words_stay_words(lists: Redactor, text: str, name: str, expected: str) -> None:
    assert lists.redact(text, Identity.of(names=[name])) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@kofi.boateng please sign off the offer", "[CONTACT] please sign off the offer"),
        ("Assigned to: thandeka.dube", "Assigned to: [PERSON].[PERSON]"),
        ("Panel notes: Nakamura, Haruki | infra | hire", "Panel notes: [PERSON], [PERSON] | infra | hire"),
        ("Both Siosaia and Mele agreed on the level.", "Both [PERSON] and [PERSON] agreed on the level."),
        (
            "Once the loop was over, Tshabalala wrote up the notes.",
            "Once the loop was over, [PERSON] wrote up the notes.",
        ),
        ("Input from Aroha-Mere: hire.", "Input from [PERSON]: hire."),
        ("per Nkemelu-Obi, the offer is fine.", "per [PERSON], the offer is fine."),
        ("Welcome aboard, Rangi Parata!", "Welcome aboard, [PERSON]!"),
        ("catch up w/ thabo mokoena friday", "catch up w/ [PERSON] friday"),
        ("Can you loop in Mthunzi before Thursday?", "Can you loop in [PERSON] before Thursday?"),
        ("Re Oyelowo: relocation approved.", "Re [PERSON]: relocation approved."),
        ("Mbeki, Lwazi - onsite - no hire", "[PERSON], [PERSON] - onsite - no hire"),
        ("Welcome Tsegaye! Glad you are here.", "Welcome [PERSON]! Glad you are here."),
        ("Hlengiwe, Olusegun and Tavita all signed off.", "[PERSON], [PERSON] and [PERSON] all signed off."),
        ("When Iolana joins, the team is complete.", "When [PERSON] joins, the team is complete."),
        ("Either Kaveh or Nomvula will take the loop.", "Either [PERSON] or [PERSON] will take the loop."),
        (
            "We moved the offer call for Mahlet: Thursday works.",
            "We moved the offer call for [PERSON]: Thursday works.",
        ),
    ],
)
def test_structural_contexts(lists: Redactor, text: str, expected: str) -> None:
    out = lists.redact(text)
    assert out == expected
    assert lists.redact(out) == out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Markov joined the debrief late.", "[PERSON] joined the debrief late."),
        ("I asked Levenshtein about the start date.", "I asked [PERSON] about the start date."),
        ("Huffman said the design was clean.", "[PERSON] said the design was clean."),
        ("Modelled arrivals as Markov chains.", None),
        ("Ranked matches by Levenshtein distance.", None),
        ("Huffman coding and Kalman filters in firmware.", None),
        ("Passed a Kolmogorov-Smirnov two-sample test.", None),
        ("Ran Mann-Whitney rank-sum tests on both arms.", None),
        ("Charted Apgar scores for each delivery.", None),
        ("Inserted Foley catheters before surgery.", None),
        ("Then Nkemelu scores well on design.", "Then [PERSON] scores well on design."),
    ],
)
def test_eponyms_by_context_not_by_surname(lists: Redactor, text: str, expected: str | None) -> None:
    assert lists.redact(text) == (expected or text)


@pytest.mark.parametrize(
    "text",
    [
        "Man hours were logged per sprint.",
        "Guy wires held the antenna mast.",
        "Named to the Honor Roll twice.",
        "Joined Skadden Arps as a summer associate.",
        "Sales across Africa and Oceania doubled.",
        "Skills include Teamcenter and Unigraphics.",
        "Tracked defects in Bugzilla, Mantis and Redmine.",
        "Ran the Founders Day and Hackathon Week events.",
        "ONSITE - BACK-END ROLE",
    ],
)
def test_things_named_like_people_stay(lists: Redactor, text: str) -> None:
    assert lists.redact(text) == text


@pytest.mark.parametrize(
    "text",
    ["Kafka lag is high after the deploy.", "Recommendation: lean hire.", "Money and journey times were discussed."],
)
def test_common_lower_case_words_are_not_sent_to_the_tagger_alone(text: str) -> None:
    # The tagger decides lower-case words only when no common word, or beside a person cue or another name word.
    assert Redactor().redact(text) == text
