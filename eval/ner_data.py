"""Generated training data for the person tagger (:mod:`memory.redact_ner`), deterministic and seeded.

``python -m eval.ner_data`` writes ``/tmp/NER/data/{train,dev}.jsonl`` (never into the repository): one
``{"text": ..., "spans": [[start, end, label], ...]}`` a line.

Sentences are composed (opener × clause × continuation) from many frames of recruiting text: interview notes,
chat and e-mail, resume headers and signatures, reference checks, scheduling, feedback, "Last, First" records,
lists of people, lower-case chatty notes and ALL-CAPS lines, so that names stand in many places and are
worded many ways. The slots take names of many origins (:mod:`eval.ner_names`) in Title, lower and UPPER case,
possessive and hyphenated, and in the same slots places, firms and schools named after people, products and
AI assistants, eponyms, holidays, awards and headings. Some slots hold ``[PERSON]``, as the tagger reads text
whose names the rules already replaced. Frames and name words are split: the dev set uses frames and names
that training never sees.

Rehearsal against forgetting: sentences from non-reserved real text (resumes, Glassdoor ads outside the rows
the evaluations read, O*NET task statements) labelled by the stock model, and the same where the stock model
found a listed name, with the name swapped for one of another origin.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eval.ner_frames import CONTINUATIONS, CORES, OPENERS, RECORDS
from eval.ner_names import (
    AWARD_FORMS,
    AWARDS,
    EMPLOYER_HEADS,
    EPONYM_FORMS,
    EPONYMS,
    HEADINGS,
    HOLIDAYS,
    PLACES,
    PRODUCTS,
    SCHOOL_FORMS,
    SHARED,
    Pool,
    common_words,
    items,
    pools,
    split_of,
    tech_words,
    unseen,
)

OUT = Path("/tmp/NER/data")
Span = tuple[int, int, str]
TITLES = ("Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "Mx.", "Dr", "Ms")
PLACEHOLDERS = ("[PERSON]", "[CANDIDATE]")
# What the redactor writes for contact details, dates and ages before the tagger reads a window.
OTHER_PLACEHOLDERS = ("[CONTACT]", "[DATE]", "[AGE]")
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass
class Piece:
    text: str
    label: str  # "" for frame text, "PERSON", "GPE", "ORG", "PRODUCT", "EVENT", "O" (a slot that is no entity)
    fixed: bool = False  # placeholders keep their case


class Names:
    """Draws names and non-names for one split."""

    def __init__(self, split: str, rng: random.Random) -> None:
        self.rng = rng
        self.pools: dict[str, Pool] = pools(split)
        from memory.redact_lexicon import lexicon

        lex = lexicon()
        # Ordinary words that are no listed name, split like the names so the dev set has its own.
        self.words = sorted(
            w
            for w in common_words()
            if w.isalpha() and len(w) > 3 and w not in lex.given and w not in lex.family and split_of(w) == split
        )
        self.origins = sorted(self.pools)
        surnames = [f for p in self.pools.values() for f in p.family]
        given = [g for p in self.pools.values() for g in p.given]
        self.surnames, self.given = surnames, given
        places = unseen(items(PLACES))
        self.places = places
        # O*NET products that are ordinary words ("Work", "Atlas") would teach nothing about names.
        common = common_words()
        self.products = unseen(items(PRODUCTS)) + [w for w in tech_words() if w.lower() not in common]
        self.negatives: dict[str, list[str]] = {
            "eponym": unseen(items(EPONYMS)),
            "holiday": unseen(items(HOLIDAYS)),
            "award": unseen(items(AWARDS)),
        }

    def origin(self) -> Pool:
        # Word-like names often: they are what the lists cannot decide.
        if self.rng.random() < 0.25 and "word-like" in self.pools:
            return self.pools["word-like"]
        return self.pools[self.rng.choice(self.origins)]

    def person(self, style: str = "") -> list[Piece]:
        """A person mention: full name, given or family name alone, titled, initialled or hyphenated."""
        pool = self.origin()
        given, family = self.rng.choice(pool.given), self.rng.choice(pool.family)
        r = self.rng.random()
        if self.rng.random() < 0.08:
            family = f"{family}-{self.rng.choice(self.origin().family)}"
        if self.rng.random() < 0.03:
            given = f"{given}-{self.rng.choice(self.origin().given)}"
        style = style or self.rng.choice(["full"] * 5 + ["given"] * 4 + ["family"] * 3 + ["title", "initial"])
        if style == "given" or (style == "full" and r < 0.05):
            return [Piece(given, "PERSON")]
        if style == "family":
            return [Piece(family, "PERSON")]
        if style == "title":
            return [Piece(self.rng.choice(TITLES) + " ", ""), Piece(family, "PERSON")]
        if style == "initial":
            return [Piece(f"{given[0]}. {family}" if r < 0.5 else f"{given} {family[0]}.", "PERSON")]
        if style == "lastfirst":
            return [Piece(f"{family}, {given}", "PERSON")]
        if r < 0.1:
            middle = self.rng.choice(self.origin().given)
            return [Piece(f"{given} {middle} {family}", "PERSON")]
        return [Piece(f"{given} {family}", "PERSON")]

    def other(self, kind: str = "") -> list[Piece]:
        """Something that is no person, in a person's slot or its own."""
        kind = kind or self.rng.choice(
            ["place"] * 3 + ["firm"] * 3 + ["school"] * 2 + ["product"] * 3 + ["eponym"] * 2 + ["holiday", "award"]
        )
        surname = self.rng.choice(self.surnames)
        if kind == "place":
            return [Piece(self.rng.choice(self.places), "GPE")]
        if kind == "firm":
            return [Piece(f"{surname} {self.rng.choice(items(EMPLOYER_HEADS))}", "ORG")]
        if kind == "school":
            form = self.rng.choice(items(SCHOOL_FORMS))
            text = form.format(S=surname, PL=self.rng.choice(self.places), G=self.rng.choice(self.given))
            return [Piece(text, "ORG")]
        if kind == "product":
            return [Piece(self.rng.choice(self.products), "PRODUCT")]
        if kind == "eponym":
            if self.rng.random() < 0.5 and self.negatives["eponym"]:
                return [Piece(self.rng.choice(self.negatives["eponym"]), "O")]
            return [Piece(self.rng.choice(items(EPONYM_FORMS)).format(S=surname), "O")]
        if kind == "holiday":
            return [Piece(self.rng.choice(self.negatives["holiday"]), "EVENT")]
        if self.rng.random() < 0.4 and self.negatives["award"]:
            return [Piece(self.rng.choice(self.negatives["award"]), "O")]
        form = self.rng.choice(items(AWARD_FORMS))
        return [Piece(form.format(S=surname, G=self.rng.choice(self.given)), "O")]


def _split_of(index: int) -> str:
    return "dev" if index % 6 == 5 else "train"


def _chosen(frames: Sequence[str], split: str) -> list[str]:
    return [f for i, f in enumerate(frames) if _split_of(i) == split]


def _fill(frame: str, names: Names) -> list[Piece]:
    pieces: list[Piece] = []
    at = 0
    for match in _SLOT.finditer(frame):
        if match.start() > at:
            pieces.append(Piece(frame[at : match.start()], ""))
        pieces += _slot(match.group(1), names)
        at = match.end()
    if at < len(frame):
        pieces.append(Piece(frame[at:], ""))
    return pieces


def _slot(slot: str, names: Names) -> list[Piece]:
    rng = names.rng
    if slot == "P":  # a person, sometimes a name the rules already replaced, sometimes a look-alike
        r = rng.random()
        if r < 0.12:
            return [Piece(rng.choice(PLACEHOLDERS), "O", fixed=True)]
        return names.person()
    if slot == "A":  # a person's slot that a firm, product or school also fits
        return names.person() if rng.random() < 0.6 else names.other(rng.choice(["firm", "product", "school"]))
    if slot in ("G", "S"):
        return names.person("given" if slot == "G" else "family")
    if slot in ("g", "s"):  # chatty notes in lower case
        return [Piece(p.text.lower(), p.label) for p in names.person("given" if slot == "g" else "family")]
    if slot == "LF":
        return names.person("lastfirst")
    if slot == "T":
        return names.person("title")
    if slot == "PH":
        return [Piece(rng.choice(PLACEHOLDERS), "O", fixed=True)]
    if slot in ("C", "D"):  # "[CONTACT]" for an e-mail, phone or address; "[DATE]"/"[AGE]"
        return [Piece("[CONTACT]" if slot == "C" else rng.choice(OTHER_PLACEHOLDERS[1:]), "O", fixed=True)]
    kinds = {"PL": "place", "ORG": "firm", "SCH": "school", "PROD": "product", "EPO": "eponym", "HOL": "holiday"}
    if slot in kinds:
        return names.other(kinds[slot])
    if slot == "AWD":
        return names.other("award")
    if slot == "X":
        return names.other()
    if slot == "O1":  # a one-word school or firm named after a person: "studied at Okonjo"
        return [Piece(rng.choice(names.surnames), "ORG")]
    if slot == "W":  # a capitalised ordinary word that no name list holds
        return [Piece(rng.choice(names.words).capitalize(), "O")]
    if slot == "HEAD":
        return [Piece(rng.choice(items(HEADINGS)), "O")]
    raise ValueError(f"unknown slot {slot!r}")


def sentence(names: Names, split: str) -> tuple[str, list[Span]]:
    """One composed sentence and its labelled spans."""
    rng = names.rng
    if rng.random() < 0.15:
        pieces = _fill(rng.choice(_chosen(RECORDS, split)), names)
    else:
        pieces = []
        if rng.random() < 0.45:
            pieces += _fill(rng.choice(_chosen(OPENERS, split)), names)
        core = _fill(rng.choice(_chosen(CORES, split)), names)
        if pieces and not pieces[-1].text.endswith((". ", "! ", "\n")) and not core[0].label:
            core[0].text = core[0].text[:1].lower() + core[0].text[1:]  # "Per the debrief, the panel ..."
        pieces += core
        if rng.random() < 0.45:
            pieces += _fill(rng.choice(_chosen(CONTINUATIONS, split)), names)
    return _render(pieces, rng)


def _render(pieces: list[Piece], rng: random.Random) -> tuple[str, list[Span]]:
    mode = rng.choices(["as is", "lower names", "lower", "upper", "upper names"], [70, 9, 10, 7, 4])[0]
    text = ""
    spans: list[Span] = []
    for piece in pieces:
        value = piece.text
        if not piece.fixed:
            if mode == "lower" or (mode == "lower names" and piece.label == "PERSON"):
                value = value.lower()
            elif mode == "upper" or (mode == "upper names" and piece.label == "PERSON"):
                value = value.upper()
        if piece.label and piece.label != "O":
            spans.append((len(text), len(text) + len(value), piece.label))
        elif piece.label == "O":
            spans.append((len(text), len(text) + len(value), "O"))
        text += value
    return text, spans


def generate(count: int, split: str, seed: int) -> list[tuple[str, list[Span]]]:
    """``count`` composed sentences of ``split`` (``train``/``dev``), the same for the same seed."""
    rng = random.Random(seed)
    names = Names(split, rng)
    return [sentence(names, split) for _ in range(count)]


# ---- rehearsal ---------------------------------------------------------------------------------------------
def real_sentences(count: int, seed: int) -> list[str]:
    """Short pieces of non-reserved real text: resumes, Glassdoor ads (not the rows the evaluations and the
    dev set read: the first 1,000 and the last 200 are skipped), O*NET task statements."""
    rng = random.Random(seed)
    texts: list[str] = []
    with (SHARED / "updated_resume_dataset" / "resumes_dedup.jsonl").open() as handle:
        for line in handle:
            row = json.loads(line)
            texts.append(str(row.get("Resume") or row.get("resume") or row.get("text") or ""))
    csv.field_size_limit(1 << 27)
    with gzip.open(SHARED / "glassdoor_ds_jobs_2020" / "glassdoor_jobs.csv.gz", "rt", encoding="utf-8") as handle:
        ads = list(dict.fromkeys(r["Job Description"] for r in csv.DictReader(handle) if r["Job Description"]))
    texts += ads[1000:-200]
    with gzip.open(SHARED / "onet_29_2" / "task_statements.txt.gz", "rt") as handle:
        texts += [r["Task"] for r in csv.DictReader(handle, delimiter="\t")][::7]
    pieces: list[str] = []
    for text in texts:
        for part in re.split(r"(?<=[.!?])\s+|\n+|\s[•|]\s", text):
            part = " ".join(part.split())
            if 25 <= len(part) <= 220:
                pieces.append(part)
    pieces = sorted(set(pieces))
    rng.shuffle(pieces)
    return pieces[:count]


def rehearsal(nlp: object, count: int, seed: int) -> list[tuple[str, list[Span]]]:
    """Real sentences with the stock model's entities; where it found a listed name, also the sentence with
    that name swapped for a generated one of another origin."""
    from memory.redact_lexicon import lexicon

    lex = lexicon()
    rng = random.Random(seed)
    names = Names("train", rng)
    out: list[tuple[str, list[Span]]] = []
    texts = real_sentences(count, seed)
    for doc in nlp.pipe(texts, batch_size=256):  # type: ignore[attr-defined]
        spans: list[Span] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        persons = [e for e in doc.ents if e.label_ == "PERSON"]
        listed = [e for e in persons if all(t.lower_ in lex.given or t.lower_ in lex.family for t in e if t.is_alpha)]
        # A PERSON the stock model found on a word no list knows may be a product ("Tableau"): no label there.
        spans = [s for s in spans if s[2] != "PERSON" or any(s[0] == e.start_char for e in listed)]
        if rng.random() < 0.15:  # lower-case ordinary text is no name either ("lives at ...")
            out.append((doc.text.lower(), spans))
        else:
            out.append((doc.text, spans))
        if listed:
            out.append(_swap(doc.text, spans, listed[0].start_char, listed[0].end_char, names))
    return out


def _swap(text: str, spans: list[Span], start: int, end: int, names: Names) -> tuple[str, list[Span]]:
    new = "".join(p.text for p in names.person("full" if " " in text[start:end] else "given"))
    shift = len(new) - (end - start)
    out: list[Span] = []
    for a, b, label in spans:
        if (a, b) == (start, end):
            out.append((a, a + len(new), "PERSON"))
        elif b <= start:
            out.append((a, b, label))
        elif a >= end:
            out.append((a + shift, b + shift, label))
    return text[:start] + new + text[end:], out


def silver(nlp: object, examples: list[tuple[str, list[Span]]]) -> list[tuple[str, list[Span]]]:
    """The stock model's non-person entities added where no slot is (dates, numbers, organisations in the
    frame text), so training on the slots does not teach it to forget them."""
    out = []
    texts = [t for t, _ in examples]
    for (text, spans), doc in zip(examples, nlp.pipe(texts, batch_size=256), strict=True):  # type: ignore[attr-defined]
        extra = [
            (e.start_char, e.end_char, e.label_)
            for e in doc.ents
            if e.label_ != "PERSON"
            and "[" not in e.text
            and not any(a < e.end_char and e.start_char < b for a, b, _ in spans)
        ]
        out.append((text, sorted(spans + extra)))
    return out


def write(path: Path, examples: Sequence[tuple[str, list[Span]]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        for text, spans in examples:
            handle.write(json.dumps({"text": text, "spans": [list(s) for s in spans]}, ensure_ascii=False) + "\n")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from memory.redact_ner import stock_pipeline

    parser = argparse.ArgumentParser(prog="python -m eval.ner_data", description=__doc__.split("\n")[0])
    parser.add_argument("--train", type=int, default=36000, help="generated training sentences")
    parser.add_argument("--dev", type=int, default=3000, help="generated dev sentences")
    parser.add_argument("--rehearsal", type=int, default=8000, help="real sentences labelled by the stock model")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    nlp = stock_pipeline()
    train = silver(nlp, generate(args.train, "train", args.seed))
    train += rehearsal(nlp, args.rehearsal, args.seed + 1)
    random.Random(args.seed).shuffle(train)
    dev = silver(nlp, generate(args.dev, "dev", args.seed + 2))
    for name, rows in (("train", train), ("dev", dev)):
        write(args.out / f"{name}.jsonl", rows)
        print(f"{name}: {len(rows)} sentences, sha256 {digest(args.out / f'{name}.jsonl')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
