"""Contact details written without separators, and the candidate's own e-mail local parts written alone."""

from __future__ import annotations

import pytest

from memory.redact import Redactor
from memory.redact_identity import Identity

JANE = Identity.of(names=["Jane Doe"], emails=["jdoe88@mail.com", "j_doe@x.io"], phones=["+1 415 555 0134"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call 4155550134.", "Call [CONTACT]."),
        ("Call +14155550134 after six", "Call [CONTACT] after six"),
        ("Mobile: 07700900123", "Mobile: [CONTACT]"),
        ("WhatsApp +2348031234567 or email", "WhatsApp [CONTACT] or email"),
        ("Call 5550134 today", "Call [CONTACT] today"),  # seven digits ending one of her own numbers
    ],
)
def test_a_phone_written_as_one_run_of_digits_is_a_contact(text: str, expected: str) -> None:
    assert Redactor().redact(text, JANE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Order 1234567 shipped in 2023.",  # seven digits, not one of hers
        "Revenue grew by 12000000 over 20240101.",  # eight digits without a "+"
        "pi is 3.14159265358 here",  # the digits of a decimal
        "Budget 1,234567890 est",  # inside a grouped number
        "Ticket ABC12345678901 closed",  # part of a word
    ],
)
def test_numbers_that_are_not_phones_stay(text: str) -> None:
    assert Redactor().redact(text, JANE) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jdoe88 sent the file.", "[CONTACT] sent the file."),
        ("Please cc JDOE88 on the thread.", "Please cc [CONTACT] on the thread."),
        ("Please cc j_doe on it.", "Please cc [CONTACT] on it."),
        ("Reach her at jdoe88@mail.com.", "Reach them at [CONTACT]."),
    ],
)
def test_own_local_parts_with_digits_or_underscores_go_when_written_alone(text: str, expected: str) -> None:
    assert Redactor().redact(text, JANE) == expected


def test_another_persons_local_part_is_not_hers() -> None:
    assert Redactor().redact("jdoe99 sent the file.", JANE) == "jdoe99 sent the file."
