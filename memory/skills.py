"""Skill normalisation: "JS" and "javascript" are one skill, so are "k8s" and "Kubernetes".

A curated alias table maps spellings to a canonical name; anything not in it is compared by its
normalised spelling. When a candidate record lists no skills, they are read off the profile and note
text by looking for every known alias as a whole word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache

from memory.results import SkillCoverage

# canonical name -> spellings seen in resumes and job ads (lowercase; the canonical name is implied)
ALIASES: Mapping[str, tuple[str, ...]] = {
    "javascript": ("js", "java script", "ecmascript", "es6"),
    "typescript": ("ts",),
    "kubernetes": ("k8s", "kube"),
    "python": ("python3", "py"),
    "golang": ("go", "go lang"),
    "c++": ("cpp", "c plus plus"),
    "c#": ("c sharp", "csharp"),
    ".net": ("dotnet", "dot net", "asp.net", "asp .net"),
    "node.js": ("nodejs", "node"),
    "react": ("reactjs", "react.js"),
    "angular": ("angularjs", "angular.js"),
    "vue": ("vuejs", "vue.js"),
    "postgresql": ("postgres", "psql"),
    "mysql": ("my sql",),
    "sql server": ("mssql", "ms sql", "sqlserver"),
    "sql": ("structured query language",),
    "mongodb": ("mongo",),
    "amazon web services": ("aws",),
    "google cloud": ("gcp", "google cloud platform"),
    "microsoft azure": ("azure",),
    "machine learning": ("ml",),
    "deep learning": ("dl",),
    "natural language processing": ("nlp",),
    "computer vision": ("cv", "opencv"),
    "artificial intelligence": ("ai",),
    "continuous integration": ("ci", "ci/cd", "cicd"),
    "docker": ("containers", "containerization"),
    "terraform": ("tf",),
    "hadoop": ("hdfs", "mapreduce"),
    "spark": ("apache spark", "pyspark"),
    "tableau": (),
    "power bi": ("powerbi",),
    "excel": ("ms excel", "microsoft excel"),
    "scikit-learn": ("sklearn", "scikit learn"),
    "tensorflow": ("tf2",),
    "pytorch": ("torch",),
    "selenium": ("selenium webdriver",),
    "manual testing": (),
    "automation testing": ("test automation", "automated testing"),
    "sap": ("sap erp",),
    "sap abap": ("abap",),
    "etl": ("extract transform load",),
    "informatica": (),
    "blockchain": ("distributed ledger",),
    "solidity": (),
    "ethereum": (),
    "linux": ("unix",),
    "networking": ("network administration",),
    "cybersecurity": ("cyber security", "information security", "infosec", "network security"),
    "autocad": ("auto cad",),
    "project management": ("pmp",),
    "agile": ("scrum", "kanban"),
    "business analysis": ("requirements gathering",),
    "recruiting": ("recruitment", "talent acquisition", "sourcing"),
    "sales": ("business development",),
    "negotiation": (),
    "communication": ("communication skills",),
    "figma": (),
    "photoshop": ("adobe photoshop",),
    "html": ("html5",),
    "css": ("css3",),
    "java": ("core java", "j2ee", "java ee"),
    "spring": ("spring boot", "springboot"),
    "rest api": ("rest", "restful", "rest apis"),
    "git": ("github", "gitlab"),
    "jenkins": (),
    "ansible": (),
    "kafka": ("apache kafka",),
    "nursing": ("registered nurse", "rn"),
    "patient care": (),
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


@cache
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for canonical, spellings in ALIASES.items():
        index[canonical] = canonical
        for spelling in spellings:
            index[spelling] = canonical
    return index


def canonical(skill: str) -> str:
    """The canonical name of a skill.

    >>> canonical("K8s"), canonical("JS"), canonical("Rust")
    ('kubernetes', 'javascript', 'rust')
    """
    key = _norm(skill)
    return _alias_index().get(key, key)


def _pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w+#.])" + re.escape(term) + r"(?![\w+#])", re.IGNORECASE)


@cache
def _compiled(term: str) -> re.Pattern[str]:
    return _pattern(term)


def _short_ambiguous(term: str) -> bool:
    """Two-letter aliases ("go", "ts", "ai", "cv") are too ambiguous to read off free text."""
    return len(term) <= 2


def extract(text: str) -> set[str]:
    """Canonical skills named in free text, read only through the alias table.

    >>> sorted(extract("Built k8s operators in Python; some JS."))
    ['javascript', 'kubernetes', 'python']
    """
    found: set[str] = set()
    for term, name in _alias_index().items():
        if _short_ambiguous(term) and term not in ("js",):
            continue
        if _compiled(term).search(text):
            found.add(name)
    return found


def candidate_skills(listed: Iterable[str], text: str) -> set[str]:
    """Listed skills, normalised; when none are listed, the ones the text names."""
    names = {canonical(s) for s in listed if s.strip()}
    return names or extract(text)


def coverage(
    wanted: Iterable[str], have: set[str], text: str = "", near: Mapping[str, set[str]] | None = None
) -> SkillCoverage:
    """Which requested skills a candidate has: listed, named verbatim in their text, or a near neighbour.

    ``near`` maps a requested skill's canonical name to skills the embedding model finds equivalent
    (see ``neighbours``), for spellings the alias table does not know.
    """
    matched: list[str] = []
    missing: list[str] = []
    for skill in wanted:
        name = canonical(skill)
        hit = name in have or bool(have & (near or {}).get(name, set()))
        hit = hit or bool(text and _compiled(_norm(skill)).search(text) is not None)
        (matched if hit else missing).append(skill)
    return SkillCoverage(matched=matched, missing=missing)


NEAR_THRESHOLD = 0.8


def neighbours(
    wanted: Iterable[str], have: Iterable[str], embed: Callable[[Sequence[str]], Mapping[str, Sequence[float]]]
) -> dict[str, set[str]]:
    """For each requested skill, the candidate-side skills whose embeddings are within cosine 0.8.

    >>> fake = {"react native": [1.0, 0.0], "react-native": [0.99, 0.14], "golang": [0.0, 1.0]}
    >>> neighbours(["React Native"], ["react-native", "golang"], lambda xs: {x: fake[x] for x in xs})
    {'react native': {'react-native'}}
    """
    asked = sorted({canonical(s) for s in wanted})
    pool = sorted(set(have) - set(asked))
    if not asked or not pool:
        return {}
    vectors = embed([*asked, *pool])
    out: dict[str, set[str]] = {}
    for name in asked:
        a = vectors[name]
        close = {
            other
            for other in pool
            if sum(x * y for x, y in zip(a, vectors[other], strict=True))
            >= NEAR_THRESHOLD * (sum(x * x for x in a) * sum(y * y for y in vectors[other])) ** 0.5
        }
        if close:
            out[name] = close
    return out
