"""Session 18's false-redaction rules (OUTSIDE16's classes by property), each beside people in the same slots."""

from __future__ import annotations

import pytest

from memory.redact import Redactor
from memory.redact_patterns import neutral


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    "text",
    [
        "Victoria Station is ten minutes from the office.",
        "VICTORIA STATION is the nearest stop.",
        "MORETON BAY office lead",
        "Waterloo Bridge closed today.",
        "ST MARY'S HOSPITAL, LONDON",
        "Rotation at Brigham and Women's Hospital.",
        "Rhodes Scholarship, 2014.",
        "- Booker Prize 2018",
        "Expert in Kaplan Meier curves for risk.",
        "Whit Monday is a day off.",
        "request: Holy Saturday off",
        "Rosh Hashanah - closed",
        "bachelor's degree from stanford in 2012",
        "Candidate: Lisbon is where I live now.",
        "Jackson office opens in May.",
        "Lincoln engineers will join the call.",
        "Ping @priyaraghunathan about the loop",
    ],
)
def test_things_named_by_their_head_or_frame_stay(redactor: Redactor, text: str) -> None:
    assert "[PERSON]" not in redactor.redact(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Name: Maria Street", ["Maria"]),
        ("Sunny Park is ten minutes from the office.", ["Sunny"]),
        ("Jisoo Park will meet at Hyde Park.", ["Jisoo"]),
        ("Emeka Monday is off for the day.", ["Emeka"]),
        ("Amaka Obi awards the prizes.", ["Amaka", "Obi"]),
        ("Thanks Victoria Station crew", ["Victoria"]),
        ("Jackson opens the office in May.", ["Jackson"]),
        ("Hiring manager: Austin is home sick today.", ["Austin"]),
        ("Candidate: Madison is the calmer interviewer.", ["Madison"]),
        ("Jackson engineers the pipeline.", ["Jackson"]),
        # review MUST 1 on 422526c: family names that are landmark heads, after unlisted given names
        ("Spoke with Tokala Street about the role.", ["Tokala", "Street"]),
        ("Aroha Bay will run the coding round.", ["Aroha", "Bay"]),
        ("Spoke with Losaline Bridge about the role.", ["Losaline", "Bridge"]),
        ("Massinissa Quay will run the coding round.", ["Massinissa", "Quay"]),
        ("Ember Road will run the coding round.", ["Ember", "Road"]),
        ("Spoke with Massinissa Pier about the role.", ["Massinissa", "Pier"]),
        ("ping tokala street re the offer", ["tokala"]),
    ],
)
def test_people_in_the_same_slots_still_go(redactor: Redactor, text: str, names: list[str]) -> None:
    out = redactor.redact(text)
    assert all(name not in out for name in names), out


def test_a_possessive_in_capitals_keeps_its_case() -> None:
    # "GUY'S AND ST THOMAS'" was "Person'S AND ST THOMAS'" (OUTSIDE16's placeholder-format bug)
    assert neutral("GUY'S AND ST THOMAS' NHS TRUST") == "GUY'S AND ST THOMAS' NHS TRUST"
    assert neutral("Trained at Guy's, then moved north.") == "Trained at Guy's, then moved north."
    assert neutral("SENIOR SALESMAN, ACME") == "SENIOR SALESPERSON, ACME"
    assert neutral("The guy's laptop") == "The person's laptop"
    # review MUST 1b on 422526c: a possessive that owns something is a person's, after "to" too
    assert neutral("Forwarded to Guy's manager.") == "Forwarded to Person's manager."
    assert neutral("Nurse at Guy's for six years.") == "Nurse at Guy's for six years."
