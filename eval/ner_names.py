"""Names and non-names for the person tagger's generated training data (:mod:`eval.ner_data`).

Names: Faker's romanised locales (one origin each) and the non-reserved name lists in ``../shared/data``
(SSA given names, Census 2010 surnames, Tzioumis 2018 and Bertrand & Mullainathan 2004 first names), the
origins neither has (:mod:`eval.ner_origins`, written by hand: Hmong, Burmese, Mongolian, ...), plus the
given names and surnames among them that are also common English words ("Journey", "Haven", "Long"), so the
tagger learns the place of a name, not a list. Every name word that our own evaluations or redaction tests
use is removed (:func:`excluded`), so those evaluations measure what the tagger learned, not what it saw.
Each remaining name word is assigned to ``train`` or ``dev`` by its hash; four origins are ``test`` only.

Non-names: places, employers and schools named after people, AI assistants and products named like
people, eponyms, holidays, awards and headings, for the same slots.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"

# Faker locales whose names are in Latin script (or romanised), one origin each. Locales that fall back to
# en_US names are left out.
LOCALES = """az_AZ cs_CZ da_DK de_DE de_AT en_GB en_IE en_IN en_KE en_NG en_NZ en_PK es_ES es_AR es_CO es_MX
    et_EE fi_FI fr_FR fr_DZ fr_BE ga_IE ha_NG hr_HR hu_HU id_ID ig_NG it_IT ja_JP lt_LT nl_NL nl_BE no_NO pl_PL
    pt_BR pt_PT ro_RO sk_SK sl_SI sv_SE sw tr_TR vi_VN yo_NG zh_CN zh_TW zu_ZA de_CH es_CL es_CA fr_CA fr_CH
    tw_GH""".split()
# Origins never used in training or early stopping: the tests read names from these only.
TEST_LOCALES = ("is_IS", "lv_LV", "uz_UZ", "en_TH")

# The files whose names and negatives our evaluations and tests use; none of their name words is trained on.
EVAL_FILES = (
    "eval/redaction*.py",
    "tests/test_redact*.py",
    "tests/test_counterfactual.py",
    "eval/counterfactual.py",
)
# Further files whose capitalised words are kept out of training (``python -m eval.ner_data --also-exclude``):
# checks that live outside the repository, such as a reviewer's published repros, stay independent of the tagger.
ALSO_EXCLUDE: list[Path] = []
# What the SSA files record for a child not yet named.
_NOT_NAMES = frozenset({"Unknown", "Baby", "Infant", "Male", "Female", "Boy", "Girl", "Notnamed"})
_CAPITAL_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\wÀ-ÿ'’-]*")


@dataclass
class Pool:
    """Given and family names of one origin."""

    given: list[str] = field(default_factory=list)
    family: list[str] = field(default_factory=list)


def split_of(word: str) -> str:
    """``dev`` for one word in ten (by hash, so stable across runs), else ``train``."""
    return "dev" if int(hashlib.sha1(word.lower().encode()).hexdigest(), 16) % 10 == 0 else "train"


@cache
def excluded() -> frozenset[str]:
    """Lower-case words written capitalised in the evaluation and test files, and every name word the
    evaluations draw from the shared lists (:func:`eval.redaction.name_sets`)."""
    words: set[str] = set()
    for pattern in EVAL_FILES:
        for path in REPO.glob(pattern):
            if path.name.startswith("test_redact_ner"):
                continue  # our own tests draw from TEST_LOCALES, which training never reads
            for match in _CAPITAL_WORD.finditer(path.read_text(encoding="utf-8")):
                words.update(_parts(match.group()))
    for path in ALSO_EXCLUDE:
        for match in _CAPITAL_WORD.finditer(path.read_text(encoding="utf-8")):
            words.update(_parts(match.group()))
    from eval.redaction import name_sets

    for names in name_sets(SHARED).values():
        for name in names:
            words.update(_parts(name.first) | _parts(name.last))
    return frozenset(words | invariance_words())


# The Faker draws the invariance check makes (``eval.redaction_invariance``: the command's and EVAL.md's seed 41,
# the tests' seeds 5 and 41): kept out of the pools a rebuild trains on (review S10). The shipped weights were
# trained before this, with 294 of its 546 name words in the pool; a rebuild without them (session 7: dev PERSON
# F1 0.907 vs 0.903) removed more product words on the dev resumes (860 -> 890 [PERSON]) and was not shipped.
INVARIANCE_DRAWS = ((300, 41), (12, 5))


def invariance_words() -> frozenset[str]:
    """Every given and family name word the invariance check draws (before its common-word filter)."""
    from eval.redaction_invariance import PEOPLE, people

    words: set[str] = set()
    for count, seed in (*INVARIANCE_DRAWS, (PEOPLE, 41)):
        for person in people(count, seed):
            words.update(_parts(person.given) | _parts(person.family))
    return frozenset(words)


def _parts(name: str) -> set[str]:
    return {p.lower() for p in re.split(r"[\s'’-]+", name) if p}


@cache
def common_words() -> frozenset[str]:
    with gzip.open(REPO / "memory" / "redact_data" / "common.txt.gz", "rt") as handle:
        return frozenset(line.strip() for line in handle)


def pools(split: str) -> dict[str, Pool]:
    """Names per origin whose every word is in ``split`` (``train``/``dev``; ``test``: the test locales)."""
    raw = _raw_pools()
    chosen = {o: p for o, p in raw.items() if (o.removeprefix("faker ") in TEST_LOCALES) == (split == "test")}
    out = {}
    for origin, pool in chosen.items():
        keep = Pool(
            [n for n in pool.given if split == "test" or _in_split(n, split)],
            [n for n in pool.family if split == "test" or _in_split(n, split)],
        )
        if keep.given and keep.family:
            out[origin] = keep
    return out


def _in_split(name: str, split: str) -> bool:
    return all(split_of(p) == split for p in _parts(name))


def removed_count() -> tuple[int, int]:
    """(name words removed by :func:`excluded`, name words kept), over all origins."""
    kept: set[str] = set()
    for pool in _raw_pools().values():
        for name in pool.given + pool.family:
            kept |= _parts(name)
    return len(_raw_words() - kept), len(kept)


@cache
def _raw_words() -> frozenset[str]:
    words: set[str] = set()
    for pool in _unfiltered().values():
        for name in pool.given + pool.family:
            words |= _parts(name)
    return frozenset(words)


@cache
def _raw_pools() -> dict[str, Pool]:
    banned = excluded()
    out = {}
    for origin, pool in _unfiltered().items():
        out[origin] = Pool(
            sorted({n for n in pool.given if not _parts(n) & banned}),
            sorted({n for n in pool.family if not _parts(n) & banned}),
        )
    return out


@cache
def _unfiltered() -> dict[str, Pool]:
    from faker import Faker

    out: dict[str, Pool] = {}
    for locale in LOCALES + list(TEST_LOCALES):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fake = Faker(locale)
        fake.seed_instance(17)
        pool = Pool()
        for _ in range(400):
            if locale in ("ja_JP", "zh_CN", "zh_TW"):
                # Some romanised names come in capitals ("HSIU-LING"): Title case, part by part.
                pool.given.append("-".join(p.capitalize() for p in fake.first_romanized_name().split("-")))
                pool.family.append("-".join(p.capitalize() for p in fake.last_romanized_name().split("-")))
            else:
                pool.given.append(fake.first_name())
                pool.family.append(fake.last_name())
        pool.given = [g for g in dict.fromkeys(pool.given) if g not in ("John", "Jane")]  # en_US fall-backs
        pool.family = list(dict.fromkeys(pool.family))
        out[f"faker {locale}"] = pool
    common = common_words()
    census = _census()
    with gzip.open(SHARED / "ssa_babynames" / "names_by_sex_summary.csv.gz", "rt") as handle:
        ssa = [(r["name"], int(r["n_since_1960"])) for r in csv.DictReader(handle)]
    given = [n for n, count in ssa if count >= 200 and n.lower() not in common]
    out["ssa"] = Pool(given, [n for n in census if n.lower() not in common])
    # Names that are also ordinary English words: "Journey", "Haven", "Long", "Rivers". A higher count keeps
    # out words a few parents chose ("Any", "Alias").
    wordy = [n for n, count in ssa if count >= 1500 and n.lower() in common and n not in _NOT_NAMES]
    out["word-like"] = Pool(wordy, [n for n in census if n.lower() in common])
    with (SHARED / "tzioumis2018_firstnames_race" / "firstnames.csv").open() as handle:
        tz = [r["firstname"].title() for r in csv.DictReader(handle) if r["firstname"] != "ALL OTHER FIRST NAMES"]
    out["tzioumis"] = Pool(tz, census)
    with (SHARED / "bertrand_mullainathan2004_names" / "names_summary.csv").open() as handle:
        out["bertrand"] = Pool([r["firstname"] for r in csv.DictReader(handle)], census)
    from eval.ner_origins import EXTRA_ORIGINS  # here: that module builds its pools with this one's helpers
    from eval.ner_origins_east import east_asian_origins
    from eval.ner_origins_more import MORE_ORIGINS

    for origin, pool in {**EXTRA_ORIGINS, **MORE_ORIGINS, **east_asian_origins()}.items():
        out[origin] = Pool(list(pool.given), list(pool.family))
    return out


def _census() -> list[str]:
    path = SHARED / "bloomberg2024_gpt_hiring_names" / "Names_2010Census_Top1000.csv"
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    return [r[0].title() for r in rows[3:] if r and r[0] and r[0].isalpha() and r[1].isdigit()]


# ---- non-names (label, phrases): the same slots, other things -------------------------------------------
PLACES = """Lagos Nairobi Accra Kumasi Durban Soweto Mombasa Kampala Kigali Addis Ababa|Dakar|Abuja|Ibadan|Cairo|
    Casablanca|Tunis|Lusaka|Harare|Gaborone|Windhoek|Manila|Cebu|Davao|Hanoi|Da Nang|Ho Chi Minh City|Osaka|
    Kyoto|Sapporo|Nagoya|Busan|Incheon|Taipei|Shenzhen|Chengdu|Wuhan|Hangzhou|Jakarta|Surabaya|Bandung|
    Kathmandu|Pokhara|Dhaka|Karachi|Lahore|Islamabad|Colombo|Kolkata|Ahmedabad|Jaipur|Kochi|Noida|Gurgaon|
    Istanbul|Ankara|Izmir|Warsaw|Krakow|Gdansk|Wroclaw|Budapest|Debrecen|Prague|Brno|Vienna|Graz|Zagreb|
    Ljubljana|Bratislava|Bucharest|Cluj|Sofia|Athens|Lisbon|Porto|Seville|Valencia|Bilbao|Lyon|Marseille|
    Toulouse|Bordeaux|Nantes|Lille|Hamburg|Munich|Cologne|Leipzig|Dresden|Stuttgart|Rotterdam|Utrecht|
    Eindhoven|Antwerp|Ghent|Oslo|Bergen|Helsinki|Tampere|Tallinn|Vilnius|Gothenburg|Malmo|Aarhus|Dublin|
    Cork|Galway|Limerick|Belfast|Glasgow|Edinburgh|Leeds|Manchester|Bristol|Cardiff|Toronto|Ottawa|Calgary|
    Montreal|Winnipeg|Halifax|Seattle|Portland|Sacramento|Fresno|Tucson|Albuquerque|Omaha|Tulsa|Wichita|
    Memphis|Nashville|Louisville|Detroit|Milwaukee|Minneapolis|Pittsburgh|Baltimore|Richmond|Boise|Reno|
    Spokane|Anchorage|Honolulu|Miami|Tampa|Atlanta|Charlotte|Brooklyn|Queens|Newark|Oakland|Berkeley|
    Sunnyvale|Cupertino|Redmond|Bellevue|Boulder|Durham|Ann Arbor|Pasadena|Texas|Ohio|Oregon|Nevada|Utah|
    Arizona|Kansas|Iowa|Michigan|Illinois|Indiana|Florida|Alabama|Nigeria|Ghana|Rwanda|Uganda|Ethiopia|
    Senegal|Morocco|Egypt|Brazil|Peru|Chile|Mexico|Colombia|Argentina|Vietnam|Japan|Korea|Nepal|Pakistan|
    Bangladesh|Turkey|Poland|Hungary|Ireland|Portugal|Spain|Germany|France|Norway|Finland|Singapore|
    Malaysia|Indonesia|the Philippines|Bay Area|Silicon Valley|Midwest|East Coast|West Africa|Southeast Asia"""
EMPLOYER_HEADS = """Inc|LLC|Group|Ltd|& Sons|Partners|Consulting|Labs|Capital|Bank|Foods|Motors|Pharma|Logistics|
    Health|Insurance|Associates|Holdings|Analytics|Systems|Media|Studios|Energy|Foundation|Law|Realty|
    Construction|Advisors|Ventures|Brothers|Hospital|Clinic|Trust|Financial|Securities|Software|Robotics"""
SCHOOL_FORMS = """{S} University|{S} College|{S} Institute of Technology|{S} School of Business|{S} Academy|
    University of {PL}|{PL} State University|{G} {S} High School|{S} Community College|{PL} Polytechnic"""
PRODUCTS = """Siri|Alexa|Cortana|Copilot|Gemini|ChatGPT|Claude|Jasper|Otter|Fireflies|Grammarly|Notion|Slack|
    Zoom|Jira|Asana|Trello|Figma|Canva|Miro|Loom|Calendly|Greenhouse|Lever|Workday|Taleo|Gusto|Rippling|
    BambooHR|Ashby|Gem|HireVue|Watson|Einstein|Ada|Julia|Rust|Django|Flask|Pandas|Keras|Jenkins|Ansible|
    Kafka|Hadoop|Spark|Airflow|Tableau|Looker|Hubspot|Marketo|Salesforce|Zendesk|Freshdesk|Okta|Twilio|
    Stripe|Shopify|Heroku|Vercel|Netlify|Sentry|Grafana|Kibana|Elastic|Redis|Mongo|Postgres|Cassandra|
    Neo4j|Databricks|Snowflake|Dynamo|Athena|Aurora|Sage|Xero|Quicken|Harvey|Devin|Perplexity|Mistral|
    Llama|Claude Code|Bard|Duet|Einstein GPT|Tabnine|Cody|Sourcegraph|Bugsnag|Hotjar|Mixpanel|Amplitude"""
EPONYM_FORMS = """{S}'s law|{S} distribution|{S} syndrome|{S} test|{S}'s algorithm|{S} method|{S} transform|
    {S} filter|{S} theorem|{S} equation|{S} effect|{S} principle|{S} index|{S} scale|{S} curve|{S} model|
    {S}'s disease|{S} criterion|{S} number|{S} coefficient|{S} sign|{S} procedure|{S} maneuver"""
EPONYMS = """Gaussian process|Bayesian inference|Markov chain|Kalman filter|Fourier transform|Turing test|
    Pareto chart|Gantt chart|Kanban board|Boolean logic|Newtonian mechanics|Euclidean distance|Poisson
    regression|Laplace smoothing|Huffman coding|Levenshtein distance|Jaccard index|Pearson correlation|
    Spearman rank|Tukey test|Bonferroni correction|Heimlich maneuver|Apgar score|Glasgow Coma Scale|
    Alzheimer's disease|Parkinson's disease|Hodgkin lymphoma|Crohn's disease|Asperger's|Tourette syndrome|
    Down syndrome|Epstein-Barr virus|Myers-Briggs|Likert scale|Monte Carlo simulation|Six Sigma"""
HOLIDAYS = """Juneteenth|Diwali|Eid|Eid al-Fitr|Lunar New Year|Hanukkah|Christmas|Thanksgiving|Easter|Passover|
    Yom Kippur|Ramadan|Holi|Onam|Pongal|Nowruz|Kwanzaa|Boxing Day|Labor Day|Memorial Day|Veterans Day|
    Presidents' Day|Martin Luther King Jr. Day|MLK Day|Columbus Day|Indigenous Peoples' Day|Valentine's Day|
    St. Patrick's Day|Mother's Day|Father's Day|Guy Fawkes Night|Canada Day|Bastille Day|Golden Week"""
AWARD_FORMS = """{S} Award|{S} Fellowship|{S} Scholarship|{S} Prize|{S} Medal|{S} Scholar|{S} Fellow|
    {S} Lecture|{S} Grant|{G} {S} Memorial Award"""
AWARDS = """Nobel Prize|Turing Award|Pulitzer|Fulbright|Rhodes Scholarship|Marshall Scholarship|Gates
    Scholarship|Truman Scholar|Schwarzman Scholar|Fields Medal|Emmy|Grammy|Oscar|Webby Award|Heisman|
    Presidential Award|Dean's List|Employee of the Month|President's Club"""
HEADINGS = """EXPERIENCE|SKILLS|PROFESSIONAL SUMMARY|EDUCATION|WORK HISTORY|CERTIFICATIONS|REFERENCES|
    KEY ACHIEVEMENTS|PROJECTS|CONTACT|OBJECTIVE|CORE COMPETENCIES|TECHNICAL SKILLS|AWARDS AND HONORS|
    VOLUNTEER WORK|LANGUAGES|PUBLICATIONS|INTERESTS|PROFILE|CAREER HIGHLIGHTS|TRAINING|LEADERSHIP|
    ACCOMPLISHMENTS|EMPLOYMENT|QUALIFICATIONS|SUMMARY OF QUALIFICATIONS|INTERVIEW NOTES|FEEDBACK|NEXT STEPS|
    ACTION ITEMS|HIRING MANAGER NOTES|CANDIDATE SUMMARY|OFFER DETAILS|ONSITE AGENDA|DEBRIEF"""


def items(block: str) -> list[str]:
    """ "a|b|c" (or whitespace-separated when there is no bar) as a list."""
    parts = block.split("|") if "|" in block else block.split()
    return [" ".join(p.split()) for p in parts if p.strip()]


@cache
def tech_words() -> tuple[str, ...]:
    """O*NET product names from ``memory/redact_data/tech.txt.gz``, capitalised, the short ones left out."""
    with gzip.open(REPO / "memory" / "redact_data" / "tech.txt.gz", "rt") as handle:
        words = [w.strip() for w in handle if len(w.strip()) >= 4 and w.strip().isalpha()]
    return tuple(w.title() for w in words)


@cache
def eval_text() -> str:
    """Lower-case text of the evaluation and test files, to drop a negative written there verbatim."""
    texts = [p.read_text(encoding="utf-8").lower() for p in ALSO_EXCLUDE]
    for pattern in EVAL_FILES:
        texts += [p.read_text(encoding="utf-8").lower() for p in REPO.glob(pattern)]
    return "\n".join(texts)


def unseen(phrases: Iterable[str]) -> list[str]:
    """The phrases that no evaluation or test file contains (as a word sequence)."""
    blob = eval_text()
    return [p for p in phrases if not re.search(rf"(?<!\w){re.escape(p.lower())}(?!\w)", blob)]
