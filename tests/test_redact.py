"""Redaction: nothing identifying leaks, gender swaps vanish, it is idempotent, skills survive."""

from __future__ import annotations

import re

import pytest

from memory.redact import redact

SEEDED = (
    "Lakisha Washington (lakisha.w@example.com, +1 617-555-0199, @lakishaw) lives at 42 Elm Street, Boston, "
    "MA 02118. Born 12/03/1985, she is 38 years old, class of 2007. Portfolio: https://lakisha.dev/work and "
    "linkedin.com/in/lakishaw. Her manager Greg Baker and Mr. Patel praised her. ![photo](me.jpg) "
    "Referred by Emily Walsh. She was chairwoman of the sorority."
)
LEAKS = [
    "Lakisha",
    "Washington",
    "lakisha",
    "617",
    "0199",
    "@lakishaw",
    "Elm Street",
    "02118",
    "1985",
    "38 years",
    "2007",
    "https://",
    "linkedin.com",
    "Greg",
    "Baker",
    "Patel",
    "Emily",
    "Walsh",
    "photo",
    "me.jpg",
    "she",
    "She",
    "her",
    "Her",
    "chairwoman",
    "sorority",
]


def test_seeded_identity_never_leaks() -> None:
    out = redact(SEEDED, ["Lakisha Washington"])
    leaked = [token for token in LEAKS if token in out]
    assert leaked == [], out
    assert out.count("[CANDIDATE]") == 1 and out.count("[PERSON]") == 3 and "[CONTACT]" in out


@pytest.mark.parametrize(
    "text",
    [SEEDED, "He told her he'd send his notes to her team; she thanked him.", "Plain text with Kubernetes."],
)
def test_redaction_is_idempotent(text: str) -> None:
    once = redact(text, ["Lakisha Washington"])
    assert redact(once, ["Lakisha Washington"]) == once


@pytest.mark.parametrize(
    ("male", "female"),
    [
        ("He led his team and we told him directly.", "She led her team and we told her directly."),
        ("We gave him the offer; his code was clean.", "We gave her the offer; her code was clean."),
        ("The chairman said he'd return. Ask him about it.", "The chairwoman said she'd return. Ask her about it."),
        ("He is a fraternity member; his brother works here.", "She is a sorority member; her sister works here."),
    ],
)
def test_pronoun_and_gendered_term_swaps_redact_identically(male: str, female: str) -> None:
    assert redact(male) == redact(female)


def test_own_name_in_every_form() -> None:
    text = "Jamal Jones joined. Jamal's answers were sharp and Mr. Jones followed up. JAMAL JONES signed."
    assert redact(text, ["Jamal Jones"]) == (
        "[CANDIDATE] joined. [CANDIDATE]'s answers were sharp and [CANDIDATE] followed up. [CANDIDATE] signed."
    )


def test_skills_dates_and_everyday_words_survive() -> None:
    text = "Will ship Ruby on Rails and Julia code in May; Jenkins pipelines 2015-2019, 24 months on Spring."
    assert redact(text) == text


# --- The layered redactor (issue 10) -------------------------------------------------------------------------

from collections.abc import Sequence  # noqa: E402

from memory.redact import Identity, Redactor  # noqa: E402


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Chidubem Okonkwo presented the design.", ["Chidubem", "Okonkwo"]),
        ("Referred by Nguyen Thi Minh Anh last spring.", ["Nguyen", "Thi", "Minh", "Anh"]),
        ("Ana de la Cruz and Mohammed Al-Hassan joined.", ["Ana", "Cruz", "Mohammed", "Hassan"]),
        ("Sean O'Brien's review was thorough.", ["Sean", "Brien"]),
        ("Dr. Okafor and Ms. de la Cruz sat on the panel.", ["Okafor", "Cruz", "Dr.", "Ms."]),
        ("met with lakisha washington today", ["lakisha", "washington"]),
        ("thanks yevgenia makarova for the intro", ["yevgenia", "makarova"]),
        ("P. Raghunathan led it; Raghunathan, Priya: applied in May.", ["Raghunathan", "Priya"]),
        ("SEGUN ONUOHA\nSenior Software Engineer", ["SEGUN", "ONUOHA"]),
        ("I asked Ebere about trade-offs and Tunde said yes.", ["Ebere", "Tunde"]),
        ("Kenya Washington came in. Kenya's references were strong.", ["Kenya", "Washington"]),
        ("Ji-hoon Kim and Sung-min Jung paired on it.", ["Ji-hoon", "Kim", "Sung-min", "Jung"]),
    ],
)
def test_names_of_every_origin_are_removed(redactor: Redactor, text: str, gone: list[str]) -> None:
    out = redactor.redact(text)
    assert [word for word in gone if word in out] == [], out


@pytest.mark.parametrize(
    "text",
    [
        "After the move to Austin the team grew; Austin is where the office is.",
        "Grant writing for nonprofits and the Taylor series in calculus.",
        "Worked at Chase Bank and Morgan Stanley, then Johnson & Johnson in New Jersey.",
        "Studied at Howard University and Hunter College; interned at Dell in Jordan.",
        "Jenkins pipelines, Ruby on Rails, Julia, Django, Pandas and Elixir.",
        "Based in Houston, Texas; relocated to Madison; Stone Mason by trade.",
        "Markov chain Monte Carlo and a Gaussian process; Six Sigma; Gantt charts.",
    ],
)
def test_ordinary_words_that_are_names_survive(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text


def test_identity_in_every_form_is_the_candidate(redactor: Redactor) -> None:
    identity = Identity.of(
        names=["William Okafor"],
        emails=["w.okafor88@example.com"],
        phones=["+1 (617) 555-0199"],
        urls=["https://github.com/wokafor"],
    )
    text = "bill okafor (call 555-0199, github wokafor) and Will led it; OKAFOR W. signed; see @wokafor."
    out = redactor.redact(text, identity)
    # "OKAFOR W. signed": the initial's full stop mid-sentence is the name's (memory.redact_render), as "OKAFOR
    # WILLIAM signed" leaves no stop.
    assert out == (
        "[CANDIDATE] (call [CONTACT], github [CANDIDATE]) and [CANDIDATE] led it; [CANDIDATE] signed; see [CONTACT]."
    ), out


def test_the_candidate_and_third_parties_get_different_placeholders(redactor: Redactor) -> None:
    identity = Identity.of(names=["Priya Raghunathan"])
    out = redactor.redact("Priya's referee, Greg Baker, said priya raghunathan was sharp.", identity)
    assert out == "[CANDIDATE]'s referee, [PERSON], said [CANDIDATE] was sharp."


def test_batches_equal_single_calls_and_are_idempotent(redactor: Redactor) -> None:
    texts = [SEEDED, "Aponi Acothley's demo was good.", "We moved to Austin. Austin Reyes joined.", ""]
    identities: Sequence[Identity | None] = [Identity.of(names=["Lakisha Washington"]), None, None, None]
    batch = redactor.redact_many(texts, identities)
    assert batch == [redactor.redact(t, i) for t, i in zip(texts, identities, strict=True)]
    assert redactor.redact_many(batch, identities) == batch


def test_affinity_groups_go_and_schools_stay(redactor: Redactor) -> None:
    out = redactor.redact("Member of the Society of Women Engineers and NSBE; BS from Spelman College.")
    assert out == "Member of the [AFFINITY_GROUP] and [AFFINITY_GROUP]; BS from Spelman College."


class _Everyone:
    """A fake model that calls every uncertain window one person."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def persons(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        self.seen.extend(texts)
        return [[(0, len(t))] for t in texts]


def test_the_model_is_asked_only_about_uncertain_words() -> None:
    fake = _Everyone()
    redactor = Redactor(finder=fake)
    assert redactor.redact("Kubernetes and Terraform on AWS.") == "Kubernetes and Terraform on AWS."
    assert fake.seen == []
    assert redactor.redact("We interviewed Zephyrine Quarshie-Bode.") == "We interviewed [PERSON]."


def test_lists_alone_need_no_model() -> None:
    redactor = Redactor(layers={"identity", "lists"})
    assert redactor.redact("Lakisha Washington met Greg Baker in Austin.") == "[PERSON] met [PERSON] in Austin."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Łukasz Wiśniewski and Małgorzata Kowalczyk joined.", "[PERSON] and [PERSON] joined."),
        (
            "José Hernández's code was clean; María Fernández reviewed it.",
            "[PERSON]'s code was clean; [PERSON] reviewed it.",
        ),
        ("Tsegaye Gebremedhin and Hiwot Alemayehu interviewed.", "[PERSON] and [PERSON] interviewed."),
        ("Abdirahman Warsame met Anahit Petrosyan in São Paulo.", "[PERSON] met [PERSON] in São Paulo."),
        ("We hired Oluwafemi last year; Oluwafemi is strong.", "We hired [PERSON] last year; [PERSON] is strong."),
        ("Paris, Sydney, Florence and Phoenix offices.", "Paris, Sydney, Florence and Phoenix offices."),
        ("Led the Jordan River project and the Victoria Line upgrade.", None),
        ("Mercedes-Benz, Rolls-Royce, Johnson Controls, Kennesaw State.", None),
        ("Dijkstra's algorithm, Bayes' theorem and Newton's method.", None),
    ],
)
def test_names_and_words_it_was_not_tuned_on(redactor: Redactor, text: str, expected: str | None) -> None:
    assert redactor.redact(text) == (expected or text)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Debugged the queue with Xochitlan on Friday.", ["Xochitlan"], ["Friday"]),
        ("Per Quilabrenu, the migration was on time.", ["Quilabrenu"], ["Per"]),
        ("Tazrimbek Oryakhel has six years in Go.", ["Tazrimbek", "Oryakhel"], ["Go"]),
        ("Candidate: Oryakhel, Tazrimbek\nRole: SRE", ["Oryakhel", "Tazrimbek"], ["Candidate", "Role"]),
        ("Lumbrino-Tazrimbek Oryakhel joined in May.", ["Lumbrino", "Tazrimbek", "Oryakhel"], []),
    ],
)
def test_unknown_words_in_a_persons_place_are_names(text: str, gone: list[str], kept: list[str]) -> None:
    """Round 2's property: a word no list or dictionary knows, in a name's position, is a name (no model)."""
    out = Redactor(layers={"identity", "lists"}).redact(text)
    assert not [w for w in gone if w in out], out
    assert all(w in out for w in kept), out


@pytest.mark.parametrize(
    "text",
    [
        "Reduced latency by prefetching hot keys.",
        "Volunteer tutor at a Brooklyn library.",
        "Field engineer in Fairbanks, Alaska.",
        "Ran experiments on the cluster.",
    ],
)
def test_ordinary_words_in_no_persons_place_stay(text: str) -> None:
    assert Redactor(layers={"identity", "lists"}).redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # Round 3: particles and prefixes open a family name; lower-case full names after a cue; a title takes
        # any name word; the rest of a found name goes with it; a found name goes everywhere in the text.
        ("Per de Quilabrenu, the migration was on time.", ["de", "Quilabrenu"], ["Per"]),
        ("Candidate: van Oryakhel, Tazrimbek\nRole: SRE", ["van", "Oryakhel", "Tazrimbek"], ["Role"]),
        ("Prof. Mac an tQuilabrenu joined the panel.", ["Mac", "tQuilabrenu"], ["panel"]),
        ("had a call with joy oryakhel about the role", ["joy", "oryakhel"], ["call", "role"]),
        ("Ms. Bernoulli presented the roadmap.", ["Bernoulli"], ["roadmap"]),
        ("Screen with Tazrimbek Oryakhel. oryakhel to send a sample.", ["Tazrimbek", "oryakhel"], ["sample"]),
        ("ping tazrimbek.oryakhel on slack; Xochitlan and Megan agreed.", ["oryakhel", "Xochitlan"], ["slack"]),
    ],
)
def test_names_whatever_their_shape(text: str, gone: list[str], kept: list[str]) -> None:
    out = Redactor(layers={"identity", "lists"}).redact(text)
    assert not [w for w in gone if re.search(rf"\b{re.escape(w)}\b", out)], out
    assert all(w in out for w in kept), out


@pytest.mark.parametrize(
    "text",
    [
        "Interviewer: Tazrimbek Iron Cloud. Deployed on Pivotal Cloud Foundry.",
        "Built a Jackson JSON serializer on Linux; Kafka and Jira daily.",
        "Chemist at Dr. Reddy's Laboratories in Hyderabad.",
    ],
)
def test_found_names_do_not_spread_to_ordinary_words(text: str) -> None:
    out = Redactor(layers={"identity", "lists"}).redact(text)
    for word in ("Pivotal Cloud Foundry", "Jackson JSON", "Linux", "Kafka", "Jira", "Laboratories", "Hyderabad"):
        if word in text:
            assert word in out, out


def test_own_hyphenated_name_joined_and_typographic_apostrophes() -> None:
    redactor = Redactor(layers={"identity", "lists"})
    out = redactor.redact("minjun did well; She’s ready and he’ll call.", Identity.of(names=["Oryak Min-jun"]))
    assert out == "[CANDIDATE] did well; They’re ready and they’ll call."


@pytest.mark.parametrize(
    "text",
    [
        # Round 4: where a run stands says it is a thing, and its repeats in the text are that thing too.
        "Worked at Kenneth Cole for two years; Kenneth Cole promoted the team.",
        "Graduated from Bucknell; at Bucknell they ran the robotics club.",
        "Built the nightly jobs with Dagster; moved the old jobs to Dagster as well.",
        "Ran the spring campaign for Versace and Armani.",
        "Based in Walnut Creek; moved to Glen Allen, then Sugar Land.",
        "Sales across Western Europe and East Africa.",
        "Nice To Have: Experience With Spark",
        "Trained staff in the Bunsen burner protocol.",
    ],
)
def test_things_named_like_people_survive(text: str) -> None:
    assert Redactor(layers={"identity", "lists"}).redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # Round 4: a place only a person fills takes the whole run; a found name's continuation, repeats in
        # any case, table cells, signatures, a resume's opening words, a line in capitals.
        ("Phone screen with Tazrimbek Yellow Hawk. Yellow Hawk would suit the team.", ["Yellow", "Hawk"], ["team"]),
        ("Per Brave Owl, the candidate is ready.", ["Brave", "Owl"], ["Per", "candidate"]),
        ("- Hemara Quilabrenu, Engineering Manager, Initech", ["Hemara", "Quilabrenu"], ["Engineering"]),
        ("Screened Tazrimbek Oryakhel today. Later tazrimbek oryakhel asked about pay.", ["tazrimbek"], ["pay"]),
        ("Oryakhel | Tazrimbek | Data Engineer | Hire", ["Oryakhel", "Tazrimbek"], ["Data Engineer"]),
        ("Thanks for your time.\nBest regards,\nTazrimbek Oryakhel\nRecruiter", ["Tazrimbek"], ["Recruiter"]),
        ("Tazrimbek Two Rivers. Backend engineer since 2015.", ["Tazrimbek", "Two", "Rivers"], ["Backend"]),
        ("NOTE: TAZRIMBEK ORYAKHEL SIGNED THE OFFER ON FRIDAY.", ["TAZRIMBEK", "ORYAKHEL"], ["OFFER", "FRIDAY"]),
        ("had a call with hemara quilabrenu about the role", ["hemara", "quilabrenu"], ["role"]),
    ],
)
def test_names_in_a_persons_place_whatever_their_words(text: str, gone: list[str], kept: list[str]) -> None:
    out = Redactor(layers={"identity", "lists"}).redact(text)
    assert not [w for w in gone if re.search(rf"\b{re.escape(w)}\b", out)], out
    assert all(w in out for w in kept), out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Round 4, second pass: folding never turns a name into a function word; dashes with spaces separate.
        ("Đỗ Thị Bế joined the panel.", "[PERSON] joined the panel."),
        ("Self-starter, Back-end work, Monday-Friday.", None),
        ("Skills: Python - Less than 1 year; Kafka - 2 years.", None),
        ("Relocating from Victoria, British Columbia.", None),
        ("Referee: Rhys ap Gwilym, former manager.", "Referee: [PERSON], former manager."),
    ],
)
def test_folding_hyphens_and_places_after_a_comma(text: str, expected: str | None) -> None:
    assert Redactor(layers={"identity", "lists"}).redact(text) == (expected or text)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # Round 5: places only a person fills take listed names that are also words or places.
        ("Talked to Marsh about the start date.", ["Marsh"], ["start"]),
        ("Kudos to Memphis for the smooth panel.", ["Memphis"], ["panel"]),
        ("Stone and I agreed on a hire.", ["Stone"], ["agreed"]),
        ("As Fields noted, the coverage is thin.", ["Fields"], ["coverage"]),
        ("Interview panel: Phoenix Bell, Tom Okafor.", ["Phoenix", "Bell"], ["panel"]),
        ("Houston's scorecard is in the folder.", ["Houston"], ["scorecard"]),
        ("CHESTER MOON - PANEL NOTES", ["CHESTER", "MOON"], ["PANEL"]),
        ("ping harmony about the call on Monday", ["harmony"], ["ping", "call"]),
        ("Sage Marsh (she/her) joins the panel.", ["Sage", "Marsh"], ["panel"]),
        ("Raleigh Dunn, our engineering manager, asked for a rerun.", ["Raleigh", "Dunn"], ["manager"]),
        ("Heard back from Lincoln today: offer accepted.", ["Lincoln"], ["offer"]),
        ("Phone screen, Raleigh Dunn. Raleigh walked through the design.", ["Raleigh", "Dunn"], ["design"]),
    ],
)
def test_word_and_place_names_in_a_persons_place(text: str, gone: list[str], kept: list[str]) -> None:
    out = Redactor(layers={"identity", "lists"}).redact(text)
    assert not [w for w in gone if re.search(rf"\b{re.escape(w)}\b", out)], out
    assert all(w in out for w in kept), out


@pytest.mark.parametrize(
    "text",
    [
        # Round 5: things a name list holds as names, told by their shape or their place.
        "Volunteered with the Girl Scouts and Big Brothers Big Sisters.",
        "Research on Bell's palsy and Addison's disease.",
        "Implemented Gauss-Newton and Levenberg-Marquardt solvers.",
        "Onsite Tue 09:30, debrief Thu 17:00.",
        "Nurse at St. Jude, then St Luke's.",
        "Stocked Vera Wang and Anne Klein at the flagship.",
        "Worked nights at Denny's and Applebee's.",
        "Integrated Siri and Alexa into the app.",
        "Explained Hick's law and Fitts's law to the designers.",
        "Ran Welch's t-test on the cohorts.",
        "Mentor at the Boys & Girls Club of Dayton.",
    ],
)
def test_things_named_like_people_round_five(text: str) -> None:
    assert Redactor(layers={"identity", "lists"}).redact(text) == text
