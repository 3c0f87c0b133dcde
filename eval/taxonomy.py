"""Generate the skill taxonomy that ``memory.skills`` ships (``memory/skill_taxonomy.json``).

Sources, read from ``../shared/data`` and never copied whole into the repository:

- O*NET 29.2 ``technology_skills.txt`` (USDOL/ETA, CC BY 4.0): every tool or technology name is a skill;
  a vendor prefix is dropped as an alias ("Apache Kafka" → "kafka") unless the rest is an ordinary
  English word (it then appears in lower case in O*NET's task statements: "Microsoft Project" never
  becomes "project"), and a trailing acronym whose letters are capitals of the name before it is an
  alias ("Microsoft Visual Basic for Applications VBA" → "vba").
- ESCO 1.2.0 digital, transversal and language skill collections (European Commission, CC BY 4.0): the
  preferred label is a skill; an alternative label is kept only when it is a spelling of the same skill
  (shares the label's words, or is a prefix of it of 4+ letters). ESCO lists loose associations as
  alternative labels ("Mocha" for JavaScript, "Subquery" for SQL); those are dropped.
- ``ABBREVIATIONS`` below: exact short forms that neither source spells out (k8s, golang). Each is the
  same skill under another name; nothing here maps a broader or related skill (no docker←containers,
  git←github, agile←scrum, linux←unix), which is what made the former hand table lossy.

Run ``python -m eval.taxonomy`` to regenerate; the output is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "memory" / "skill_taxonomy.json"
ONET_CREDIT = (
    "O*NET 29.2 Database (USDOL/ETA), CC BY 4.0. This product includes information from the O*NET 29.2 "
    "Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under "
    "the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA."
)
TITLES_OUT = Path(__file__).resolve().parents[1] / "memory" / "title_words.json"
# A head noun must end at least this many O*NET job titles to count as one ("engineer", "nurse", "sourcer").
MIN_TITLES = 3
# Last words of O*NET titles that are not what a job is called ("Teachers, Postsecondary", "Operator II").
NOT_HEAD_NOUNS = {
    "other",
    "postsecondary",
    "all",
    "and",
    "hand",
    "man",
    "person",
    "plastic",
    "model",
    "general",
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "level",
    "senior",
    "junior",
    "lead",
    "trainee",
    "entry",
    "services",
}
VENDORS = ("apache", "microsoft", "oracle", "google", "amazon", "adobe", "ibm", "autodesk", "atlassian")
# Exact other names of one skill (canonical -> spellings). Every entry is a synonym, never a neighbour.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "kubernetes": ("k8s",),
    "go": ("golang", "go lang"),
    "javascript": ("js", "ecmascript"),
    "typescript": ("ts",),
    "postgresql": ("postgres",),
    "c++": ("cpp",),
    "c#": ("c sharp", "csharp"),
    ".net": ("dotnet", "dot net"),
    "node.js": ("nodejs", "node js"),
    "react": ("reactjs", "react.js"),
    "vue.js": ("vue", "vuejs"),
    "angularjs": ("angular.js",),
    "amazon web services": ("aws",),
    "google cloud platform": ("gcp", "google cloud"),
    "microsoft azure": ("azure",),
    "machine learning": ("ml",),
    "natural language processing": ("nlp",),
    "artificial intelligence": ("ai",),
    "continuous integration and continuous delivery": ("ci/cd", "cicd"),
    "scikit-learn": ("sklearn", "scikit learn"),
    "microsoft sql server": ("mssql", "ms sql", "sql server"),
    "microsoft excel": ("excel", "ms excel"),
    "microsoft power bi": ("power bi", "powerbi"),
    "recruiting": ("recruitment",),
    "cybersecurity": ("cyber security",),
    "registered nursing": ("registered nurse",),
    "advanced cardiovascular life support": ("acls",),
    "rest api": ("restful api", "rest apis"),
    # Product names that are also English words, which the vendor rule above rightly refuses to strip.
    "apache spark": ("spark",),
}
_PAREN = re.compile(r"\s*\([^)]*\)")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9+#.]+", text.lower())


def _english_words(onet: Path) -> set[str]:
    """Lower-case words of O*NET's task statements: plain English, where product names are capitalised."""
    words: set[str] = set()
    with gzip.open(onet / "task_statements.txt.gz", "rt") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            words.update(re.findall(r"\b[a-z][a-z]+\b", row["Task"]))
    return words


def _acronym(name: str) -> str | None:
    """A trailing all-capitals token whose letters are, in order, capitals of the words before it."""
    parts = name.split()
    if len(parts) < 3 or not re.fullmatch(r"[A-Z][A-Z0-9]+", parts[-1]):
        return None
    capitals = [c for c in " ".join(parts[:-1]) if c.isupper()]
    letters = [c for c in parts[-1] if c.isalpha()]
    it = iter(capitals)
    return parts[-1].lower() if len(letters) >= 2 and all(c in it for c in letters) else None


def onet_skills(onet: Path, english: set[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    with gzip.open(onet / "technology_skills.txt.gz", "rt") as handle:
        names = sorted({row["Example"].strip() for row in csv.DictReader(handle, delimiter="\t")})
    for name in names:
        # "Salesforce software" is the product Salesforce: O*NET's trailing "software" names a category.
        name = re.sub(r"\s+software$", "", name)
        acronym = _acronym(name)
        base = " ".join(name.split()[:-1]) if acronym else name
        canonical = norm(base)
        out[canonical].add(canonical)
        if acronym:
            out[canonical].add(acronym)
        first, _, rest = canonical.partition(" ")
        # "Apache Kafka" is also "Kafka"; "Microsoft Project" is not "project" (an English word in O*NET's tasks).
        if first in VENDORS and rest and not all(w in english for w in _words(rest)):
            out[canonical].add(rest)
    return out


def _same_skill(label: str, alt: str) -> bool:
    label_words, alt_words = set(_words(label)), set(_words(alt))
    if not alt_words:
        return False
    return label_words <= alt_words or alt_words <= label_words or (len(alt) >= 4 and label.startswith(alt))


def esco_skills(esco: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for file in (
        "digitalSkillsCollection_en.csv",
        "transversalSkillsCollection_en.csv",
        "languageSkillsCollection_en.csv",
    ):
        with (esco / file).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                # "Java (computer programming)" is "java": the parenthesis only disambiguates within ESCO.
                label = norm(_PAREN.sub("", row["preferredLabel"]))
                out[label].add(label)
                for alt in re.split(r"\s*[|\n]\s*", row.get("altLabels") or ""):
                    alt = norm(_PAREN.sub("", alt))
                    if alt and _same_skill(label, alt):
                        out[label].add(alt)
    return out


def merge(tables: Iterable[dict[str, set[str]]]) -> dict[str, list[str]]:
    """canonical -> sorted spellings; a spelling claimed by two canonicals goes to neither (ambiguous)."""
    merged: dict[str, set[str]] = defaultdict(set)
    for table in tables:
        for canonical, spellings in table.items():
            merged[canonical] |= spellings
    for canonical, exact in ABBREVIATIONS.items():
        merged[canonical] |= {canonical, *exact}
    owners: dict[str, set[str]] = defaultdict(set)
    for canonical, spellings in merged.items():
        for spelling in spellings:
            owners[spelling].add(canonical)
    out: dict[str, list[str]] = {}
    for canonical, spellings in sorted(merged.items()):
        # A spelling that is itself a canonical name always belongs to that name.
        kept = [s for s in spellings if s == canonical or (s not in merged and len(owners[s]) == 1)]
        out[canonical] = sorted(set(kept) - {canonical})
    return out


def ambiguous(skills: dict[str, list[str]], english: set[str]) -> list[str]:
    """Spellings too ambiguous to read off free text unasked: one English word ("chef", "go") or ≤ 2 letters."""
    forms = {form for canonical, spellings in skills.items() for form in (canonical, *spellings)}
    return sorted(f for f in forms if len(f) <= 2 or (" " not in f and f in english))


def build(shared: Path) -> dict[str, object]:
    onet, esco = shared / "onet_29_2", shared / "esco_1_2_0"
    english = _english_words(onet)
    skills = merge([onet_skills(onet, english), esco_skills(esco)])
    return {
        "generated_by": "python -m eval.taxonomy",
        "sources": [
            ONET_CREDIT,
            "ESCO classification v1.2.0, European Commission (digital, transversal and language skill "
            "collections), CC BY 4.0.",
            "eval/taxonomy.py ABBREVIATIONS: exact short forms, written by the talentrecall authors.",
        ],
        "skills": skills,
        "ambiguous": ambiguous(skills, english),
    }


def title_words(onet: Path) -> list[str]:
    """Head nouns of job titles: the last word of O*NET occupation, alternate and reported titles."""
    counts: dict[str, int] = defaultdict(int)
    titles: list[str] = []
    with (onet / "occupation_data.txt").open() as handle:
        titles += [row["Title"] for row in csv.DictReader(handle, delimiter="\t")]
    with (onet / "sample_of_reported_titles.txt").open() as handle:
        titles += [row["Reported Job Title"] for row in csv.DictReader(handle, delimiter="\t")]
    with gzip.open(onet / "alternate_titles.txt.gz", "rt") as handle:
        titles += [row["Alternate Title"] for row in csv.DictReader(handle, delimiter="\t")]
    for title in titles:
        words = re.findall(r"[a-z][a-z-]+", _PAREN.sub("", title).split(",")[0].lower())
        if words:
            counts[words[-1]] += 1
    return sorted(w for w, n in counts.items() if n >= MIN_TITLES and w not in NOT_HEAD_NOUNS and len(w) > 2)


def main(argv: Sequence[str] | None = None) -> int:
    from eval.run import default_shared

    parser = argparse.ArgumentParser(prog="python -m eval.taxonomy", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print("taxonomy: ../shared/data is absent", file=sys.stderr)
        return 1
    document = build(shared)
    args.out.write_text(json.dumps(document, indent=0, ensure_ascii=False, sort_keys=False) + "\n")
    nouns = {
        "generated_by": "python -m eval.taxonomy",
        "source": ONET_CREDIT,
        "head_nouns": title_words(shared / "onet_29_2"),
    }
    TITLES_OUT.write_text(json.dumps(nouns, indent=0) + "\n")
    print(f"taxonomy: {len(document['skills'])} skills written to {args.out}", file=sys.stderr)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
