"""Round 18 (FP helper, session 18): OUTSIDE16's false-redaction classes by property, each frame with people in it.

Written at 02:50 UTC before any rule of session 18 from /tmp/coord/OUTSIDE16_FINDINGS.md's classes in words (its
texts were never seen) and session 17's open review SHOULDs on the FP side, and first scored at cf0198b: a place
right after a speaker label before a place's predicate, a place opening a sentence as a modifier, landmarks named
after people (a landmark head noun: Station, Bay, Bridge, Square, Park, Street, in any case), schools in lower-case
lines after "degree from", a feast word before a weekday (a date), hospitals (a hospital head noun or a possessive
hospital name, in any case), a language after a sentence-initial "Speaks", eponymous awards and scholarships alone
at a line start, in a bullet or in lower case, two-word eponymous techniques and a mis-decoded accented word, and
the review's things (a tool label in a dialogue, "Guy's", "<author> on <tool>:", "Ping @handle").

Every frame has a person twin: the same slot (or the nearest a person fills) with people of many origins the helper
wrote, among them people whose names are the class's own words (given names that are places, the family name
Park, weekday family names, a given name that is a feast word), unlisted names, mononyms, and the case of the
frame. Two frame sets per class written by different methods: the tune half is whole sentences written by hand;
the held-out half is composed from separate opener and tail pieces (written for composing, never as sentences)
and printed in three cases (as written, lower case, capitals), with the other half of each kind's things and of
the people. The held-out half is printed as totals only. ``python -m eval.redaction_round18_fp -v`` prints the
tune half's failures. Scored by round 17's scorer (``eval.redaction_fp_rounds``).
"""

from __future__ import annotations

import sys

from eval.redaction_fp_rounds import FpRound, Negative

# Tune (method A): (kind, frame for things, frame for people), whole sentences written by hand; "{}" is the slot.
TUNE: tuple[tuple[str, str, str], ...] = (
    ("place_label", "Candidate: {} is where I live now.", "Candidate: {} is who I report to now."),
    ("place_label", "Recruiter: {} works best for the onsite.", "Recruiter: {} will run the onsite."),
    ("place_label", "Priya: {} is a good base for the team.", "Priya: {} is a good fit for the team."),
    ("place_label", "Interviewer: {} is two hours from the office?", "Interviewer: {} is two hours late?"),
    ("place_opener", "{} office opens in May.", "{} opens the office in May."),
    ("place_opener", "{} engineers will join the call.", "{} will join the call."),
    ("place_opener", "{} hub: hiring paused until Q3.", "{} says hiring is paused until Q3."),
    ("landmark", "{} is ten minutes from the office.", "{} is ten minutes from the office."),
    ("landmark", "Meet at {} at nine.", "Meet {} at nine."),
    ("landmark", "- {} (walkable from the hotel)", "- {} (walking over from the hotel)"),
    ("school", "bachelor's degree from {} in 2012", "bachelor's degree, advised by {}"),
    ("school", "ms degree from {}, thesis on graphs", "ms thesis with {} on graphs"),
    ("school", "degree from {} (honours)", "reference from {} (glowing)"),
    ("weekday", "{} is a day off.", "{} is off for the day."),
    ("weekday", "request: {} off", "request: {} off"),
    ("weekday", "{} - office closed", "{} - out of office"),
    ("hospital", "Placement at {}, then residency.", "Placement with {}, then residency."),
    ("hospital", "Worked nights at {} for three years.", "Worked nights with {} for three years."),
    ("hospital", "Trained at {}, then moved north.", "Trained with {}, then moved north."),
    ("language", "Speaks {} and English.", "Speaks to {} in English."),
    ("language", "Speaks {} fluently, some French.", "Speaks with {} weekly, in French."),
    ("award", "{}, 2014.", "{}, 2014 cohort lead."),
    ("award", "- {} 2018", "- {} 2018"),
    ("award", "{} recipient; research on soil carbon.", "{} mentored the research on soil carbon."),
    ("technique", "Expert in {} for risk models.", "Expert, per {}, in risk models."),
    ("technique", "- Applied {} to the churn data", "- Applied with {} to the churn data"),
    (
        "review",
        "Interviewer: any tools?\n{}: ticket created for the offer.",
        "Interviewer: tools?\n{}: ticket created.",
    ),
    ("review", "Greg on {}: strong on systems.", "Greg on {}: strong on systems."),
)

# Held out (method B): each kind's pieces, written to compose, never as sentences: thing openers, thing tails,
# person openers, person tails. A thing frame is opener + thing + tail, a person frame person opener + person +
# person tail (the nearest slot a person fills: nobody has a degree "from" a person); each is printed as written,
# in lower case and in capitals (the review kind as written only: its frames hold case-bound tools).
PIECES: dict[str, tuple[tuple[str, ...], ...]] = {
    "place_label": (
        ("Hiring manager: ", "Candidate: ", "Q: where next? A: "),
        (" is home for us now.", " is the cheaper city for the team.", " is where the new hub opens."),
        ("Hiring manager: ", "Candidate: ", "Q: who next? A: "),
        (" is home sick today.", " is the calmer interviewer.", " is why the new hub opens."),
    ),
    "place_opener": (
        ("", "Update: ", "Note - "),
        (" team doubled this year.", " site needs two more nurses.", " branch closes at five."),
        ("", "Update: ", "Note - "),
        (" doubled the team this year.", " needs two more nurses.", " closes the branch at five."),
    ),
    "landmark": (
        ("", "Office is by ", "Commute via "),
        (" for the onsite.", ", then a short walk.", " most mornings."),
        ("", "Office is with ", "Commute with "),
        (" for the onsite.", ", then a short walk.", " most mornings."),
    ),
    "school": (
        ("phd degree from ", "her degree from ", "honours degree from "),
        (", 2019", " with distinction", " (part-time)"),
        ("phd advised by ", "her degree, supervised by ", "honours thesis with "),
        (", 2019", " with distinction", " (part-time)"),
    ),
    "weekday": (
        ("", "Leave request: ", "pto: "),
        (" (half day)", " - back the next day", ""),
        ("", "Leave request: ", "pto: "),
        (" (half day)", " - back the next day", ""),
    ),
    "hospital": (
        ("Clinical years: ", "Rotated through ", "- "),
        (", paediatric ward", " (2019-2021)", ", ICU"),
        ("Clinical mentor: ", "Rotated with ", "- "),
        (", paediatric ward", " (2019-2021)", ", ICU"),
    ),
    "language": (
        ("Speaks ", "Speaks ", "Speaks "),
        (" at home.", " and some Spanish.", " with clients."),
        ("Speaks to ", "Speaks with ", "Speaks for "),
        (" at home.", " and some Spanish.", " with clients."),
    ),
    "award": (
        ("", "- ", "Awards: "),
        (" (2016)", ", finalist", ""),
        ("", "- ", "Referees: "),
        (" (2016)", ", finalist", ""),
    ),
    "technique": (
        ("Used ", "Built a ", "Strong on "),
        (" for pricing.", " pipeline.", ", gradients and ODEs."),
        ("Paired with ", "Built with ", "Strong, per "),
        (" for pricing.", " pipeline.", ", gradients and ODEs."),
    ),
    "review": (
        ("Notes. Ana on ", "Ping ", "Interviewer: tools?\n"),
        (": not convinced yet.", " about the loop", ": reminder sent to the panel."),
        ("Notes. Ana on ", "Ping ", "Interviewer: tools?\n"),
        (": not convinced yet.", " about the loop", ": reminder sent to the panel."),
    ),
}

# Things of each kind (general knowledge; none chosen for what the redactor did with it); even ones tune, odd held.
THINGS: dict[str, tuple[str, ...]] = {
    "place_label": (
        "Lisbon",
        "Austin",
        "Jackson",
        "Nairobi",
        "Madison",
        "Florence",
        "Lagos",
        "Victoria",
        "Chester",
        "Charlotte",
        "Da Nang",
        "Cali",
        "Kingston",
        "Durban",
        "Regina",
        "Eugene",
    ),
    "place_opener": (
        "Madison",
        "Denver",
        "Austin",
        "Lagos",
        "Jackson",
        "Pune",
        "Charlotte",
        "Florence",
        "Cork",
        "Sydney",
        "Raleigh",
        "Tyler",
        "Lincoln",
        "Warsaw",
        "Columbus",
        "Hamilton",
    ),
    "landmark": (
        "Victoria Station",
        "Moreton Bay",
        "Hyde Park",
        "Baker Street",
        "Waterloo Bridge",
        "Trafalgar Square",
        "Byron Bay",
        "Albert Square",
        "Kings Cross Station",
        "Regent Street",
        "Tower Bridge",
        "Morgan Park",
        "Elizabeth Street",
        "Grand Central Station",
        "Clapham Junction",
        "Botany Bay",
    ),
    "school": (
        "stanford",
        "duke university",
        "georgia tech",
        "rice university",
        "brown university",
        "purdue",
        "howard university",
        "tufts",
        "emory",
        "baylor university",
        "trinity college dublin",
        "carleton",
        "mcgill",
        "vassar college",
        "wellesley",
        "johns hopkins university",
    ),
    "weekday": (
        "Whit Monday",
        "Easter Monday",
        "Shrove Tuesday",
        "Good Friday",
        "Ash Wednesday",
        "Maundy Thursday",
        "Holy Saturday",
        "Easter Sunday",
        "Black Friday",
        "Fat Tuesday",
        "Palm Sunday",
        "Cyber Monday",
        "Clean Monday",
        "Holy Thursday",
        "Carnival Tuesday",
        "Green Monday",
    ),
    "hospital": (
        "Johns Hopkins",
        "Brigham and Women's",
        "Guy's",
        "St Mary's Hospital",
        "Sloan Kettering",
        "Guy's and St Thomas'",
        "Great Ormond Street Hospital",
        "Addenbrooke's Hospital",
        "Alder Hey",
        "Groote Schuur Hospital",
        "Chris Hani Baragwanath Hospital",
        "St Thomas' Hospital",
        "John Radcliffe Hospital",
        "Charlotte Maxeke Hospital",
        "Mount Sinai",
        "Cedars-Sinai",
    ),
    "language": (
        "Tagalog",
        "Urdu",
        "Twi",
        "Shona",
        "Tigrinya",
        "Wolof",
        "Kinyarwanda",
        "Cebuano",
        "Ilocano",
        "Samoan",
        "Tongan",
        "Maori",
        "Lingala",
        "Ewe",
        "Fula",
        "Kirundi",
    ),
    "award": (
        "Rhodes Scholarship",
        "Marshall Scholar",
        "Fulbright Scholarship",
        "Gates Cambridge Scholar",
        "Turing Award",
        "Truman Scholarship",
        "Schwarzman Scholar",
        "Goldwater Scholarship",
        "Churchill Scholarship",
        "Mitchell Scholar",
        "Chevening Scholarship",
        "Knight-Hennessy Scholar",
        "Booker Prize",
        "Fields Medal",
        "Pulitzer Prize",
        "Nobel Prize",
    ),
    "technique": (
        "Monte Carlo",
        "Kaplan Meier",
        "Runge Kutta",
        "Gauss Newton",
        "Levenberg Marquardt",
        "Black Scholes",
        "Cox regression",
        "Markov chains",
        "Fourier transforms",
        "Kalman filters",
        "Bayesian networks",
        "Gibbs sampling",
        "Nelson Siegel",
        "Holt Winters",
        "Box Jenkins",
        "Dickey Fuller",
    ),
    "review": (
        "Jira",
        "Greenhouse",
        "Slack",
        "Workday",
        "Lever",
        "Ashby",
        "Gem",
        "Notion",
        "Zoom",
        "Calendly",
        "Asana",
        "Lattice",
        "Gusto",
        "Rippling",
        "Loom",
        "Trello",
    ),
}
# The review kind's hold pieces need a speaker-looking tool, an author's subject and a handle: "Ping" is the one
# thing of "Ping @<handle>"; the handle is a person's and must go.
PING_HANDLE = "@priyaraghunathan"

# People of many origins, written for this round: people named by the classes' own words (places, Park, weekdays,
# a feast word), unlisted, English-word given names, mononyms, family-first; even ones tune, odd held out.
PEOPLE = (
    "Austin Mbeki",
    "Victoria Nkosi",
    "Jisoo Park",
    "Sunny Park",
    "Emeka Monday",
    "Chidi Friday",
    "Easter Mokoena",
    "Madison Tui",
    "Florence Adjei",
    "Jackson Tembo",
    "Amaka Obi",
    "Tevita Fifita",
    "Bishnu Gurung",
    "Aroha Ngata",
    "Dawit Bekele",
    "Joy Mensah",
    "Lwazi Khumalo",
    "Kalani Akana",
    "Saoirse Byrne",
    "Oksana Koval",
    "Tukiman",
    "Wiremu",
    "Zhang Wei",
    "Nino Beridze",
    "Precious Moyo",
    "Willow Ashby",
    "Temitope Adeyemi",
    "Iolana Kahale",
    "Bolat Nurlanov",
    "Mahlet Tesfaye",
    "Rhodes Banda",
    "Marshall Otieno",
)

_CASES = (str, str.lower, str.upper)


def _cased(case: int, text: str) -> str:
    return _CASES[case](text)


def _tune_negatives() -> list[Negative]:
    out: list[Negative] = []
    for kind, frame, _ in TUNE:
        for thing in THINGS[kind][0::2]:
            out.append((kind, frame.format(thing), _keep(thing), kind == "review"))
    return out


def _hold_negatives() -> list[Negative]:
    out: list[Negative] = []
    for kind, (openers, tails, _, _) in PIECES.items():
        things = THINGS[kind][1::2]
        for number, thing in enumerate(things):
            opener, tail = openers[number % 3], tails[(number // 3) % 3]
            if kind == "review" and opener == "Ping ":
                thing, keep = PING_HANDLE, "Ping"
            else:
                keep = _keep(thing)
            case = 0 if kind == "review" else number % 3
            text = opener + thing + tail
            out.append((kind, _cased(case, text), _cased(case, keep), kind == "review"))
    return out


def _keep(thing: str) -> str:
    """The words of a thing that must stay (its possessive's stem, no punctuation)."""
    words = thing.replace("&", " ").replace("-", " ").split()
    return " ".join(w.rstrip("'").removesuffix("'s") for w in words if w.strip("'"))


def negatives(hold: bool) -> list[Negative]:
    """(kind, text, words that must stay, a person beside): the tune half's hand-written frames with the even
    things of their kind; the held-out half's composed frames with the odd things, in three cases."""
    return _hold_negatives() if hold else _tune_negatives()


def positives(hold: bool) -> list[tuple[str, str, str]]:
    """(kind, text, name words that must go): each person frame of the half with six people, each frame starting at
    a different place in the half's pool, in the case of the frame it twins."""
    out = []
    pool = PEOPLE[int(hold) :: 2]
    if not hold:
        for number, (kind, _, template) in enumerate(TUNE):
            for k in range(6):
                person = pool[(number * 5 + k) % len(pool)]
                out.append((kind, template.format(person), person))
        return out
    number = 0
    for kind, (_, _, openers, tails) in PIECES.items():
        for opener in openers:
            for k in range(3):
                person = pool[(number * 5 + k) % len(pool)]
                case = 0 if kind == "review" else k
                text = opener + person + tails[(number + k) % 3]
                out.append((kind, _cased(case, text), _cased(case, person)))
            number += 1
    return out


ROUND = FpRound(
    paragraph=(
        "Round 18 (`eval/redaction_round18_fp.py`, `python -m eval.redaction_round18_fp -v`): OUTSIDE16's "
        "false-redaction classes by property (a place after a speaker label or opening a sentence, landmarks named "
        "after people, schools in lower-case lines, a feast word before a weekday, hospitals, 'Speaks <language>', "
        "eponymous awards, two-word eponymous techniques, and the review's tool label, 'Guy's', '<author> on "
        "<tool>:' and 'Ping'), each with a person twin filled with people of many origins, some named by the "
        "class's own words. Written in session 18 before its rules and first scored at cf0198b; two frame sets "
        "written by different methods: `tune` hand-written sentences, `held out` composed pieces in three cases "
        "with the other half of the things and people, totals only."
    ),
    negatives=negatives,
    positives=positives,
)
tables = ROUND.tables
false_redactions = ROUND.false_redactions
recall = ROUND.recall


if __name__ == "__main__":
    ROUND.main(sys.argv[1:])
