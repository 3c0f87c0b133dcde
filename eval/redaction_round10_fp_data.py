"""Round 10's frames: ordinary words that redaction removed in session 9's blind check, and people in the same frames.

Written by the FP helper of session 10 (03:25 UTC, before any rule of that session) from the outside tester's
false-redaction classes in words only (/tmp/coord/CLASSES8.md; its sentences were never seen): holidays after a
time preposition in several countries' calendars, festivals, places before a plain noun and after "covering",
resort towns, capitals headings that start with a place, a hospital, a holiday or an award, firms named after
people and public programmes in job-ad prose, language names opening a sentence, tools after "with".

Every frame is filled with things (which must survive) and with people of many origins (whose name words must
go), names that are words, places, months, holidays and virtues included, so a rule that keeps the thing must
still find the person. Where no person can stand in the thing's frame ("the Tacoma office"), the person
template is the nearest frame a person does fill ("the Okafor offer"), the one a keep-rule could wrongly reach.
Holiday, place, firm, language and tool names come from general knowledge; none was chosen because the redactor
kept or removed it. Frames alternate within a kind: even positions TUNE (read while working), odd HOLD (scored
in aggregate only).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Frame:
    """One frame: its kind, the template things fill, the template people fill (``{X}`` is the slot)."""

    kind: str
    template: str
    things: tuple[str, ...]
    people: tuple[str, ...]
    person_template: str = ""  # empty: people fill the thing's own template

    def for_people(self) -> str:
        return self.person_template or self.template


# People of many origins; names that are words, places, months, holidays and virtues among them.
PEOPLE = (
    "Priya Raman",
    "Chidubem Okonkwo",
    "Siosaia Taufa",
    "Mei-Ling Chen",
    "Hope",
    "Patience Moyo",
    "June",
    "August Lindqvist",
    "Madison",
    "Jordan Ellis",
    "Florence Adeyemi",
    "Austin",
    "Georgia Kowalski",
    "Trust Mudenda",
    "Gift",
    "Precious Banda",
    "Tom Easter",
    "Noel",
    "Summer Nguyen",
    "Autumn",
    "April Kaur",
    "Nguyen Van An",
    "Aigerim",
    "Fatima-Zahra",
    "Tupac Quispe",
    "Yaw Mensah",
    "Bat-Erdene",
    "Lakshmi",
    "Thandiwe",
    "Kenji Watanabe",
    "Ximena",
    "Dalia Haddad",
    "Rose-Marie Dubois",
    "Carmen Christmas",
    "Justice",
    "Charity Phiri",
    "Memory Chikwanha",
    "Savannah Brooks",
    "Paris Okoro",
    "Sydney",
    "Chad",
    "Lincoln Moyo",
    "Diwali Sharma",
    "Holiday Jones",
    "Pascal",
    "Oluwaseun Adebayo",
    "Aroha Ngata",
    "Ha-eun Park",
)

# People written in capitals, for the capitals headings.
PEOPLE_CAPS = tuple(name.upper() for name in PEOPLE)


def people(start: int, count: int = 8, pool: tuple[str, ...] = PEOPLE) -> tuple[str, ...]:
    """``count`` people from the pool, starting at ``start`` (wrapping), so each frame meets other origins."""
    return tuple(pool[(start + i) % len(pool)] for i in range(count))


FRAMES: list[Frame] = [
    # holidays after a time preposition, several calendars
    Frame(
        "holiday",
        "Can we lock the panel before {X}?",
        ("Thanksgiving", "Diwali", "Chuseok", "Songkran", "Hanukkah", "Nowruz", "Golden Week", "Boxing Day"),
        people(0),
    ),
    Frame(
        "holiday",
        "The debrief is scheduled right after {X}.",
        ("Eid al-Adha", "Lunar New Year", "Canada Day", "Waitangi Day", "Passover", "Holi", "Obon", "Labor Day"),
        people(8),
    ),
    Frame(
        "holiday",
        "Let's hold the offer until after {X}.",
        ("Rosh Hashanah", "Pongal", "Tet", "Matariki", "Anzac Day", "Onam", "Kwanzaa", "Bastille Day"),
        people(16),
    ),
    Frame(
        "holiday",
        "Hiring slows down around {X}, so post the role now.",
        ("Christmas", "Easter", "Ramadan", "Carnival", "Navratri", "Seollal", "Hogmanay", "Midsummer"),
        people(24),
        "Hiring slows down around {X}, so ask them now.",
    ),
    Frame(
        "holiday",
        "Offers should go out ahead of {X} this year.",
        ("Durga Puja", "Ganesh Chaturthi", "Hari Raya", "Deepavali", "Thaipusam", "Vesak", "Juneteenth", "Purim"),
        people(32),
    ),
    Frame(
        "holiday",
        "Nobody is around over {X}, so move the onsite.",
        ("Yom Kippur", "Dussehra", "Lohri", "Baisakhi", "Setsubun", "Sukkot", "Pentecost", "Koningsdag"),
        people(40),
    ),
    Frame(
        "holiday",
        "We reopen the req after {X} and Christmas.",
        ("Eid", "Chhath", "Ugadi", "Losar", "Dashain", "Tihar", "Naadam", "Timkat"),
        people(4),
        "We reopen the req after {X} and Tunde sign off.",
    ),
    Frame(
        "holiday",
        "The start date is the Monday before {X}.",
        ("Thingyan", "Loy Krathong", "Nyepi", "Lebaran", "Qingming", "Meskel", "Tabaski", "Sinterklaas"),
        people(12),
        "The start date is the Monday before {X} leaves.",
    ),
    # festivals (Spanish and others)
    Frame(
        "festival",
        "Our Valencia office is closed for {X}.",
        ("Las Fallas", "Semana Santa", "San Fermín", "La Tomatina", "Feria de Abril", "La Mercè", "Oktoberfest"),
        people(20, 7),
        "The req is closed for {X} this year.",
    ),
    Frame(
        "festival",
        "Took a week off for {X} with family.",
        ("Día de Muertos", "Inti Raymi", "Carnaval", "Guelaguetza", "Fiestas Patrias", "Sanfermines", "Fasching"),
        people(28, 7),
        "Took a week off for {X}'s wedding.",
    ),
    Frame(
        "festival",
        "Volunteered at {X} every summer since 2018.",
        ("Las Fallas", "La Tomatina", "Glastonbury", "Coachella", "Sziget", "Roskilde", "Tanabata"),
        people(36, 7),
        "Volunteered with {X} every summer since 2018.",
    ),
    Frame(
        "festival",
        "Sales peak during {X} and the weeks before it.",
        ("Semana Santa", "Carnaval", "Oktoberfest", "Mardi Gras", "Hari Raya", "Songkran", "Diwali"),
        people(44, 7),
        "Sales peaked during {X}'s first quarter.",
    ),
    # places before a plain noun (people: the same shape before what a person has)
    Frame(
        "place noun",
        "The {X} office hosts the data team.",
        ("Tacoma", "Boise", "Lagos", "Accra", "Chennai", "Manila", "Monterrey", "Austin", "Jordan", "Madison"),
        people(2, 10),
        "The {X} debrief is on Thursday.",
    ),
    Frame(
        "place noun",
        "Ran the {X} warehouse for three years.",
        ("Tulsa", "Fresno", "Krakow", "Lyon", "Nairobi", "Cebu", "Kigali", "Florence", "Charlotte", "Savannah"),
        people(12, 10),
        "Ran the {X} loop for the panel.",
    ),
    Frame(
        "place noun",
        "Supported the {X} branch during the migration.",
        ("Durban", "Medellín", "Guadalajara", "Winnipeg", "Halifax", "Auckland", "Pune", "Phoenix", "Victoria"),
        people(22, 9),
        "Supported the {X} offer during the negotiation.",
    ),
    Frame(
        "place noun",
        "Our {X} team is hiring two engineers.",
        ("Leeds", "Bristol", "Glasgow", "Porto", "Gdansk", "Hyderabad", "Dallas", "Georgia", "Lincoln"),
        people(31, 9),
        "{X}'s team is hiring two engineers.",
    ),
    Frame(
        "place noun",
        "Led the {X} expansion in 2022.",
        ("Cluj", "Wroclaw", "Osaka", "Busan", "Bogotá", "Quito", "Denver", "Tyler", "Chester"),
        people(40, 9),
        "Led the {X} onboarding in 2022.",
    ),
    Frame(
        "place noun",
        "Moved the {X} site to the new ERP.",
        ("Omaha", "Spokane", "Hamburg", "Lille", "Kumasi", "Mombasa", "Eugene", "Jackson", "Aurora"),
        people(6, 9),
        "Moved the {X} file to the new ATS.",
    ),
    # places after "covering", resort towns
    Frame(
        "covering",
        "Territory manager covering {X} and the surrounding counties.",
        ("Tacoma", "Spokane", "Boise", "Billings", "Tulsa", "Wichita", "Madison", "Savannah"),
        people(10),
        "Team lead covering {X} while she is on leave.",
    ),
    Frame(
        "covering",
        "Field engineer covering {X}, with travel up to 40%.",
        ("Ontario", "Alberta", "Gauteng", "Bavaria", "Lombardy", "Queensland", "Georgia", "Florence"),
        people(18),
        "Field engineer covering {X}'s accounts this quarter.",
    ),
    Frame(
        "resort",
        "Two winters as a lift operator in {X}, then ski school.",
        ("Vail", "Aspen", "Whistler", "Zermatt", "Banff", "Telluride", "Breckenridge", "Chamonix"),
        people(26),
        "Two winters as a lift operator with {X}, then ski school.",
    ),
    Frame(
        "resort",
        "Seasonal front desk work at a {X} resort.",
        ("Cancun", "Tulum", "Bali", "Phuket", "Mykonos", "Sedona", "Napa", "Ibiza"),
        people(34),
        "Seasonal front desk work at {X}'s resort.",
    ),
    # capitals headings starting with a place, a hospital, a holiday or an award
    Frame(
        "heading",
        "{X}\nRegistered Nurse, 2018-2021",
        (
            "TACOMA GENERAL HOSPITAL",
            "MOUNT SINAI HOSPITAL",
            "ST. JUDE CHILDREN'S RESEARCH HOSPITAL",
            "CEDARS-SINAI MEDICAL CENTER",
            "BOISE, IDAHO",
            "MADISON MEMORIAL HOSPITAL",
            "AUSTIN REGIONAL CLINIC",
            "FLORENCE NIGHTINGALE HOSPITAL",
        ),
        people(1, 8, PEOPLE_CAPS),
    ),
    Frame(
        "heading",
        "{X}\nSeasonal Sales Associate",
        (
            "CHRISTMAS RUSH 2021",
            "DIWALI CAMPAIGN",
            "EASTER POP-UP STORE",
            "THANKSGIVING FOOD DRIVE",
            "RAMADAN NIGHT MARKET",
            "HANUKKAH GIFT FAIR",
            "LUNAR NEW YEAR MARKET",
            "HALLOWEEN SUPERSTORE",
        ),
        people(9, 8, PEOPLE_CAPS),
    ),
    Frame(
        "heading",
        "{X}\nAwarded for the hospital volunteer programme",
        (
            "FULBRIGHT SCHOLAR 2019",
            "RHODES SCHOLARSHIP",
            "PULITZER PRIZE FINALIST",
            "NOBEL PEACE PRIZE NOMINATION",
            "TURING AWARD LECTURE",
            "EMMY AWARD 2020",
            "NIGHTINGALE AWARD",
            "JAMES BEARD AWARD",
        ),
        people(17, 8, PEOPLE_CAPS),
    ),
    Frame(
        "heading",
        "{X}\nWarehouse Supervisor, 2016-2019",
        (
            "TULSA, OKLAHOMA",
            "LAGOS, NIGERIA",
            "KRAKOW, POLAND",
            "SPOKANE, WASHINGTON",
            "CHARLOTTE, NORTH CAROLINA",
            "JACKSON, MISSISSIPPI",
            "SAVANNAH, GEORGIA",
            "AURORA, COLORADO",
        ),
        people(25, 8, PEOPLE_CAPS),
    ),
    # firms named after people and public programmes, in job-ad prose
    Frame(
        "firm",
        "Join {X} as a Senior Analyst and grow your career.",
        (
            "Johnson Controls",
            "Edward Jones",
            "Charles Schwab",
            "Booz Allen Hamilton",
            "Eli Lilly",
            "Thermo Fisher",
            "Raymond James",
            "Herman Miller",
        ),
        people(3),
    ),
    Frame(
        "firm",
        "{X} is an equal opportunity employer.",
        (
            "Sherwin-Williams",
            "Jones Lang LaSalle",
            "Cushman & Wakefield",
            "Baker Hughes",
            "Estée Lauder",
            "Kimberly-Clark",
            "Fred Meyer",
            "Harris Teeter",
        ),
        people(11),
        "{X} is an equal partner in the search.",
    ),
    Frame(
        "firm",
        "Why {X}? We invest in the people who serve our members.",
        ("Edward Jones", "Raymond James", "Jack Henry", "Bob Evans", "Ralph Lauren", "Marsh McLennan", "Dow Jones"),
        people(19, 7),
        "Why {X}? She has the strongest loop of the week.",
    ),
    Frame(
        "programme",
        "Experience with {X} enrollment and eligibility rules is required.",
        ("Medicaid", "Medicare", "Head Start", "Job Corps", "AmeriCorps", "Pell Grant", "Ryan White", "Section 8"),
        people(27),
        "Experience with {X} on intake calls is a plus.",
    ),
    Frame(
        "programme",
        "Alumni of {X} are encouraged to apply.",
        ("Teach For America", "Fulbright", "Erasmus", "Peace Corps", "Fannie Mae", "Sallie Mae", "Freddie Mac"),
        people(35, 7),
        "Referrals from {X} are encouraged to apply.",
    ),
    # language names opening a sentence
    Frame(
        "language",
        "{X} is a plus.",
        ("Tagalog", "Amharic", "Yoruba", "Tigrinya", "Pashto", "Cebuano", "Hmong", "Tamil", "Dari", "Twi"),
        people(5, 10),
    ),
    Frame(
        "language",
        "{X} preferred; English required.",
        ("Haitian Creole", "Somali", "Punjabi", "Gujarati", "Khmer", "Quechua", "Navajo", "Kinyarwanda", "Malay"),
        people(15, 9),
        "{X} preferred the late slot; Tunde took the early one.",
    ),
    Frame(
        "language",
        "{X} and English are required for this role.",
        ("Swahili", "Hausa", "Igbo", "Telugu", "Marathi", "Sinhala", "Burmese", "Cantonese", "Urdu"),
        people(24, 9),
        "{X} and Tunde are running this role.",
    ),
    Frame(
        "language",
        "{X} speakers are encouraged to apply.",
        ("Wolof", "Oromo", "Lingala", "Shona", "Kazakh", "Uzbek", "Nepali", "Malayalam", "Kannada"),
        people(33, 9),
        "{X} encouraged us to apply.",
    ),
    Frame(
        "language",
        "{X} fluency is essential for the Miami clinic.",
        ("Creole", "Farsi", "Kurdish", "Bengali", "Ilocano", "Samoan", "Tongan", "Zulu", "Xhosa"),
        people(42, 9),
        "{X} confirmed fluency is essential for the clinic.",
    ),
    # tools after "with"
    Frame(
        "tool",
        "Built the ingestion jobs with {X} last quarter.",
        ("Dagster", "Airbyte", "Fivetran", "Meltano", "Mage", "Kestra", "Hightouch", "Census"),
        people(7),
    ),
    Frame(
        "tool",
        "Worked closely with {X} on the migration.",
        ("Retool", "Supabase", "Vercel", "Hasura", "Temporal", "Buildkite", "Crossplane", "Keycloak"),
        people(21),
    ),
    Frame(
        "tool",
        "Automated the weekly reports with {X}.",
        ("Hex", "Mode", "Sigma", "Evidence", "Lightdash", "Rill", "Preset", "Omni"),
        people(29),
    ),
    Frame(
        "tool",
        "Replaced the old scripts with {X} and cron.",
        ("Prefect", "Windmill", "Argo", "Tekton", "Flyte", "Kedro", "Luigi", "Rundeck"),
        people(37),
        "Replaced the old scripts with {X} and Tunde's help.",
    ),
]


def _keep(thing: str) -> str:
    """The words of a thing that must survive (short function words like "de", "la", "of" are not checked)."""
    small = {"de", "del", "la", "las", "los", "of", "the", "and", "&", "for", "al"}
    words = [w.strip(",.") for w in thing.replace("\n", " ").split()]
    return " ".join(w for w in words if w and w.lower() not in small and any(c.isalpha() for c in w))


def negatives(hold: bool) -> list[tuple[str, str, str]]:
    """(kind, text, words that must stay) for every thing in the half's frames."""
    return [
        (frame.kind, frame.template.format(X=thing), _keep(thing)) for frame in _frames(hold) for thing in frame.things
    ]


def positives(hold: bool) -> list[tuple[str, str, str]]:
    """(kind, text, name words that must go) for every person in the half's frames."""
    return [
        (frame.kind, frame.for_people().format(X=person), person) for frame in _frames(hold) for person in frame.people
    ]


def _frames(hold: bool) -> list[Frame]:
    """Frames alternate within each kind: even positions TUNE, odd HOLD."""
    seen: dict[str, int] = {}
    out = []
    for frame in FRAMES:
        position = seen.get(frame.kind, 0)
        seen[frame.kind] = position + 1
        if (position % 2 == 1) == hold:
            out.append(frame)
    return out
