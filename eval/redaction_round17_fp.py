"""Round 17 (FP helper, session 17): OUTSIDE15's false-redaction classes by property, each frame with people in it.

Written at 00:00 UTC before any rule of session 17 from /tmp/coord/OUTSIDE15_FINDINGS.md's classes in words (its
texts were never seen) and session 16's open review SHOULDs, and first scored at df10788: liturgical seasons and
academic terms after "from"/"early"/"after" (a term word before "term" is a term), trade words that are family
names after a role label, after "hired as" and heading a bullet with years, firms named after people after a
current-employer label, a verb of leaving, or a role apposed by a comma, schools after "from" and an education
label, hospitals after a placement label and possessive hospital names, a place/firm/school/language opening a
heading line before a dash, a language after a sentence-initial verb of speaking, a holiday holding a weekday
before the same weekday, and the things of "<author> on <thing>:" (session 16's SHOULD on 647f28b).

Every frame has a person twin: the same slot (or the nearest a person fills) with people of many origins the
helper wrote (unlisted, English-word given names, mononyms, family-first), who must still go. Split by frame and
by term: frames alternate within a kind (even TUNE, odd HOLD) and each kind's terms alternate the same way, so
the held-out half is new frames with new terms; it is printed as totals only. ``python -m eval.redaction_round17_fp
-v`` prints the tune half's failures.
"""

from __future__ import annotations

import sys

from eval.redaction_fp_rounds import FpRound

# (kind, frame for things, frame for people): "{}" is the slot.
FRAMES: tuple[tuple[str, str, str], ...] = (
    ("term", "Back from {} retreat next week.", "Back from the retreat with {} next week."),
    ("term", "Starting from {} term we run panels weekly.", "Starting from {} we run panels weekly."),
    ("term", "Early {} term works for the panel.", "Early feedback from {} works for the panel."),
    ("term", "Off from {} until the new year; interviews resume after.", "Off with {} until the new year."),
    ("term", "Interviews pause over {} and resume after.", "Interviews pause while {} travels and resume after."),
    ("term", "She teaches in {} term only, so book early.", "She teaches with {} only, so book early."),
    ("trade", "Hired as {} on the night line.", "Hired {} on the night line."),
    ("trade", "- {}, 2010-2015, workshop lead.", "- {}, 2010-2015, referee."),
    ("trade", "Role: {}", "Reviewer: {}"),
    ("trade", "Was hired as {} in 2015 and promoted twice.", "{} was hired in 2015 and promoted twice."),
    ("trade", "Position: {}, night shift.", "Contact: {}, night shift."),
    ("trade", "Job title: {} (apprentice)", "Hiring manager: {} (on leave)"),
    ("firm", "Current employer: {}", "Current manager: {}"),
    ("firm", "Left {} in 2020 to join a startup.", "Left {} a note in 2020 about the startup."),
    ("firm", "Volunteer mentor, {} (2019-2021)", "Volunteer mentor: {} (2019-2021)"),
    ("firm", "- {} (2015-2019): built risk dashboards.", "- {} (2015-2019): built risk dashboards with us."),
    ("firm", "Previous employer: {}, London.", "Previous reference: {}, London."),
    ("firm", "Quit {} last spring for a smaller shop.", "Met {} last spring at a smaller shop."),
    ("school", "Graduated from {} in 2012.", "Graduated with {} in 2012."),
    ("school", "Education: {}, BSc 2014.", "Referee: {}, 2014."),
    ("school", "She came from {} with a strong record.", "She came with {} and a strong record."),
    ("school", "Education - {}", "Interviewer - {}"),
    ("hospital", "Placement: {}, cardiology ward.", "Preceptor: {}, cardiology ward."),
    ("hospital", "Rotation at {}, then a research year.", "Rotation with {}, then a research year."),
    ("hospital", "Clinical placement at {} (2021-2022).", "Clinical supervisor {} (2021-2022)."),
    ("hospital", "Nursing placement: {}", "Nursing mentor: {}"),
    ("heading", "{} - relocation hub for the EMEA team.", "{} - strong systems designer."),
    ("heading", "{} — where most of the team sits", "{} — owns the hiring plan"),
    ("heading", "{} - notes from the visit", "{} - notes from the call"),
    ("heading", "{} – shortlisted, second round", "{} – shortlisted, second round"),
    ("language", "Speaking {}, she handled the calls.", "Speaking with {}, she handled the calls."),
    ("language", "Speaks {} at home and English at work.", "Speaks to {} at home and at work."),
    ("language", "Spoke {} with the clients all week.", "Spoke with {} and the clients all week."),
    ("language", "Translates {} for the support desk.", "Translates for {} at the support desk."),
    ("about", "Greg on {}: the pipeline is slow.", "Greg on {}: strong hire."),
    ("about", "Notes. Priya on {}: worth a second look.", "Notes. Priya on {}: worth a second look."),
    ("about", "Tom on {}: not convinced yet.", "Tom on {}: not convinced yet."),
    ("about", "Ana on {}: good fit for the offsite.", "Ana on {}: good fit for the team."),
)
# Weekday holidays: the holiday and the later weekday of the line both stay ("{}" the holiday, "{d}" its weekday).
DAY_FRAMES = (
    "Out for {}; back on {d} next week.",
    "{} is off, so the {d} standup moves.",
    "Closed for {}, open again the following {d}.",
    "After {} the {d} sync restarts.",
)
DAY_THINGS = (
    ("Good Friday", "Friday"),
    ("Ash Wednesday", "Wednesday"),
    ("Easter Monday", "Monday"),
    ("Maundy Thursday", "Thursday"),
    ("Black Friday", "Friday"),
    ("Cyber Monday", "Monday"),
    ("Holy Saturday", "Saturday"),
    ("Super Tuesday", "Tuesday"),
)
# Things of each kind (general knowledge; none chosen for what the redactor did with it).
THINGS: dict[str, tuple[str, ...]] = {
    "term": (
        "Lent",
        "Advent",
        "Michaelmas",
        "Hilary",
        "Trinity",
        "Epiphany",
        "Pentecost",
        "Candlemas",
        "Martinmas",
        "Whitsun",
        "Lammas",
        "Eastertide",
        "Shrovetide",
        "Passiontide",
    ),
    "trade": (
        "Cooper",
        "Fletcher",
        "Mason",
        "Porter",
        "Draper",
        "Tanner",
        "Thatcher",
        "Sawyer",
        "Chandler",
        "Turner",
        "Weaver",
        "Carter",
        "Shepherd",
        "Butler",
        "Glazier",
        "Slater",
    ),
    "firm": (
        "Baker McKenzie",
        "Lehman Brothers",
        "Morgan Stanley",
        "Johnson & Johnson",
        "Eli Lilly",
        "Hugo Boss",
        "John Deere",
        "Charles Schwab",
        "Goldman Sachs",
        "Arthur Andersen",
        "Edward Jones",
        "Raymond James",
        "Sherwin Williams",
        "Marks & Spencer",
        "Booz Allen",
        "Allen & Overy",
    ),
    "school": (
        "Rice University",
        "Cornell",
        "Brown",
        "Duke",
        "Tufts",
        "Vassar",
        "Purdue",
        "Baylor",
        "Emory",
        "Wellesley",
        "Bowdoin",
        "Colgate",
        "Howard University",
        "Carleton",
        "Stanford",
        "Trinity College",
    ),
    "hospital": (
        "Addenbrooke's",
        "Guy's",
        "St Thomas'",
        "Great Ormond Street",
        "Johns Hopkins",
        "Mount Sinai",
        "Cedars-Sinai",
        "St Jude",
        "Barts",
        "Brigham and Women's",
        "Mass General",
        "St Mary's",
        "Royal Marsden",
        "Alder Hey",
        "Christie",
        "Sloan Kettering",
    ),
    "heading": (
        "Lisbon",
        "Jordan",
        "Morgan Stanley",
        "Austin",
        "Brown",
        "Tamil",
        "Madison",
        "Deloitte",
        "Florence",
        "Portuguese",
        "Chelsea",
        "Rice University",
        "Victoria",
        "Urdu",
        "Eli Lilly",
        "Savannah",
    ),
    "language": (
        "Urdu",
        "Tagalog",
        "Tamil",
        "Hindi",
        "Swahili",
        "Amharic",
        "Yoruba",
        "Hausa",
        "Punjabi",
        "Cantonese",
        "Igbo",
        "Bengali",
        "Somali",
        "Pashto",
        "Zulu",
        "Gujarati",
    ),
    "about": (
        "Greenhouse",
        "Orion",
        "Titan",
        "Nova",
        "Ikea",
        "Kano",
        "Siem Reap",
        "Workday",
        "Lever",
        "Atlas",
        "Zephyr",
        "Iqaluit",
        "Falcon",
        "Pokhara",
        "Kubernetes",
        "Bilbao",
    ),
}
# People of many origins, written for this round: unlisted, English-word given names, mononyms, family-first.
PEOPLE = (
    "Amaka Obi",
    "Tevita Fifita",
    "Bishnu Gurung",
    "Sokha Chea",
    "Aroha Ngata",
    "Dawit Bekele",
    "Joy Mensah",
    "Hope Dlamini",
    "Sunny Park",
    "Rocky Tan",
    "Lwazi Khumalo",
    "Kalani Akana",
    "Saoirse Byrne",
    "Oksana Koval",
    "Tukiman",
    "Wiremu",
    "Zhang Wei",
    "Nino Beridze",
    "Precious Moyo",
    "Blessing Okafor",
    "Dale Reed",
    "Willow Ashby",
    "Temitope Adeyemi",
    "Thandiwe Ncube",
    "Iolana Kahale",
    "Bolat Nurlanov",
    "Mahlet Tesfaye",
    "Gwenllian Pryce",
    "Ifeoma Nwosu",
    "Ravshan Karimov",
    "Hiba Khoury",
    "Tenzin Dorje",
)


def _frames(hold: bool) -> list[tuple[str, str, str]]:
    out = []
    for kind in THINGS:
        of_kind = [f for f in FRAMES if f[0] == kind]
        out += of_kind[int(hold) :: 2]
    return out


def _keep(thing: str) -> str:
    """The words of a thing that must stay (its possessive's stem, no punctuation)."""
    return " ".join(w.rstrip("'").removesuffix("'s") for w in thing.replace("&", " ").split() if w.strip("'"))


def negatives(hold: bool) -> list[tuple[str, str, str, bool]]:
    """(kind, text, words that must stay, a person beside): the half's frames with the half's things of their kind;
    "about" frames hold an author beside the thing; day frames keep the holiday and the later weekday."""
    out = []
    for kind, template, _ in _frames(hold):
        for thing in THINGS[kind][int(hold) :: 2]:
            out.append((kind, template.format(thing), _keep(thing), kind == "about"))
    for template in DAY_FRAMES[int(hold) :: 2]:
        for holiday, day in DAY_THINGS[int(hold) :: 2]:
            out.append(("weekday", template.format(holiday, d=day), f"{holiday} {day}", False))
    return out


def positives(hold: bool) -> list[tuple[str, str, str]]:
    """(kind, text, name words that must go): each of the half's person frames with eight people, each frame
    starting at a different place in the pool."""
    out = []
    pool = PEOPLE[int(hold) :: 2]
    for number, (kind, _, template) in enumerate(_frames(hold)):
        for k in range(8):
            person = pool[(number * 3 + k) % len(pool)]
            out.append((kind, template.format(person), person))
    for number, template in enumerate(DAY_FRAMES[int(hold) :: 2]):
        for k in range(4):
            person = pool[(number * 5 + k) % len(pool)]
            out.append(("weekday", template.format(person, d="Friday"), person))
    return out


ROUND = FpRound(
    paragraph=(
        "Round 17 (`eval/redaction_round17_fp.py`, `python -m eval.redaction_round17_fp -v`): "
        f"{len(FRAMES) + len(DAY_FRAMES)} frames from OUTSIDE15's false-redaction classes (liturgical and academic "
        "terms, trade words after a role label or 'hired as' or heading a bullet, firms named after people after an "
        "employer label, a verb of leaving or a comma-apposed role, schools, hospitals after a placement label and "
        "possessive, heading lines before a dash, a language after a verb of speaking, holidays holding a weekday, "
        "things in '<author> on <thing>:'), each with a person twin filled with people of many origins. Written in "
        "session 17 before its rules and first scored at df10788; split by frame and by term: `tune` read while "
        "working, `held out` new frames with new terms, totals only."
    ),
    negatives=negatives,
    positives=positives,
)
tables = ROUND.tables
false_redactions = ROUND.false_redactions
recall = ROUND.recall


if __name__ == "__main__":
    ROUND.main(sys.argv[1:])
