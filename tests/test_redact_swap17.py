"""Session 17 (SWAP): what the model reads must not depend on whose name it was (issue 10; OUTSIDE15 classes 7-10).

Names of many origins written for this file (none is the blind tester's): each case is a frame whose name is
removed for some names and was kept for others, and the false side of each rule (the same slot holding a word).
"""

from __future__ import annotations

import re

import pytest

from memory.redact import Identity, Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _own(name: str) -> Identity:
    """An identity read from the resume's head (names only in the text), as ``memory.redaction_port`` builds."""
    from dataclasses import replace

    return replace(Identity.of(names=[name]), inferred=True)


# Class 7: the candidate's own name, known, in their own chat introduction and in mixed case.
OWN = [
    ("Hope Baker", "hey all, i'm hope, the new backend hire. excited to work with you!", "hope"),
    ("Grace Field", "hi, grace here - quick q about the onsite", "grace"),
    ("Will Summers", "hi all i'm will, will be joining mon", "i'm will,"),
    ("Joy Mbeki", "i'm joy from lagos, nice to meet you", "joy"),
    ("Sunny Park", "this is sunny (data eng)", "sunny"),
    ("Precious Dlamini", "Hi! I'm precious", "precious"),
    ("Tendai Field", "Tendai field here", "field"),
    ("Hope Baker", "Hope baker here", "baker"),
    ("Bright Osei", "my name is bright, from accra", "bright"),
    ("Summer Nguyen", "summer's tests pass now", "summer"),
    ("Penny Law", "Thanks penny! talk soon", "penny"),
    ("Minh Do", "Do, Minh — application for analyst", "do,"),
    ("Lovemore Banks", "BANKS, LOVEMORE\nDATA ANALYST", "banks"),
    ("Tendai Moyo", "slack: tendai_moyo", "moyo"),
    ("Hope Baker", "github: hopebaker | handle hope.baker on teams", "baker"),
    ("Grace Field", "Gfield on github", "gfield"),
    ("Gene Walsh", "is the onsite in person? thx, gene", "gene"),
    ("Hope Baker", "see you monday. cheers, hope", "hope"),
]


@pytest.mark.parametrize(("name", "text", "word"), OWN)
def test_own_name_in_an_introduction_goes(redactor: Redactor, name: str, text: str, word: str) -> None:
    out = redactor.redact(text, _own(name))
    assert word not in out.lower(), out
    assert redactor.redact(out, _own(name)) == out


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Sunny Park", "i'm sunny today lol, the weather is great"),  # a word goes on: the adjective
        ("Happy Moyo", "i'm happy to help with the onsite"),
        ("Hope Baker", "there is real hope for the team"),
        ("Wei Rose", "Wei rose to lead the platform team"),  # a past tense after the given name
        ("Summer Nguyen", "we shipped it by the summer's end"),
    ],
)
def test_own_word_elsewhere_stays(redactor: Redactor, name: str, text: str) -> None:
    out = redactor.redact(text, _own(name))
    kept = {"Sunny Park": "sunny", "Happy Moyo": "happy", "Hope Baker": "hope", "Wei Rose": "rose"}
    assert kept.get(name, "summer") in out.lower(), out


# The same frame for names of many origins gives one output (the chat introduction, third parties).
INTRO_NAMES = ["Jose", "Tendai", "Priya", "Wei", "Lakisha", "Darnell", "Minjun", "Hope", "Emily", "Oluwaseun"]


def test_here_is_no_part_of_a_name(redactor: Redactor) -> None:
    outs = {redactor.redact(f"hi, {g.lower()} here. quick q about the role") for g in INTRO_NAMES[:7]}
    assert outs == {"hi, [PERSON] here. quick q about the role"}


# Class 8: short family names that are function words, after a found given name, in fields and capitals lines:
# the first pass takes them (a second pass changed the text).
FIELDS = [
    "| Name | Stage |\n|---|---|\n| {f}, {g} | onsite |",
    "| Interviewer | Score |\n|---|---|\n| {g} {f} | 4 |\n| Amy Chen | 3 |",
    "CANDIDATE: {G} {F}\nROLE: BACKEND",
    "INTERVIEW NOTES - {G} {F}\nStrong on systems.",
    "{F} {G}\nSoftware Engineer\n",
    "REFERENCES\n{g} {f} - Engineering Manager, Acme - ref@acme.example\nAmy Chen - CTO, Beta",
]
SHORT = [("Tuan", "Do"), ("Thanh", "To"), ("Hyun", "No"), ("Minh", "Le"), ("Wei", "Long")]


@pytest.mark.parametrize("frame", FIELDS)
@pytest.mark.parametrize(("given", "family"), SHORT)
def test_short_family_name_goes_in_the_first_pass(redactor: Redactor, frame: str, given: str, family: str) -> None:
    text = frame.format(g=given, f=family, G=given.upper(), F=family.upper())
    out = redactor.redact(text)
    assert re.search(rf"\b{family}\b", out, re.IGNORECASE) is None, out
    assert redactor.redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "TUAN TO REVIEW THE CODE",
        "WHAT DID TUAN DO?",
        "NOTES: DO NOT SHARE",
        "ACTION ITEMS - PRIYA TO DO",
    ],
)
def test_function_words_in_capitals_stay(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text)
    for word in ("TO", "DO", "NOT", "REVIEW"):
        assert len(re.findall(rf"\b{word}\b", out)) == len(re.findall(rf"\b{word}\b", text)), out


# Class 9: a transcript's speaker column.
PAIRS = [
    ("Brad", "Walsh", "Lakisha", "Washington"),
    ("Tuan", "Do", "Wei", "Long"),
    ("Hope", "Baker", "Grace", "Field"),
    ("Tendai", "Moyo", "Chidi", "Okafor"),
    ("Will", "Hunter", "Joy", "Mensah"),
    ("Jose", "Alvarez", "Aaliyah", "Robinson"),
]
TRANSCRIPTS = [
    "{g1}: Thanks for joining. Tell me about your last project.\n{g2}: I led the Kafka migration.\n"
    "{g1}: How big was the team?\n{g2}: Five engineers.\n{f1}: One more question on testing.",
    "[00:01] {g1} {f1}: welcome\n[00:02] {g2} {f2}: thanks\n[00:03] {g1} {f1}: let's start\n[00:05] {f2}: sure",
    "{G1}: Walk me through the design.\n{G2}: Sure, we used Postgres.\n{G1}: Why not Mongo?\n{G2}: Joins.",
    "Interviewer ({g1}): Tell me about yourself.\nCandidate ({g2}): I am a data engineer.\n{g1}: Great.",
]


@pytest.mark.parametrize("frame", TRANSCRIPTS)
@pytest.mark.parametrize("people", PAIRS)
def test_every_speaker_label_goes(redactor: Redactor, frame: str, people: tuple[str, str, str, str]) -> None:
    g1, f1, g2, f2 = people
    text = frame.format(g1=g1, f1=f1, g2=g2, f2=f2, G1=g1.upper(), G2=g2.upper())
    out = redactor.redact(text)
    for word in people:
        assert re.search(rf"(?<![\w-]){word}(?![\w-])", out, re.IGNORECASE) is None, out


@pytest.mark.parametrize("word", ["Kindness", "Marvellous", "Precious"])
def test_an_ordinary_word_speaking_once_in_a_dialogue_goes(redactor: Redactor, word: str) -> None:
    text = (
        "Greg: tell me about the migration.\n{X}: we moved forty systems onto one registry.\nGreg: and the result?\n"
        "Candidate: six hours down to ninety minutes."
    )
    assert word not in redactor.redact(text.format(X=word))
    assert word.lower() not in redactor.redact(text.format(X=word.lower()).replace("Greg", "greg"))


@pytest.mark.parametrize("label", ["chad", "Chase", "Pérez-Gómez", "Boateng-Mensah"])
def test_a_protected_or_hyphenated_label_speaking_once_goes(redactor: Redactor, label: str) -> None:
    text = (
        "Transcript\nGreg: Thanks for joining.\nAmara: Thanks for having me.\nGreg: How big was the team?\n"
        "Amara: Five engineers.\n{X}: One more question on testing.\nAmara: Sure."
    )
    assert label not in redactor.redact(text.format(X=label))


@pytest.mark.parametrize(
    "word",
    [
        "Recap",
        "Note",
        "Summary",
        "Answer",
        "Python",
        # Known, not fixed by 01:55: a product or place that is also a listed family name is taken as a speaker.
        *(
            pytest.param(w, marks=pytest.mark.xfail(strict=True, reason="listed family name"))
            for w in ("Kafka", "Berlin", "Slack")
        ),
    ],
)
def test_a_section_word_in_a_dialogue_stays(redactor: Redactor, word: str) -> None:
    text = "Greg: tell me about the migration.\n{X}: we moved forty systems.\nGreg: and the result?"
    assert f"{word}:" in redactor.redact(text.format(X=word))


@pytest.mark.parametrize("cell", ["Backend role", "Req 42"])
def test_a_thing_in_a_person_column_stays(redactor: Redactor, cell: str) -> None:
    text = f"| Candidate | Stage |\n|---|---|\n| {cell} | Onsite |"
    assert cell in redactor.redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Strengths: Python, SQL\nConcerns: none\nDecision: hire\nNext steps: offer",
        "Q: Why this role?\nA: Growth.\nQ: Salary?\nA: Flexible.",
        "Frontend: React\nBackend: Go\nData: Postgres\nInfra: AWS",
        "Austin: 3 openings\nDallas: 2 openings\nHouston: 1",
        "Brad: good\nStrengths: python\nConcerns: none",  # a form: its keys stay, "Brad" goes by other rules
    ],
)
def test_a_form_is_no_transcript(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text)
    for line_in, line_out in zip(text.split("\n")[1:], out.split("\n")[1:], strict=True):
        assert line_in.split(":")[0] == line_out.split(":")[0], out


# Class 10: a name in a free-text line in capitals: the whole name goes, the verb beside it stays.
CAPS_NAMES = ["Brad Walsh", "Tuan Do", "Hope Baker", "Tendai Moyo", "Grace Field", "Min-jun Kim", "Priya Raghunathan"]
CAPS_LINES = [
    "UPDATE: {N} ACCEPTED THE OFFER TODAY",
    "{N} DECLINED. PLEASE CLOSE THE REQ.",
    "URGENT - {N} NEEDS A CALLBACK BEFORE FRIDAY",
    "PLEASE SCHEDULE {N} FOR THE ONSITE",
    "{N} WAS STRONG ON SYSTEMS DESIGN, WEAK ON SQL",
]


@pytest.mark.parametrize("frame", CAPS_LINES)
def test_capitals_line_one_output_for_every_name(redactor: Redactor, frame: str) -> None:
    outs = {redactor.redact(frame.format(N=name.upper())) for name in CAPS_NAMES}
    assert len(outs) == 1, outs
    assert "[PERSON]" in next(iter(outs))


@pytest.mark.parametrize(
    "people", [("WILL HUNTER", "SUMMER LAKE"), ("BRAD WALSH", "AMY CHEN"), ("HOPE BAKER", "GRACE FIELD")]
)
def test_a_capitals_list_of_people_goes_name_by_name(redactor: Redactor, people: tuple[str, str]) -> None:
    assert redactor.redact(f"PANEL: {people[0]}, {people[1]}") == "PANEL: [PERSON], [PERSON]"


@pytest.mark.parametrize(
    "text",
    ["SKILLS: PYTHON, JAVA, GO", "LOCATION: AUSTIN, TEXAS", "PANEL: DATA TEAM, HIRING MANAGER", "CC: HR, LEGAL"],
)
def test_a_capitals_list_of_things_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text


@pytest.mark.parametrize("text", ["the plan is good? thx, team", "looks fine. cheers, all"])
def test_a_sign_off_before_a_word_keeps_it(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text, _own("Will Summers")) == text


@pytest.mark.parametrize(
    "text",
    [
        "SYSTEMS DESIGN WAS STRONG, CODING WAS WEAK",
        "THE OFFER WAS ACCEPTED ON MONDAY",
        "GRANT WRITING WAS A PLUS",
        "PLEASE SCHEDULE THE ONSITE FOR NEXT WEEK",
        "ACTION ITEMS - SCHEDULE DEBRIEF FOR FRIDAY",
        "AUGUST START IS FINE",
        "SALES TEAM NEEDS MORE HEADCOUNT",
    ],
)
def test_capitals_prose_without_a_name_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text
