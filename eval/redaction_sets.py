"""The redaction evaluation's cases: names of every origin in ten contexts, and ordinary words that are also names.

Positives: names from the audit and registry lists in ``../shared/data`` that are not reserved for held-out
evaluation (Bloomberg 2024, Bertrand & Mullainathan 2004, Tzioumis 2018 with Census 2010 surnames, an SSA
sample) and the hand-written names of other origins in :mod:`eval.redaction_names`. Negatives: places,
employers, schools, skills and products that are also names, written by hand, half held out by hash. Scored by
:mod:`eval.redaction`.
"""

from __future__ import annotations

import csv
import gzip
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from eval.redaction_names import origin_names, split_of

CONTEXTS: dict[str, str] = {
    "initial": "{First} {Last} led the migration of the billing service to Kubernetes.",
    "mid": "Yesterday we interviewed {First} {Last} for the senior data engineer role.",
    "possessive": "{First}'s answers on caching and queueing were the strongest this week.",
    "first_only": "I asked {First} about the trade-offs of the event-driven design.",
    "titled": "{Title} {Last} will join the panel on Monday.",
    "lower": "met with {first} {last} today about the platform role",
    "email": "References: write to {first}.{last}@example.com for details.",
    "third_party": "The reference from {First} {Last}, who managed the team at Infosys, was positive.",
    "header": "{FIRST} {LAST}\nSenior Software Engineer | Python, SQL, Airflow",
    "surname_first": "{Last}, {First}: applied for the analyst opening in March.",
}

# (phrase, kind, template): ordinary words that are also names. Written by hand; half held out by hash.
NEGATIVES: tuple[tuple[str, str], ...] = tuple(
    (phrase.strip(), kind)
    for kind, block in {
        "place": """Jordan|Virginia|Georgia|Austin|Houston|Madison|Charlotte|Denver|Israel|Chad|Kenya|Dallas|
            Phoenix|Savannah|Raleigh|Orlando|Aurora|Carolina|Dakota|Washington|Tyler|Chandler|Florence|Victoria|
            Lincoln|Jackson|Hamilton|Eugene|Cleveland|Columbus|Albany|Troy|Camden|Salem|India|China|Jersey|
            Santa Clara|San Jose|Los Angeles|Mountain View|Palo Alto|Bangalore|Hyderabad|Pune|Chennai""",
        "employer": """Chase Bank|Morgan Stanley|Johnson & Johnson|Dell|Goldman Sachs|Wells Fargo|Lockheed Martin|
            Procter & Gamble|Ernst & Young|Deloitte|Accenture|Infosys|Tata Consultancy Services|Wipro|Ford|
            Disney|Boeing|Merck|Abbott|Honeywell|Hewlett Packard|Edward Jones|Charles Schwab|Marriott|Hilton|
            Mercy Hospital|Kaiser Permanente|Sherwin Williams|Booz Allen Hamilton|McKinsey""",
        "school": """Howard University|Hunter College|Stanford|Spelman College|Morehouse College|Brown University|
            Duke University|Rice University|Johns Hopkins|Carnegie Mellon|Georgia Tech|Emory|Vanderbilt|
            Baylor University|Tulane University|Purdue|Clemson|Temple University|Xavier University|
            Washington University|Harvard|Yale|Cornell|Princeton|Columbia University|Wake Forest""",
        "skill": """Grant writing|Taylor series|Stone Mason|Markov chain|Gaussian process|Bayesian inference|
            Fourier transform|Kalman filter|Boolean algebra|Gantt charts|Pareto analysis|Six Sigma|
            Monte Carlo simulation|Laplace transform|Bernoulli distribution|Poisson regression|Fisher test|
            Hamiltonian mechanics|Newton method|Grant proposals|Dale Carnegie training|Myers Briggs""",
        "product": """Jenkins|Julia|Ruby on Rails|Django|Pandas|Elixir|Swift|Kotlin|Java|Excel|Ansible|Hadoop|
            Tableau|Oracle|Spark|Kafka|Hive|Flask|Selenium|Maven|Terraform|Docker|Jira|Salesforce|SAP|
            Angular|React|Spring Boot|Perl|Scala""",
    }.items()
    for phrase in block.replace("\n", "").split("|")
)
NEGATIVE_CONTEXTS = {
    "place": "After the move to {X} the team grew; {X} is where the office is.",
    "employer": "Worked at {X} for three years. {X} promoted the team twice.",
    "school": "Studied at {X}; {X} awarded a full scholarship.",
    "skill": "Strong in {X}. {X} was part of the coursework.",
    "product": "Built pipelines with {X}. {X} was the core of the stack.",
}


@dataclass(frozen=True)
class Name:
    first: str
    last: str
    group: str
    sex: str = ""  # M / F when the source says
    split: str = "test"


def _title(name: Name) -> str:
    return {"M": "Mr.", "F": "Ms."}.get(name.sex, "Dr.")


def name_sets(shared: Path, per_group: int = 60, seed: int = 7) -> dict[str, list[Name]]:
    """Names per origin group from the non-reserved lists, plus the hand-written held-out names."""
    rng = random.Random(seed)
    groups: dict[str, list[Name]] = defaultdict(list)
    surnames: dict[str, list[str]] = defaultdict(list)
    with (shared / "bloomberg2024_gpt_hiring_names" / "names_long.csv").open() as handle:
        for row in csv.DictReader(handle):
            sex = "F" if row["gender"] == "W" else "M"
            race = {"W": "white", "B": "black", "A": "asian", "H": "hispanic"}[row["race_ethnicity"]]
            surnames[race].append(row["last_name"].title())
            groups[f"bloomberg {race} {sex}"].append(Name(row["first_name"].title(), row["last_name"].title(), "", sex))
    with (shared / "bertrand_mullainathan2004_names" / "names_summary.csv").open() as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            race = row["race"]
            sex = "M" if row["sex"] == "male" else "F"
            last = surnames[race][index * 7 % len(surnames[race])]
            groups[f"bertrand {race} {sex}"].append(Name(row["firstname"], last, "", sex))
    census = _census_by_race(shared)
    with (shared / "tzioumis2018_firstnames_race" / "firstnames.csv").open() as handle:
        for row in csv.DictReader(handle):
            shares = {race: float(row[f"pct{race}"]) for race in ("hispanic", "white", "black", "api")}
            race, share = max(shares.items(), key=lambda item: item[1])
            if share >= 60 and row["firstname"] != "ALL OTHER FIRST NAMES":
                groups[f"tzioumis {race}"].append(Name(row["firstname"].title(), rng.choice(census[race]), ""))
    with gzip.open(shared / "ssa_babynames" / "names_by_sex_summary.csv.gz", "rt") as handle:
        rows = [r for r in csv.DictReader(handle) if int(r["n_since_1960"]) >= 500]
    for row in rng.sample(rows, per_group):
        groups["ssa sample"].append(Name(row["name"], rng.choice(census["all"]), "", row["sex"]))
    for group, (given, family) in origin_names("test").items():
        for index, first in enumerate(given):
            groups[f"held-out {group}"].append(Name(first, family[index % len(family)], ""))
    for group, (given, family) in origin_names("tune").items():
        for index, first in enumerate(given):
            groups[f"tune {group}"].append(Name(first, family[index % len(family)], "", split="tune"))
    out = {}
    for group, names in sorted(groups.items()):
        chosen = names if len(names) <= per_group else rng.sample(names, per_group)
        out[group] = [Name(n.first, n.last, group, n.sex, n.split) for n in chosen]
    return out


def _census_by_race(shared: Path) -> dict[str, list[str]]:
    path = shared / "bloomberg2024_gpt_hiring_names" / "Names_2010Census_Top1000.csv"
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))[3:-3]
    columns = {"white": 5, "black": 6, "api": 7, "hispanic": 10}
    out: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if not row or not row[0]:
            continue
        out["all"].append(row[0].title())
        shares = {race: float(row[c]) if row[c] not in ("(S)", "") else 0.0 for race, c in columns.items()}
        race, _ = max(shares.items(), key=lambda item: item[1])
        out[race].append(row[0].title())
    return out


@dataclass(frozen=True)
class Case:
    text: str
    group: str
    context: str
    words: tuple[str, ...]  # name words that must be gone
    split: str


def _words(name: Name, template: str) -> tuple[str, ...]:
    parts = re.findall(r"[^\W\d_]+", f"{name.first} {name.last}")
    fields = set(re.findall(r"\{(\w+)\}", template))
    used = []
    for part in parts:
        if part.lower() in ("de", "la", "del", "van", "von", "al", "el", "bin"):
            continue
        in_first = part in re.findall(r"[^\W\d_]+", name.first)
        if (in_first and fields & {"First", "first", "FIRST"}) or (not in_first and fields & {"Last", "last", "LAST"}):
            used.append(part)
    static = {w.lower() for w in re.findall(r"[^\W\d_]+", re.sub(r"\{\w+\}", " ", template))}
    return tuple(p for p in used if p.lower() not in static)


def cases(groups: dict[str, list[Name]]) -> list[Case]:
    out = []
    for group, names in groups.items():
        for name in names:
            for context, template in CONTEXTS.items():
                text = template.format(
                    First=name.first,
                    Last=name.last,
                    first=name.first.lower(),
                    last=name.last.lower().replace(" ", ""),
                    FIRST=name.first.upper(),
                    LAST=name.last.upper(),
                    Title=_title(name),
                )
                out.append(Case(text, group, context, _words(name, template), name.split))
    return out


def negative_cases() -> list[tuple[str, str, str, str]]:
    """(text, phrase, kind, split) for every negative."""
    return [(NEGATIVE_CONTEXTS[kind].format(X=phrase), phrase, kind, split_of(phrase)) for phrase, kind in NEGATIVES]
