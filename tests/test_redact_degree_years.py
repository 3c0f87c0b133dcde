"""A degree's year is an age proxy: on a line naming a degree or a school it becomes [DATE]; other years stay."""

from __future__ import annotations

import pytest

from memory.redact import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BSc Computer Science, University of Lagos, 2007", "BSc Computer Science, University of Lagos, [DATE]"),
        ("B.Tech, IIT Bombay (2005-09)", "B.Tech, IIT Bombay ([DATE])"),
        ("Bachelor of Science, 1998, Ohio State University", "Bachelor of Science, [DATE], Ohio State University"),
        ("B.Com 2011–2014 Mumbai University", "B.Com [DATE] Mumbai University"),
        ("Class XII (HSC) 2008 75%", "Class XII (HSC) [DATE] 75%"),
        ("Diploma in Nursing (2016)", "Diploma in Nursing ([DATE])"),
        ("A-Levels 2010: Maths, Physics", "A-Levels [DATE]: Maths, Physics"),
    ],
)
def test_years_on_a_degree_line_are_dates(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Senior Engineer at Acme, 2015-2019",
        "Worked 2010 - 2015 at Deloitte on SAP.",
        "Python 3.10 and Java; shipped the 2021 release.",
    ],
)
def test_years_on_other_lines_stay(text: str) -> None:
    assert redact(text) == text


def test_only_the_degree_line_of_a_resume_changes() -> None:
    resume = "Data Engineer, Acme, 2019-2023\nEDUCATION\nMSc Statistics, University of Nairobi, 2012 - 2014"
    assert redact(resume) == "Data Engineer, Acme, 2019-2023\nEDUCATION\nMSc Statistics, University of Nairobi, [DATE]"


def test_a_job_line_naming_a_university_loses_its_years_too() -> None:
    """The line, not its meaning, decides: a job at a university is dated like a degree (documented in the README)."""
    text = "Research Assistant, University of Toronto, 2015-2019"
    assert redact(text) == "Research Assistant, University of Toronto, [DATE]"


@pytest.mark.parametrize(
    "text",
    [
        "Joined Acme in 2019 and will be promoted to lead in 2021.",
        "Shipped the 2020 release; she told me it was her best work.",
        "Scrum Master at Infosys 2015-2019.",
        "Built a 360 degree feedback tool in 2018.",
        "Migrated SQL Server 2008 to Postgres in 2016; MS Office 2013.",
        "MS SQL Server 2016, MS Excel 2010",
        "Can start in 2025 if we can be flexible.",
        "ms teams call with me in 2024",
        "Presented at TECH-WAVE 2015 of S.R.M.C.E., Nagpur.",
        "Operating Systems MS Windows Server 2012/2008/XP",
        "MS Technology .Net, SharePoint, MS SQL 2014",
    ],
)
def test_words_that_look_like_degree_abbreviations_leave_years(text: str) -> None:
    """Review M2: "be", "me", "MS Office", "Scrum Master" and "360 degree" name no degree."""
    assert redact(text).count("[DATE]") == 0, redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "MS in Computer Science, 2016",
        "BE (Mechanical), 2012",
        "M.S. Statistics 2014",
        "BS Computer Science 2016",
        "BE Computer Engineering, 2013 to 2016",
        "Master of Science, 2011",
        "Degree in Nursing 2009",
    ],
)
def test_degree_abbreviations_as_written_on_a_degree_line(text: str) -> None:
    assert "[DATE]" in redact(text), redact(text)
