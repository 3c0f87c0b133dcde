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


# Session 7 (outside check, session 5 classes): names made of ordinary words, the second of two people, names
# that are also pronouns or products. Names written here for the property, not taken from any evaluation set.
_PLAIN = ("Chidubem", "Okonkwo")
_WORD_NAMES = [
    ("Fortunate", "Gumbo"),
    ("Nyasha", "Mlambo"),
    ("Progress", "Zimba"),
    ("Mercy", "Chisale"),
    ("Goodwill", "Mwanza"),
    ("Hazel", "Nkosi"),
    ("Canyon", "Porter"),
    ("Meadow", "Harlan"),
]
_WORD_FRAMES = [
    "{W} {S}'s scorecard was the most detailed.",
    "Cheers,\n{W} {S}\nTalent Partner",
    "**{W} {S}**\nPlatform Engineer",
    "Referee {W} {S} says {W} shipped the migration alone.",
    "Interviewer: {W} {S}. {W} thinks the answers were thin.",
    "ACTION ITEMS FOR {WU} {SU}: send the rubric.",
    "Both Daniel Okafor and {W} {S} joined the debrief.",
    "Spoke to {W} {S} today. {W} wants a hybrid role.",
    "Shortlist: {S}, {W}; Okafor, Daniel",
    "Interview: {W} {S} / Data team",
]


def _fill(frame: str, given: str, family: str) -> str:
    return frame.format(W=given, S=family, WU=given.upper(), SU=family.upper())


@pytest.mark.parametrize("frame", _WORD_FRAMES)
def test_a_given_name_that_is_a_word_goes_with_its_surname_and_where_repeated(lists: Redactor, frame: str) -> None:
    """Whatever the given name also means, the model reads the text a plain name gives (no "Referee Trust
    [PERSON] says Trust ...")."""
    expected = lists.redact(_fill(frame, *_PLAIN))
    assert "Okonkwo" not in expected and "OKONKWO" not in expected
    for given, family in _WORD_NAMES:
        assert lists.redact(_fill(frame, given, family)) == expected, (given, family)


@pytest.mark.parametrize(
    "text",
    [
        "We moved the standup to Microsoft Teams last week.",
        "The office is in Grand Rapids, near Hope Street.",
        "Memory Lane is a good name for the archive service.",
        "She banked with Trust Bank and read Sky News.",
        "Storm Water Management was her capstone.",
        "Ledger work in Sage Intacct and Gift Aid claims.",
    ],
)
def test_words_beside_names_stay_where_no_person_stands(lists: Redactor, text: str) -> None:
    out = lists.redact(text)
    assert "[PERSON]" not in out, out


def test_an_adverb_or_verb_opening_the_sentence_is_not_taken_with_a_name(lists: Redactor) -> None:
    assert lists.redact("Overall Okonkwo's answers were strong.") == "Overall [PERSON]'s answers were strong."
    assert lists.redact("Honestly Okonkwo's answers were strong.") == "Honestly [PERSON]'s answers were strong."
    assert lists.redact("Screened Okonkwo today.") == "Screened [PERSON] today."


def test_a_word_taken_with_a_name_is_not_spread_into_other_runs(lists: Redactor) -> None:
    out = lists.redact("Referee Trust Moyo says Trust is reliable. We bank with Trust Bank.")
    assert out == "Referee [PERSON] says [PERSON] is reliable. We bank with Trust Bank."


@pytest.mark.parametrize("verb", ["split the reference calls", "ran the panel", "agreed to the offer"])
@pytest.mark.parametrize("given", ["Chidubem", "Tawanda", "Nizhoni"])
def test_a_given_name_alone_listed_second_is_a_person(lists: Redactor, verb: str, given: str) -> None:
    assert lists.redact(f"Dana Kim and {given} {verb}.") == f"[PERSON] and [PERSON] {verb}."


@pytest.mark.parametrize("given", ["Thandar", "Nilar", "Chidubem"])
def test_a_surname_that_is_a_word_after_a_strange_given_name(lists: Redactor, given: str) -> None:
    for frame in ("**{} Win**\nData Analyst", "Shortlist: Win, {}; Okafor, Daniel", "Notes by {} Win, 12 March: ok."):
        assert "Win" not in lists.redact(frame.format(given)), frame


def test_a_product_in_a_surnames_place_stays(lists: Redactor) -> None:
    assert lists.redact("so Mulesoft moves to the integration team") == "so Mulesoft moves to the integration team"
    assert lists.redact("so Okonkwo moves to the integration team") == "so [PERSON] moves to the integration team"


def test_handles_and_addresses_keep_a_names_apostrophe(lists: Redactor) -> None:
    for name in ("ts'ehtla.thunderchild", "k'asho.crowchild"):
        assert lists.redact(f"cc @{name} on the offer") == "cc [CONTACT] on the offer"
        assert lists.redact(f"mail {name}@acme.ca today") == "mail [CONTACT] today"
    assert lists.redact("ping @priya's team") == "ping [CONTACT]'s team"


@pytest.mark.parametrize("verb", ["ping", "dm", "chase", "page", "cc", "poke"])
def test_a_lower_case_chat_verb_is_never_taken_with_the_name_after_it(lists: Redactor, verb: str) -> None:
    """ "ping", "chase", "page" are also names; in lower case before a name they are the verb, for every name."""
    for name in ("priya raghunathan", "jamal washington", "tendai moyo", "emily walsh"):
        assert lists.redact(f"ok so {verb} {name} about the offer").startswith(f"ok so {verb} "), name
    assert lists.redact("Ping Chen and Chase Okafor said yes.") == "[PERSON] and [PERSON] said yes."
    # A subject's verb after the name: there the word is the given name ("Ping Hawk", "Chase Okafor").
    assert lists.redact("Met Ping Hawk; and ping hawk is to send a sample.") == (
        "Met [PERSON]; and [PERSON] is to send a sample."
    )


def test_a_persons_verb_before_a_colon_is_a_label(lists: Redactor) -> None:
    assert lists.redact("Offer accepted: Chidubem Okonkwo starts in May") == "Offer accepted: [PERSON] starts in May"


@pytest.mark.parametrize("given", ["Blessing", "Tawanda", "Patience"])
def test_a_given_name_listed_first_and_its_repeat(lists: Redactor, given: str) -> None:
    text = f"{given} and Chidubem split the calls; {given} took the first two."
    assert lists.redact(text) == "[PERSON] and [PERSON] split the calls; [PERSON] took the first two."
    assert lists.redact("Research and Okonkwo agreed the plan.") == "Research and [PERSON] agreed the plan."


@pytest.mark.parametrize("name", ["tendai", "wiremu", "priya", "siosaia", "bolat"])
def test_a_lower_case_name_as_a_chat_lines_subject(name: str) -> None:
    from memory.redact import redact

    assert redact(f"ok so {name} is out until thursday") == "ok so [PERSON] is out until thursday"
    assert redact(f"so {name} can start in june") == "so [PERSON] can start in june"


@pytest.mark.parametrize("tool", ["kubectl", "nginx", "mysql", "etcd", "argocd"])
def test_a_lower_case_tool_as_a_chat_lines_subject_stays(tool: str) -> None:
    from memory.redact import redact

    assert redact(f"ok so {tool} is broken again") == f"ok so {tool} is broken again"
