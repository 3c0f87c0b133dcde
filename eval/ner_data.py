"""Generated training data for the person tagger (:mod:`memory.redact_ner`), deterministic and seeded.

``python -m eval.ner_data`` writes ``/tmp/NER/data/{train,dev}.jsonl`` (never into the repository): one
``{"text": ..., "spans": [[start, end, label], ...]}`` a line.

Sentences are composed (opener × clause × continuation) from many frames of recruiting text (``S15_SHARE`` from
:mod:`eval.ner_frames_s15`: OUTSIDE13's classes — names in Spanish/German/French notes, family-first East Asian,
English-word and mononym names, and holidays, languages, interjections, calendar-line places, hospitals and firms
as look-alikes; ``N1_SHARE`` from
:mod:`eval.ner_frames_n1`: a lone name with no cue, the class every blind check found most, each frame also filled
with look-alikes; ``WEAK_SHARE`` and ``LOOKALIKE_SHARE`` from :mod:`eval.ner_frames_weak`: the places session 9's
blind check found names kept, and look-alikes in those places, with gazetteers from :mod:`eval.ner_lookalikes`):
interview notes, chat and e-mail, resume headers and signatures, reference checks, scheduling, feedback, "Last,
First" records, lists of people, lower-case chatty notes and ALL-CAPS lines, so that names stand in many places and
are worded many ways. The slots take names of many origins (:mod:`eval.ner_names`; since session 15 also
syllable-built East Asian ones, :mod:`eval.ner_origins_east`, ``EAST_RATE`` of the draws) in Title, lower and
UPPER case, possessive and hyphenated, and in the same slots places, firms and schools named after people,
products and AI assistants, eponyms, holidays, awards and headings. Some slots hold ``[PERSON]``, as the tagger
reads text whose names the rules already replaced. Frames and name words are split: the dev set uses frames and
names that training never sees.

Rehearsal against forgetting (:mod:`eval.ner_rehearsal`): sentences from non-reserved real text (resumes,
Glassdoor ads outside the rows the evaluations read, O*NET task statements) labelled by the stock model, and the
same where the stock model found a listed name, with the name swapped for one of another origin.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eval import ner_lookalikes as looks
from eval.ner_frames import CONTINUATIONS, CORES, OPENERS, RECORDS
from eval.ner_frames_n1 import LOOKALIKE_RATE, N1, frame_with_lookalikes
from eval.ner_frames_s15 import S15
from eval.ner_frames_s15 import frame_with_lookalikes as s15_lookalikes
from eval.ner_frames_weak import LOOKALIKE, WEAK
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
    Pool,
    common_words,
    items,
    pools,
    split_of,
    tech_words,
    unseen,
)
from eval.ner_origins import EXTRA_ORIGINS, PARTICLES
from eval.ner_origins_east import EAST_ORIGINS

OUT = Path("/tmp/NER/data")
Span = tuple[int, int, str]
TITLES = ("Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "Mx.", "Dr", "Ms")
PLACEHOLDERS = ("[PERSON]", "[CANDIDATE]")
# What the redactor writes for contact details, dates and ages before the tagger reads a window.
OTHER_PLACEHOLDERS = ("[CONTACT]", "[DATE]", "[AGE]")
_SLOT = re.compile(r"\{(\w+)\}")
_CHOICE = re.compile(r"<<([^<>]*)>>")
_VOWEL = re.compile(r"[aeiouyáéíóúàèìòùäëïöü]", re.IGNORECASE)
# Shares of the generated sentences: the weak-place families and their look-alikes (eval.ner_frames_weak), and
# session 14's N1 families (eval.ner_frames_n1, look-alikes included): N1 is the class every blind tester found most.
WEAK_SHARE, LOOKALIKE_SHARE, N1_SHARE = 0.16, 0.10, 0.28
# Session 15: eval.ner_frames_s15's share (taken from the composed sentences'); how often a person comes from the
# syllable-built East Asian origins, and how often such a name is written family first ("Zhou Xinrui").
S15_SHARE, EAST_RATE, FAMILY_FIRST = 0.14, 0.10, 0.5


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
            "holiday": unseen(items(HOLIDAYS)) + list(looks.holiday_names()),
            "award": unseen(items(AWARDS)),
        }
        # Gazetteer places, leaving out any whose word is a listed name ("Jackson", "Marion"): in a place's
        # frame such a word may still be a person, and the tagger should not learn otherwise.
        cities, regions = looks.place_names()
        named = lex.given | lex.family | {w.lower() for w in given + surnames}
        self.gazetteer = [p for p in cities + regions if not {w.lower() for w in p.split()} & named]
        self.languages = list(looks.language_names())
        self.tools = looks.tool_names()
        self.titles = looks.job_titles()
        # Two-letter names with a vowel ("Bo", "Oz"): the Tzioumis list also holds initials ("Jj", "Wm").
        self.short = sorted({n for n in given + surnames if len(n) == 2 and n.isalpha() and _VOWEL.search(n)})
        self.east = [o for o in EAST_ORIGINS if o in self.pools]
        # Two- and three-letter East Asian syllables ("Ng", "Ip", "Lau", "Kwak"): the short names session 14 lost.
        self.short_east = sorted(
            {
                n
                for o in self.east
                for n in self.pools[o].given + self.pools[o].family
                if n.isalpha() and 2 <= len(n) <= 3
            }
        )
        word_pool = self.pools.get("word-like", Pool())
        self.word_names = (word_pool.given, word_pool.family)

    def place(self) -> str:
        # Half from the hand-written list (cities people write in notes), half from the gazetteer.
        if self.gazetteer and self.rng.random() < 0.5:
            return self.rng.choice(self.gazetteer)
        return self.rng.choice(self.places)

    def shaped(self, shape: str = "") -> list[Piece]:
        """A name of a weak shape: hyphenated given pair, two-letter name, particle, compound given names,
        a full name of ordinary words, or a name of the origins the rules know least."""
        rng = self.rng
        shape = shape or rng.choice(["GH", "SH", "PT", "compound", "WP", "extra", "extra"])
        if shape == "GH":
            return [Piece(f"{rng.choice(self.origin().given)}-{rng.choice(self.origin().given)}", "PERSON")]
        if shape == "SH" and self.short:
            return [Piece(rng.choice(self.short), "PERSON")]
        if shape == "PT":
            particle, family = rng.choice(PARTICLES), rng.choice(self.surnames)
            glued = particle.endswith(("-", "'")) or particle == "Mac"
            return [Piece(f"{particle}{'' if glued else ' '}{family}", "PERSON")]
        if shape == "compound":
            pool = self.origin()
            return [Piece(f"{rng.choice(pool.given)} {rng.choice(pool.given)} {rng.choice(pool.family)}", "PERSON")]
        if shape == "WP" and self.word_names[0]:
            firsts, lasts = self.word_names
            r = rng.random()
            text = rng.choice(firsts) if r < 0.3 else f"{rng.choice(firsts)} {rng.choice(lasts)}"
            return [Piece(text, "PERSON")]
        extra = [o for o in EXTRA_ORIGINS if o in self.pools]
        if extra:
            pool = self.pools[rng.choice(extra)]
            r = rng.random()
            given, family = rng.choice(pool.given), rng.choice(pool.family)
            return [Piece(given if r < 0.4 else family if r < 0.6 else f"{given} {family}", "PERSON")]
        return self.person()

    def origin(self) -> Pool:
        # Word-like names often: they are what the lists cannot decide.
        if self.rng.random() < 0.25 and "word-like" in self.pools:
            return self.pools["word-like"]
        if self.east and self.rng.random() < EAST_RATE:
            return self.pools[self.rng.choice(self.east)]
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
        if any(pool is self.pools[o] for o in self.east) and self.rng.random() < FAMILY_FIRST:
            return [Piece(f"{family} {given}", "PERSON")]
        return [Piece(f"{given} {family}", "PERSON")]

    def other(self, kind: str = "") -> list[Piece]:
        """Something that is no person, in a person's slot or its own."""
        kind = kind or self.rng.choice(
            ["place"] * 3 + ["firm"] * 3 + ["school"] * 2 + ["product"] * 3 + ["eponym"] * 2 + ["holiday", "award"]
        )
        surname = self.rng.choice(self.surnames)
        if kind == "place":
            return [Piece(self.place(), "GPE")]
        if kind == "firm":
            return [Piece(f"{surname} {self.rng.choice(items(EMPLOYER_HEADS))}", "ORG")]
        if kind == "school":
            form = self.rng.choice(items(SCHOOL_FORMS))
            text = form.format(S=surname, PL=self.place(), G=self.rng.choice(self.given))
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
    while _CHOICE.search(frame):  # innermost first, so an alternative may hold alternatives
        frame = _CHOICE.sub(lambda m: names.rng.choice(m.group(1).split("|")), frame)
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
    from eval.ner_slots import weak_slot  # that module builds on this one's Names

    return weak_slot(slot, names)


def sentence(names: Names, split: str) -> tuple[str, list[Span]]:
    """One composed sentence and its labelled spans."""
    rng = names.rng
    draw = rng.random()
    if draw < S15_SHARE:
        frame = rng.choice(_chosen(S15, split))
        return _render(_fill(s15_lookalikes(frame) if rng.random() < LOOKALIKE_RATE else frame, names), rng)
    draw -= S15_SHARE
    if draw < N1_SHARE:
        frame = rng.choice(_chosen(N1, split))
        pieces = _fill(frame_with_lookalikes(frame) if rng.random() < LOOKALIKE_RATE else frame, names)
    elif (draw := draw - N1_SHARE) < WEAK_SHARE + LOOKALIKE_SHARE:
        family = WEAK if draw < WEAK_SHARE else LOOKALIKE
        pieces = _fill(rng.choice(_chosen(family, split)), names)
        if rng.random() < 0.3:
            pieces += _fill(rng.choice(_chosen(CONTINUATIONS, split)), names)
    elif rng.random() < 0.15:
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
    parser.add_argument("--train", type=int, default=46000, help="generated training sentences")
    parser.add_argument("--dev", type=int, default=3000, help="generated dev sentences")
    parser.add_argument("--rehearsal", type=int, default=8000, help="real sentences labelled by the stock model")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--also-exclude", type=Path, nargs="*", default=[], help="files whose words never train")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    from eval import ner_names

    ner_names.ALSO_EXCLUDE[:] = args.also_exclude  # before the first (cached) excluded()
    from eval.ner_rehearsal import rehearsal, silver  # that module builds on this one's Names

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
