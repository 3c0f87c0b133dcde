"""Round 4 of the redaction evaluation: everyday contexts, noun-word surnames, harder negatives, job-ad prose.

What the first rounds did not cover (issue 10, outside findings of session 3), written here from scratch:

- **everyday contexts** no cue list was written for: an ALL-CAPS sentence, a table row "Surname | Given | ...",
  "Feedback from <given>:", a surname then the given name in lower case, a signature under a sign-off, a
  greeting, two names joined by "and", a lower-case repeat of a name written in full before;
- **names whose words are also ordinary words**: surnames made of English nouns (Lakota, Navajo, Cheyenne
  and Ojibwe naming customs, "Spotted Eagle", "Two Bulls"), and Catalan and Maori names whose short given
  names or surnames are words in English or another language. Written by hand from general knowledge of
  the naming customs; none is on the redactor's lists (``eval.redaction_lists`` never reads this module);
- **negatives that look like names**: firms named after a founder and written like a full name, one-word
  universities, brands, software named after a person or character, two-word places whose first word is
  a given name, and capitalised or ALL-CAPS ordinary words. Each in a sentence where a reader can tell;
- **job-ad prose** (Glassdoor 2020 and LinkedIn India postings in ../shared/data, neither reserved; the
  rows the dev set uses are skipped): ``[PERSON]`` placed per 1,000 words, nearly all of them false.

``python -m eval.redaction`` reports these next to the main tables; ``python -m eval.redaction_everyday -v``
prints every miss and every false redaction.
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

Batch = Callable[[Sequence[str]], list[str]]

# (given names, family names) per group; family names may have several words.
GROUPS: dict[str, tuple[list[str], list[str]]] = {
    "noun-word surnames (Lakota, Navajo, Cheyenne, Ojibwe)": (
        "Wanbli Tokala Kimimila Nizhoni Ahiga Kiona Nodin Migisi Onawa Takoda Hania Tayanita".split(),
        [
            "Spotted Eagle",
            "Two Bulls",
            "Yellow Horse",
            "Standing Bear",
            "Little Thunder",
            "Bear Runner",
            "Red Owl",
            "High Hawk",
            "Good Voice",
            "Many Horses",
            "Brave Heart",
            "Fast Horse",
        ],
    ),
    "one-word compound surnames (Native American)": (
        "Aponi Chenoa Dyani Elsu Halona Istas Kanti Lenmana Mato Nayeli Sahkyo Wapi".split(),
        "Silverhorn Blackwater Stonechild Redhawk Grayeyes Eaglefeather Runningwater Bearheart Littlesky "
        "Whitecloud Tallbird Swiftwind".split(),
    ),
    "Catalan": (
        "Pau Roc Nil Biel Arnau Pol Laia Aina Queralt Mireia Berta Montse".split(),
        "Puig Vila Roca Serra Font Pons Mas Riera Coll Prat Camps Valls".split(),
    ),
    "Maori": (
        "Hemi Mere Tama Rangi Ngaio Kiri Tui Manaia Hine Rawiri Anahera Tamati".split(),
        "Ngata Parata Tipene Hohaia Pomare Ruatapu Kereama Horomona Paewai Tawhiri Rewiti Tuhiwai".split(),
    ),
    "Vietnamese (two-word given names)": (
        ["Văn Toàn", "Thị Hoa", "Minh Khang", "Thu Trang", "Quốc Bảo", "Ngọc Anh"],
        "Nguyễn Trần Lê Phạm Hoàng Vũ".split(),
    ),
}
FAMILY_FIRST = {"Vietnamese (two-word given names)"}

# The name fields: {G}/{F} as written, {g}/{f} lower case, {GU}/{FU} upper case, {full} and {FULL}.
CONTEXTS: dict[str, str] = {
    "caps_sentence": "UPDATE: {FULL} ACCEPTED THE VERBAL OFFER AND STARTS IN MAY.",
    "table_row": "{F} | {G} | Backend Engineer | Panel | Strong yes",
    "feedback_from": "Feedback from {G}: solid system design, shaky on window functions.",
    "lower_surname_then_given": "talked to {f} this morning; {g} wants a remote role.",
    "signature": "Thanks again for your time.\nRegards,\n{full}\nTalent Partner",
    "greeting": "Hello {G},\nThe panel enjoyed meeting you on Tuesday.",
    "and_known": "{G} and Priya both asked about the on-call rotation.",
    "lower_repeat": "Screened {full} today. Later {g} {f} asked about relocation.",
    "surname_alone": "Reference check finished; {F} vouched for the dates and the scope.",
    "full_then_surname": "Phone screen with {full}. {F} would suit the platform team.",
    "start": "{full} has six years of backend work behind them.",
}

# (kind, template, phrases): ordinary things that look like names, in a sentence that says what they are.
NEGATIVES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "firm named like a person",
        "Worked at {X} for three years; {X} promoted the team twice.",
        (
            "Estee Lauder",
            "Tommy Hilfiger",
            "Calvin Klein",
            "Kenneth Cole",
            "Marc Jacobs",
            "Hugo Boss",
            "Paul Hastings",
            "Baker McKenzie",
            "Morgan Lewis",
            "Moss Adams",
            "Michael Page",
            "Kelly Services",
            "Franklin Templeton",
            "Raymond James",
            "Thermo Fisher",
            "Becton Dickinson",
            "Bristol Myers Squibb",
            "Merrill Lynch",
            "Cantor Fitzgerald",
            "Jones Lang LaSalle",
            "Marsh McLennan",
            "Arthur Andersen",
            "John Deere",
            "Henry Schein",
            "Jack Henry",
            "Harris Teeter",
            "Allen Edmonds",
            "Walt Disney",
        ),
    ),
    (
        "one-word university",
        "Graduated from {X} in 2015; at {X} they ran the robotics club.",
        (
            "Bucknell",
            "Colgate",
            "Brandeis",
            "Swarthmore",
            "Oberlin",
            "Wellesley",
            "Amherst",
            "Bowdoin",
            "Haverford",
            "Pomona",
            "Rutgers",
            "Stetson",
            "Gallaudet",
            "Fisk",
            "Tougaloo",
            "Kenyon",
            "Furman",
            "Rollins",
            "Wofford",
            "Creighton",
        ),
    ),
    (
        "brand",
        "Ran the digital campaign for {X}; sales at {X} doubled online.",
        (
            "Gucci",
            "Prada",
            "Versace",
            "Lamborghini",
            "Maserati",
            "Bugatti",
            "Cartier",
            "Armani",
            "Givenchy",
            "Balenciaga",
            "Peugeot",
            "Renault",
            "Heineken",
            "Hershey",
            "Heinz",
            "Gillette",
        ),
    ),
    (
        "software named like a person",
        "Built the nightly pipelines with {X}; moved the old jobs to {X} as well.",
        (
            "Dagster",
            "Celery",
            "Sidekiq",
            "Hugo",
            "Jekyll",
            "Sphinx",
            "Pelican",
            "Bazel",
            "Druid",
            "Pinot",
            "Zeppelin",
            "Metabase",
            "Redash",
            "Jaeger",
            "Zipkin",
            "Envoy",
            "Consul",
            "Nomad",
            "Pulumi",
            "Tekton",
        ),
    ),
    (
        "two-word place",
        "Based in {X} since 2019; moved to {X} for the job.",
        (
            "Palm Springs",
            "Sugar Land",
            "Round Rock",
            "Cedar Rapids",
            "Fort Collins",
            "Glen Allen",
            "Boca Raton",
            "Coral Gables",
            "Walnut Creek",
            "Mission Viejo",
            "Overland Park",
            "Morgan Hill",
            "Warner Robins",
            "Mount Vernon",
            "Elizabeth City",
            "Carson City",
            "Marion County",
            "Maputo, Mozambique",
            "Kigali, Rwanda",
            "Chiang Mai",
        ),
    ),
    (
        "capitalised ordinary words",
        "{X}",
        (
            "ONSITE MOVED TO THURSDAY. PHD PREFERRED FOR THE EASTERN REGION.",
            "Hands-on experience with Airflow. You will own the roadmap.",
            "Western Europe and Southeast Asia accounts; Monday-Friday schedule.",
            "Statistics: ANOVA, ELISA assays, Western blot, Sanger sequencing.",
            "Why We Love Working Here: Flexible Hours And Great Benefits",
            "Nice To Have: Experience With Spark Or Flink",
            "About The Team\nWe build search for millions of shoppers.",
            "SENIOR DATA ENGINEER - REMOTE - FULL TIME",
        ),
    ),
)


def _values(group: str, given: str, family: str) -> dict[str, str]:
    full = f"{family} {given}" if group in FAMILY_FIRST else f"{given} {family}"
    return {
        "G": given,
        "F": family,
        "g": given.lower(),
        "f": family.lower(),
        "full": full,
        "FULL": full.upper(),
    }


def cases() -> list[tuple[str, str, str, list[str]]]:
    """(group, context, text, name words that must be gone)."""
    out = []
    for group, (given, family) in GROUPS.items():
        for index, first in enumerate(given):
            last = family[index % len(family)]
            values = _values(group, first, last)
            words = {w.lower() for w in re.findall(r"[^\W\d_]+", f"{first} {last}")}
            for context, template in CONTEXTS.items():
                text = template.format(**values)
                static = {w.lower() for w in re.findall(r"[^\W\d_]+", re.sub(r"\{\w+\}", " ", template))}
                found = [w for w in re.findall(r"[^\W\d_]+", text) if w.lower() in words - static]
                out.append((group, context, text, found))
    return out


def negative_cases() -> list[tuple[str, str, tuple[str, ...]]]:
    """(kind, text, words that must survive)."""
    out = []
    for kind, template, phrases in NEGATIVES:
        for phrase in phrases:
            words = () if template == "{X}" else tuple(re.findall(r"[^\W\d_]+", phrase))
            out.append((kind, template.format(X=phrase), words))
    return out


def _gone(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is None


def recall(redact: Batch) -> tuple[dict[str, list[int]], dict[str, list[int]], list[str]]:
    """[removed, total] name words by group and by context, and the misses."""
    items = cases()
    outputs = redact([c[2] for c in items])
    by_group: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_context: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for (group, context, text, words), output in zip(items, outputs, strict=True):
        for word in words:
            gone = _gone(word, output)
            for tally in (by_group[group], by_context[context]):
                tally[0] += gone
                tally[1] += 1
            if not gone:
                misses.append(f"{text!r} -> {output!r}")
    return dict(by_group), dict(by_context), misses


def false_redactions(redact: Batch) -> tuple[dict[str, list[int]], list[str]]:
    """[falsely redacted, total] negatives by kind: a word lost, or any ``[PERSON]`` placed."""
    items = negative_cases()
    outputs = redact([text for _, text, _ in items])
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    bad = []
    for (kind, text, words), output in zip(items, outputs, strict=True):
        lost = "[PERSON]" in output or any(output.count(w) < text.count(w) for w in words)
        by_kind[kind][0] += lost
        by_kind[kind][1] += 1
        if lost:
            bad.append(f"{text!r} -> {output!r}")
    return dict(by_kind), bad


def job_ads(shared: Path, count: int = 200) -> dict[str, list[str]]:
    """Deduplicated job-ad texts per source, the last ``count`` of each (the dev set reads early rows)."""
    csv.field_size_limit(1 << 27)
    sources = {
        "Glassdoor 2020": (shared / "glassdoor_ds_jobs_2020" / "glassdoor_jobs.csv.gz", "Job Description"),
        "LinkedIn India": (shared / "linkedin_jobs_india" / "LinkedIn_Jobs_Data_India.csv.gz", "description"),
    }
    out = {}
    for name, (path, column) in sources.items():
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            texts = list(dict.fromkeys(row[column] for row in csv.DictReader(handle) if row[column].strip()))
        out[name] = texts[-count:]
    return out


def prose_rate(redact: Batch, texts: Sequence[str]) -> tuple[int, int]:
    """([PERSON] placed, words) over ``texts``."""
    outputs = redact(list(texts))
    return sum(o.count("[PERSON]") for o in outputs), sum(len(t.split()) for t in texts)


def rate(tally: Sequence[int]) -> float:
    return tally[0] / tally[1] if tally[1] else float("nan")


def main(argv: Sequence[str] | None = None) -> int:
    from memory.redact import Redactor

    args = sys.argv[1:] if argv is None else list(argv)
    redactor = Redactor()

    def batch(texts: Sequence[str]) -> list[str]:
        return redactor.redact_many(list(texts), [None] * len(texts))

    by_group, by_context, misses = recall(batch)
    total = [sum(t[0] for t in by_group.values()), sum(t[1] for t in by_group.values())]
    print(f"recall {rate(total):.3f} ({total[0]}/{total[1]})")
    for key, tally in sorted({**by_group, **by_context}.items(), key=lambda kv: rate(kv[1])):
        print(f"  {key:55} {rate(tally):.3f}")
    by_kind, bad = false_redactions(batch)
    wrong = [sum(t[0] for t in by_kind.values()), sum(t[1] for t in by_kind.values())]
    print(f"false redactions {wrong[0]}/{wrong[1]} ({rate(wrong):.1%})")
    for kind, tally in by_kind.items():
        print(f"  {kind:55} {tally[0]}/{tally[1]}")
    from eval.run import default_shared

    shared = default_shared()
    if shared is not None:
        for source, texts in job_ads(shared).items():
            placed, words = prose_rate(batch, texts)
            print(f"{source}: {placed} [PERSON] in {words} words ({1000 * placed / words:.2f} per 1,000)")
    if "-v" in args:
        print("\n".join(["-- misses", *misses, "-- false redactions", *bad]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
