"""How well redaction removes names of every origin and keeps ordinary words, and what it costs.

Positives: names from the audit and registry lists in ``../shared/data`` that are not reserved for held-out
evaluation (Bloomberg 2024 race × sex lists, Bertrand & Mullainathan 2004 first names, Tzioumis 2018 first
names by majority race with Census 2010 surnames of the same majority, an SSA sample) and the hand-written
names of other origins in :mod:`eval.redaction_names` (reported on their held-out half, which the
redactor's lists never saw). Each name is written into sentence-initial, mid-sentence, possessive,
first-name-only, titled, lower-case, e-mail, third-party, header and surname-first contexts.

Negatives: places, employers, schools, skills and products that are also names ("Austin", "Chase Bank",
"Howard University", "Grant writing", "Taylor series", "Jenkins"). A negative is falsely redacted when
any of its words is missing from the output.

Token recall = removed name words / name words. ``python -m eval.redaction`` prints the tables. The cases
themselves are built in :mod:`eval.redaction_sets`.
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eval.redaction_sets import CONTEXTS as CONTEXTS
from eval.redaction_sets import NEGATIVE_CONTEXTS as NEGATIVE_CONTEXTS
from eval.redaction_sets import NEGATIVES as NEGATIVES
from eval.redaction_sets import Case as Case
from eval.redaction_sets import Name as Name
from eval.redaction_sets import cases as cases
from eval.redaction_sets import name_sets as name_sets
from eval.redaction_sets import negative_cases as negative_cases
from memory.redact import Identity, Redactor

Batch = Callable[[Sequence[str]], list[str]]  # texts -> redacted texts


def _present(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text, re.IGNORECASE) is not None


@dataclass
class Tally:
    found: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.found / self.total if self.total else float("nan")


def recall(redact: Batch, all_cases: Sequence[Case]) -> dict[str, dict[str, Tally]]:
    """Token recall by group and by context: {"group": {...}, "context": {...}, "split": {...}}."""
    outputs = redact([c.text for c in all_cases])
    tallies: dict[str, dict[str, Tally]] = {"group": defaultdict(Tally), "context": defaultdict(Tally)}
    tallies["split"] = defaultdict(Tally)
    for case, output in zip(all_cases, outputs, strict=True):
        for word in case.words:
            gone = int(not _present(word, output))
            for axis, key in (("group", case.group), ("context", case.context), ("split", case.split)):
                tallies[axis][key].found += gone
                tallies[axis][key].total += 1
    return tallies


def false_redactions(redact: Batch) -> dict[str, Tally]:
    """Negatives with any word removed, by kind and split."""
    negatives = negative_cases()
    outputs = redact([n[0] for n in negatives])
    out: dict[str, Tally] = defaultdict(Tally)
    for (_, phrase, kind, split), output in zip(negatives, outputs, strict=True):
        words = re.findall(r"[^\W\d_]+", phrase)
        lost = int(any(output.count(w) < 2 for w in words))  # each negative appears twice in its sentence
        for key in (kind, f"split {split}", "all"):
            out[key].found += lost
            out[key].total += 1
    return out


def dev_removals(redact: Batch, texts: Sequence[str]) -> tuple[int, int]:
    """[PERSON] placeholders written into name-free dev resumes, and their word count."""
    outputs = redact(list(texts))
    return sum(o.count("[PERSON]") for o in outputs), sum(len(t.split()) for t in texts)


def throughput(redactor: Redactor, texts: Sequence[str], repeat: int = 1) -> float:
    """Words per second of ``redact_many`` over ``texts`` (best of ``repeat``).

    >>> throughput(Redactor(layers={"identity", "lists"}), ["We met Priya on Monday."]) > 0
    True
    """
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        redactor.redact_many(texts, [None] * len(texts))
        best = min(best, time.perf_counter() - started)
    return words / best


def cost(texts: Sequence[str], encoder: object | None = None, chunk_words: int = 120) -> dict[str, float]:
    """Redaction's words/s on ``texts`` and, given an encoder, its time as a share of encoding the same words.

    What ``make bench`` reports for issue 10's budget (redaction ≤ 10% of encoder time on ingest).
    """
    from memory.chunking import chunk_text

    redactor = Redactor()
    redactor.redact_many(list(texts[:2]), [None] * min(2, len(texts)))  # load the model outside the clock
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    redactor.redact_many(list(texts), [None] * len(texts))
    redacting = time.perf_counter() - started
    out = {"words": float(words), "redaction_words_per_s": words / redacting}
    encode = getattr(encoder, "encode", None)
    if encode is not None:
        chunks = [c for t in texts for c in chunk_text(t, chunk_words)]
        encode(chunks[:4])
        started = time.perf_counter()
        encode(chunks)
        encoding = time.perf_counter() - started
        out["encoder_words_per_s"] = words / encoding
        out["redaction_share_of_encoder"] = redacting / encoding
    return out


def _batch(redactor: Redactor) -> Batch:
    return lambda texts: redactor.redact_many(texts, [None] * len(texts))


def report(shared: Path, per_group: int = 60, layers: bool = True) -> str:
    """The Markdown tables of ``EVAL.md``'s redaction section."""
    groups = name_sets(shared, per_group)
    all_cases = cases(groups)
    full = Redactor()
    tallies = recall(_batch(full), all_cases)
    negatives = false_redactions(_batch(full))
    from eval import devset

    dev = devset.load(shared)
    resumes = [r.summary or "" for r in dev.resumes]
    placed, words = dev_removals(_batch(full), resumes)
    lines = [
        f"Token recall of names (each name in {len(CONTEXTS)} contexts; no `name` field given to the redactor):",
        "",
        "| origin group | names | name words | recall |",
        "|---|---|---|---|",
    ]
    for group, tally in sorted(tallies["group"].items()):
        lines.append(f"| {group} | {len(groups[group])} | {tally.total} | {tally.rate:.3f} |")
    test = [t for g, t in tallies["group"].items() if not g.startswith("tune ")]
    overall = Tally(sum(t.found for t in test), sum(t.total for t in test))
    lines += [
        f"| **all but the tune half** | | {overall.total} | **{overall.rate:.3f}** |",
        "",
        "By context (all groups):",
        "",
        "| context | recall |",
        "|---|---|",
    ]
    lines += [f"| {c} | {t.rate:.3f} |" for c, t in tallies["context"].items()]
    lines += ["", "False redactions of ordinary words that are also names:", "", "| kind | negatives | removed |"]
    lines.append("|---|---|---|")
    lines += [f"| {k} | {t.total} | {t.found} ({t.rate:.1%}) |" for k, t in sorted(negatives.items())]
    lines += [
        "",
        f"Dev resumes (real resumes without a name field; a few still name their author or a referee): "
        f"{placed} `[PERSON]` placeholders in {words} words ({1000 * placed / words:.2f} per 1,000 words).",
    ]
    from eval.redaction_invariance import table as invariance
    from eval.redaction_round5 import tables
    from eval.redaction_round6 import tables as round6
    from eval.redaction_round9 import tables as round9
    from eval.redaction_round10 import summary as round10
    from eval.redaction_round10_fp import tables as round10_fp
    from eval.redaction_round11 import summary as round11
    from eval.redaction_round11_fp import tables as round11_fp
    from eval.redaction_round12 import summary as round12
    from eval.redaction_round12_fp import tables as round12_fp
    from eval.redaction_round13 import summary as round13
    from eval.redaction_round13_fp import tables as round13_fp
    from eval.redaction_round18 import summary as round18

    lines += ["", *everyday_tables(_batch(full), shared), "", *tables(_batch(full)), "", *round6(_batch(full))]
    lines += ["", *round9(_batch(full)), "", *round10_fp(_batch(full)), "", *round11_fp(_batch(full))]
    lines += ["", *round12_fp(_batch(full)), "", *round13_fp(_batch(full))]
    lines += [
        "",
        "Round 10, names (`eval/redaction_round10.py`, `python -m eval.redaction_round10 -v`): people of 16 origin "
        "groups in 15 recall classes from session 9's blind tester (words only), written in session 10 before its "
        "rules; split by group and frame (`tune` read while working, `held out` scored in aggregate only). First "
        "scored at 3cfb52c: tune 0.748, held out 0.764 (15 of 16 groups below 0.95 in each), false 1 of 23 each.",
        "",
        *(f"- {line}" for line in round10(full.redact_many)),
        "",
        "Round 11, names (`eval/redaction_round11.py`, `python -m eval.redaction_round11 -v`): people of 21 origin "
        "groups (most of origins no name list holds) in 13 classes from session 10's blind tester (words only), "
        "written in session 11 before its rules; split by name and frame (`tune` read while working, `held out` "
        "scored in aggregate only). `exact` is the share of texts whose model text is the frame with each name one "
        "placeholder; `identical` counts frames whose model text is the same for every name (the swap property). "
        "First scored at 700512a: tune 0.769 (20 of 21 groups below 0.95), held out 0.801 (18 of 21); class 14 "
        "frames identical 0 of 5 in each; false 4 of 45, 3 of 45.",
        "",
        *(f"- {line}" for line in round11(full.redact_many)),
        "",
        "Round 12, names (`eval/redaction_round12.py`, `python -m eval.redaction_round12 -v`): third parties of 24 "
        "origin groups (most of origins no name list holds, given names that are English words, mononyms, "
        "initials) in session 11's blind tester's recall classes 1-10 and the open review item M7 (words only), "
        "written in session 12 before its rules; split by name and frame (`tune` read while working, `held out` "
        "scored in aggregate only), with the same frames filled with ordinary words. First scored at 7b5c0fa: "
        "tune 0.878, held out 0.872 (17 of 24 groups below 0.95 in each); a frame word lost 7 and 94 of ~2,900; "
        "false 7 of 51 in each.",
        "",
        *(f"- {line}" for line in round12(_batch(full))),
        "",
        "Round 13, names (`eval/redaction_round13.py`, `python -m eval.redaction_round13 -v`): third parties of 27 "
        "groups of origins no earlier round used (and given names that are English words, English-word and short "
        "family names, mononyms, two-word given names, reduplicated nicknames) in session 12's blind tester's "
        "classes N1-N8 (words only; one class redacts with the person's own name given), written in session 13 "
        "before its rules; split by name and frame (`tune` read while working, `held out` scored in aggregate "
        "only), each frame also filled with ordinary words (`false`). First scored at 75887d1: tune 0.813 (25 of "
        "27 groups below 0.95), held out 0.872 (21 of 27); a second pass changes 7 / 10 texts; false 3 / 6 of 37.",
        "",
        *(f"- {line}" for line in round13(full.redact_many)),
        "",
        "Round 18, names (`eval/redaction_round18.py`, `python -m eval.redaction_round18 -v`): third parties of 12 "
        "groups (given names that are English words, full names of two words, Caribbean, short given names, "
        "Polynesian, French with diacritics, Indigenous American, hyphenated names...) in session 17's blind "
        "tester's name classes 1, 2, 3, 5, 6 and 7 (words only), written in session 18 before its rules; the two "
        "halves differ by method (`tune`: frames written by hand from the classes; `held out`: frames built from the "
        "demo notes' own sentences, scored in aggregate only), each frame also filled with things (`false`). First "
        "scored at cf0198b: tune 0.924 (4 of 12 groups below 0.95), held out 0.937 (4 of 12); false 8 / 7 of 29.",
        "",
        *(f"- {line}" for line in round18(full.redact_many)),
    ]
    lines += ["", *invariance(_batch(full))]
    if layers:
        lines += [
            "",
            "Each layer alone and together (all groups but the tune half; negatives). `lists` is the name lists "
            "with their context rules; `ner` is the spaCy model on every capitalised word:",
            "",
        ]
        lines += ["| layers | recall | false redactions |", "|---|---|---|"]
        test_cases = [c for c in all_cases if c.split == "test"]
        for chosen in (("lists",), ("ner",), ("lists", "ner")):
            redactor = Redactor(layers={"identity", *chosen})
            t = recall(_batch(redactor), test_cases)["split"]["test"]
            n = false_redactions(_batch(redactor))["all"]
            lines.append(f"| {' + '.join(chosen)} | {t.rate:.3f} | {n.found}/{n.total} ({n.rate:.1%}) |")
        identity_cases = test_cases[:: max(1, len(test_cases) // 400)]
        own = [Identity.of(names=[_name_of(c)]) for c in identity_cases]
        out = Redactor(finder=None, layers={"identity"}).redact_many([c.text for c in identity_cases], own)
        t = recall(lambda _: out, identity_cases)["split"]["test"]
        lines.append(f"| identity only (the record's own name known) | {t.rate:.3f} | - |")
    return "\n".join(lines)


def everyday_tables(redact: Batch, shared: Path) -> list[str]:
    """The round-4 set (:mod:`eval.redaction_everyday`): everyday contexts, names made of ordinary words,
    look-alike negatives, and ``[PERSON]`` placed in job-ad prose."""
    from eval import redaction_everyday as ed

    by_group, by_context, _ = ed.recall(redact)
    by_kind, _ = ed.false_redactions(redact)
    total = [sum(t[0] for t in by_group.values()), sum(t[1] for t in by_group.values())]
    wrong = [sum(t[0] for t in by_kind.values()), sum(t[1] for t in by_kind.values())]
    lines = [
        "Round 4 (`eval/redaction_everyday.py`, `python -m eval.redaction_everyday -v` lists every miss): names "
        "whose words are also ordinary words, in everyday contexts. Written after the session-3 outside findings "
        "and then used to tune the rules, so it is a development set, not a held-out one:",
        "",
        "| origin group | name words | recall |",
        "|---|---|---|",
    ]
    lines += [f"| {g} | {t[1]} | {ed.rate(t):.3f} |" for g, t in by_group.items()]
    lines += [f"| **all** | {total[1]} | **{ed.rate(total):.3f}** |", "", "| context | recall |", "|---|---|"]
    lines += [f"| {c} | {ed.rate(t):.3f} |" for c, t in sorted(by_context.items(), key=lambda kv: ed.rate(kv[1]))]
    lines += ["", "Look-alike negatives (a word lost or any `[PERSON]` placed):", "", "| kind | removed |"]
    lines.append("|---|---|")
    lines += [f"| {k} | {t[0]}/{t[1]} |" for k, t in by_kind.items()]
    lines += [f"| **all** | **{wrong[0]}/{wrong[1]} ({ed.rate(wrong):.1%})** |", ""]
    lines.append(
        "Job-ad prose (no person named in nearly all of it; every `[PERSON]` placed is counted). The last 200 "
        "unique ads of each source; these rows were read while tuning (sessions 6 to 8), so this is a development "
        "figure, not an unseen one:"
    )
    lines += ["", "| source | ads | words | `[PERSON]` | per 1,000 words |", "|---|---|---|---|---|"]
    for source, texts in ed.job_ads(shared).items():
        placed, words = ed.prose_rate(redact, texts)
        lines.append(f"| {source} | {len(texts)} | {words} | {placed} | {1000 * placed / words:.2f} |")
    return lines


def _name_of(case: Case) -> str:
    return " ".join(case.words)


START, END = "<!-- redaction:start -->", "<!-- redaction:end -->"


def section(shared: Path, command: str) -> str:
    """The ``## Redaction`` section of EVAL.md, between markers so that it can be regenerated alone."""
    return (
        f"{START}\n## Redaction (issue 10)\n\nCommand: `{command}`. Names from the non-reserved lists in "
        "../shared/data (Bloomberg 2024, Bertrand & Mullainathan 2004, Tzioumis 2018 with Census 2010 surnames, "
        "SSA) and hand-written names of other origins (`eval/redaction_names.py`; `held-out` rows are the half "
        "the name lists never saw, `tune` rows the half they hold). Gates (tests/test_redact_eval.py): recall "
        "≥ 0.97 overall and ≥ 0.95 per group; false redactions ≤ 5%.\n\n"
        f"{report(shared)}\n{END}\n"
    )


def write_section(path: Path, body: str) -> None:
    """Replace the redaction section of ``path`` (or append it)."""
    text = path.read_text() if path.exists() else ""
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + body.rstrip("\n") + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + body
    path.write_text(text)


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from eval.run import default_shared

    parser = argparse.ArgumentParser(prog="python -m eval.redaction", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, help="write the section into this Markdown file (e.g. EVAL.md)")
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print("redaction: ../shared/data is absent", file=sys.stderr)
        return 1
    body = section(shared, f"python -m eval.redaction --out {args.out}" if args.out else "python -m eval.redaction")
    print(body)
    if args.out:
        write_section(args.out, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
