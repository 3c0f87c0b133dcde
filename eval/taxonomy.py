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
from collections.abc import Iterable, Mapping, Sequence
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
        # A spelling that is itself a canonical name always belongs to that name, unless ``ABBREVIATIONS``
        # declares it a spelling of this one too ("cyber security" is also "cybersecurity", "spark" also
        # "apache spark"): without it the two would be different skills and neither would cover the other.
        kept = [
            s
            for s in spellings
            if s == canonical or (s not in merged and len(owners[s]) == 1) or s in ABBREVIATIONS.get(canonical, ())
        ]
        out[canonical] = sorted(set(kept) - {canonical})
    return out


def ambiguous(skills: dict[str, list[str]], english: set[str]) -> list[str]:
    """Spellings too ambiguous to read off free text unasked: one English word ("chef", "go") or ≤ 2 letters."""
    forms = {form for canonical, spellings in skills.items() for form in (canonical, *spellings)}
    return sorted(f for f in forms if len(f) <= 2 or (" " not in f and f in english))


# ESCO files whose rows carry alternative labels (the full skill list in the shared data has preferred labels only).
_LABELLED_FILES = (
    "digitalSkillsCollection_en.csv",
    "transversalSkillsCollection_en.csv",
    "languageSkillsCollection_en.csv",
    "greenSkillsCollection_en.csv",
    "researchSkillsCollection_en.csv",
    "digCompSkillsCollection_en.csv",
    "skillGroups_en.csv",
)
# How far down ESCO's skill hierarchy a narrower skill is looked for (group -> subgroup -> skill).
NARROWER_DEPTH = 3
# The longest phrase ``memory.skills`` looks up in text: a longer form could never be found.
MAX_FORM_WORDS = 6
# A skill shown by more named skills than this is a field, not a skill a requisition can require
# ("information and communication technologies": 1,301); it is left out (and the table stays small).
MAX_COVERING_FORMS = 300


def _esco_labels(esco: Path) -> tuple[dict[str, str], dict[str, set[str]]]:
    """ESCO concept URI -> preferred label, and -> alternative labels (where the shared data has them)."""
    preferred: dict[str, str] = {}
    alternatives: dict[str, set[str]] = defaultdict(set)
    with (esco / "skills_uri_label_derived.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            preferred[row["conceptUri"]] = norm(_PAREN.sub("", row["preferredLabel_derived"]))
    for file in _LABELLED_FILES:
        with (esco / file).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                uri = row["conceptUri"]
                preferred[uri] = norm(_PAREN.sub("", row["preferredLabel"]))
                for alt in re.split(r"\s*[|\n]\s*", row.get("altLabels") or ""):
                    if alt.strip():
                        alternatives[uri].add(norm(_PAREN.sub("", alt)))
    return preferred, alternatives


def _esco_children(esco: Path) -> dict[str, set[str]]:
    children: dict[str, set[str]] = defaultdict(set)
    with gzip.open(esco / "broaderRelationsSkillPillar_en.csv.gz", "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            children[row["broaderUri"]].add(row["conceptUri"])
    return children


def _narrower(uri: str, children: dict[str, set[str]]) -> set[str]:
    found: set[str] = set()
    front = {uri}
    for _ in range(NARROWER_DEPTH):
        front = {c for f in front for c in children.get(f, ())} - found
        found |= front
    return found


def _readable(form: str, english: set[str]) -> bool:
    """A form that names one thing when met in a resume: not one English word ("less", "salt"), not ≤ 2
    letters, and short enough to be looked up (``memory.skills.MAX_PHRASE_WORDS``)."""
    words = form.split()
    return len(form) > 2 and 0 < len(words) <= MAX_FORM_WORDS and not (len(words) == 1 and form in english)


def covered_by(onet: Path, esco: Path, english: set[str], known: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """skill -> other phrases whose mention shows it: its ESCO alternative labels, and the preferred and
    alternative labels of every narrower ESCO skill (up to ``NARROWER_DEPTH`` levels down); for an O*NET
    technology category ("Project management software"), the products O*NET files under it.

    The direction is the point: a narrower skill shows the broader one (Informatica PowerCenter shows
    ETL), never the reverse (containers never show Docker). A skill is found in ESCO by its preferred label
    only: ESCO's alternative labels include loose associations ("git" among the labels of "tools for
    software configuration management"), so entering the hierarchy through one would let Ansible cover Git.
    An alternative label is still a way the skill itself is mentioned ("information security" for "cyber
    security", "subquery" for SQL) unless it is a skill of its own in the table ("MATLAB" is one of
    "computer vision"'s).
    """
    preferred, alternatives = _esco_labels(esco)
    children = _esco_children(esco)
    # A requested skill is looked up under every spelling (``memory.skills.spellings``), so any may be a key.
    spelled = {form for canonical, forms in known.items() for form in (canonical, *forms)}
    out: dict[str, set[str]] = defaultdict(set)
    for uri, label in preferred.items():
        if label not in spelled:
            continue
        # An alternative label that is a skill of its own ("MATLAB", "TensorFlow" among those of "computer
        # vision") is a tool used for it, not a way to say it: it covers only through the hierarchy.
        initials = "".join(word[0] for word in _words(label))
        forms = {
            alt
            for alt in alternatives.get(uri, ())
            if alt not in spelled or _same_skill(label, alt) or alt == initials  # "ssis" for SQL Server Int...
        }
        for child in _narrower(uri, children):
            forms |= {preferred.get(child, ""), *alternatives.get(child, ())}
        # A form the table already spells the skill with is no cover of it ("ml systems" for ESCO's "ML").
        spelt = {label, *known.get(label, ())}
        out[label] |= {f for f in forms if f and f not in spelt and _readable(f, english)}
    with gzip.open(onet / "technology_skills.txt.gz", "rt") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            product = norm(re.sub(r"\s+software$", "", row["Example"].strip()))
            if _readable(product, english):
                out[norm(row["Commodity Title"])].add(product)
    return {skill: sorted(forms) for skill, forms in sorted(out.items()) if 0 < len(forms) <= MAX_COVERING_FORMS}


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
        # Keys: the skills above (what a requisition's skill is canonicalised to) and O*NET's categories.
        "covered_by": covered_by(onet, esco, english, skills),
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
