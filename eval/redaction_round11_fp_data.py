"""Round 11's frames: ordinary words that redaction removed in session 10's blind check, and people in the same frames.

Written by the FP helper of session 11 (06:25 UTC, before any rule of that session) from the outside tester's
false-redaction classes in words only (/tmp/coord/OUTSIDE9_FINDINGS.md classes 16-20 and the firm class; its
sentences and sealed material were never seen): languages in a "speaks ... and English" line, in a languages
list after a label, joined to "-speaking", first in a line before "(native)"; firms named after people or
unlisted brands after "with", "left", "Previous employer:", "joined", before "LLC", or opening a line of firm,
dash, job title, dash, years; a city after a "Location:" label; holidays after "the week of", "after", "closed
for", a festival of several words opening a sentence, a holiday written with a possessive and "Day"; tools after
"strong with" and opening a line before "experience:".

Split twice, so that the held-out half is new in both ways: frames alternate within a kind (even positions TUNE,
odd HOLD), and each kind's terms are two disjoint lists, the tune terms filling the tune frames and the held-out
terms the held-out frames. The held-out half is printed as totals only. Every frame is also filled with people
of many origins (names no list holds among them, and names that are words, places, holidays, languages or firm
names), in the frame's own template where a person can stand there, or else in the nearest frame a person does
fill (``person_template``), the one a keep-rule could wrongly reach. Terms come from general knowledge; none was
chosen because the redactor kept or removed it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Frame:
    """One frame: its kind, the template things fill, the template people fill (``{X}`` is the slot)."""

    kind: str
    template: str
    person_template: str = ""  # empty: people fill the thing's own template

    def for_people(self) -> str:
        return self.person_template or self.template


# People of many origins: Central Asian, Southern and Central African, Malagasy, Maori, Pacific, Horn of Africa,
# South and East Asian, Arabic, Latin American, European; names that are words, places, holidays, languages and
# firm names among them ("Hope", "Savannah Brooks", "Diwali Sharma", "Tamil Selvan", "Raymond James").
PEOPLE = (
    "Aigerim Nurlanovna",
    "Thandiwe Dlamini",
    "Fanomezantsoa Rakoto",
    "Wiremu Tane",
    "Mbuyi Kabongo",
    "Hope",
    "Dilnoza Yusupova",
    "Tendai",
    "Siosaia Taufa",
    "Selam Tesfaye",
    "Priya Raman",
    "Chidubem Okonkwo",
    "Raymond James",
    "Savannah Brooks",
    "Bakyt",
    "Hery Rasoanaivo",
    "Diwali Sharma",
    "Tamil Selvan",
    "Justice Mensah",
    "Mei-Ling Chen",
    "Florence Adeyemi",
    "Nguyen Van An",
    "Aroha",
    "Ilunga Mwamba",
    "Patience",
    "Jackson Moyo",
    "Madison Ortiz",
    "Yerlan",
    "Lindiwe",
    "Fatima-Zahra Benali",
    "Kenji Watanabe",
    "Carmen Christmas",
    "Tupac Quispe",
    "Ha-eun Park",
    "Austin",
    "Oluwaseun Adebayo",
    "Sipho Ndlovu",
    "Charity Phiri",
    "Rangi",
    "Nodira",
    "Edward Jones",
    "Dalia Haddad",
    "Ximena",
    "Tom Easter",
    "Memory Chikwanha",
    "Andry",
    "Bat-Erdene",
    "Lakshmi",
)


def _people(start: int, count: int = 8) -> tuple[str, ...]:
    """``count`` people from the pool, starting at ``start`` (wrapping), so each frame meets other origins."""
    return tuple(PEOPLE[(start + i) % len(PEOPLE)] for i in range(count))


# Each kind: (tune terms, held-out terms); the two lists share no term.
TERMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "language": (
        (
            "Tigrinya",
            "Amharic",
            "Tagalog",
            "Pashto",
            "Tamil",
            "Somali",
            "Hausa",
            "Yoruba",
            "Punjabi",
            "Vietnamese",
            "Kazakh",
            "Malay",
            "Swahili",
            "Dari",
            "Haitian Creole",
            "Cantonese",
            "German",
            "Russian",
        ),
        (
            "Oromo",
            "Wolof",
            "Cebuano",
            "Urdu",
            "Bengali",
            "Farsi",
            "Nepali",
            "Gujarati",
            "Khmer",
            "Hmong",
            "Twi",
            "Lingala",
            "Sinhala",
            "Telugu",
            "Mandarin",
            "Portuguese",
            "Polish",
            "Italian",
        ),
    ),
    "firm": (
        (
            "Edward Jones",
            "Charles Schwab",
            "Johnson Controls",
            "Eli Lilly",
            "Raymond James",
            "Morgan Stanley",
            "Goldman Sachs",
            "Marsh McLennan",
            "Booz Allen",
            "Sherwin-Williams",
            "Estée Lauder",
            "Deloitte",
            "Cartier",
            "Bain",
            "Ford",
            "Wells Fargo",
        ),
        (
            "Baker Hughes",
            "Thermo Fisher",
            "Jack Henry",
            "Kimberly-Clark",
            "Herman Miller",
            "Ralph Lauren",
            "Harris Teeter",
            "Fred Meyer",
            "Dow Jones",
            "Lockheed Martin",
            "Merrill Lynch",
            "Boeing",
            "Chanel",
            "McKinsey",
            "Kellogg",
            "Hewlett Packard",
        ),
    ),
    "place": (
        (
            "Madison",
            "Austin",
            "Charlotte",
            "Jackson",
            "Tacoma",
            "Lagos",
            "Chennai",
            "Almaty",
            "Florence",
            "Savannah",
            "Tyler",
            "Denver",
            "Eugene",
            "Kigali",
            "Bishkek",
            "Antananarivo",
        ),
        (
            "Raleigh",
            "Tulsa",
            "Lincoln",
            "Tampa",
            "Aurora",
            "Victoria",
            "Chester",
            "Mesa",
            "Nairobi",
            "Hanoi",
            "Medellín",
            "Cebu",
            "Marion",
            "Douglas",
            "Warren",
            "Troy",
        ),
    ),
    "holiday": (
        (
            "Thanksgiving",
            "Diwali",
            "Lunar New Year",
            "Mother's Day",
            "St. Patrick's Day",
            "Eid al-Fitr",
            "Hanukkah",
            "Golden Week",
            "Día de los Muertos",
            "Mardi Gras",
            "Easter",
            "Memorial Day",
            "Valentine's Day",
            "Chinese New Year",
            "Yom Kippur",
            "Holi",
        ),
        (
            "Christmas",
            "Ramadan",
            "Father's Day",
            "New Year's Day",
            "Presidents' Day",
            "Rosh Hashanah",
            "Carnival",
            "Independence Day",
            "Labor Day",
            "Passover",
            "Songkran",
            "Oktoberfest",
            "Kwanzaa",
            "Boxing Day",
            "Veterans Day",
            "Chuseok",
        ),
    ),
    "tool": (
        (
            "Dagster",
            "Retool",
            "Airtable",
            "Figma",
            "Looker",
            "Jenkins",
            "Ansible",
            "Grafana",
            "Kibana",
            "Tableau",
            "Alteryx",
            "Workato",
            "Zapier",
            "Gatsby",
            "Sanity",
            "Ruby",
        ),
        (
            "Prefect",
            "Supabase",
            "Notion",
            "Sketch",
            "Metabase",
            "Travis",
            "Chef",
            "Mulesoft",
            "Qlik",
            "Datadog",
            "Sentry",
            "Celery",
            "Django",
            "Flask",
            "Hugo",
            "Julia",
        ),
    ),
}

FRAMES: list[Frame] = [
    # languages: a "speaks ... and English" line, a languages list after a label, "-speaking", "(native)"
    Frame("language", "Speaks {X} and English fluently.", "Spoke to {X} and Tunde about the offer."),
    Frame("language", "Languages: {X}, English", "Interviewers: {X}, Tunde Bakare"),
    Frame("language", "Supports {X}-speaking families at the clinic.", "Supports {X}-led teams at the clinic."),
    Frame("language", "{X} (native), English (fluent)", "{X} (hiring manager), Tunde (recruiter)"),
    Frame("language", "Languages: English, {X} (conversational)", "Panel: Tunde, {X} (shadowing)"),
    Frame("language", "She speaks English and {X} at home.", "She speaks to Tunde and {X} at home."),
    Frame("language", "Fluent in English and {X}; basic French.", "Met with Tunde and {X}; brief call."),
    Frame("language", "Hiring {X}-speaking agents for the night shift.", "Hiring {X}'s agents for the night shift."),
    # firms named after people or unlisted brands
    Frame("firm", "Previous employer: {X}", "Previous manager: {X}"),
    Frame("firm", "Left {X} in 2021 to join a startup.", "Left {X} a message in 2021 about the startup."),
    Frame("firm", "Spent six years with {X} as a financial advisor.", "Spent an hour with {X} on the phone."),
    Frame("firm", "{X} - Senior Analyst - 2018-2021", "{X} - Hiring Manager - second round"),
    Frame("firm", "Joined {X} in 2019 as an associate.", "Joined {X} for lunch in 2019."),
    Frame("firm", "Consultant at {X} LLC, 2016-2019.", "Consultant referred by {X}, 2016-2019."),
    Frame("firm", "Current employer: {X} (since 2020)", "Current recruiter: {X} (since 2020)"),
    Frame("firm", "{X} – Operations Manager – 2015 to 2019", "{X} – Panel Lead – round two"),
    # a city after a "Location:" label
    Frame("place", "Location: {X}", "Recruiter: {X}"),
    Frame("place", "Location: {X} (hybrid, 3 days on site)", "Contact: {X} (hybrid, 3 days on site)"),
    Frame("place", "Job title: Payroll Specialist\nLocation: {X}\nSalary: $60k", "Hiring manager: {X}\nSalary: $60k"),
    Frame("place", "Current location: {X}, open to relocation", "Current manager: {X}, open to relocation"),
    Frame("place", "Location: {X} or remote", "Owner: {X} or Tunde"),
    Frame("place", "Preferred location: {X}", "Preferred interviewer: {X}"),
    # holidays: "the week of", "after", "closed for", a festival opening a sentence, a possessive "Day"
    Frame("holiday", "Out the week of {X}, back the Monday after.", "Out the week {X} starts, back the Monday after."),
    Frame("holiday", "Can start after {X}.", "Can start after {X} signs off."),
    Frame("holiday", "The Austin office is closed for {X}.", "The Austin req is held for {X}."),
    Frame("holiday", "{X} is our busiest week of the year.", "{X} is our busiest recruiter this year."),
    Frame("holiday", "She asked to begin after {X}.", "She asked to begin after {X} confirms the date."),
    Frame("holiday", "Hiring freezes the week of {X} every year.", "Hiring froze the week {X} left."),
    Frame(
        "holiday",
        "The warehouse is closed for {X} and reopens Monday.",
        "The loop is closed for {X} and reopens Monday.",
    ),
    Frame("holiday", "{X} brings our biggest sales of the season.", "{X} brings our biggest deals of the season."),
    # tools after "strong with" and opening a line before "experience:"
    Frame("tool", "Strong with {X} and SQL.", "Strong call with {X} and Tunde."),
    Frame("tool", "{X} experience: 3 years", "{X} feedback: strong hire"),
    Frame(
        "tool", "Very strong with {X}; needs ramp-up on Kafka.", "Very strong rapport with {X}; needs a second round."
    ),
    Frame(
        "tool", "{X} experience: daily, built the team's dashboards", "{X} notes: daily, built the team's dashboards"
    ),
    Frame("tool", "Tools: strong with {X}, some Terraform.", "Panel: strong with {X}, some doubts from Tunde."),
    Frame("tool", "Is strong with {X} but new to Python.", "Is close with {X} but new to the team."),
]


def _keep(thing: str) -> str:
    """The words of a thing that must survive (short function words, "St.", "LLC" and the like are not checked)."""
    small = {"de", "del", "la", "las", "los", "of", "the", "and", "&", "for", "al", "st."}
    words = [w.strip(",.") for w in thing.replace("\n", " ").split()]
    kept = []
    for word in words:
        if not word or word.lower() in small or not any(c.isalpha() for c in word):
            continue
        kept.append(word[:-2] if word[-2:] in ("'s", "’s") else word.rstrip("'"))  # "Mother's" -> "Mother"
    return " ".join(kept)


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


def negatives(hold: bool) -> list[tuple[str, str, str]]:
    """(kind, text, words that must stay): each of the half's frames filled with every term of the half."""
    return [
        (frame.kind, frame.template.format(X=term), _keep(term))
        for frame in _frames(hold)
        for term in TERMS[frame.kind][int(hold)]
    ]


def positives(hold: bool) -> list[tuple[str, str, str]]:
    """(kind, text, name words that must go): each of the half's frames filled with eight people, each frame
    starting at a different place in the pool."""
    out = []
    for number, frame in enumerate(_frames(hold)):
        for person in _people(number * 5 + 24 * int(hold)):
            out.append((frame.kind, frame.for_people().format(X=person), person))
    return out
