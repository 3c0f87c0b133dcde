"""Round 12's frames: ordinary words that redaction removed in session 11's blind check, and people in the same frames.

Written by the FP helper of session 12 (09:15 UTC, before any rule of that session) from the outside tester's
false-redaction classes 13-19 in words only (/tmp/coord/OUTSIDE10_FINDINGS.md; its sentences and sealed material
were never seen): holidays after a time preposition (single-word non-Western ones, festivals of several words);
firms named after people and one-word brands after "from" and as an experience heading line (and the review's S8
dash row); hospitals and health systems named after people; schools as an acronym plus a place and one-word
eponymous universities; languages after a verb of speaking opening a sentence and language names of several
words; possessive and adjectival eponyms; possessive trade titles; and words standing beside a name: a month
abbreviation in a mail date, a room name, a short business abbreviation after a name, a capitalised sentence
opener before a name, a city in a resume header line.

Split twice, so that the held-out half is new in both ways: frames alternate within a kind (even positions TUNE,
odd HOLD), and each kind's terms are two disjoint lists, the tune terms filling the tune frames and the held-out
terms the held-out frames. The held-out half is printed as totals only. Every frame is also filled with people
of many origins (names no list holds among them, and names that are words, places, trades or firm names): in
its own template where a person can stand there, or else in the nearest frame a person does fill
(``person_template``), the one a keep-rule could wrongly reach. Frames of the words beside a name hold a person
(``{P}``) next to the thing: the thing must stay and the person must go, in the same text. Terms come from
general knowledge; none was chosen because the redactor kept or removed it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Frame:
    """One frame: its kind, the template things fill, the template people fill (``{X}`` is the slot; ``{P}`` a
    person standing beside the thing)."""

    kind: str
    template: str
    person_template: str = ""  # empty: people fill the thing's own template

    def for_people(self) -> str:
        return self.person_template or self.template

    @property
    def beside(self) -> bool:
        return "{P}" in self.template


# People of many origins: Central Asian, Southern, West and East African, Malagasy, Maori, Pacific, South and East
# Asian, Arabic, Latin American, European; names that are words, trades, places or firm names among them
# ("Grace Ford", "Hunter Mason", "Paris Jackson", "Faith Stanford", "Chase Hilton"); one-word and short names.
PEOPLE = (
    "Aizada Tokhtarova",
    "Nomvula Khumalo",
    "Kwabena Owusu",
    "Wanjiru Kamau",
    "Tahina Randrianarisoa",
    "Tamati Ngata",
    "Arjun Menon",
    "Zhang Wei",
    "Yousef Al-Masri",
    "Valentina Rojas",
    "Siobhan Kelly",
    "Grace Ford",
    "Tafadzwa Chikore",
    "Ifeoma Nwosu",
    "Tesfaye Bekele",
    "Losana Vunipola",
    "Shreya Iyer",
    "Hiroko Sato",
    "Layla Haddad",
    "Joao Pereira",
    "Lukas Novak",
    "Hunter Mason",
    "Timur Abdullaev",
    "Abdoulaye Diop",
    "Nakato",
    "Sione",
    "Harpreet Kaur",
    "Ji-ho Kim",
    "Omar",
    "Itzel Mamani",
    "Ingrid Dahl",
    "Paris Jackson",
    "Adaeze",
    "Sanjida Rahman",
    "Nguyen Thi Lan",
    "Mateo",
    "Beatriz Souza",
    "Faith Stanford",
    "Ashok",
    "Wen",
    "Chase Hilton",
    "Dakota Baker",
    "Rangi Parata",
    "Bolat",
    "Mercy Achieng",
    "Li Na",
    "Autumn Porter",
    "Tunde",
)


def people(start: int, count: int = 8) -> tuple[str, ...]:
    """``count`` people from the pool, starting at ``start`` (wrapping), so each frame meets other origins."""
    return tuple(PEOPLE[(start + i) % len(PEOPLE)] for i in range(count))


def _split(tune: str, hold: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(t.strip() for t in tune.split("|")), tuple(t.strip() for t in hold.split("|"))


# Each kind: (tune terms, held-out terms); the two lists share no term.
TERMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "holiday": _split(
        "Diwali | Eid | Holi | Vesak | Onam | Pongal | Nowruz | Tet | Purim | Sukkot | Obon | Losar | Mid-Autumn "
        "Festival | Dragon Boat Festival | Ganesh Chaturthi | Day of the Dead | Good Friday | Waitangi Day",
        "Navratri | Dussehra | Vaisakhi | Seollal | Hanukkah | Kwanzaa | Lohri | Nyepi | Thaipusam | Eid al-Adha | "
        "Lantern Festival | Durga Puja | Guru Nanak Jayanti | Easter Monday | Anzac Day | Raksha Bandhan | Hari "
        "Raya | Qingming Festival",
    ),
    "firm": _split(
        "Dyson | Bosch | Siemens | Philips | Heinz | Hilton | Nordstrom | Walgreens | Bloomberg | Accenture | "
        "Gartner | Mahindra | Godrej | Suzuki | Stripe | Brex | Rippling | Klarna | Gojek | Paystack | Checkr | "
        "Johnson & Johnson | Ernst & Young | Grant Thornton",
        "Porsche | Ferrari | Disney | Dell | Hyatt | Kearney | Nielsen | Reuters | Bajaj | Honda | Yamaha | "
        "Hitachi | Plaid | Gusto | Deel | Monzo | Flipkart | Razorpay | Flutterwave | Rappi | Oliver Wyman | "
        "Procter & Gamble | Marks & Spencer | Baker McKenzie",
    ),
    "hospital": _split(
        "Johns Hopkins Hospital | Cedars-Sinai Medical Center | Mount Sinai Hospital | Henry Ford Health | Baylor "
        "Scott & White | Memorial Hermann | Kaiser Permanente | Lurie Children's Hospital | St. Jude Children's "
        "Research Hospital | Dana-Farber Cancer Institute | Aga Khan University Hospital | Sir Ganga Ram Hospital "
        "| Chris Hani Baragwanath Hospital | Royal Prince Alfred Hospital | Tan Tock Seng Hospital | Ochsner "
        "Health | Sutter Health | Geisinger",
        "Brigham and Women's Hospital | Lucile Packard Children's Hospital | Rady Children's Hospital | "
        "Hackensack Meridian Health | Memorial Sloan Kettering | MD Anderson Cancer Center | Nemours Children's "
        "Health | Scripps Health | Novant Health | Kettering Health | Sanford Health | Lenox Hill Hospital | "
        "Montefiore Medical Center | Groote Schuur Hospital | Korle Bu Teaching Hospital | Lilavati Hospital | "
        "Charlotte Maxeke Hospital | Mayo Clinic",
    ),
    "school": _split(
        "UT Austin | UC Davis | UNC Charlotte | UW Madison | IIT Madras | SUNY Albany | UC Irvine | Stanford | "
        "Vanderbilt | Emory | Baylor | Tulane | Drexel | Gonzaga | Monash | Macquarie | Purdue | Clemson",
        "UT Tyler | UMass Lowell | CU Boulder | UNC Wilmington | IIT Kharagpur | NIT Warangal | UC Merced | "
        "Duke | Cornell | Rice | Tufts | Lehigh | Bucknell | Creighton | Deakin | Curtin | McGill | Fordham",
    ),
    "language": _split(
        "Tigrinya | Amharic | Twi | Hausa | Kazakh | Uzbek | Tagalog | Gujarati | Haitian Creole | Brazilian "
        "Portuguese | American Sign Language | Egyptian Arabic | Mandarin Chinese | Tok Pisin | Bahasa Indonesia "
        "| Scottish Gaelic",
        "Oromo | Wolof | Kinyarwanda | Shona | Kyrgyz | Pashto | Cebuano | Marathi | Cape Verdean Creole | "
        "Nigerian Pidgin | British Sign Language | Levantine Arabic | Bahasa Melayu | Latin American Spanish | "
        "Swiss German | Sierra Leone Krio",
    ),
    "eponym": _split(
        "Maslow's hierarchy | Bloom's taxonomy | Porter's Five Forces | Kotter's change model | Hofstede's "
        "dimensions | Fitts's law | Gaussian processes | Bayesian statistics | Keynesian economics | Socratic "
        "questioning | Jungian analysis | Newtonian mechanics | Montessori method | Pavlovian conditioning",
        "Tuckman's stages | Kirkpatrick's levels | Lewin's change model | Hick's law | Gagne's nine events | "
        "Euclidean geometry | Cartesian coordinates | Darwinian selection | Lagrangian mechanics | Rogerian "
        "therapy | Piagetian stages | Markovian models | Hamiltonian paths | Victorian literature",
    ),
    "trade": _split(
        "Electrician's Mate | Carpenter's Helper | Plumber's Apprentice | Mason's Helper | Baker's Assistant | "
        "Gunner's Mate | Tailor's Apprentice | Fitter's Mate",
        "Boatswain's Mate | Machinist's Mate | Welder's Helper | Butcher's Apprentice | Painter's Helper | "
        "Cooper's Apprentice | Turner's Apprentice | Glazier's Mate",
    ),
    "month": _split("Jan | Mar | Jun | Aug | Oct | Dec", "Feb | Apr | Jul | Sept | Nov | May"),
    "room": _split(
        "Everest | Lovelace | Hopper | Sequoia | Curie | Denali | Aspen | Tesla",
        "Kilimanjaro | Turing | Fuji | Redwood | Edison | Maple | Darwin | Nile",
    ),
    "abbreviation": _split("HR | TA | CFO | GM | PM | Ops | QA | L&D", "VP | COO | EM | BD | Eng | IT | EA | PMO"),
    "opener": _split(
        "Overall | Honestly | Also | Frankly | Luckily | Apparently | Meanwhile | Sadly",
        "Ultimately | Personally | Initially | Basically | Hopefully | Unfortunately | Interestingly | Clearly",
    ),
    "header_city": _split(
        "Austin | Charlotte | Pune | Kigali | Florence | Orlando | Eugene | Almaty",
        "Jackson | Victoria | Lincoln | Nairobi | Cebu | Marion | Beirut | Raleigh",
    ),
}

F = Frame
FRAMES: list[Frame] = [
    # holidays after a time preposition (and "for X week")
    F("holiday", "Out of office during {X}; back on the 14th.", "Out of office with {X}; back on the 14th."),
    F("holiday", "We pause offers during {X}.", "We pause offers while {X} is away."),
    F("holiday", "Can we move the onsite to after {X}?", "Can we move the onsite to after {X} confirms?"),
    F("holiday", "Back at work after {X}, per her email.", "Back at work after {X} called, per her email."),
    F("holiday", "She is travelling over {X} and slow to reply.", "She is travelling with {X} and slow to reply."),
    F("holiday", "Panel availability drops until {X} ends.", "Panel availability drops until {X} returns."),
    F("holiday", "No interviews before {X} - the team is at half strength.", "No interviews before {X} is back."),
    F("holiday", "Interviews paused for {X} week.", "Interviews paused for {X} this week."),
    F("holiday", "Everyone takes leave around {X}, so expect delays.", "Everyone asks {X} about leave, so expect it."),
    F("holiday", "Offer letters go out before {X} this year.", "Offer letters go out before {X} leaves this year."),
    # firms named after people and one-word brands: after "from", as an experience heading line, a dash row
    F("firm", "Joined us from {X} in March.", "Heard from {X} in March."),
    F("firm", "Came from {X}, where she ran the payments team.", "Heard back from {X}, who ran the payments team."),
    F("firm", "{X}\nSenior Data Analyst, 2019-2023\n- Built churn models"),
    F("firm", "{X}\nBackend Engineer (2018 - 2022)\nLed the billing rewrite."),
    F("firm", "Moved over from {X} after the reorg.", "Took over from {X} after the reorg."),
    F("firm", "Hired away from {X} last spring.", "Got a referral from {X} last spring."),
    F("firm", "Experience\n{X} | Product Manager | 2020 - present", "References\n{X} | Product Manager | 2020"),
    F("firm", "EXPERIENCE\n{X} — Staff Engineer — 2016-2021", "REFERENCES\n{X} — Staff Engineer — 2016-2021"),
    F("firm", "Backend Engineer - {X} - 2019-2022", "Interviewer - {X} - 14:00"),
    F("firm", "Data Scientist – {X} – 2017 to 2020", "Panel Lead – {X} – round two"),
    # hospitals and health systems named after people
    F("hospital", "RN, {X}, 2017-2022 (ICU)", "Charge nurse {X}, 2017-2022 (ICU)"),
    F("hospital", "Currently a pharmacist at {X}.", "Currently a pharmacist reporting to {X}."),
    F("hospital", "Completed her residency at {X}.", "Completed her residency under {X}."),
    F("hospital", "Rotations: {X}, pediatrics and ER.", "Preceptors: {X}, pediatrics and ER."),
    F("hospital", "Works nights at {X} and wants days.", "Works nights with {X} and wants days."),
    F("hospital", "Left {X} after the merger.", "Left {X} a voicemail after the merger."),
    F("hospital", "Staff Nurse — {X} — 2019 to present", "Staff Nurse — {X} — reference"),
    F("hospital", "{X}\nRegistered Nurse, 2015-2020"),
    # schools: an acronym plus a place, one-word eponymous universities
    F("school", "BS Computer Science, {X}, 2019", "BS Computer Science, advised by {X}, 2019"),
    F("school", "Graduated from {X} with honors.", "Graduated alongside {X} with honors."),
    F("school", "She studied at {X} before moving here.", "She studied with {X} before moving here."),
    F("school", "MS from {X}; thesis on graph search.", "MS advised by {X}; thesis on graph search."),
    F("school", "Education\n{X} — MBA (2021)", "References\n{X} — MBA (2021)"),
    F("school", "{X} alum, class of 2018.", "{X}, class of 2018, referred her."),
    # languages: after a verb of speaking opening a sentence, names of several words in running text
    F("language", "Speaks {X} with the night-shift patients.", "Speaks with {X} about the night-shift patients."),
    F("language", "Spoke {X} with the family during the visit.", "Spoke to {X} with the family during the visit."),
    F("language", "Speaks {X}, some French.", "Speaks to {X}, sometimes in French."),
    F("language", "Converses in {X} and reads French.", "Converses with {X} and reads French."),
    F("language", "Interpreting between {X} and English for clinics.", "Interpreting for {X} at the clinics."),
    F("language", "Can interview in {X} if needed.", "Can interview with {X} if needed."),
    F("language", "She grew up speaking {X} at home.", "She grew up with {X} at home."),
    F("language", "Translates {X} documents for the legal team.", "Translates for {X} on the legal team."),
    # possessive and adjectival eponyms
    F("eponym", "Trained managers on {X}.", "Trained managers with {X}."),
    F("eponym", "Used {X} to plan the course.", "Used {X}'s notes to plan the course."),
    F("eponym", "{X} shaped the onboarding design.", "{X} shaped the onboarding design."),
    F("eponym", "Her thesis applied {X} to retail.", "Her thesis, with {X}, applied models to retail."),
    F("eponym", "Strong grasp of {X} and statistics.", "Strong rapport with {X} and the stats team."),
    F("eponym", "Wrote a primer on {X} for the team.", "Wrote a primer with {X} for the team."),
    # possessive trade titles
    F("trade", "Served as {X} 2nd Class, 2012-2016.", "Served under {X}, 2012-2016."),
    F("trade", "{X} — Navy, 4 years", "{X} — Navy, 4 years"),
    F("trade", "Title: {X}", "Supervisor: {X}"),
    F("trade", "Started as {X} in 2010.", "Started with {X} in 2010."),
    F("trade", "Worked two summers as {X} on the site crew.", "Worked two summers with {X} on the site crew."),
    F("trade", "Position held: {X} (union)", "Reference: {X} (union)"),
    # words beside a name
    F("month", "On Tue, {X} 4, 2025 at 9:12 AM {P} wrote:"),
    F("month", "Date: Mon, 3 {X} 2025 14:20 — {P}"),
    F("month", "From: {P}\nSent: {X} 12, 2025 10:03\nSubject: onsite"),
    F("month", "{P} | {X} 9 | re: onsite"),
    F("room", "Onsite with {P} in {X} room, 2pm."),
    F("room", "{P} booked the {X} room for the debrief."),
    F("room", "Room: {X} — interviewer {P}"),
    F("room", "Panel in {X} (3rd floor) with {P}."),
    F("abbreviation", "Cc: {P} ({X})"),
    F("abbreviation", "Looping in {P} from {X}."),
    F("abbreviation", "{P}, {X}, approved the budget."),
    F("abbreviation", "{P} - {X} - signed off"),
    F("opener", "{X} {P} did well on the system design."),
    F("opener", "{X} {P} wants to move fast."),
    F("opener", "Good call today. {X} {P} seemed keen."),
    F("opener", "Notes: {X} {P} was late."),
    F("header_city", "{P} · {X} · open to relocation"),
    F("header_city", "{P} — {X} — Software Engineer"),
    F("header_city", "{P}\nBased in {X} | linkedin.com/in/someone"),
    F("header_city", "{P}, {X} | Data Analyst"),
]


def keep(thing: str) -> str:
    """The words of a thing that must survive (short function words, "St.", "&" and the like are not checked)."""
    small = {"de", "del", "la", "las", "los", "of", "the", "and", "&", "for", "al", "st."}
    words = [w.strip(",.") for w in thing.replace("\n", " ").split()]
    kept = []
    for word in words:
        if not word or word.lower() in small or not any(c.isalpha() for c in word):
            continue
        kept.append(word[:-2] if word[-2:] in ("'s", "’s") else word.rstrip("'"))  # "Mason's" -> "Mason"
    return " ".join(kept)


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


def _fill(template: str, x: str, person: str) -> str:
    return template.replace("{X}", x).replace("{P}", person)


def negatives(hold: bool) -> list[tuple[str, str, str, bool]]:
    """(kind, text, words that must stay, a person beside): each of the half's frames filled with every term of
    the half; a frame with a person beside the thing gets a different person for each term."""
    out = []
    for number, frame in enumerate(frames(hold)):
        terms = TERMS[frame.kind][int(hold)]
        beside = people(number * 7 + 24 * int(hold), len(terms))
        for term, person in zip(terms, beside, strict=True):
            out.append((frame.kind, _fill(frame.template, term, person), keep(term), frame.beside))
    return out


def positives(hold: bool) -> list[tuple[str, str, str]]:
    """(kind, text, name words that must go): each of the half's frames filled with eight people, each frame
    starting at a different place in the pool; a frame with a person beside the thing: the negatives' own texts,
    whose person must go while the thing stays."""
    out = []
    for number, frame in enumerate(frames(hold)):
        if frame.beside:
            terms = TERMS[frame.kind][int(hold)]
            beside = people(number * 7 + 24 * int(hold), len(terms))
            out += [(frame.kind, _fill(frame.template, t, p), p) for t, p in zip(terms, beside, strict=True)]
            continue
        for person in people(number * 5 + 24 * int(hold)):
            out.append((frame.kind, _fill(frame.for_people(), person, ""), person))
    return out
