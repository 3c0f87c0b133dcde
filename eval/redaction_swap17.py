"""Session 17's swap check: long resumes and notes in OUTSIDE15's failing shapes, names of many origins and shapes.

:mod:`eval.redaction_swap` writes records through :class:`memory.Memory` with no ``name`` field and compares the
texts the encoder is handed with the reference world's (Bloomberg 2024's white men). This module runs the same
path on material written for session 17 (none of it the blind tester's): the shapes of OUTSIDE15's classes 7-10
in words of my own — a candidate's own chat introduction in lower case ("hey all, i'm {cf}"), a given name with
its family name in another case, markdown scorecards and "Family, Given" cells, lines in capitals (headers and
free text: "UPDATE: {cU} ACCEPTED THE OFFER"), a references list, a transcript whose speakers are a column of
labels (one of them speaking once), and long resumes whose notes are chunked. A world is the same material with
every name slot filled from one group; it passes when every encoder call got byte-identical texts, which also
makes the stored chunk lists identical (a note's chunks are stored one by one and compared in order).

``python -m eval.redaction_swap17`` prints one line per world and the totals.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence

from eval.redaction_swap import REFERENCE, Record, blank_slots, cast, groups, requisitions, run
from eval.redaction_swap_compare import compare, diff_line, leaks, name_tokens

# Long resumes (one per candidate): a head that names the person, capitals headings, a references section.
RESUMES_S17: tuple[str, ...] = (
    "{cU}\nSENIOR DATA ENGINEER | {cM} | Lagos / Remote\n\nSUMMARY\nData engineer with eight years of batch and "
    "streaming pipelines (Spark, Kafka, Airflow) for payments and logistics. Led a team of five; moved the "
    "warehouse from Redshift to Snowflake with no downtime.\n\nEXPERIENCE\nLead Data Engineer, Paystack "
    "(2021-2025)\n- Rebuilt the settlement pipeline on Kafka Streams; end-to-end latency from 40 to 4 minutes.\n"
    "- Introduced data contracts and dbt tests; incidents per quarter from 9 to 2.\n- Hired and mentored three "
    "engineers; ran the data on-call.\nData Engineer, Jumia (2017-2021)\n- Built the order-events lake on S3 "
    "and Spark; 2 TB a day.\n- Wrote the Airflow operators the team still uses.\n\nEDUCATION\nB.Sc. Computer "
    "Science, University of Lagos, 2016\n\nSKILLS\nPython, Scala, SQL, Spark, Kafka, Airflow, dbt, Snowflake, "
    "Terraform\n\nREFERENCES\n{rF} {rL} - Engineering Manager, Paystack\n{kI} - Staff Engineer, Jumia",
    "Name: {cN}\nEmail: {cM}\n\nPROFILE\nFull-stack developer (TypeScript, React, Node, Postgres) who likes "
    "boring, well-tested systems. Six years at two startups and one bank.\n\nWORK\n2022-2025 Senior Developer, "
    "Monzo. Owned the card-controls service; cut p99 from 900 ms to 120 ms.\n2019-2022 Developer, Starling "
    "Bank. Built the onboarding flow in React; accessibility audit lead.\n2018-2019 Junior Developer, a "
    "two-person agency.\n\nPROJECTS\nOpen-source maintainer of a small date-parsing library (2k stars).\n\n"
    "REFERENCES\n| Name | Relationship |\n|---|---|\n| {rC} | former manager |\n| {kN} | colleague |",
    "{cN} — Machine Learning Engineer\n{cM}\n\nI build ranking and recommendation systems. At Zalando I owned "
    "the size-recommendation model (a 3% drop in returns) and the feature store behind it. Before that, "
    "research assistant in computational linguistics.\n\nEXPERIENCE\nML Engineer, Zalando, Berlin, 2020-2025\n"
    "* Trained and served gradient-boosted and two-tower models; PyTorch, LightGBM, Kubernetes.\n* Wrote the "
    "offline evaluation harness used by four teams.\nResearch Assistant, TU Berlin, 2018-2020\n\nEDUCATION\n"
    "M.Sc. Computer Science, TU Berlin\n\nPUBLICATIONS\nTwo workshop papers on low-resource tagging (with {kI}).",
)
# Notes (three per candidate, in turn): chat introductions, scorecards, capitals lines, a transcript.
NOTES_S17: tuple[str, ...] = (
    "#onboarding, 09:14\n{cf}: hey all, i'm {cf}, the new data hire. excited to work with you!\n{if}: welcome "
    "{cf}! ping me for access\n{cf}: thanks!",
    "{cf} {cl} here - quick q about the onsite: is it in person? thx, {cf}",
    "| Interviewer | Score | Notes |\n|---|---|---|\n| {iN} | 4 | strong on streaming |\n| {kC} | 3 | "
    "wants more SQL depth |\n\nCandidate: {cN}. Debrief Friday.",
    "INTERVIEW NOTES - {cU}\nPANEL: {iU}, {kU}\nUPDATE: {cU} ACCEPTED THE TAKE-HOME.\nStrong design round; "
    "{cF} asked good questions about back-pressure.",
    "URGENT - {cU} NEEDS A CALLBACK BEFORE FRIDAY\nPLEASE SCHEDULE {cU} FOR THE FINAL ROUND\n{cF} prefers mornings.",
    "Transcript (phone screen)\n{iF}: Thanks for joining. Tell me about your last project.\n{cF}: I led the "
    "settlement pipeline rebuild.\n{iF}: How big was the team?\n{cF}: Five engineers, two analysts.\n{kL}: "
    "One more question from me on testing.\n{cF}: Sure.",
    "References checked:\n1. {rN}, Engineering Manager - very positive, would rehire.\n2. {kI} (Staff Engineer) "
    "- positive.\n{cF}'s start date: March.",
    "Hi {cF},\n\nThanks for your time today. Next step is a system-design round with {iN} and {kF}.\n\nBest,\n{rF}",
    "[10:02] {if}: {cf} ok for thursday?\n[10:03] {kf}: yes, 2pm\n[10:04] {if}: great, booked\n[10:05] {kl}: "
    "i'll join too",
)
CANDIDATES = 6
NOTES_PER_CANDIDATE = 3
# Candidate numbers: after the main harness's (so that ``run`` reads "swap-NN" as the NN-th cast).
FIRST = 0


def material(resumes: Sequence[str] = RESUMES_S17, notes: Sequence[str] = NOTES_S17) -> list[Record]:
    """Each candidate's resume and notes, taken in turn from ``resumes`` and ``notes`` (session 18's check reuses
    this with its own material)."""
    out: list[Record] = []
    for number in range(CANDIDATES):
        cid = f"swap-{FIRST + number:02d}"
        out.append(Record(cid, cid, "resume", resumes[number % len(resumes)]))
        for n in range(NOTES_PER_CANDIDATE):
            note = notes[(number * NOTES_PER_CANDIDATE + n) % len(notes)]
            out.append(Record(f"{cid}-note{n}", cid, "note", note))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    return check("eval.redaction_swap17", __doc__ or "", material(), argv)


def check(module: str, doc: str, records: list[Record], argv: Sequence[str] | None = None) -> int:
    """Run ``records`` in every world against the reference world and print one line per world and the totals."""
    import argparse

    from eval.run import default_shared

    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=doc.split("\n")[0])
    parser.add_argument("--only", nargs="*", default=None, help="world labels to run (default: all)")
    parser.add_argument("--examples", type=int, default=3, help="diff lines per world")
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print(f"{module.split('.')[-1]}: ../shared/data is absent", file=sys.stderr)
        return 1
    every = groups(shared)
    reqs = requisitions(shared)
    blanks = {r.key: r.template.format_map(blank_slots()) for r in records}
    count = FIRST + CANDIDATES
    ref_cast = cast(every[REFERENCE], count)
    ref_names = name_tokens(ref_cast)
    ref = run(records, ref_cast, reqs)
    print(
        f"{len(records)} records, reference {REFERENCE}; reference: name tokens reaching the model "
        f"{sum(leaks(ref, blanks, ref_names).values())}, second pass {ref.again} of {ref.redacted}"
    )
    worlds = [(f"{REFERENCE}#2", cast(every[REFERENCE], count, draw=1))]
    worlds += [(label, cast(people, count)) for label, people in every.items() if label != REFERENCE]
    total: Counter[str] = Counter()
    for label, people in worlds:
        if args.only and label not in args.only:
            continue
        other = run(records, people, reqs)
        result = compare(ref, other, ref_names, name_tokens(people), blanks)
        total["worlds"] += 1
        total["identical"] += result.identical
        total["texts differing"] += result.texts_differing
        total["name tokens"] += sum(result.leaked.values())
        total["rank changes"] += result.rank_changes
        total["second pass"] += other.again
        classes = ", ".join(f"{k} {v}" for k, v in sorted(result.classes.items())) or "-"
        print(
            f"{label:22} identical {'yes' if result.identical else 'NO '} | texts differing "
            f"{result.texts_differing:2} | name tokens {sum(result.leaked.values()):2} | ranks "
            f"{result.rank_changes} | dscore {result.max_dscore:.2g} | again {other.again} | {classes}",
            flush=True,
        )
        for key, before, after in result.examples[: args.examples]:
            print(f"    {key}: {diff_line(before, after)}")
    print("totals: " + ", ".join(f"{k} {v}" for k, v in total.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
