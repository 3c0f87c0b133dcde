"""Rehearsal against forgetting for the person tagger's training data (:mod:`eval.ner_data`).

Sentences from non-reserved real text (resumes, Glassdoor ads outside the rows the evaluations read, O*NET task
statements) labelled by the stock model, and the same where the stock model found a listed name, with the name
swapped for one of another origin; and the stock model's non-person entities added to the generated sentences
where no slot is (:func:`silver`). Split from :mod:`eval.ner_data` in session 10 (style: modules past ~400
lines are split); unchanged.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import re

from eval.ner_data import Names, Span
from eval.ner_names import SHARED


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
