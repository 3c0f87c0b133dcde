"""Session 18's swap check: notes and resumes in OUTSIDE16's end-to-end shapes, with names of many origins.

Same path as :mod:`eval.redaction_swap17` (records written through :class:`memory.Memory` with no ``name`` field,
every text handed to the encoder compared with the reference world's, Bloomberg 2024's white men), on material
written for session 18 in my own words, none of it the blind tester's: a colleague's lone given name opening a
sentence before a modifier and a reported verb ("{iF} from my time at Stripe says"), initials a colleague is
called by ("J. K. did the design round", "per J.K."), referees after "Reference", colleagues in parentheses and
as speakers (after an "Interviewer:" line, after a chat time stamp), a referee list of full names, a resume
whose name heads its category headline, and long notes whose chunk lists must not move. A world passes when
every encoder call got byte-identical texts (so the stored chunk lists are identical too).

``python -m eval.redaction_swap18`` prints one line per world and the totals.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence

from eval.redaction_swap import REFERENCE, Record, blank_slots, cast, groups, requisitions, run
from eval.redaction_swap_compare import compare, diff_line, leaks, name_tokens

# A paragraph of name-free text that makes a note long enough for several chunks (150 words each): a boundary
# moved by a name would change every chunk after it.
_FILLER = (
    "The exercise covered partitioning, idempotent consumers, back-pressure and replay after a bad deploy. "
    "The candidate sketched the topology first, then walked through failure cases one by one, and asked "
    "which guarantees the downstream ledger needed before choosing at-least-once delivery with deduplication. "
    "Trade-offs were explained plainly; the estimate for storage was within a factor of two. "
)

RESUMES_S18: tuple[str, ...] = (
    "{cU} ACCOUNTANT\nSummary\nChartered accountant with nine years in audit and group reporting; IFRS 16 "
    "and 17 transitions for two insurers.\nExperience\nSenior Accountant, Old Mutual (2019-2025)\n- Closed the "
    "books in five days instead of nine.\n- Led the move from spreadsheets to a consolidation tool.\nAuditor, "
    "KPMG (2015-2019)\nEducation\nB.Com. Accounting, University of Cape Town\nReferences\nReference: {rN}, "
    "Finance Director, Old Mutual\nReference: {kN}, Audit Partner, KPMG",
    "{cN}\nBACKEND ENGINEER\n\nEXPERIENCE\nBackend Engineer, Nubank (2020-2025). Go and Kafka services for "
    "card authorisation; p99 from 300 ms to 80 ms. " + _FILLER + "\nEngineer, Stone (2017-2020). Payments "
    "reconciliation in Python.\n\nREFEREES\n{rN} (Engineering Manager, Nubank); {kN} (Staff Engineer, Stone)",
)

NOTES_S18: tuple[str, ...] = (
    "Debrief for {cN}. {iF} from my time at Stripe says {he} is the strongest SQL candidate this quarter. "
    + _FILLER
    + "{kF} from the 2019 cohort said the design round was calm and well paced. Hire.",
    "Onsite debrief. {iJ} did the system design round and {iJ} was impressed by the trade-offs. "
    + _FILLER
    + "{kD} ran the SQL pair; per {kD}, window functions were shaky. {rG} said the take-home was clean. "
    + _FILLER
    + "Next: offer call with {iJ} on Friday.",
    "Interviewer: Tell me about your on-call work.\n{cF}: I ran the rotation for two years.\n{iF}: And the "
    "incident count?\n{cF}: Down by half after the runbooks.\nPanel ({iF}, {kF}) agreed to move forward.",
    "[09:14] {kF}: can we move {cF} to thursday?\n[09:15] {iF}: yes, 2pm works\n[09:16] {kF}: booked, "
    "thanks {iF}\n- {rF}, from {his} Accenture years, mentioned the migration work.",
    "Reference checks for {cN}\nReference {rN} to be called Friday.\nReferees: {rN}, {kN}.\n"
    "{kF} at Shopify thinks {he} is ready for a lead role. " + _FILLER,
    "Loop notes\n- {iF} from the platform team vouched for the Kafka work.\n- {kJ}: strong on testing.\n"
    "- {rF} (hiring manager) wants a second design round.\n" + _FILLER + _FILLER,
)
CANDIDATES = 6
NOTES_PER_CANDIDATE = 3
FIRST = 0


def material() -> list[Record]:
    out: list[Record] = []
    for number in range(CANDIDATES):
        cid = f"swap-{FIRST + number:02d}"
        out.append(Record(cid, cid, "resume", RESUMES_S18[number % len(RESUMES_S18)]))
        for n in range(NOTES_PER_CANDIDATE):
            note = NOTES_S18[(number * NOTES_PER_CANDIDATE + n) % len(NOTES_S18)]
            out.append(Record(f"{cid}-note{n}", cid, "note", note))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from eval.run import default_shared

    parser = argparse.ArgumentParser(prog="python -m eval.redaction_swap18", description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", default=None, help="world labels to run (default: all)")
    parser.add_argument("--examples", type=int, default=3, help="diff lines per world")
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print("redaction_swap18: ../shared/data is absent", file=sys.stderr)
        return 1
    every = groups(shared)
    records = material()
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
