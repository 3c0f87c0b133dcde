"""Round 13's frames: ordinary words that redaction removed in session 12's blind check, and people in the same frames.

Written by the FP helper of session 13 (12:30 UTC, before any rule of that session) from the outside tester's
false-redaction classes F1-F9 in words only (/tmp/coord/OUTSIDE11_FINDINGS.md; its material was never seen):
employers named after people and one-word foreign brands (makers, brewers, roasters, law firms and banks named
after founders, retailers) after a label or a verb of leaving or joining (F1); hospitals named after people,
possessives too (F2); job words that are surnames, as a title after a label or in a title history (F3); holidays
named after people or with a non-English word after "for" and "over" (F4); places that are given names after a
label with no preposition (F5); languages of several words, and a language opening a line before a dash (F6);
possessive eponyms (diseases) and awards in object position (F7); notes in French, Spanish, German, Portuguese,
Italian and Dutch (F8, :mod:`eval.redaction_round13_fp_notes`); tools named like people in a tool list (F9); and the
session-12 review's open S2 (vendors in the slots a person fills: "A: <vendor>.", "We let <vendor> handle", "Email
<vendor> about") and S8 (an unlisted firm in a dash row).

Split twice, as in round 12: frames alternate within a kind (even positions TUNE, odd HOLD), and each kind's terms
are two disjoint lists. The held-out half is printed as totals only. Every frame is also filled with people of
many origins (those of round 12 and sixteen more, names that are places, trades and words among them): in its own
template where a person can stand there, or else in the nearest frame a person does fill. Terms come from general
knowledge; none was chosen because the redactor kept or removed it.
"""

from __future__ import annotations

from eval.redaction_round12_fp_data import PEOPLE as PEOPLE12
from eval.redaction_round12_fp_data import Frame, keep
from eval.redaction_round13_fp_notes import note_words, notes

# Round 12's people and sixteen of origins it lacks (Georgian, Armenian, Kurdish, Pashto, Uyghur, Lao, Khmer,
# Navajo, Fijian, Amazigh, Sami, Basque, Hungarian, Burmese, Tibetan, Mongolian), and given names that are places,
# trades or words ("Adelaide", "Savannah Cook", "Chester Mills", "Regina Baker").
PEOPLE = (
    *PEOPLE12,
    "Nino Beridze",
    "Anahit Petrosyan",
    "Rojda Aydin",
    "Zarghuna Wardak",
    "Dilnur Tursun",
    "Somphone Keomany",
    "Sokha Chea",
    "Naabeehó Begay",
    "Mere Tuilagi",
    "Itto Ait Ouali",
    "Aslak Sara",
    "Iker Etxeberria",
    "Zsófia Kovács",
    "Thiri Aung",
    "Tenzin Choedon",
    "Enkhjargal",
    "Adelaide Okoro",
    "Savannah Cook",
    "Chester Mills",
    "Regina Baker",
)


def people(start: int, count: int = 8) -> tuple[str, ...]:
    """``count`` people from the pool, starting at ``start`` (wrapping), so each frame meets other origins."""
    return tuple(PEOPLE[(start + i) % len(PEOPLE)] for i in range(count))


def _split(tune: str, hold: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(t.strip() for t in tune.split("|")), tuple(t.strip() for t in hold.split("|"))


# Each kind: (tune terms, held-out terms); the two lists share no term.
TERMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "firm": _split(
        "Peugeot | Renault | Liebherr | Heineken | Carlsberg | Lavazza | Goldman Sachs | Freshfields | Lidl | "
        "Ferrero | Michelin | Hyundai | Tchibo | Latham & Watkins",
        "Citroen | Lamborghini | Scania | Guinness | Asahi | Segafredo | Morgan Stanley | Linklaters | Aldi | "
        "Barilla | Bridgestone | Subaru | Harrods | Skadden Arps",
    ),
    "hospital": _split(
        "Addenbrooke's Hospital | St Mary's Hospital | Cook Children's | Nicklaus Children's Hospital | Arnold "
        "Palmer Hospital | Tata Memorial Hospital | Kenyatta National Hospital | Helen Joseph Hospital | Moffitt "
        "Cancer Center | Roswell Park | Hoag Hospital | Sheba Medical Center | Barnes-Jewish Hospital | Huntsman "
        "Cancer Institute",
        "Guy's Hospital | St Thomas' Hospital | Levine Children's Hospital | Hasbro Children's Hospital | Winnie "
        "Palmer Hospital | Kokilaben Hospital | Steve Biko Academic Hospital | Princess Margaret Hospital | "
        "Dartmouth Hitchcock | Le Bonheur Children's | Beaumont Hospital | Hadassah Medical Center | Jaslok "
        "Hospital | Christiana Hospital",
    ),
    "trade": _split(
        "Carpenter | Baker | Butler | Cook | Gardener | Brewer | Roofer | Steward | Warden | Packer | Weaver | "
        "Plumber | Head Porter | Pastry Chef",
        "Mason | Porter | Barber | Painter | Glazier | Driver | Welder | Marshal | Forester | Miller | Tanner | "
        "Sawyer | Head Gardener | Lead Fitter",
    ),
    "holiday": _split(
        "Burns Night | St. Stephen's Day | Gandhi Jayanti | Ambedkar Jayanti | Kamehameha Day | Rizal Day | "
        "Mashujaa Day | Songkran | Matariki | Hogmanay | Chuseok | Tsagaan Sar | Yennayer | Timkat",
        "Saint Nicholas Day | St. John's Day | Mahavir Jayanti | Cesar Chavez Day | Bonifacio Day | Benito Juarez "
        "Day | Madaraka Day | Jamhuri Day | Sinterklaas | Koningsdag | Fasching | Meskel | Rosh Hashanah | Shavuot",
    ),
    "place": _split(
        "Adelaide | Savannah | Regina | Aurora | Chelsea | Sofia | Santiago | Fatima | Medina | Mercedes | Marion "
        "| Chester",
        "Alexandria | Augusta | Lourdes | Sydney | Dallas | Denver | Brooklyn | Asmara | Soledad | Sebastian | "
        "Elizabeth | Kingston",
    ),
    "language": _split(
        "Moroccan Arabic | Quebec French | Jamaican Patois | Mexican Spanish | Western Armenian | Plains Cree | "
        "Ancient Greek | Gulf Arabic | Tamil | Swahili | Yoruba | Khmer | Farsi | Zulu",
        "Sudanese Arabic | Belgian French | Mauritian Creole | Argentine Spanish | Eastern Armenian | Classical "
        "Chinese | Old Norse | Hong Kong Cantonese | Hindi | Igbo | Lao | Xhosa | Malay | Sesotho",
    ),
    "eponym": _split(
        "Parkinson's disease | Crohn's disease | Hodgkin's lymphoma | Graves' disease | Asperger's | Bell's palsy "
        "| Fulbright | Marshall Scholarship | Turing Award | Chevening | Pulitzer | Knight Fellowship",
        "Alzheimer's disease | Huntington's disease | Addison's disease | Raynaud's | Tourette's | Meniere's "
        "disease | Rhodes Scholarship | Gates Scholarship | Fields Medal | Schwarzman Scholarship | Booker Prize | "
        "Nobel Prize",
    ),
    "tool": _split(
        "Jenkins | Travis | Luigi | Jekyll | Julia | Pascal | Cassandra | Sinatra | Hudson | Ashby | Looker | "
        "Talend | Harness | Gatsby",
        "Hugo | Ruby | Haskell | Jasmine | Mocha | Karma | Ember | Vagrant | Spinnaker | Lever | Tableau | "
        "Dagster | Prefect | Elixir",
    ),
    "vendor": _split(
        "Karat | Checkr | HireRight | Sterling | Deel | Oyster | Gusto | Carta | Lattice | Workday | Paylocity | "
        "Rippling",
        "Hilton | Marriott | Deloitte | Mercer | Aon | Randstad | Adecco | Hays | Korn Ferry | Gartner | Remote | "
        "Papaya",
    ),
}

F = Frame
FRAMES: list[Frame] = [
    # F1: employers named after people, one-word foreign brands; labels and verbs of leaving and joining
    F("firm", "Current employer: {X}", "Current manager: {X}"),
    F("firm", "Company: {X}\nRole: Senior Buyer", "Contact: {X}\nRole: Senior Buyer"),
    F("firm", "Left {X} in 2021 to join a startup.", "Left {X} a note in 2021 about the startup."),
    F("firm", "Did a six-month placement with {X} in Lyon.", "Did a six-month placement with {X} as her mentor."),
    F("firm", "She is leaving {X} at the end of the month.", "She is leaving {X}'s team at the end of the month."),
    F("firm", "Previously at {X} for four years.", "Previously reported to {X} for four years."),
    F("firm", "Sales Lead | {X} | 2018 - 2021", "Sales Lead | {X} | reference"),
    F("firm", "Joining {X} in January as a controller.", "Joining {X}'s team in January as a controller."),
    F("firm", "Offer from {X} expires Friday.", "Offer call with {X} on Friday."),
    F("firm", "Employer - {X}\nTitle - Process Engineer", "Manager - {X}\nTitle - Process Engineer"),
    # F2: hospitals named after people, possessives too
    F("hospital", "Night-shift RN at {X} since 2019.", "Night-shift RN with {X} since 2019."),
    F("hospital", "Transferred from {X} to outpatient care.", "Transferred from {X}'s unit to outpatient care."),
    F("hospital", "Current employer: {X}", "Current supervisor: {X}"),
    F("hospital", "Clinical placement: {X}, oncology ward", "Clinical supervisor: {X}, oncology ward"),
    F("hospital", "Left {X} for a days role.", "Left {X} a message about a days role."),
    F("hospital", "Did her fellowship at {X}.", "Did her fellowship under {X}."),
    F("hospital", "{X} — charge nurse — 2018-2023", "{X} — charge nurse — reference"),
    F("hospital", "Volunteers at {X} on weekends.", "Volunteers with {X} on weekends."),
    # F3: job words that are surnames, as a title after a label or in a title history
    F("trade", "Title: {X}", "Supervisor: {X}"),
    F("trade", "Job title: {X} (full time)", "Line manager: {X} (full time)"),
    F("trade", "Position: {X}, night shift", "Contact: {X}, night shift"),
    F("trade", "Promoted from {X} to Supervisor in 2019.", "Promoted by {X} to Supervisor in 2019."),
    F("trade", "Role: {X}\nStart date: 3 March", "Recruiter: {X}\nStart date: 3 March"),
    F("trade", "Hired as {X} in 2017.", "Hired by {X} in 2017."),
    F("trade", "Applying for: {X}", "Referred by: {X}"),
    F("trade", "2016-2019 Apprentice, 2019-2023 {X}", "2016-2019 Apprentice, 2019-2023 under {X}"),
    # F4: holidays named after people or with a non-English word, after "for" and "over"
    F("holiday", "Out for {X}, back on Monday.", "Out with {X}, back on Monday."),
    F("holiday", "Taking two days off for {X}.", "Taking two days off with {X}."),
    F("holiday", "Closed over {X}; interviews resume on the 9th.", "Away with {X}; interviews resume on the 9th."),
    F("holiday", "Travelling home over {X}.", "Travelling home with {X}."),
    F("holiday", "The recruiter is away for {X} this week.", "The recruiter is away with {X} this week."),
    F("holiday", "No plans for {X}, so she can start early.", "No plans with {X}, so she can start early."),
    F("holiday", "Will be offline over {X} and the weekend.", "Will be offline with {X} and the weekend."),
    F("holiday", "Asked for leave for {X}.", "Asked for leave for {X}'s wedding."),
    # F5: places that are given names, after a label with no preposition
    F("place", "Location: {X}", "Recruiter: {X}"),
    F("place", "Base: {X} (hybrid)", "Buddy: {X} (hybrid)"),
    F("place", "Office: {X}, 3 days a week", "Manager: {X}, 3 days a week"),
    F("place", "Relocating to: {X}", "Reporting to: {X}"),
    F("place", "City: {X}\nNotice: 4 weeks", "Referrer: {X}\nNotice: 4 weeks"),
    F("place", "Preferred site: {X}", "Preferred interviewer: {X}"),
    F("place", "Hub - {X}", "Host - {X}"),
    F("place", "Work location {X}, on site", "Work buddy {X}, on site"),
    # F6: languages of several words; a language opening a line before a dash
    F("language", "{X} - native\nEnglish - fluent", "{X} - recruiter, will call back"),
    F("language", "Fluent in {X} and English.", "Friendly with {X} and the English team."),
    F("language", "Conducted the interview in {X}.", "Conducted the interview with {X}."),
    F("language", "{X} — conversational (B2)", "{X} — interviewer (B2 panel)"),
    F("language", "Her {X} is excellent.", "Her manager {X} is excellent."),
    F("language", "Knows some {X} from her time abroad.", "Knows {X} from her time abroad."),
    F("language", "Wrote the {X} version of the guide.", "Wrote {X}'s version of the guide."),
    F("language", "Languages:\n{X} – mother tongue", "Referees:\n{X} – former manager"),
    # F7: possessive eponyms (diseases) and awards in object position
    F("eponym", "Her research focuses on {X}.", "Her research is with {X}."),
    F("eponym", "Won a {X} in 2019.", "Won with {X} in 2019."),
    F("eponym", "Received the {X} for her work on cohorts.", "Received praise from {X} for her work on cohorts."),
    F("eponym", "Volunteers for a {X} charity.", "Volunteers for {X} at the charity."),
    F("eponym", "Mentions {X} in her cover letter.", "Mentions {X} in her cover letter."),
    F("eponym", "Led a study of {X} outcomes.", "Led a study with {X} on outcomes."),
    # F9: tools named like people, in a tool list
    F("tool", "Tools: Docker, {X}, Terraform and Git.", "Paired with {X} on Docker, Terraform and Git."),
    F("tool", "Strong with Kubernetes, {X} and Ansible.", "Strong rapport with {X} and the Ansible team."),
    F("tool", "CI/CD: GitHub Actions, {X}, CircleCI", "CI/CD owner: {X}, with GitHub Actions"),
    F("tool", "Migrated from {X} to GitHub Actions.", "Migrated from {X}'s team to GitHub Actions."),
    F("tool", "Stack: Python, {X}, Postgres, Redis", "Stack owner: {X}, Python and Postgres"),
    F("tool", "Used Airflow, {X} and dbt daily.", "Worked with {X} daily on Airflow and dbt."),
    # S2: vendors in the slots a person fills (the person's template is the same one)
    F("vendor", "Q: Who runs the background checks?\nA: {X}.", "Q: Who runs the panel?\nA: {X}."),
    F("vendor", "We let {X} handle the scheduling.", "We let {X} handle the scheduling."),
    F("vendor", "Email {X} about the NDA.", "Email {X} about the NDA."),
    F("vendor", "Ping {X} about the invoice.", "Ping {X} about the invoice."),
    F("vendor", "Let {X} know the start date.", "Let {X} know the start date."),
    F("vendor", "Thanks to {X} for the quick turnaround.", "Thanks to {X} for the quick turnaround."),
]


def frames(hold: bool) -> list[Frame]:
    """Frames alternate within each kind: even positions TUNE, odd HOLD."""
    seen: dict[str, int] = {}
    out = []
    for frame in FRAMES:
        position = seen.get(frame.kind, 0)
        seen[frame.kind] = position + 1
        if (position % 2 == 1) == hold:
            out.append(frame)
    return out


def _fill(template: str, x: str) -> str:
    return template.replace("{X}", x)


def _note(note: str, person: str) -> str:
    return note.replace("{P}", person).replace("{G}", person.split()[0])


def negatives(hold: bool) -> list[tuple[str, str, str, bool]]:
    """(kind, text, words that must stay, a person beside): each of the half's frames filled with every term of
    the half, and each of the half's notes in other languages with four people (whose placeholders it may hold)."""
    out = []
    for frame in frames(hold):
        for term in TERMS[frame.kind][int(hold)]:
            out.append((frame.kind, _fill(frame.template, term), keep(term), False))
    for number, (language, note) in enumerate(notes(hold)):
        for person in people(number * 3 + 40 * int(hold), 4):
            out.append((f"note {language}", _note(note, person), note_words(note), True))
    return out


def positives(hold: bool) -> list[tuple[str, str, str]]:
    """(kind, text, name words that must go): each of the half's frames filled with eight people, each frame
    starting at a different place in the pool; the notes' own texts, whose people must go."""
    out = []
    for number, frame in enumerate(frames(hold)):
        for person in people(number * 5 + 33 * int(hold)):
            out.append((frame.kind, _fill(frame.for_people(), person), person))
    for number, (language, note) in enumerate(notes(hold)):
        for person in people(number * 3 + 40 * int(hold), 4):
            out.append((f"note {language}", _note(note, person), person))
    return out
