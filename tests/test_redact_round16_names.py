"""Session 16's person slots (OUTSIDE14's classes 1, 3, 4, 7, 17, 20 and its initials group), each with the same
slot filled by things that must stay: a person's view of a person ("Priya on Tomasz:"), a one-to-one's other person,
the object of "hire", the subject of being out, a verdict's author and speaker, a role in parentheses, "Ref <name>",
a name in capitals with a syllable that is a word, a label's "Do", an initial after a given name."""

from __future__ import annotations

import pytest

from memory.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# People of many origins, the author and the subject of a feedback line (OUTSIDE14's class 1: the subject was kept).
VIEWS = [
    ("Priya on Tomasz: strong systems design.", "[PERSON] on [PERSON]: strong systems design."),
    ("Maria on Kenji: great communicator.", "[PERSON] on [PERSON]: great communicator."),
    ("Tevita on Aroha: strong hire.", "[PERSON] on [PERSON]: strong hire."),
    ("- Kwame on Mateus: leans no.", "- [PERSON] on [PERSON]: leans no."),
    ("Feedback — Ravi on Oluwaseun: strong hire.", "Feedback — [PERSON] on [PERSON]: strong hire."),
    ("Sarah Chen on Wei: needs more depth.", "[PERSON] on [PERSON]: needs more depth."),
    ("Priya on Tomasz Nowak: solid. Tomasz also knows Go.", "[PERSON] on [PERSON]: solid. [PERSON] also knows Go."),
    ("Feedback from Priya on Tomasz: strong.", "Feedback from [PERSON] on [PERSON]: strong."),
    ("Priya's take on Tomasz: strong.", "[PERSON]'s take on [PERSON]: strong."),
    ("Ngozi Adeyemi on J. Okafor: strong.", "[PERSON] on [PERSON]: strong."),
    ("Ngozi Adeyemi on S. Nakamura: strong.", "[PERSON] on [PERSON]: strong."),
    ("Ravi on Jane O.: strong.", "[PERSON] on [PERSON]: strong."),
    ("Priya on Grace: good.", "[PERSON] on [PERSON]: good."),
    ("Priya on Sofia: strong hire.", "[PERSON] on [PERSON]: strong hire."),
    ("Notes on Kenji: great.", "Notes on [PERSON]: great."),
    ("Ji-woo on Min-jun: fine.", "[PERSON] on [PERSON]: fine."),
]

# The same line about a thing: products, firms, days, months, holidays, languages, places, certifications.
THING_VIEWS = [
    "Priya on Kubernetes: she knows it well.",
    "Priya on Salesforce: meh.",
    "Priya on Tuesday: available.",
    "Priya on January: start date.",
    "Priya on Diwali: out that week.",
    "Priya on Eid: out.",
    "Priya on Hindi: fluent.",
    "Priya on Berlin: willing to relocate.",
    "Priya on Lagos: open to relocating.",
    "Priya on Deloitte: worked there.",
    "Priya on Stanford: good program.",
    "Priya on Zoom: link sent.",
    "Priya on Testing: good.",
    "Priya on PMP: certified.",
    "Update on Kafka: migrated.",
    "Worked with Priya on Kafka: fine.",
    "Focus on Delivery: ship weekly.",
]


@pytest.mark.parametrize(("text", "expected"), VIEWS)
def test_a_persons_view_of_a_person_removes_both(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text) == expected


@pytest.mark.parametrize("text", THING_VIEWS)
def test_a_persons_view_of_a_thing_keeps_the_thing(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text)
    subject = text.split(" on ", 1)[1].split(":", 1)[0]
    assert f" on {subject}:" in out


SLOTS = [
    ("1:1 with Sage went well.", "1:1 with [PERSON] went well."),
    ("1:1 with Will: discussed growth.", "1:1 with [PERSON]: discussed growth."),
    ("1:1 with An on Friday.", "1:1 with [PERSON] on Friday."),
    ('"We should hire Sage," said the panel.', '"We should hire [PERSON]," said the panel.'),
    ("Will is out from Monday.", "[PERSON] is out from Monday."),
    ("Hope is out from Friday.", "[PERSON] is out from Friday."),
    ("Strong hire from Jackson.", "Strong hire from [PERSON]."),
    ("Verdict: lean yes from Austin.", "Verdict: lean yes from [PERSON]."),
    ("Will: strong hire, clear communicator.", "[PERSON]: strong hire, clear communicator."),
    ("- Sky: leans no.", "- [PERSON]: leans no."),
    ("Panel: Priya (EM), Bill (staff eng).", "Panel: [PERSON] (EM), [PERSON] (staff eng)."),
    ("Kat (hiring manager) approved the offer.", "[PERSON] (hiring manager) approved the offer."),
    ("Ref Tyrone Jackson pending", "Ref [PERSON] pending"),
    ("Ref Wei Zhang pending", "Ref [PERSON] pending"),
    ("Ref Bill pending", "Ref [PERSON] pending"),
    ("Reference: Jo Do", "Reference: [PERSON]"),
    ("Interviewer: Will Do", "Interviewer: [PERSON]"),
    ("Spoke with KIM SO YEON today.", "Spoke with [PERSON] today."),
    ("Call with JUNG HA NEUL on Monday.", "Call with [PERSON] on Monday."),
    ("Oluwaseun A. said the take-home was fine.", "[PERSON] said the take-home was fine."),
    ("B. Long said it was fine.", "[PERSON] said it was fine."),
    ("the Tuhiwai offer needs sign-off.", "the [PERSON] offer needs sign-off."),
    ("The Vainikolo debrief moved.", "The [PERSON] debrief moved."),
    ("Please copy in Tupou.", "Please copy in [PERSON]."),
    ("Spoke with Will about the offer today.", "Spoke with [PERSON] about the offer today."),
    ("I will follow up with An on Friday.", "I will follow up with [PERSON] on Friday."),
    ("TRAN THI MY sent the form.", "[PERSON] sent the form."),
]

# The same slots with things in them.
THING_SLOTS = [
    "We could hire Deloitte for the audit.",
    "We should hire Accenture, honestly.",
    "We hire Python developers.",
    "Slack is out today.",
    "Support is off until Monday.",
    "Summer is off.",
    "Moved from Austin.",
    "Offer from Austin Energy.",
    "Strong hire from Google.",
    "Overall: strong hire.",
    "Decision: no hire",
    "- Python: yes",
    "Recommendation: hire",
    "Worked at Zorvex (Senior Engineer).",
    "Zorvex (senior engineer), 2019-2022",
    "Python (senior level)",
    "Ref check pending",
    "Reference: To be confirmed",
    "A. Long-term goals",
    "A. Strong work ethic",
    "Plan B. Long story short.",
    "The Google offer expires Friday.",
    "The Stripe offer is higher.",
    "The Pfizer offer expires Friday.",
    "the Accenture contract ends.",
    "the Wipro offer came in.",
    "The Austin offer is remote.",
    "The Kafka migration is done.",
    "Please copy in Legal.",
    "Copy in Google Drive.",
    "Working With An Expert",
    "We will see.",
    "and so on.",
]


@pytest.mark.parametrize(("text", "expected"), SLOTS)
def test_a_name_in_a_persons_slot_goes(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text) == expected


@pytest.mark.parametrize("text", THING_SLOTS)
def test_a_thing_in_the_same_slot_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text


def test_the_views_are_read_the_same_on_a_second_pass(redactor: Redactor) -> None:
    texts = [text for text, _ in VIEWS + SLOTS] + THING_VIEWS + THING_SLOTS
    once = redactor.redact_many(texts, [None] * len(texts))
    assert redactor.redact_many(once, [None] * len(once)) == once
